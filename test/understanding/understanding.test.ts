import { beforeAll, describe, expect, it } from 'vitest';
import type { Intent } from '../../core/understanding/intents.ts';
import { understand, type UnderstandingDeps } from '../../core/understanding/understand.ts';
import { createUnderstanding } from '../../nlp/create-understanding.ts';

let deps: UnderstandingDeps;
beforeAll(async () => {
  deps = await createUnderstanding();
}, 60_000);

describe('a customer\'s request, understood with NLP.js trained on the corpus', () => {
  it.each<[string, string, Intent]>([
    ['en', 'I would like to open a new case for an invoice problem', 'open_admin_case'],
    ['en', 'can you check if serial JN11A2B3C4D5 is still under contract', 'entitlement_check'],
    ['en', 'where is my replacement? R2123456-1', 'rma_status'],
    ['en', 'what is the latest on case 2024-0312-0045', 'case_status'],
    ['en', 'please move the license to our replacement router', 'license_transfer'],
    ['en', 'how can we register the switches we just received', 'product_registration'],
    ['en', 'we need to activate our support e-certificate', 'ecert_activation'],
    ['en', 'I forgot my password for the support portal', 'account_access'],
    ['en', 'you shipped us the wrong power supply model', 'misship_report'],
    ['en', 'I want this case escalated to a manager', 'escalation'],
    ['en', 'let me speak to a real person please', 'human_handoff'],
    ['en', 'our SRX firewall keeps rebooting since last night', 'technical_issue'],
    ['en', 'what a lovely day, how is the weather where you are', 'out_of_scope'],
    ['de', 'Ich möchte meinen Fall eskalieren', 'escalation'],
    ['de', 'Wo bleibt mein Ersatzgerät?', 'rma_status'],
    ['fr', 'Mon mot de passe ne fonctionne plus', 'account_access'],
    ['fr', 'Je veux parler à un conseiller', 'human_handoff'],
    ['es', '¿Mi equipo sigue en garantía?', 'entitlement_check'],
    ['es', 'Nos enviaron un modelo equivocado', 'misship_report'],
    ['nl', 'Ik wil mijn licentie overzetten naar het nieuwe apparaat', 'license_transfer'],
    ['pl', 'Chcę zarejestrować nowe urządzenie', 'product_registration'],
    ['ru', 'Как активировать сертификат поддержки?', 'ecert_activation'],
    ['ar', 'أريد التحدث مع موظف', 'human_handoff'],
    ['ja', 'ケースの状況を確認したいです', 'case_status'],
    ['zh', '我的路由器一直重启', 'technical_issue'],
    ['ko', '케이스를 새로 열고 싶어요', 'open_admin_case'],
  ])('when a customer writes in %s "%s", then the intent is %s', (language, text, intent) => {
    const result = understand(deps, { text });

    expect(result.intent).toBe(intent);
    expect(result.language).toBe(language);
  });

  it('when a customer writes only an RMA line item, then they want its status and the identifier is normalised', () => {
    const result = understand(deps, { text: 'r2123456 - 1' });

    expect(result).toMatchObject({ intent: 'rma_status', unsure: false, language: 'und' });
    expect(result.entities.rmaNumbers).toEqual(['R2123456-1']);
  });

  it('when a customer writes only a case number by its telephone form, then they want the case\'s status', () => {
    const result = understand(deps, { text: '202403120045#' });

    expect(result).toMatchObject({ intent: 'case_status', unsure: false });
    expect(result.entities.caseNumbers).toEqual(['2024-0312-0045']);
  });

  it('when a message is too vague to tell, then the answer is unsure and offers the two best guesses', () => {
    const result = understand(deps, { text: 'the thing with the serial number' });

    expect(result.unsure).toBe(true);
    expect(result.candidates).toHaveLength(2);
    expect(result.candidates[0].intent).toBe(result.intent);
    expect(result.candidates[0].confidence).toBeGreaterThanOrEqual(result.candidates[1].confidence);
  });

  it('when an email\'s body says little, then its subject tells what it is about', () => {
    const result = understand(deps, { subject: 'RMA R1234567 - where is the replacement?', text: 'Any update? Thanks, Dana' });

    expect(result.intent).toBe('rma_status');
    expect(result.entities.rmaNumbers).toEqual(['R1234567']);
  });
});

describe('the language of a request', () => {
  it.each([
    ['en', 'Our replacement power supply has still not arrived at the data center.'],
    ['de', 'Unser Ersatznetzteil ist immer noch nicht im Rechenzentrum angekommen.'],
    ['fr', 'Notre alimentation de remplacement n\'est toujours pas arrivée au centre de données.'],
    ['es', 'Nuestra fuente de alimentación de reemplazo todavía no ha llegado al centro de datos.'],
    ['nl', 'Onze vervangende voeding is nog steeds niet aangekomen in het datacenter.'],
    ['pl', 'Nasz zastępczy zasilacz wciąż nie dotarł do centrum danych.'],
    ['ru', 'Наш сменный блок питания до сих пор не прибыл в дата-центр.'],
    ['ar', 'لم يصل مزود الطاقة البديل إلى مركز البيانات حتى الآن.'],
    ['ja', '交換用の電源ユニットがまだデータセンターに届いていません。'],
    ['zh', '我们的替换电源至今还没有送到数据中心。'],
    ['ko', '교체용 전원 공급 장치가 아직 데이터 센터에 도착하지 않았습니다.'],
  ])('when a customer writes a sentence in %s, then that language is recorded', (language, text) => {
    expect(deps.languages.detect(text)).toBe(language);
  });

  it('when identifiers sit inside a Japanese sentence, then it is still Japanese', () => {
    expect(deps.languages.detect('JN11A2B3C4D5の保守契約はR2123456-1と関係ありますか')).toBe('ja');
  });

  it('when a text is nothing but identifiers, then the language is undetermined', () => {
    expect(deps.languages.detect('R2123456-1 2024-0312-0045 JN11A2B3C4D5')).toBe('und');
  });

  it('when a customer writes in a language the desk does not serve, then it is undetermined rather than guessed', () => {
    expect(deps.languages.detect('Buongiorno, il mio pezzo di ricambio non è ancora arrivato in ufficio.')).toBe('und');
  });
});
