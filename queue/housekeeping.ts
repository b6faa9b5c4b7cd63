/**
 * Periodic tasks on BullMQ (housekeeping, the commitment sweep): one job scheduler per task, so that however
 * many workers run, each round runs once (BullMQ keeps one pending job per scheduler id). What a round does
 * is injected.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';

export const HOUSEKEEPING_QUEUE = 'careline-housekeeping';

export interface HousekeepingOptions {
  /** One queue and one schedule per task name (default: housekeeping). */
  task?: string;
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
  const task = options.task ?? 'housekeeping';
  const queueName = task === 'housekeeping' ? HOUSEKEEPING_QUEUE : `careline-${task}`;
  const queue = new Queue(queueName, { connection: options.connection, prefix });
  await queue.upsertJobScheduler(task, { every: options.everyMs }, {
    name: 'round',
    opts: { removeOnComplete: 100, removeOnFail: 500, attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  });
  const worker = new Worker(queueName, async () => options.round(), { connection: options.connection, prefix });
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
