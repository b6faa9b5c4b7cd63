/** The email tests' own machinery: a private Dovecot per file and an SMTP sink, both on loopback. */
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type TestDovecot } from '../support/dovecot.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

let dovecot: TestDovecot;
let sink: SmtpSink;
beforeAll(async () => { [dovecot, sink] = await Promise.all([startDovecot(), startSmtpSink()]); });
afterAll(async () => { await Promise.all([dovecot?.stop(), sink?.close()]); });

describe('the test mail server', () => {
  it('keeps what is appended or delivered in the mailbox of the user it was meant for', async () => {
    const support = await dovecot.mailbox('support');
    const other = await dovecot.mailbox('other');
    await dovecot.append(support, ['From: a@example.net\r\nSubject: appended\r\nMessage-ID: <appended@example.net>\r\n\r\nhello\r\n']);
    await dovecot.deliver(support.address, 'From: b@example.net\r\nSubject: delivered\r\nMessage-ID: <delivered@example.net>\r\n\r\nhello\r\n');
    expect((await dovecot.list(support, 'INBOX')).map((m) => m.messageId)).toEqual(['<appended@example.net>', '<delivered@example.net>']);
    expect(await dovecot.list(other, 'INBOX')).toEqual([]);
  });

  it('captures what is sent to the SMTP sink, and can refuse a message once', async () => {
    const transport = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: false, ignoreTLS: true });
    sink.failNext(1);
    await expect(transport.sendMail({ from: 'desk@example.test', to: 'x@example.net', subject: 'refused', text: 'x' })).rejects.toThrow(/451/);
    await transport.sendMail({ from: 'desk@example.test', to: 'x@example.net', subject: 'kept', text: 'x' });
    const [mail] = await sink.waitFor(1);
    expect(mail?.parsed.subject).toBe('kept');
    expect(mail?.rcptTo).toEqual(['x@example.net']);
    transport.close();
  });
});
