/**
 * Replies come from templates, as plain text and HTML, in the customer's language where careline has one
 * (English otherwise), and every value in the HTML is escaped. End to end: a German contact gets a German
 * multipart/alternative reply, and HTML in a subject reaches the reply escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../core/index.ts';
import { renderReply, replyLanguage, replyTexts, REPLY_LANGUAGES } from '../../mail/reply-texts.ts';
import { newMessageId, rawMail } from './support.ts';
import { eventually, mailWorld, type MailWorld } from './world.ts';

const record = { caseNumber: '2026-1127-0001', priority: 'P3', subject: '<script>alert(1)</script> & "fans"', status: 'OPEN' } as CaseRecord;

describe('reply templates', () => {
  it('picks the contact’s language, else the mail’s, where a template exists; English otherwise', () => {
    expect(replyLanguage('de', 'fr')).toBe('de');
    expect(replyLanguage('de-CH', null)).toBe('de');
    expect(replyLanguage(null, 'ja')).toBe('ja');
    expect(replyLanguage('ko', 'es')).toBe('es');
    expect(replyLanguage('ko', 'und')).toBe('en');
    expect(replyLanguage(undefined, null)).toBe('en');
  });

  it('renders every reply in every language, text and HTML, with every value escaped in HTML', () => {
    const parts = [
      replyTexts.caseOpened(record, { firstContactWithinHours: 24, responseTarget: '8 business hours' }),
      replyTexts.notAParticipant('2026-0101-0009', record), replyTexts.notRegistered('Monday <b>', '2026-0101-0009'),
      replyTexts.caseStatus(record, 'today'), replyTexts.caseNotFound('2026-0101-0009'), replyTexts.rmaStatus(['R1: shipped <x>']),
      replyTexts.notFound('serialNumber', 'FG100<'), replyTexts.entitlementSerial({ serialNumber: 'FG1', platform: 'FortiGate', covered: true, contract: null }),
      replyTexts.entitlementContract({ contractId: 'C1', serviceLevel: 'Premium', state: 'ACTIVE', startDate: '2026-01-01', endDate: '2027-01-01', coveredSerials: 3 }),
      replyTexts.attachmentsSkipped([{ filename: 'a<b>.bin', size: 30 * 1024 * 1024, reason: 'too_large' }], { maxBytes: 10 * 1024 * 1024, maxBytesPerMessage: 20 * 1024 * 1024 }),
      replyTexts.handedOff(record, 'Monday'), replyTexts.handedOff(null, 'Monday'),
    ];
    for (const language of REPLY_LANGUAGES) {
      const { text, html } = renderReply(parts, language);
      expect(html).toContain(`<html lang="${language}">`);
      expect(text).toContain('<script>alert(1)</script>');
      expect(html).not.toMatch(/<script|<b>|<x>|a<b>|FG100</);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;fans&quot;');
      expect(text).not.toMatch(/\{\w+\}|\[\[|\]\]/);
      expect(text).toContain('\n-- \n');
    }
    expect(renderReply([replyTexts.notRegistered('Monday', null)], 'en').text).not.toContain('including case');
    expect(renderReply([replyTexts.entitlementSerial({ serialNumber: 'FG1', platform: 'X', covered: false, contract: { contractId: 'C9', serviceLevel: 'Std', endDate: '2027-01-01' } })], 'de').text)
      .toContain('Seriennummer FG1 (X): nicht abgedeckt für 24x7-Support per Telefon und Web, Vertrag C9 (Std) bis 2027-01-01.');
  });
});

describe('replies by email', () => {
  let world: MailWorld;
  beforeAll(async () => { world = await mailWorld(); });
  afterAll(async () => { await world?.close(); });
  const replyTo = (address: string) => eventually(`the reply to ${address}`, () => Promise.resolve(world.sink.messages.find((m) => m.rcptTo.includes(address))));

  it('a German customer gets a German multipart/alternative reply, and HTML in the subject is escaped', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'jonas@fabrikam.example', preferredLanguage: 'de' });
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    await world.dovecot.deliver(box.address, rawMail({
      from: contact.email, to: box.address, messageId: newMessageId('fabrikam.example'),
      subject: 'Lüfter defekt <img src=x onerror=alert(1)> & "mehr"',
      text: 'Guten Tag, der Lüfter unserer Firewall ist ausgefallen. Bitte um Hilfe.',
    }));
    const reply = await replyTo(contact.email);
    const caseNumber = /\[Case ([\d-]+)\]/.exec(reply.parsed.subject ?? '')?.[1] ?? '';
    expect(reply.raw.toString()).toMatch(/Content-Type: multipart\/alternative/i);
    expect(reply.parsed.text).toContain(`Wir haben für Ihre Anfrage den Fall ${caseNumber}`);
    expect(reply.parsed.text).toContain('  Lüfter defekt <img src=x onerror=alert(1)> & "mehr"');
    expect(reply.parsed.text).toContain('Dies ist eine automatische Antwort.');
    const html = reply.parsed.html || '';
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Lüfter defekt &lt;img src=x onerror=alert(1)&gt; &amp; &quot;mehr&quot;');
    expect(html).not.toContain('<img');
  });

  it('an unregistered sender writing in French is answered in French; a contact preferring Korean in English', async () => {
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    await world.dovecot.deliver(box.address, rawMail({
      from: 'claire@inconnu.example', to: box.address, messageId: newMessageId('inconnu.example'), subject: 'Demande de licence',
      text: 'Bonjour, je voudrais savoir comment transférer notre licence vers le nouveau pare-feu. Merci beaucoup pour votre aide.',
    }));
    expect((await replyTo('claire@inconnu.example')).parsed.text).toContain('Votre adresse e-mail n’est pas enregistrée');

    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'minji@contoso.example', preferredLanguage: 'ko' });
    await world.dovecot.deliver(box.address, rawMail({ from: contact.email, to: box.address, messageId: newMessageId('contoso.example'), subject: 'Invoice', text: 'Please send us the invoice for our support contract renewal.' }));
    expect((await replyTo(contact.email)).parsed.text).toContain('Thank you for contacting Customer Care.');
  });
});
