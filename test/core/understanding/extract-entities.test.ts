// Identifier extraction: every well-formed identifier is found and normalised exactly, in whatever form
// and place a customer writes it, and nothing is ever invented from ordinary words or numbers.
import { describe, expect, it } from 'vitest';
import { extractEntities, type Entities } from '../../../core/understanding/extract-entities.ts';

const none: Entities = {
  caseNumbers: [], rmaNumbers: [], serialNumbers: [], contractIds: [], authorizationCodes: [], priority: null,
  trackingNumbers: [], salesOrders: [], dates: [],
};

function expectEntities(text: string, expected: Partial<Entities>): void {
  expect(extractEntities(text)).toEqual({ ...none, ...expected });
}

describe('case numbers', () => {
  it.each([
    ['my case 2012-0101-0123 is still open', '2012-0101-0123'],
    ['telephone form 201201010123#', '2012-0101-0123'],
    ['20120111-0120 please', '2012-0111-0120'],
    ['Fall 2012 0101 0123', '2012-0101-0123'],
    ['cas 2012-01-01-0123 svp', '2012-0101-0123'],
    ['case\u00a02026\u20131102\u20130001', '2026-1102-0001'],
    ['(2026-1102-0001)', '2026-1102-0001'],
  ])('when a customer writes "%s", then the case is %s', (text, caseNumber) => {
    expect(extractEntities(text).caseNumbers).toEqual([caseNumber]);
  });

  it('finds several, each once, in order', () => {
    expect(extractEntities('2026-1102-0001 and 2026-1103-0002, again 202611020001').caseNumbers).toEqual(['2026-1102-0001', '2026-1103-0002']);
  });

  it.each(['2012-1301-0001', '2012-0230-0001', '2012-0101-0000', '1-888-314-5822', '+1 408 745 9500', '12345678901234'])(
    'when the text has "%s", then no case number is invented', (text) => {
      expect(extractEntities(text).caseNumbers).toEqual([]);
    });
});

describe('RMA numbers', () => {
  it.each([
    ["where's my replacement? R2123456-1", ['R2123456-1']],
    ['rma r212345', ['R212345']],
    ['R 212345 - 2 and R2123456', ['R212345-2', 'R2123456']],
    ['R212345\u20131 (as the guide prints it)', ['R212345-1']],
    ['ＲＭＡ Ｒ２１２３４５６の状況', ['R2123456']],
  ])('when a customer writes "%s", then the RMAs are %j', (text, rmas) => {
    expect(extractEntities(text).rmaNumbers).toEqual(rmas);
  });

  it.each(['R12345 is too short', 'R12345678 is too long', 'JNR2123456 is part of another token', 'the RMA form'])(
    'when the text is "%s", then no RMA is invented', (text) => {
      expect(extractEntities(text).rmaNumbers).toEqual([]);
    });
});

describe('serial numbers', () => {
  it('finds vendor-shaped serials anywhere, in any case', () => {
    expect(extractEntities('is jn11a2b3c4d5 still covered? also CW0216AF0123.').serialNumbers).toEqual(['JN11A2B3C4D5', 'CW0216AF0123']);
  });

  it('takes any serial-like token after a label (S/N, Seriennummer, numéro de série)', () => {
    expect(extractEntities('S/N: ABC123456').serialNumbers).toEqual(['ABC123456']);
    expect(extractEntities('Seriennummer 9876-ABCD-01').serialNumbers).toEqual(['9876-ABCD-01']);
    expect(extractEntities('numéro de série : ZX81234567').serialNumbers).toEqual(['ZX81234567']);
  });

  it.each(['INTERNATIONALS', 'Please call me back tomorrow', 'MX204 and EX4300-48P platforms', 'serial number please', 'AB12CD34EF56GH'])(
    'when the text is "%s", then no serial is invented', (text) => {
      expect(extractEntities(text).serialNumbers).toEqual([]);
    });
});

