/**
 * Message kinds: what careline answers (customer mail) and what it must never answer (auto-replies, bounces,
 * lists, its own mail). Every real-world fixture goes through inspectMail; none may crash it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnderstandingDeps } from '../../core/understanding/understand.ts';
import { createUnderstanding } from '../../nlp/create-understanding.ts';
import { MAIL_KINDS } from '../../mail/classify-mail.ts';
import { inspectMail } from '../../mail/inspect-mail.ts';
import { messageIdSigner } from '../../mail/message-id.ts';
import { inspectMailFiles } from '../../cli/commands/mail.ts';
import { rawMail } from './support.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/emails/channel');
const signer = messageIdSigner('test-secret-0123456789', 'desk.example.test');
let understanding: UnderstandingDeps;
beforeAll(async () => { understanding = await createUnderstanding(); });

const inspect = (raw: string | Buffer) => inspectMail({ signer, understanding }, Buffer.isBuffer(raw) ? raw : Buffer.from(raw));

async function manifest(): Promise<{ file: string; source: string; category: string }[]> {
  const lines = (await readFile(path.join(FIXTURES, 'MANIFEST.csv'), 'utf8')).trim().split('\n').slice(1);
  return lines.map((line) => line.split(',')).filter(([file, source]) => file && source && !['reply-bodies-crisp', 'talon'].includes(source))
    .map(([file = '', source = '', , category = '']) => ({ file, source, category }));
}

describe('what kind of mail this is', () => {
  it('a customer writing in reads as customer mail, with quoted history stripped and the request understood', async () => {
    const result = await inspect(rawMail({
      from: 'dana@northwind.example', subject: 'Where is my replacement?',
      text: 'Hello, what is the status of RMA R2123456-1?\n\nThanks, Dana\n\nOn Mon, 2 Nov 2026 at 10:00, Support <support@desk.example.test> wrote:\n> We shipped it.\n> Regards',
    }));
    expect(result).toMatchObject({ kind: 'customer', from: 'dana@northwind.example', subject: 'Where is my replacement?' });
    expect(result.text).toContain('R2123456-1');
    expect(result.text).not.toContain('We shipped it');
    expect(result.request?.intent).toBe('rma_status');
    expect(result.request?.entities.rmaNumbers).toEqual(['R2123456-1']);
  });

  it.each([
    ['Auto-Submitted: auto-replied', 'auto_reply'],
    ['Auto-Submitted: auto-generated', 'auto_reply'],
    ['X-Autoreply: yes', 'auto_reply'],
    ['X-Auto-Response-Suppress: All\r\nX-MS-Exchange-Inbox-Rules-Loop: dana@northwind.example', 'auto_reply'],
    ['Precedence: bulk', 'list'],
    ['Precedence: auto_reply', 'auto_reply'],
    ['List-Id: <news.example.net>', 'list'],
    ['Return-Path: <>', 'bounce'],
  ])('a message with "%s" is %s mail', async (header, kind) => {
    expect((await inspect(rawMail({ headers: header, text: 'I am out of the office.' }))).kind).toBe(kind);
  });

  it('Auto-Submitted: no is a person', async () => {
    expect((await inspect(rawMail({ headers: 'Auto-Submitted: no', text: 'Please call me.' }))).kind).toBe('customer');
  });

  it('mail from MAILER-DAEMON and delivery status reports are bounces', async () => {
    expect((await inspect(rawMail({ from: 'MAILER-DAEMON@mx.example.net', text: 'undeliverable' }))).kind).toBe('bounce');
    const dsn = await readFile(path.join(FIXTURES, 'mimekit/messages/bounce.txt'));
    expect(await inspect(dsn)).toMatchObject({ kind: 'bounce', request: null });
  });

  it("careline's own mail coming back is recognised by its signed Message-ID, and a forged one is not", async () => {
    const own = signer.create('2026-1127-0001');
    expect((await inspect(rawMail({ messageId: own, text: 'Your case 2026-1127-0001 is open.' }))).kind).toBe('own');
    const forged = own.replace(/\.[A-Za-z0-9_-]{22}@/, '.AAAAAAAAAAAAAAAAAAAAAA@');
    expect((await inspect(rawMail({ messageId: forged, text: 'hello' }))).kind).toBe('customer');
  });

  it('a message without a Message-ID gets a stable one derived from its content, whatever relays add on top', async () => {
    const mail = rawMail({ messageId: null, text: 'no id here' });
    const delivered = `Received: from mx.example.net by desk\r\nDelivered-To: support@desk.example.test\r\n${mail}`;
    const [a, b, c] = await Promise.all([inspect(mail), inspect(delivered), inspect(rawMail({ messageId: null, text: 'another' }))]);
    expect(a.messageId).toMatch(/^<derived\.[0-9a-f]{40}@careline\.invalid>$/);
    expect(b.messageId).toBe(a.messageId);
    expect(c.messageId).not.toBe(a.messageId);
  });
});

describe('mail that cannot be read', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['MIME nested 5,000 deep', deeplyNested(5_000)],
  ])('%s is unparseable, with the reason', async (_name, raw) => {
    const result = await inspect(raw);
    expect(result.kind).toBe('unparseable');
    expect(result.reason).not.toBe('');
  });

  it('a message over the size limit is refused before it is parsed', async () => {
    const result = await inspectMail({ signer, limits: { maxBytes: 1_000, maxHtmlChars: 1_000, maxTextChars: 1_000 } }, Buffer.from(rawMail({ text: 'x'.repeat(2_000) })));
    expect(result).toMatchObject({ kind: 'unparseable', reason: expect.stringContaining('too large') as string });
  });

  it('a 2 MB single-line body is read, and the text handed on is cut to the limit', async () => {
    const result = await inspect(rawMail({ text: `Please help. ${'x'.repeat(2 * 1024 * 1024)}` }));
    expect(result.kind).toBe('customer');
    expect(result.mail?.text.length).toBe(100_000);
  });

  it('binary garbage does not crash it', async () => {
    const garbage = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256));
    expect(MAIL_KINDS).toContain((await inspect(garbage)).kind);
  });
});

describe('every real-world fixture', () => {
  it('goes through inspectMail without crashing, and no bounce or auto-reply reads as customer mail', async () => {
    const files = await manifest();
    expect(files.length).toBeGreaterThan(100);
    const kinds = new Map<string, string>();
    for (const { file, source, category } of files) {
      const result = await inspect(await readFile(path.join(FIXTURES, file)));
      expect(MAIL_KINDS, file).toContain(result.kind);
      kinds.set(file, result.kind);
      if (source === 'sisimai' && ['bounce', 'auto_reply', 'feedback_report'].includes(category)) {
        expect(result.kind, `${file} (${category})`).not.toBe('customer');
      }
    }
    expect(kinds.get('sisimai/mac/lhost-sendmail-01.eml')).toBe('bounce'); // bare-CR line endings
    expect(kinds.get('postal-mime/arf.eml')).toBe('auto_reply');
    expect(kinds.get('ruby-mail/multi_charset/japanese_iso_2022.eml')).toBe('customer');
    expect(kinds.get('postal-mime/mixed.eml')).toBe('unparseable'); // a MIME body without a single envelope header
    expect(kinds.get('mimekit/tnef/body.tnef')).toBe('unparseable'); // a bare TNEF blob is not an email
  });
});

describe('careline mail inspect', () => {
  it('reports a file it cannot read as unparseable instead of failing', async () => {
    const [missing, real] = await inspectMailFiles(['/nonexistent/x.eml', path.join(FIXTURES, 'mimekit/messages/bounce.txt')]);
    expect(missing).toMatchObject({ kind: 'unparseable', reason: expect.stringContaining('ENOENT') as string });
    expect(real).toMatchObject({ kind: 'bounce', messageId: expect.stringMatching(/^<.+>$/) as string });
  });
});

function deeplyNested(depth: number): Buffer {
  let mail = 'From: a@example.net\r\nSubject: deep\r\n';
  for (let i = 0; i < depth; i++) mail += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
  mail += 'Content-Type: text/plain\r\n\r\nhello\r\n';
  for (let i = depth - 1; i >= 0; i--) mail += `--b${i}--\r\n`;
  return Buffer.from(mail);
}
