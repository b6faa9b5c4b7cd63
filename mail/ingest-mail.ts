/**
 * One inbound mail, exactly once: read it, store its raw source under its Message-ID, route it, and commit
 * the outcome (transcript, reply in the outbox, bounce) in one transaction; only then may the caller move it
 * out of the inbox. A mail fetched again (after a crash between the commit and the move) finds its row
 * PROCESSED and is only moved; its reply is queued again in case the crash came before that (the queue's
 * job id makes that harmless). What cannot be processed is quarantined with the reason — at once when the
 * mail itself is at fault, after `maxAttempts` otherwise — so it never blocks the mail after it. A failure
 * of the database itself is thrown: the caller retries the whole round later.
 */
import { isCarelineError } from '../core/index.ts';
import type { UnderstandingDeps } from '../core/understanding/understand.ts';
import { inspectMail } from './inspect-mail.ts';
import { derivedMessageId } from './message-id.ts';
import type { InboundMailStore } from './ports.ts';
import type { MailLimits } from './read-mail.ts';
import { routeMail, UnroutableMail, type RoutingDeps } from './route-mail.ts';

export interface IngestDeps {
  routing: RoutingDeps;
  understanding: UnderstandingDeps;
  inbound: InboundMailStore;
  /** Puts an outbox row on the outbound-mail queue. */
  enqueueReply: (outboundId: string) => Promise<void>;
  limits?: MailLimits;
  maxAttempts?: number;
  onError?: (error: Error) => void;
}

export interface MailSource {
  mailbox: string;
  uidValidity: bigint | null;
  uid: bigint | null;
}

export interface Disposition {
  inboundId: string;
  folder: 'processed' | 'quarantine';
  reason: string | null;
}

export async function ingestMail(deps: IngestDeps, raw: Buffer, source: MailSource): Promise<Disposition> {
  const inspected = await inspectMail({ signer: deps.routing.signer, understanding: deps.understanding, ...(deps.limits ? { limits: deps.limits } : {}) }, raw);
  const received = await deps.inbound.receive({
    messageId: inspected.messageId ?? derivedMessageId(raw), ...source, raw,
    fromAddress: inspected.from, subject: inspected.subject, kind: inspected.kind,
  });
  const id = received.id;
  if (received.state === 'QUARANTINED') return { inboundId: id, folder: 'quarantine', reason: 'quarantined before' };
  if (received.state === 'PROCESSED') {
    await requeue(deps, await deps.inbound.pendingReplyOf(id));
    return { inboundId: id, folder: 'processed', reason: null };
  }
  if (inspected.mail === null) return quarantine(deps, id, `unparseable: ${inspected.reason}`);

  try {
    const outcome = await routeMail(deps.routing, { ...inspected, mail: inspected.mail });
    const { replyId } = await deps.inbound.complete(id, outcome);
    await requeue(deps, replyId);
    return { inboundId: id, folder: 'processed', reason: null };
  } catch (error) {
    if (error instanceof UnroutableMail) return quarantine(deps, id, error.message);
    // A domain error is about this mail's content (say, a field core refuses): retrying will not help.
    if (isCarelineError(error)) return quarantine(deps, id, `${error.code}: ${error.message}`);
    if (received.attempts >= (deps.maxAttempts ?? 3)) return quarantine(deps, id, `failed ${received.attempts} times: ${(error as Error).message}`);
    throw error;
  }
}

async function quarantine(deps: IngestDeps, inboundId: string, reason: string): Promise<Disposition> {
  await deps.inbound.quarantine(inboundId, reason);
  return { inboundId, folder: 'quarantine', reason };
}

async function requeue(deps: IngestDeps, outboundId: string | null): Promise<void> {
  if (!outboundId) return;
  // The reply is safe in the outbox; the outbound worker's sweep queues it if Redis is away right now.
  await deps.enqueueReply(outboundId).catch((error: Error) => deps.onError?.(error));
}
