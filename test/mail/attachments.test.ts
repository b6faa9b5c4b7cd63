/**
 * Attachments are kept with the case: unit tests of the filename sanitiser and the size limits, and end to
 * end through Dovecot and the SMTP sink — a customer's mail with attachments opens a case, the attachments are
 * stored against the case and the inbound mail, an oversized one is recorded as skipped and the reply says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAttachments, sanitiseFilename } from '../../mail/attachments.ts';
import type { MailAttachment } from '../../mail/read-mail.ts';
import { newMessageId } from './support.ts';
import { eventually, mailWorld, type MailWorld } from './world.ts';

describe('sanitiseFilename', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\dana\\Desktop\\invoice.PDF', 'invoice.pdf'],
    ['evil\u202egpj.exe', 'evilgpj.exe'],
    ['line\r\nbreak\u0000.txt', 'linebreak.txt'],
    ['a<b>c:d"e|f?g*h.log', 'a_b_c_d_e_f_g_h.log'],
    ['CON.txt', '_CON.txt'],
    ['lpt1', '_lpt1'],
    ['nul.tar.gz', '_nul.tar.gz'],
    ['  .hidden  ', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['report.final version', 'report.final version'],
    ['Störungsbericht März.docx', 'Störungsbericht März.docx'],
    ['障害報告.xlsx', '障害報告.xlsx'],
  ])('%j → %j', (name, expected) => {
    expect(sanitiseFilename(name, 'application/octet-stream', 0)).toBe(expected);
  });

  it('names a nameless attachment after its position and content type', () => {
    expect(sanitiseFilename(null, 'application/pdf', 2)).toBe('attachment-3.pdf');
    expect(sanitiseFilename('../..', 'image/png', 0)).toBe('attachment-1.png');
    expect(sanitiseFilename('', 'application/x-unknown', 0)).toBe('attachment-1.bin');
  });

  it('bounds the length and keeps the extension', () => {
    const name = sanitiseFilename(`${'x'.repeat(500)}.pdf`, 'application/pdf', 0);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
    expect([...sanitiseFilename(`${'報'.repeat(300)}.txt`, 'text/plain', 0)]).toHaveLength(120);
  });
});

describe('keepAttachments', () => {
  const part = (filename: string, size: number, extra: Partial<MailAttachment> = {}): MailAttachment =>
    ({ filename, contentType: 'application/pdf', size, content: Buffer.alloc(size, 1), related: false, ...extra });

  it('skips one over the per-attachment limit and those past the per-message limit, keeps the rest', () => {
    const kept = keepAttachments([part('a.pdf', 40), part('big.pdf', 101), part('b.pdf', 50), part('c.pdf', 20)], { maxBytes: 100, maxBytesPerMessage: 100 });
    expect(kept.map((a) => [a.filename, a.skipped, a.content?.length ?? null])).toEqual([
      ['a.pdf', null, 40], ['big.pdf', 'too_large', null], ['b.pdf', null, 50], ['c.pdf', 'message_too_large', null],
    ]);
  });

  it('drops small images embedded in the HTML (signature logos) and keeps a pasted screenshot', () => {
    const kept = keepAttachments([
      part('logo.png', 3_000, { contentType: 'image/png', related: true }),
      part('screenshot.png', 200_000, { contentType: 'image/png', related: true }),
    ], { maxBytes: 1_000_000, maxBytesPerMessage: 1_000_000 });
    expect(kept.map((a) => a.filename)).toEqual(['screenshot.png']);
  });
});

describe('a customer mail with attachments', () => {
  let world: MailWorld;
  beforeAll(async () => { world = await mailWorld(); });
  afterAll(async () => { await world?.close(); });

  it('keeps them with the case it opens, records the oversized one as skipped, and the reply says so', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'ines@adatum.example' });
    const box = await world.dovecot.mailbox('support');
    await world.watch(box, { attachmentLimits: { maxBytes: 64 * 1024, maxBytesPerMessage: 1024 * 1024 } });
    const messageId = newMessageId('adatum.example');
    const log = Buffer.from('2026-11-27 10:00:01 ERROR fan 2 failed\n'.repeat(100));
    const big = Buffer.alloc(100 * 1024, 7);
    await world.dovecot.deliver(box.address, multipart({
      from: contact.email, to: box.address, messageId, subject: 'Fan failure on our appliance',
      text: 'Fan 2 of our appliance failed this morning, logs attached.',
      parts: [
        { filename: '../../var/log/messages.log', contentType: 'text/plain', content: log },
        { filename: 'core-dump.bin', contentType: 'application/octet-stream', content: big },
      ],
    }));

    const reply = await eventually('the reply', () => Promise.resolve(world.sink.messages.find((m) => m.rcptTo.includes(contact.email))));
    const caseNumber = /\[Case ([\d-]+)\]/.exec(reply.parsed.subject ?? '')?.[1] ?? '';
    expect(reply.parsed.text).toContain('We could not keep these attachments with your case');
    expect(reply.parsed.text).toContain('core-dump.bin (0.1 MB): larger than 0.1 MB');

    const inbound = await world.db.prisma.inboundMail.findUniqueOrThrow({ where: { messageId } });
    const kase = await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber } });
    const stored = await world.db.prisma.mailAttachment.findMany({ where: { caseId: kase.id }, orderBy: { position: 'asc' } });
    expect(stored).toMatchObject([
      { inboundId: inbound.id, position: 0, filename: 'messages.log', originalFilename: '../../var/log/messages.log', contentType: 'text/plain', size: log.length, skippedReason: null },
      { inboundId: inbound.id, position: 1, filename: 'core-dump.bin', size: big.length, content: null, skippedReason: 'too_large' },
    ]);
    expect(Buffer.from(stored[0]?.content ?? new Uint8Array()).equals(log)).toBe(true);
  });

  it("a customer's reply on the case adds its attachments to the same case", async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'omar@litware.example' });
    const box = await world.dovecot.mailbox('support');
    await world.watch(box);
    const first = newMessageId('litware.example');
    await world.dovecot.deliver(box.address, multipart({ from: contact.email, to: box.address, messageId: first, subject: 'Router reboots', text: 'Our router reboots every hour.', parts: [] }));
    const reply = await eventually('the reply', () => Promise.resolve(world.sink.messages.find((m) => m.rcptTo.includes(contact.email))));
    const caseNumber = /\[Case ([\d-]+)\]/.exec(reply.parsed.subject ?? '')?.[1] ?? '';

    const answer = newMessageId('litware.example');
    await world.dovecot.deliver(box.address, multipart({
      from: contact.email, to: box.address, messageId: answer, subject: `Re: ${reply.parsed.subject ?? ''}`, inReplyTo: reply.parsed.messageId ?? '',
      text: 'Here is the crash report.', parts: [{ filename: 'crash.txt', contentType: 'text/plain', content: Buffer.from('panic: watchdog') }],
    }));
    const row = await eventually('the answer to be processed', async () => {
      const found = await world.db.prisma.inboundMail.findUnique({ where: { messageId: answer } });
      return found?.state === 'PROCESSED' ? found : undefined;
    });
    expect(row).toMatchObject({ outcome: 'joined_case', caseNumber });
    const kase = await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber } });
    expect(await world.db.prisma.mailAttachment.findMany({ where: { caseId: kase.id }, select: { filename: true, inboundId: true } }))
      .toEqual([{ filename: 'crash.txt', inboundId: row.id }]);
  });
});

interface Part { filename: string; contentType: string; content: Buffer }

function multipart(options: { from: string; to: string; messageId: string; subject: string; text: string; inReplyTo?: string; parts: Part[] }): string {
  const boundary = 'b-careline-test';
  const lines = [
    `From: ${options.from}`, `To: ${options.to}`, `Subject: ${options.subject}`, 'Date: Fri, 27 Nov 2026 10:00:00 +0000',
    `Message-ID: ${options.messageId}`, ...(options.inReplyTo ? [`In-Reply-To: ${options.inReplyTo}`] : []),
    'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '',
    `--${boundary}`, 'Content-Type: text/plain; charset=utf-8', '', options.text, '',
  ];
  for (const p of options.parts) {
    lines.push(`--${boundary}`, `Content-Type: ${p.contentType}; name="${p.filename}"`, `Content-Disposition: attachment; filename="${p.filename}"`,
      'Content-Transfer-Encoding: base64', '', ...(p.content.toString('base64').match(/.{1,76}/g) ?? []), '');
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}
