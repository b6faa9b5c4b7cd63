/** Reachability checks for the services careline needs, with messages an operator can act on. */
import pg from 'pg';
import { Redis } from 'ioredis';

export interface ServiceCheck {
  service: 'postgresql' | 'redis';
  ok: boolean;
  detail: string;
}

function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? '6379' : '5432')}`;
}

export async function checkPostgres(url: string): Promise<ServiceCheck> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return { service: 'postgresql', ok: true, detail: `PostgreSQL ${rows[0]?.server_version ?? '?'} at ${where(url)}` };
  } catch (error) {
    return { service: 'postgresql', ok: false, detail: `PostgreSQL at ${where(url)} is unreachable: ${(error as Error).message}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(url: string): Promise<ServiceCheck> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined); // reported below
  try {
    await redis.connect();
    const info = await redis.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
    return { service: 'redis', ok: true, detail: `Redis ${version} at ${where(url)}` };
  } catch (error) {
    return { service: 'redis', ok: false, detail: `Redis at ${where(url)} is unreachable: ${(error as Error).message}` };
  } finally {
    redis.disconnect();
  }
}

export interface RedisPersistence {
  aof: boolean;
  evictionPolicy: string;
  /** What is wrong for a queue that must not lose timers, named as redis.conf settings. */
  problems: string[];
}

/**
 * BullMQ keeps commitments' timers in Redis: Redis must persist them (AOF) and must never evict keys.
 * Read from INFO, which managed Redis services allow even when CONFIG is disabled.
 */
export async function checkRedisPersistence(url: string): Promise<RedisPersistence> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const info = `${await redis.info('persistence')}\n${await redis.info('memory')}`;
    const aof = /aof_enabled:1/.test(info);
    const evictionPolicy = /maxmemory_policy:(\S+)/.exec(info)?.[1] ?? 'unknown';
    const problems = [
      ...(aof ? [] : ['appendonly is "no": queued timers are lost when Redis restarts (set appendonly yes)']),
      ...(evictionPolicy === 'noeviction' ? [] : [`maxmemory-policy is "${evictionPolicy}": Redis may evict queue keys (set maxmemory-policy noeviction)`]),
    ];
    return { aof, evictionPolicy, problems };
  } finally {
    redis.disconnect();
  }
}

/** Checks PostgreSQL and Redis, says how each answered, and throws naming what to fix when one did not. */
export async function requireServices(config: { databaseUrl: string; redisUrl: string }): Promise<void> {
  const checks = await Promise.all([checkPostgres(config.databaseUrl), checkRedis(config.redisUrl)]);
  for (const check of checks) console.error(`${check.ok ? 'ok  ' : 'FAIL'} ${check.detail}`);
  if (checks.some((c) => !c.ok)) {
    throw new Error('a service careline needs is unreachable (see above); start it or set DATABASE_URL / REDIS_URL');
  }
}
