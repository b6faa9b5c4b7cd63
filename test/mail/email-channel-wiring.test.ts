/**
 * careline as `start` and `worker` run it: configuration from the environment, the container, the mailbox
 * watcher (only when IMAP settings are given) and the outbound mail worker (only with SMTP_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.ts';
import { createContainer, type Container } from '../../app/container.ts';
import { startOutboundMail, startSupportMailboxWatcher } from '../../mail/email-channel.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { startDovecot, type TestDovecot } from '../support/dovecot.ts';
import { factories } from '../support/factories.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { newMessageId, rawMail } from './support.ts';

let db: TestDatabase;
let dovecot: TestDovecot;
let sink: SmtpSink;
let redis: PrivateRedis;
beforeAll(async () => { [db, dovecot, sink, redis] = await Promise.all([createTestDatabase(), startDovecot(), startSmtpSink(), startPrivateRedis()]); });
afterAll(async () => { await Promise.all([dovecot?.stop(), sink?.close(), redis?.stop()]); await db?.drop(); });

describe('the email channel in a running careline', () => {
  it('does not watch anything without IMAP settings, nor send without SMTP_URL', async () => {
    const container = createContainer(loadConfig({ DATABASE_URL: db.url, REDIS_URL: redis.url }));
    expect(await startSupportMailboxWatcher(container)).toBeNull();
    expect(await startOutboundMail(container)).toBeNull();
    await container.close();
  });

  it('with IMAP and SMTP settings, answers a customer through the configured mailbox and relay', async () => {
    const box = await dovecot.mailbox('support');
    const container: Container = createContainer(loadConfig({
      DATABASE_URL: db.url, REDIS_URL: redis.url, IMAP_HOST: '127.0.0.1', IMAP_PORT: String(dovecot.imapPort), IMAP_TLS: 'false',
      IMAP_USER: box.address, IMAP_PASSWORD: box.password, SMTP_URL: sink.url, MAIL_FROM: `Customer Care <${box.address}>`,
      MESSAGE_ID_SECRET: 'wiring-test-secret-123', MAIL_POLL_SECONDS: '5',
    }));
    const account = await factories(db.prisma).account();
    const contact = await factories(db.prisma).contact(account, { email: 'wired@northwind.example' });
    const outbound = await startOutboundMail(container);
    const watcher = await startSupportMailboxWatcher(container, { log: () => undefined });
    try {
      await dovecot.deliver(box.address, rawMail({ from: contact.email, to: box.address, messageId: newMessageId(), subject: 'Invoice address', text: 'Please change the invoice address on our account.' }));
      const [reply] = await sink.waitFor(1, 30_000);
      expect(reply?.rcptTo).toEqual([contact.email]);
      expect(reply?.parsed.subject).toMatch(/^Re: Invoice address \[Case \d{4}-\d{4}-\d{4}\]$/);
      expect(reply?.parsed.from?.value[0]?.address).toBe(box.address);
      expect(watcher?.state()).toBe('watching');
    } finally {
      await watcher?.stop();
      await outbound?.close();
      await container.close();
    }
  });
});
