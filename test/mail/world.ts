/**
 * An email world for end-to-end stories: a real Dovecot mailbox, an SMTP sink, a private Redis for the
 * outbound queue, a migrated PostgreSQL database, and careline's email channel wired to them exactly as
 * app/ wires it (mailIngestion + startMailboxWatcher + startOutboundMailWorker).
 */
import { randomBytes } from 'node:crypto';
import type { CoreDeps } from '../../core/index.ts';
import type { UnderstandingDeps } from '../../core/understanding/understand.ts';
import { createStores } from '../../db/stores/index.ts';
import { createOutboundMailStore } from '../../db/stores/mail-outbound-store.ts';
import type { AttachmentLimits } from '../../mail/attachments.ts';
import { mailIngestion } from '../../mail/email-channel.ts';
import { startMailboxWatcher, type MailboxWatcher, type MailboxWatcherOptions } from '../../mail/mailbox-watcher.ts';
import { messageIdSigner } from '../../mail/message-id.ts';
import { smtpSender } from '../../mail/send-mail.ts';
import { createUnderstanding } from '../../nlp/create-understanding.ts';
import { startOutboundMailWorker, type OutboundMailWorker } from '../../queue/outbound-mail.ts';
import { handoffDeps } from '../handoff/support.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { startDovecot, type TestDovecot, type TestMailbox } from '../support/dovecot.ts';
import { factories } from '../support/factories.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

export const DESK = 'support@desk.example.test';
export const signer = messageIdSigner('test-secret-for-signing-ids', 'desk.example.test');

export interface MailWorld {
  db: TestDatabase;
  dovecot: TestDovecot;
  sink: SmtpSink;
  redis: PrivateRedis;
  core: CoreDeps;
  make: ReturnType<typeof factories>;
  outbound: OutboundMailWorker;
  /** A fresh support mailbox and a watcher on it (stopped by the world at the end). */
  watch(box: TestMailbox, options?: Partial<MailboxWatcherOptions> & { repliesPerHour?: number; attachmentLimits?: AttachmentLimits }): Promise<MailboxWatcher>;
  close(): Promise<void>;
}

let understanding: Promise<UnderstandingDeps> | undefined;

export async function mailWorld(): Promise<MailWorld> {
  const [db, dovecot, sink, redis] = await Promise.all([createTestDatabase(), startDovecot(), startSmtpSink(), startPrivateRedis()]);
  understanding ??= createUnderstanding();
  const connection = { url: redis.url, maxRetriesPerRequest: null };
  const prefix = `mail-${randomBytes(3).toString('hex')}`;
  const core: CoreDeps = { clock: { now: () => new Date() }, deskTimeZone: 'America/Los_Angeles', ...createStores(db.prisma) };
  const outbound = await startOutboundMailWorker({
    connection, prefix, outbox: createOutboundMailStore(db.prisma), sender: smtpSender(sink.url, `Customer Care <${DESK}>`),
    attempts: 5, backoffMs: 100,
  });
  const watchers: MailboxWatcher[] = [];
  const deps = await understanding;
  return {
    db, dovecot, sink, redis, core, make: factories(db.prisma), outbound,
    async watch(box, options = {}) {
      const { repliesPerHour, attachmentLimits, ...watcherOptions } = options;
      const ingestion = mailIngestion({
        prisma: db.prisma, core, handoff: handoffDeps(db), understanding: deps, signer,
        enqueueReply: (id) => outbound.queue.enqueue(id), repliesPerHour: repliesPerHour ?? 5, ownAddresses: [DESK], ...(attachmentLimits ? { attachmentLimits } : {}),
      });
      const watcher = await startMailboxWatcher(ingestion, {
        imap: box.imap, pollIntervalMs: 1_000, noopTimeoutMs: 5_000, backoff: { initialMs: 50, maxMs: 500 }, ...watcherOptions,
      });
      watchers.push(watcher);
      return watcher;
    },
    async close() {
      await Promise.all(watchers.map((w) => w.stop()));
      await outbound.close();
      await Promise.all([dovecot.stop(), sink.close(), redis.stop()]);
      await db.drop();
    },
  };
}

/** Waits until `check` returns a value other than undefined/false; fails after `timeoutMs` saying what it waited for. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
