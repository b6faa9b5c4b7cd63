/**
 * The outbound-mail queue on BullMQ: one job per outbox row (jobId `m-<outboundId>`), retried with
 * exponential backoff while the SMTP server refuses or is away. PostgreSQL's outbox is the truth: a job only
 * says "send this row now"; a row already SENT is not sent again, and the sweep re-queues PENDING rows that
 * Redis lost. The rare duplicate left is a crash between the relay's "250 OK" and marking the row SENT.
 */
import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { z } from 'zod';
import type { OutboundMailStore } from '../mail/ports.ts';
import type { MailSender } from '../mail/send-mail.ts';

export const OUTBOUND_MAIL_QUEUE = 'careline-outbound-mail';
const SendJob = z.object({ outboundId: z.string().uuid() });
const jobId = (outboundId: string): string => `m-${outboundId}`;

export interface OutboundMailQueue {
  enqueue(outboundId: string): Promise<void>;
  close(): Promise<void>;
}

export function createOutboundMailQueue(connection: ConnectionOptions, options: { prefix?: string; attempts?: number; backoffMs?: number } = {}): OutboundMailQueue {
  const queue = new Queue(OUTBOUND_MAIL_QUEUE, {
    connection, prefix: options.prefix ?? 'careline',
    defaultJobOptions: {
      attempts: options.attempts ?? 8, backoff: { type: 'exponential', delay: options.backoffMs ?? 2_000 },
      removeOnComplete: true, removeOnFail: 1_000,
    },
  });
  return {
    async enqueue(outboundId) {
      await queue.add('send', { outboundId }, { jobId: jobId(outboundId) });
    },
    close: () => queue.close(),
  };
}

export interface OutboundMailWorkerOptions {
  connection: ConnectionOptions;
  prefix?: string;
  outbox: OutboundMailStore;
  sender: MailSender;
  /** As many as the queue's jobs get (createOutboundMailQueue's `attempts`): the last failure marks the row FAILED. */
  attempts?: number;
  backoffMs?: number;
  sweepEveryMs?: number;
  onError?: (error: Error) => void;
}

export interface OutboundMailWorker {
  queue: OutboundMailQueue;
  /** Queues every PENDING outbox row (at start and every `sweepEveryMs`). */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

export async function startOutboundMailWorker(options: OutboundMailWorkerOptions): Promise<OutboundMailWorker> {
  const attempts = options.attempts ?? 8;
  const queue = createOutboundMailQueue(options.connection, { attempts, ...(options.prefix ? { prefix: options.prefix } : {}), ...(options.backoffMs ? { backoffMs: options.backoffMs } : {}) });
  const worker = new Worker(OUTBOUND_MAIL_QUEUE, async (job: Job) => {
    const { outboundId } = SendJob.parse(job.data);
    const mail = await options.outbox.find(outboundId);
    if (!mail || mail.state !== 'PENDING') return;
    try {
      const { response } = await options.sender.send(mail);
      await options.outbox.markSent(outboundId, response);
    } catch (error) {
      await options.outbox.markFailed(outboundId, (error as Error).message, job.attemptsMade + 1 >= attempts);
      throw error;
    }
  }, { connection: options.connection, prefix: options.prefix ?? 'careline', concurrency: 5 });
  worker.on('error', (error) => options.onError?.(error));
  worker.on('failed', (_job, error) => options.onError?.(error));

  const sweep = async (): Promise<number> => {
    const pending = await options.outbox.pending(1_000);
    for (const id of pending) await queue.enqueue(id);
    return pending.length;
  };
  await sweep();
  const timer = setInterval(() => { sweep().catch((error: Error) => options.onError?.(error)); }, options.sweepEveryMs ?? 60_000);
  timer.unref();
  return {
    queue, sweep,
    async close() {
      clearInterval(timer);
      await worker.close();
      await queue.close();
      options.sender.close();
    },
  };
}
