import { describe, expect, it } from 'vitest';
import { recogniseCriterion, searchCases, SORT_COLUMNS, type SortColumn } from '../../../core/index.ts';
import { createFakeWorld } from '../support/fake-stores.ts';
import { rejection } from '../support/rejection.ts';
import { asContact, asStaff } from '../support/requesters.ts';
import { ACME_ACCOUNT_ID, aCaseOpenedBy, aContact, anRma, anRmaLine, GLOBEX_ACCOUNT_ID } from '../support/records.ts';

/**
 * Acme's three cases, one per contact, chosen so that every column orders them differently:
 *   2026-1101-0001  OPEN    Chicago POP   Alice Archer  25 Nov  MX204   P3
 *   2026-1102-0001  CLOSED  Amsterdam DC  Carol Chen    20 Nov  SRX345  P1
 *   2026-1103-0001  OPEN    Boston Lab    Bob Baker     26 Nov  EX4300  P2
 * Ada administers Acme; Gus is at Globex, which has a case of its own.
 */
function acmeHasThreeCases() {
  const world = createFakeWorld();
  const contact = (name: string, role: 'CONTACT' | 'ACCOUNT_ADMIN' = 'CONTACT', accountId = ACME_ACCOUNT_ID) =>
    world.installedBase.addContact(aContact({ name, role, accountId }));
  const alice = contact('Alice Archer');
  const bob = contact('Bob Baker');
  const carol = contact('Carol Chen');
  const ada = contact('Ada Admin', 'ACCOUNT_ADMIN');
  const gus = contact('Gus Globex', 'ACCOUNT_ADMIN', GLOBEX_ACCOUNT_ID);
  world.cases.add(aCaseOpenedBy(alice, {
    caseNumber: '2026-1101-0001', status: 'OPEN', site: { siteId: 'S-3', name: 'Chicago POP' },
    updatedAt: new Date('2026-11-25T12:00:00Z'), platform: 'MX204', priority: 'P3', customerTrackingNumber: 'ACME-4711',
    rmaNumbers: ['R212345'],
  }));
  world.cases.add(aCaseOpenedBy(carol, {
    caseNumber: '2026-1102-0001', status: 'CLOSED', site: { siteId: 'S-1', name: 'Amsterdam DC' },
    updatedAt: new Date('2026-11-20T12:00:00Z'), platform: 'SRX345', priority: 'P1',
  }));
  world.cases.add(aCaseOpenedBy(bob, {
    caseNumber: '2026-1103-0001', status: 'OPEN', site: { siteId: 'S-2', name: 'Boston Lab' },
    updatedAt: new Date('2026-11-26T12:00:00Z'), platform: 'EX4300', priority: 'P2',
  }));
  world.cases.add(aCaseOpenedBy(gus, { caseNumber: '2026-1104-0001', updatedAt: new Date('2026-11-27T12:00:00Z') }));
  world.rmas.add(anRma({
    rmaNumber: 'R212345', accountId: ACME_ACCOUNT_ID, caseNumber: '2026-1101-0001',
    lines: [anRmaLine({ lineNumber: 1 }), anRmaLine({ lineNumber: 2, status: 'SHIPPED' })],
  }));
  return { world, alice, bob, ada, gus };
}

