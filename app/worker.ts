/**
 * `careline worker`: careline's background work on BullMQ — commitment timers (warnings and escalations),
 * the commitment sweep that rebuilds timers from PostgreSQL (at start and every five minutes), and hourly
 * housekeeping. Any number of workers may run: BullMQ hands each job to one, and core's conditional updates
 * make every effect happen once.
 */
import { advanceCommitment, configuredHolidayPlaces, sweepCommitments } from '../core/index.ts';
import { DateHolidaysCalendar } from '../calendar/date-holidays-calendar.ts';
import { purgeIdempotencyKeys } from '../db/housekeeping.ts';
import { startCommitmentWorker } from '../queue/commitment-timers.ts';
import { startHousekeeping } from '../queue/housekeeping.ts';
import { startOutboundMail } from '../mail/email-channel.ts';
import { loadConfig, type Config } from './config.ts';
import { createContainer, type Container } from './container.ts';
import { requireServices } from './health.ts';

export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 3600 * 1000;
const SWEEP_EVERY_MS = 5 * 60_000;

/** Fails fast on a configured holiday calendar that does not exist (a typo in a subdivision). */
export function checkHolidayCalendars(config: Config): void {
  const holidays = new DateHolidaysCalendar();
  const year = new Date().getUTCFullYear();
  for (const place of configuredHolidayPlaces(config.deskCalendar)) holidays.publicHolidays(place.country, place.subdivision, year);
}

/** Starts every background worker on the container; resolves to a function that drains and stops them. */
export async function startWorkers(container: Container): Promise<() => Promise<void>> {
  const report = (what: string) => (error: Error): void => console.error(`${what}: ${error.message}`);
  const commitments = startCommitmentWorker({
    connection: container.redisConnection,
    advance: (commitmentId) => advanceCommitment(container.handoff, { commitmentId }),
    onError: report('commitment timer'),
  });
  const sweep = await startHousekeeping({
    task: 'commitment-sweep', connection: container.redisConnection, everyMs: SWEEP_EVERY_MS,
    round: async () => ({ ...(await sweepCommitments(container.handoff)) }),
    onError: report('commitment sweep'),
  });
  const housekeeping = await startHousekeeping({
    connection: container.redisConnection,
    everyMs: 3600_000,
    round: async () => ({
      idempotencyKeysPurged: await purgeIdempotencyKeys(container.database.prisma, new Date(Date.now() - IDEMPOTENCY_RETENTION_MS)),
    }),
    onError: report('housekeeping'),
  });
  const outboundMail = await startOutboundMail(container, report('outbound mail'));
  // Workers finish their current job before closing: nothing is left half-done or stalled.
  return async () => { await Promise.all([commitments.close(), sweep.close(), housekeeping.close(), outboundMail?.close()]); };
}

export async function runWorker(): Promise<void> {
  const config = loadConfig();
  await requireServices(config);
  checkHolidayCalendars(config);

  const container = createContainer(config);
  const stopWorkers = await startWorkers(container);
  console.log('careline worker is running: commitment timers, sweep every 5 min, housekeeping hourly. Stop with Ctrl-C.');

  const stop = (signal: string): void => {
    console.error(`${signal}: draining the worker`);
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    void stopWorkers().then(() => container.close()).finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
