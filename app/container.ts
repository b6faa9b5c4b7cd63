/**
 * The composition root: builds the adapters from the configuration and hands core its ports.
 * Everything that runs careline (server, worker, CLI, tests of the whole) goes through here.
 */
import { deskCommitmentPolicy, type CommitmentTimers, type CoreDeps, type HandoffDeps } from '../core/index.ts';
import { DateHolidaysCalendar } from '../calendar/date-holidays-calendar.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { createStores } from '../db/stores/index.ts';
import { createHandoffStore } from '../db/stores/handoff-store.ts';
import { createCommitmentTimers, type CommitmentTimerQueue } from '../queue/commitment-timers.ts';
import type { UnderstandingDeps } from '../core/understanding/understand.ts';
import { createUnderstanding } from '../nlp/create-understanding.ts';
import type { Config } from './config.ts';

export interface Container {
  config: Config;
  database: Database;
  core: CoreDeps;
  handoff: HandoffDeps;
  /** Request understanding, trained once per process on first use (about a second) and shared by every door. */
  understanding: () => Promise<UnderstandingDeps>;
  /** BullMQ connection options for workers. */
  redisConnection: { url: string; maxRetriesPerRequest: null };
  close(): Promise<void>;
}

export function createContainer(config: Config): Container {
  const database = openDatabase(config.databaseUrl, { maxConnections: config.databasePoolSize });
  const clock = { now: () => new Date() };
  const core: CoreDeps = { clock, deskTimeZone: config.deskTimeZone, ...createStores(database.prisma) };
  const redisConnection = { url: config.redisUrl, maxRetriesPerRequest: null };

  // Redis is connected on first use: a CLI look-up that never schedules a timer never needs it.
  let timerQueue: CommitmentTimerQueue | undefined;
  const queue = (): CommitmentTimerQueue => (timerQueue ??= createCommitmentTimers(redisConnection));
  const timers: CommitmentTimers = { schedule: (c) => queue().schedule(c), cancel: (ids) => queue().cancel(ids) };

  const handoff: HandoffDeps = {
    clock,
    handoffs: createHandoffStore(database.prisma),
    timers,
    policy: deskCommitmentPolicy({ config: config.deskCalendar, holidays: new DateHolidaysCalendar(), warningFraction: config.warningFraction }),
  };
  let trained: Promise<UnderstandingDeps> | undefined;
  const understanding = (): Promise<UnderstandingDeps> => (trained ??= createUnderstanding());
  return {
    config, database, core, handoff, redisConnection, understanding,
    async close() {
      await timerQueue?.close();
      await database.close();
    },
  };
}
