/**
 * Periodic housekeeping on BullMQ: one job scheduler, so that however many workers run, each round runs
 * once (BullMQ's scheduler keeps one pending job per scheduler id). What a round does is injected.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';

export const HOUSEKEEPING_QUEUE = 'careline-housekeeping';

export interface HousekeepingOptions {
  connection: ConnectionOptions;
  /** BullMQ key prefix; tests use their own. */
  prefix?: string;
  everyMs: number;
  /** One round of work; resolves to a summary that is kept as the job's result. */
  round: () => Promise<Record<string, number>>;
  onError?: (error: Error) => void;
}

export interface Housekeeping {
  queue: Queue;
  worker: Worker;
  close(): Promise<void>;
}

export async function startHousekeeping(options: HousekeepingOptions): Promise<Housekeeping> {
  const prefix = options.prefix ?? 'careline';
  const queue = new Queue(HOUSEKEEPING_QUEUE, { connection: options.connection, prefix });
  await queue.upsertJobScheduler('housekeeping', { every: options.everyMs }, {
    name: 'round',
    opts: { removeOnComplete: 100, removeOnFail: 500, attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  });
  const worker = new Worker(HOUSEKEEPING_QUEUE, async () => options.round(), { connection: options.connection, prefix });
  worker.on('failed', (_job, error) => options.onError?.(error));
  worker.on('error', (error) => options.onError?.(error));
  return {
    queue,
    worker,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