describe('contracts, authorization codes, tracking numbers, sales orders', () => {
  it('reads a contract ID only after a contract label, in several languages', () => {
    expect(extractEntities('contract 40010001').contractIds).toEqual(['40010001']);
    expect(extractEntities('Vertragsnummer: 40010002').contractIds).toEqual(['40010002']);
    expect(extractEntities('contrat n° 40010003').contractIds).toEqual(['40010003']);
    expect(extractEntities('契約番号 40010004').contractIds).toEqual(['40010004']);
    expect(extractEntities('the contract expired').contractIds).toEqual([]);
    expect(extractEntities('40010001').contractIds).toEqual([]);
  });

  it('reads licence authorization codes by shape or after a label', () => {
    expect(extractEntities('code AC-AB12-CD34-5678 fails').authorizationCodes).toEqual(['AC-AB12-CD34-5678']);
    expect(extractEntities('authorization code: XQ7-99812-ZZ').authorizationCodes).toEqual(['XQ7-99812-ZZ']);
  });

  it("reads the customer's own ticket numbers", () => {
    expect(extractEntities('Our ref INC0049213').trackingNumbers).toEqual(['INC0049213']);
    expect(extractEntities('internal ticket: NW-77812').trackingNumbers).toEqual(['NW-77812']);
    expect(extractEntities('see REQ0012345 and CHG0099887').trackingNumbers).toEqual(['REQ0012345', 'CHG0099887']);
    expect(extractEntities('reference letter attached').trackingNumbers).toEqual([]);
  });

  it('reads sales orders as SO-NNNNNNN', () => {
    expect(extractEntities('sales order SO-1234567 was short').salesOrders).toEqual(['SO-1234567']);
    expect(extractEntities('SO#7654321 and so 1234567').salesOrders).toEqual(['SO-7654321', 'SO-1234567']);
    expect(extractEntities('so what?').salesOrders).toEqual([]);
  });
});

describe('priority', () => {
  it.each([
    ['P1 please', 'P1'], ['priority 3', 'P3'], ['Priorität 2', 'P2'], ['priorité 4', 'P4'], ['prio 1!!', 'P1'],
    ['our network is down', 'P1'], ['URGENT: portal', 'P1'], ['dringend bitte', 'P1'], ['緊急です', 'P1'], ['срочно', 'P1'], ['عاجل', 'P1'],
    ['as soon as possible please', 'P2'], ['no rush', null], ['not urgent, the portal login fails', null],
  ])('"%s" is %s', (text, priority) => {
    expect(extractEntities(text).priority).toBe(priority);
  });

  it('an explicit priority wins over a phrase', () => {
    expect(extractEntities('urgent but P3 is fine').priority).toBe('P3');
  });
});

describe('dates', () => {
  it.each([
    ['shipped 2026-11-03', '2026-11-03'], ['geliefert am 27.11.2026', '2026-11-27'], ['on 11/27/2026', '2026-11-27'],
    ['on 27/11/2026', '2026-11-27'], ['Nov 3, 2026', '2026-11-03'], ['3 November 2026', '2026-11-03'],
    ['le 3 novembre 2026', '2026-11-03'], ['2026年11月27日', '2026-11-27'], ['2026년 11월 27일', '2026-11-27'],
  ])('"%s" is %s', (text, date) => {
    expect(extractEntities(text).dates).toEqual([date]);
  });

  it('is not fooled by impossible dates or case numbers', () => {
    expect(extractEntities('31.02.2026 and case 2026-1102-0001').dates).toEqual([]);
  });
});

describe('a whole message', () => {
  it('an email with everything in odd places round-trips each identifier exactly', () => {
    expectEntities(
      'Hi team,\nCase 201201010123# (our ref INC0049213) - the replacement for S/N: cw0216af0123 under contract 40010001 '
      + 'never arrived, RMA r2123456-1. Sales order SO-1234567 shipped 2026-11-03. Network down, P1!\nThanks',
      {
        caseNumbers: ['2012-0101-0123'], rmaNumbers: ['R2123456-1'], serialNumbers: ['CW0216AF0123'], contractIds: ['40010001'],
        priority: 'P1', trackingNumbers: ['INC0049213'], salesOrders: ['SO-1234567'], dates: ['2026-11-03'],
      },
    );
  });

  it('everyday chatter yields nothing at all', () => {
    for (const text of ['hello, how are you?', 'Thanks a lot, have a nice weekend!', 'Wie ist das Wetter in München?', '今日はいい天気ですね', 'call me at +1 (408) 745-9500 ext. 1234']) {
      expectEntities(text, {});
    }
  });
});

describe('identifiers inside Chinese, Japanese and Korean text', () => {
  it('finds a serial, an RMA and a case number written with no space around them', () => {
    expect(extractEntities('设备JN11A2B3C4D5的保修').serialNumbers).toEqual(['JN11A2B3C4D5']);
    expect(extractEntities('JN11A2B3C4D5の保守契約').serialNumbers).toEqual(['JN11A2B3C4D5']);
    expect(extractEntities('RMA番号R2123456の状況').rmaNumbers).toEqual(['R2123456']);
    expect(extractEntities('케이스2026-1102-0001상태').caseNumbers).toEqual(['2026-1102-0001']);
  });
});