describe('searchCases', () => {
  describe('when the customer types a query, its kind is recognised', () => {
    it.each([
      ['a case number', '2026-1101-0001', { by: 'case_number', caseNumber: '2026-1101-0001' }],
      ['a case number keyed by telephone', '202611010001#', { by: 'case_number', caseNumber: '2026-1101-0001' }],
      ['an RMA number in lower case', 'r212345', { by: 'rma', rmaNumber: 'R212345', lineNumber: null }],
      ['an RMA line item', 'R212345-2', { by: 'rma', rmaNumber: 'R212345', lineNumber: 2 }],
      ['anything else: their own tracking number', '  ACME-4711 ', { by: 'tracking_number', trackingNumber: 'ACME-4711' }],
      ['a number that is not a real date: a tracking number', '2026-1301-0001', { by: 'tracking_number', trackingNumber: '2026-1301-0001' }],
      ['nothing: all their cases', '   ', { by: 'all' }],
    ])('%s ("%s")', async (_kind, query, criterion) => {
      const { world, alice } = acmeHasThreeCases();

      const result = await searchCases(world.deps, { requester: asContact(alice), query });

      expect(result.criterion).toEqual(criterion);
      expect(world.cases.queries[0]?.criterion).toEqual(criterion);
    });

    it('unless the customer says the kind: a case-number-looking text is then searched as a tracking number', () => {
      expect(recogniseCriterion('2026-1101-0001', 'tracking_number')).toEqual({ by: 'tracking_number', trackingNumber: '2026-1101-0001' });
    });

    it.each([
      ['case_number', 'R212345', 'INVALID_CASE_NUMBER'],
      ['rma', 'ACME-4711', 'INVALID_RMA_NUMBER'],
    ] as const)('and when the customer says %s but types "%s", then it is %s', async (by, query, code) => {
      const { world, alice } = acmeHasThreeCases();

      const error = await rejection(searchCases(world.deps, { requester: asContact(alice), query, by }));

      expect(error.code).toBe(code);
    });
  });

  describe('who sees what', () => {
    it('a contact searches the cases they opened', async () => {
      const { world, alice } = acmeHasThreeCases();

      const result = await searchCases(world.deps, { requester: asContact(alice) });

      expect(world.cases.queries[0]).toEqual({ visibility: { contactId: alice.id }, criterion: { by: 'all' }, limit: 50 });
      expect(result.rows.map((r) => r.id)).toEqual(['2026-1101-0001']);
    });

    it('an account administrator searches the account\'s cases', async () => {
      const { world, ada } = acmeHasThreeCases();

      const result = await searchCases(world.deps, { requester: asContact(ada), limit: 10 });

      expect(world.cases.queries[0]).toMatchObject({ visibility: { accountId: ACME_ACCOUNT_ID }, limit: 10 });
      expect(result.rows.map((r) => r.id)).toEqual(['2026-1103-0001', '2026-1101-0001', '2026-1102-0001']);
    });

    it('staff search everything', async () => {
      const { world } = acmeHasThreeCases();

      const result = await searchCases(world.deps, { requester: asStaff() });

      expect(world.cases.queries[0]?.visibility).toBe('everything');
      expect(result.rows).toHaveLength(4);
    });

    it('a colleague searching Alice\'s tracking number finds nothing', async () => {
      const { world, bob } = acmeHasThreeCases();

      const result = await searchCases(world.deps, { requester: asContact(bob), query: 'ACME-4711' });

      expect(result.rows).toEqual([]);
    });
  });

  it('when Alice searches an RMA line item, then she gets her case and the line\'s own row', async () => {
    const { world, alice } = acmeHasThreeCases();

    const result = await searchCases(world.deps, { requester: asContact(alice), query: 'r212345-2', sortBy: 'id', direction: 'asc' });

    expect(result.rows.map((r) => [r.kind, r.id, r.status])).toEqual([
      ['case', '2026-1101-0001', 'OPEN'],
      ['rma', 'R212345-2', 'SHIPPED'],
    ]);
  });

  it('every row carries "last modified" in US Pacific time', async () => {
    const { world, alice } = acmeHasThreeCases();

    const result = await searchCases(world.deps, { requester: asContact(alice), query: '2026-1101-0001' });

    expect(result.rows[0]?.lastModifiedPacific).toBe('2026-11-25 04:00 PST');
  });

  describe('when the administrator sorts the results by a column (ties: most recently modified first)', () => {
    const [c1, c2, c3] = ['2026-1101-0001', '2026-1102-0001', '2026-1103-0001'];
    const EXPECTED: Record<SortColumn, { asc: string[]; desc: string[] }> = {
      id: { asc: [c1, c2, c3], desc: [c3, c2, c1] },
      status: { asc: [c2, c3, c1], desc: [c3, c1, c2] },
      site: { asc: [c2, c3, c1], desc: [c1, c3, c2] },
      contact: { asc: [c1, c3, c2], desc: [c2, c3, c1] },
      lastModified: { asc: [c2, c1, c3], desc: [c3, c1, c2] },
      platform: { asc: [c3, c1, c2], desc: [c2, c1, c3] },
      priority: { asc: [c2, c3, c1], desc: [c1, c3, c2] },
    };
    const CASES = SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ column, direction })));

    it.each(CASES)('by $column $direction', async ({ column, direction }) => {
      const { world, ada } = acmeHasThreeCases();

      const result = await searchCases(world.deps, { requester: asContact(ada), sortBy: column, direction });

      expect(result.rows.map((r) => r.id)).toEqual(EXPECTED[column][direction]);
    });

    it('without saying, by last modified, newest first', async () => {
      const { world, ada } = acmeHasThreeCases();

      const result = await searchCases(world.deps, { requester: asContact(ada) });

      expect(result.rows.map((r) => r.id)).toEqual(EXPECTED.lastModified.desc);
    });
  });

  it('when sites share a name prefix, then the shorter name sorts first by site', async () => {
    const world = createFakeWorld();
    const ada = world.installedBase.addContact(aContact({ role: 'ACCOUNT_ADMIN' }));
    world.cases.add(aCaseOpenedBy(ada, { caseNumber: '2026-1101-0001', site: { siteId: 'A-1', name: 'Lab Annex' } }));
    world.cases.add(aCaseOpenedBy(ada, { caseNumber: '2026-1101-0002', site: { siteId: 'Z-9', name: 'Lab' } }));

    const result = await searchCases(world.deps, { requester: asContact(ada), sortBy: 'site', direction: 'asc' });

    expect(result.rows.map((r) => r.site?.name)).toEqual(['Lab', 'Lab Annex']);
  });

  it('when an RMA has ten lines, then sorting by ID puts line 10 after line 9', async () => {
    const world = createFakeWorld();
    world.rmas.add(anRma({
      rmaNumber: 'R212345', lines: Array.from({ length: 10 }, (_, i) => anRmaLine({ lineNumber: i + 1 })),
    }));

    const result = await searchCases(world.deps, { requester: asStaff(), query: 'R212345', sortBy: 'id', direction: 'asc' });

    expect(result.rows.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => `R212345-${i + 1}`));
  });
});
