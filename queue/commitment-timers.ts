/**
 * Commitment timers on BullMQ: one delayed job per commitment (jobId `c-<commitmentId>`), due at core's
 * nextTimerAt. When the job fires, core's advanceCommitment decides what is due and when to fire next; the
 * job then moves itself back to "delayed" for that instant, so a commitment never holds more than one job.
 * Redis holds only these wake-ups: PostgreSQL is the truth, and the sweep rebuilds lost jobs.
 */
import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { z } from 'zod';
import { nextTimerAt, type CommitmentTimers } from '../core/index.ts';

export const COMMITMENT_QUEUE = 'careline-commitments';

const TimerJob = z.object({ commitmentId: z.string().min(1) });

// BullMQ custom ids may not contain ":" (its key separator).
const jobId = (commitmentId: string): string => `c-${commitmentId}`;

export interface CommitmentTimerQueue extends CommitmentTimers {
  queue: Queue;
  close(): Promise<void>;
}

export function createCommitmentTimers(connection: ConnectionOptions, prefix = 'careline'): CommitmentTimerQueue {
  const queue = new Queue(COMMITMENT_QUEUE, {
    connection, prefix,
    // Completed jobs are dropped so that a later schedule() of the same commitment can add it again.
    defaultJobOptions: { removeOnComplete: true, removeOnFail: 1_000, attempts: 10, backoff: { type: 'exponential', delay: 1_000 } },
  });
  return {
    queue,
    async schedule(commitments) {
      const now = Date.now();
      const jobs = commitments.flatMap((c) => {
        const at = nextTimerAt(c);
        return at === null ? [] : [{ name: 'commitment', data: { commitmentId: c.id }, opts: { jobId: jobId(c.id), delay: Math.max(0, at.getTime() - now) } }];
      });
      // A job id that already exists is left as it is: scheduling twice is harmless.
      if (jobs.length) await queue.addBulk(jobs);
    },
    async cancel(commitmentIds) {
      // A job being processed right now is locked and stays; advanceCommitment will find nothing to do.
      await Promise.all(commitmentIds.map((id) => queue.remove(jobId(id)).catch(() => 0)));
    },
    close: () => queue.close(),
  };
}

export interface CommitmentWorkerOptions {
  connection: ConnectionOptions;
  prefix?: string;
  concurrency?: number;
  /** core's advanceCommitment, bound to its dependencies. */
  advance: (commitmentId: string) => Promise<{ nextAt: Date | null }>;
  onError?: (error: Error) => void;
}

export function startCommitmentWorker(options: CommitmentWorkerOptions): Worker {
  const worker = new Worker(COMMITMENT_QUEUE, async (job: Job, token?: string) => {
    const { commitmentId } = TimerJob.parse(job.data);
    const { nextAt } = await options.advance(commitmentId);
    if (nextAt !== null) {
      await job.moveToDelayed(Math.max(Date.now(), nextAt.getTime()), token);
      throw new DelayedError(); // tells BullMQ the job was moved, not finished
    }
  }, { connection: options.connection, prefix: options.prefix ?? 'careline', concurrency: options.concurrency ?? 10 });
  worker.on('error', (error) => options.onError?.(error));
  worker.on('failed', (_job, error) => options.onError?.(error));
  return worker;
}
