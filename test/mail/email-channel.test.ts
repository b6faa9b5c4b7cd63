/**
 * End to end through Dovecot, PostgreSQL, the outbound queue and the SMTP sink: a customer's email opens a
 * case and gets a threaded reply; their reply joins the case; a stranger quoting the case number does not;
 * robots and bounces get no answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapturedMail } from '../support/smtp-sink.ts';
import { newMessageId, rawMail } from './support.ts';
import { DESK, eventually, mailWorld, signer, type MailWorld } from './world.ts';

let world: MailWorld;
beforeAll(async () => { world = await mailWorld(); });
afterAll(async () => { await world?.close(); });

const inboundState = (messageId: string) => world.db.prisma.inboundMail.findUnique({ where: { messageId } });
const processed = (messageId: string) => eventually(`${messageId} to be processed`, async () => {
  const row = await inboundState(messageId);
  return row && row.state !== 'RECEIVED' ? row : undefined;
});
const repliesTo = (address: string): CapturedMail[] => world.sink.messages.filter((m) => m.rcptTo.includes(address));

async function customer(email: string) {
  const account = await world.make.account();
  return { account, contact: await world.make.contact(account, { email }) };
}

describe('a customer writes to the support mailbox', () => {
  it('opens a case, gets a threaded reply with the case number, and their reply joins the same case', async () => {
    const { contact } = await customer('dana@northwind.example');
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);

    const first = newMessageId('northwind.example');
    await world.dovecot.deliver(box.address, rawMail({
      from: 'Dana Whitfield <dana@northwind.example>', to: box.address, messageId: first, subject: 'Please update our company address',
      text: 'Hello, we moved. Please update the address on our account to 1 Harbour Road, Seattle.\n\nThanks, Dana',
    }));
    const reply = await eventually('the reply', () => Promise.resolve(repliesTo('dana@northwind.example')[0]));

    const caseNumber = /\[Case (\d{4}-\d{4}-\d{4})\]/.exec(reply.parsed.subject ?? '')?.[1];
    expect(caseNumber).toBeDefined();
    expect(reply.parsed.subject).toBe(`Re: Please update our company address [Case ${caseNumber}]`);
    expect(reply.parsed.inReplyTo).toBe(first);
    expect([reply.parsed.references ?? []].flat()).toEqual([first, signer.caseReference(caseNumber ?? '')]);
    expect(reply.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(signer.read(reply.parsed.messageId ?? '')).toEqual({ caseNumber });
    expect(reply.parsed.text).toContain(`case ${caseNumber}`);
    const opened = await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber: caseNumber ?? '' } });
    expect(opened).toMatchObject({ openedById: contact.id, originChannel: 'EMAIL', subject: 'Please update our company address' });

    const answer = newMessageId('northwind.example');
    await world.dovecot.deliver(box.address, rawMail({
      from: 'dana@northwind.example', to: box.address, messageId: answer, subject: `Re: ${reply.parsed.subject}`,
      inReplyTo: reply.parsed.messageId ?? '', references: `${first} ${reply.parsed.messageId ?? ''}`,
      text: 'Our phone number changed too: +1 206 555 0100.\n\nOn Fri, 27 Nov 2026, Customer Care wrote:\n> We opened case ...',
    }));
    expect(await processed(answer)).toMatchObject({ state: 'PROCESSED', outcome: 'joined_case', caseNumber });
    const event = await world.db.prisma.caseEvent.findUniqueOrThrow({ where: { externalId: answer } });
    expect(event).toMatchObject({ caseId: opened.id, channel: 'EMAIL', actorType: 'CUSTOMER' });
    expect(event.body).toContain('phone number changed');
    expect(event.body).not.toContain('We opened case');
    expect(await world.db.prisma.case.count({ where: { openedById: contact.id } })).toBe(1);
    expect(await world.dovecot.list(box, 'Processed')).toHaveLength(2);
    expect(await world.dovecot.list(box, 'INBOX')).toEqual([]);
  });

  it('a forwarded mail quoting the case number from someone outside the case opens a new case and says why', async () => {
    const { contact: owner } = await customer('lee@contoso.example');
    const { contact: outsider } = await customer('sam@fabrikam.example');
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    const first = newMessageId('contoso.example');
    await world.dovecot.deliver(box.address, rawMail({ from: owner.email, to: box.address, messageId: first, subject: 'Licence question', text: 'Our licence key for the firewall is not accepted, please help.' }));
    const reply = await eventually('the reply to the owner', () => Promise.resolve(repliesTo(owner.email)[0]));
    const caseNumber = /\[Case ([\d-]+)\]/.exec(reply.parsed.subject ?? '')?.[1] ?? '';

    const forward = newMessageId('fabrikam.example');
    await world.dovecot.deliver(box.address, rawMail({
      from: outsider.email, to: box.address, messageId: forward, subject: `Fwd: ${reply.parsed.subject}`,
      references: `${first} ${reply.parsed.messageId ?? ''}`,
      text: `Please add us to this one.\n\n---------- Forwarded message ---------\nWe opened case ${caseNumber}`,
    }));
    const row = await processed(forward);
    expect(row.outcome).toBe('opened_case_not_participant');
    expect(row.caseNumber).not.toBe(caseNumber);
    const told = await eventually('the reply to the outsider', () => Promise.resolve(repliesTo(outsider.email)[0]));
    expect(told.parsed.text).toContain(`You wrote about case ${caseNumber}`);
    expect(told.parsed.subject).toContain(`[Case ${row.caseNumber ?? ''}]`);
    const original = await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber }, include: { events: true } });
    expect(original.events.map((e) => e.externalId)).not.toContain(forward);
  });

  it('an address that is not registered is told so and handed to a representative, and no case is disclosed or joined', async () => {
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    const id = newMessageId('unknown.example');
    await world.dovecot.deliver(box.address, rawMail({ from: 'pat@unknown.example', to: box.address, messageId: id, subject: 'Status of [Case 2019-0101-0001]', text: 'What is the status of my case 2019-0101-0001?' }));
    expect(await processed(id)).toMatchObject({ outcome: 'not_registered', caseNumber: null });
    const told = await eventually('the reply', () => Promise.resolve(repliesTo('pat@unknown.example')[0]));
    expect(told.parsed.text).toContain('not registered');
    const conversation = await world.db.prisma.conversation.findUniqueOrThrow({ where: { channel_externalId: { channel: 'EMAIL', externalId: id } }, include: { handoffs: true } });
    expect(conversation.handoffs).toHaveLength(1);
  });
});

describe('account-changing requests by email', () => {
  it('are never executed: they open a case that tells the rep whether the sender domain vouched for the mail', async () => {
    const { contact } = await customer('ops@woodgrove.example');
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    const request = 'Please transfer the license from our failed router to the replacement unit we received.';
    const spoofable = newMessageId('woodgrove.example');
    const vouched = newMessageId('woodgrove.example');
    await world.dovecot.append(box, [
      rawMail({ from: contact.email, to: box.address, messageId: spoofable, subject: 'License transfer', text: request }),
      rawMail({ from: contact.email, to: box.address, messageId: vouched, subject: 'License transfer', text: request, headers: 'Authentication-Results: mx.desk.example.test; dkim=pass header.d=woodgrove.example; dmarc=pass header.from=woodgrove.example' }),
    ]);
    const [first, second] = await Promise.all([processed(spoofable), processed(vouched)]);
    const description = async (caseNumber: string | null) => (await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber: caseNumber ?? '' } })).description;
    expect(first.outcome).toBe('opened_case');
    expect(await description(first.caseNumber)).toContain('NOT authenticated (no Authentication-Results): confirm with the contact on file');
    expect(await description(second.caseNumber)).toContain('Sender authenticated (dmarc=pass)');
  });
});

describe('mail careline must not answer', () => {
  it('an out-of-office reply and a bounce get no answer; the bounce is recorded against the contact', async () => {
    const { contact } = await customer('kim@tailspin.example');
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    const ooo = newMessageId('tailspin.example');
    const bounce = newMessageId('mx.tailspin.example');
    await world.dovecot.deliver(box.address, rawMail({ from: contact.email, to: box.address, messageId: ooo, subject: 'Automatic reply: Your case', headers: 'Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All', text: 'I am out of the office until Monday.' }));
    await world.dovecot.deliver(box.address, dsn(bounce, contact.email, box.address), '');
    const fence = newMessageId('tailspin.example');
    await world.dovecot.deliver(box.address, rawMail({ from: contact.email, to: box.address, messageId: fence, subject: 'New request', text: 'Please send us the invoice for our support contract renewal.' }));
    await eventually('the answer to the last mail', () => Promise.resolve(repliesTo(contact.email)[0]));

    expect(await processed(ooo)).toMatchObject({ kind: 'AUTO_REPLY', outcome: 'no_reply_auto_reply' });
    expect(await processed(bounce)).toMatchObject({ kind: 'BOUNCE', outcome: 'no_reply_bounce', contactId: contact.id });
    const recorded = await world.db.prisma.mailBounce.findMany({ where: { contactId: contact.id } });
    expect(recorded).toMatchObject([{ address: contact.email, bouncedMessageId: '<cl.x.original@desk.example.test>' }]);
    expect(recorded[0]?.diagnostic).toContain('550');
    expect(repliesTo(contact.email)).toHaveLength(1);
    expect(await world.db.prisma.outboundMail.count({ where: { toAddress: contact.email } })).toBe(1);
  });

  it('answers one sender at most `repliesPerHour` times, and keeps recording what they send', async () => {
    const { contact } = await customer('robot@loop.example');
    const box = await world.dovecot.mailbox('support');
    await world.watch(box, { repliesPerHour: 2 });
    const ids = [newMessageId('loop.example'), newMessageId('loop.example'), newMessageId('loop.example')];
    await world.dovecot.append(box, ids.map((messageId, i) => rawMail({ from: contact.email, to: box.address, messageId, subject: `Request ${i}`, text: 'Please open a case for our account address change.' })));
    const rows = await Promise.all(ids.map(processed));
    expect(rows.map((r) => r.outcome)).toEqual(['opened_case', 'opened_case', 'opened_case+rate_limited']);
    expect(await world.db.prisma.outboundMail.count({ where: { toAddress: contact.email } })).toBe(2);
  });

  it("careline's own reply coming back to the mailbox is not answered", async () => {
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    const own = signer.create('2026-1127-0001');
    await world.dovecot.append(box, [rawMail({ from: DESK, to: box.address, messageId: own, subject: 'Re: x [Case 2026-1127-0001]', text: 'We opened case' })]);
    expect(await processed(own)).toMatchObject({ kind: 'OWN', outcome: 'no_reply_own' });
    expect(await world.db.prisma.outboundMail.count({ where: { inReplyToMail: (await inboundState(own))?.id ?? '' } })).toBe(0);
  });
});

function dsn(messageId: string, failed: string, to: string): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.tailspin.example>', `To: ${to}`, 'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: ${messageId}`, 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
    '--b1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.tailspin.example', '',
    `Final-Recipient: rfc822; ${failed}`, 'Action: failed', 'Status: 5.1.1', `Diagnostic-Code: smtp; 550 5.1.1 <${failed}>: Recipient address rejected`, '',
    '--b1', 'Content-Type: message/rfc822', '', `From: ${DESK}`, `To: ${failed}`, 'Subject: Re: something [Case 2026-1127-0001]',
    'Message-ID: <cl.x.original@desk.example.test>', '', 'We opened case', '', '--b1--', '',
  ].join('\r\n');
}
