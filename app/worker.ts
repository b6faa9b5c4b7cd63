/**
 * `careline worker`: runs careline's background work on BullMQ. Today: hourly housekeeping (expired
 * idempotency keys). Timers for handoff commitments and outbound mail join here as they land.
 */
import { loadConfig } from './config.ts';
import { createContainer } from './container.ts';
import { checkPostgres, checkRedis } from './health.ts';
import { purgeIdempotencyKeys } from '../db/housekeeping.ts';
import { startHousekeeping } from '../queue/housekeeping.ts';

export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 3600 * 1000;

export async function runWorker(): Promise<void> {
  const config = loadConfig();
  const checks = await Promise.all([checkPostgres(config.databaseUrl), checkRedis(config.redisUrl)]);
  for (const check of checks) console.error(`${check.ok ? 'ok  ' : 'FAIL'} ${check.detail}`);
  if (checks.some((c) => !c.ok)) throw new Error('a service careline needs is unreachable (see above)');

  const container = createContainer(config);
  const housekeeping = await startHousekeeping({
    connection: { url: config.redisUrl, maxRetriesPerRequest: null },
    everyMs: 3600_000,
    round: async () => ({
      idempotencyKeysPurged: await purgeIdempotencyKeys(container.database.prisma, new Date(Date.now() - IDEMPOTENCY_RETENTION_MS)),
    }),
    onError: (error) => console.error(`housekeeping: ${error.message}`),
  });
  console.log('careline worker is running (housekeeping every hour). Stop with Ctrl-C.');

  const stop = (signal: string): void => {
    console.error(`${signal}: draining the worker`);
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    void housekeeping.close().then(() => container.close()).finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
