/**
 * The email channel put together: the stores on PostgreSQL, the request understanding, routing into core,
 * the outbound-mail queue. `app/` calls `startSupportMailboxWatcher` (when IMAP settings are given) and
 * `startOutboundMail` (when SMTP_URL is given); tests build the same pieces with `mailIngestion`. Only
 * one instance watches a mailbox at a time (a PostgreSQL advisory-lock lease, db/stores/mail-lease-store.ts).
 */
import type { ConnectionOptions } from 'bullmq';
import type { CoreDeps, HandoffDeps } from '../core/index.ts';
import type { UnderstandingDeps } from '../core/understanding/understand.ts';
import type { MailConfig } from '../app/config.ts';
import type { PrismaClient } from '../db/generated/prisma/client.ts';
import { createMailboxCursorStore } from '../db/stores/mail-cursor-store.ts';
import { createMailboxLease } from '../db/stores/mail-lease-store.ts';
import { createInboundMailStore } from '../db/stores/mail-inbound-store.ts';
import { createOutboundMailStore } from '../db/stores/mail-outbound-store.ts';
import { createUnderstanding } from '../nlp/create-understanding.ts';
import { createOutboundMailQueue, startOutboundMailWorker, type OutboundMailWorker } from '../queue/outbound-mail.ts';
import type { AttachmentLimits } from './attachments.ts';
import { ingestMail, type IngestDeps } from './ingest-mail.ts';
import { fromAddress, mailSigner } from './mail-settings.ts';
import { startMailboxWatcher, type MailboxWatcher, type MailboxWatcherOptions } from './mailbox-watcher.ts';
import type { MessageIdSigner } from './message-id.ts';
import { smtpSender } from './send-mail.ts';

export interface MailChannelContainer {
  config: { mail: MailConfig; databaseUrl: string };
  database: { prisma: PrismaClient };
  core: CoreDeps;
  handoff: HandoffDeps;
  redisConnection: ConnectionOptions;
  /** The process's shared, already-trained understanding, when the composition root has one. */
  understanding?: () => Promise<UnderstandingDeps>;
}

export interface MailIngestionInput {
  prisma: PrismaClient;
  core: CoreDeps;
  handoff: HandoffDeps;
  understanding: UnderstandingDeps;
  signer: MessageIdSigner;
  enqueueReply: (outboundId: string) => Promise<void>;
  repliesPerHour: number;
  ownAddresses: string[];
  trustedAuthServers?: string[];
  attachmentLimits?: AttachmentLimits;
  onError?: (error: Error) => void;
}

/** What the watcher needs: the cursor store and ingestion wired to PostgreSQL and core. */
export function mailIngestion(input: MailIngestionInput) {
  const inbound = createInboundMailStore(input.prisma);
  const deps: IngestDeps = {
    inbound, understanding: input.understanding, enqueueReply: input.enqueueReply,
    routing: { core: input.core, handoff: input.handoff, signer: input.signer, inbound, repliesPerHour: input.repliesPerHour, ownAddresses: input.ownAddresses, trustedAuthServers: input.trustedAuthServers ?? [], ...(input.attachmentLimits ? { attachmentLimits: input.attachmentLimits } : {}) },
    ...(input.onError ? { onError: input.onError } : {}),
  };
  return {
    cursors: createMailboxCursorStore(input.prisma),
    ingest: (raw: Buffer, source: Parameters<typeof ingestMail>[2]) => ingestMail(deps, raw, source),
  };
}

/** Watches the configured support mailbox; null when no IMAP settings are given. */
export async function startSupportMailboxWatcher(container: MailChannelContainer, options: Partial<MailboxWatcherOptions> = {}): Promise<MailboxWatcher | null> {
  const mail = container.config.mail;
  if (!mail.imap) return null;
  const log = options.log ?? ((message: string) => console.error(message));
  const queue = createOutboundMailQueue(container.redisConnection);
  const ingestion = mailIngestion({
    prisma: container.database.prisma, core: container.core, handoff: container.handoff,
    understanding: await (container.understanding?.() ?? createUnderstanding()), signer: mailSigner(mail), enqueueReply: (id) => queue.enqueue(id),
    repliesPerHour: mail.repliesPerHour, ownAddresses: [fromAddress(mail.from), mail.imap.user.toLowerCase()], trustedAuthServers: mail.trustedAuthServers, attachmentLimits: mail.attachments,
    onError: (error) => log(`outbound mail queue: ${error.message}`),
  });
  const watcher = await startMailboxWatcher(ingestion, {
    imap: { host: mail.imap.host, port: mail.imap.port, secure: mail.imap.secure, auth: { user: mail.imap.user, pass: mail.imap.password } },
    mailbox: mail.imap.mailbox, pollIntervalMs: mail.pollIntervalMs, log,
    // Several instances may run: one watches, the others take over within leaseRetryMs when it dies.
    lease: createMailboxLease(container.config.databaseUrl), leaseRetryMs: 15_000, ...options,
  });
  return { state: () => watcher.state(), async stop() { await watcher.stop(); await queue.close(); } };
}

/** Sends the outbox over SMTP; null when SMTP_URL is not set (replies then wait in PostgreSQL). */
export async function startOutboundMail(container: MailChannelContainer, onError: (error: Error) => void = (e) => console.error(`outbound mail: ${e.message}`)): Promise<OutboundMailWorker | null> {
  const mail = container.config.mail;
  if (!mail.smtpUrl) return null;
  return startOutboundMailWorker({
    connection: container.redisConnection, outbox: createOutboundMailStore(container.database.prisma),
    sender: smtpSender(mail.smtpUrl, mail.from), onError,
  });
}
