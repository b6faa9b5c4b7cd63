/**
 * Exactly-once turns: channels redeliver an activity when our 200 was slow or lost. The first delivery of an
 * activity id claims it in Redis (SET NX, kept for a day); a redelivery finds the claim and is acknowledged
 * without acting again.
 */
import type { Redis } from 'ioredis';
import type { ActivityLedger } from './ports.ts';

export function redisActivityLedger(redis: Redis, prefix: string, ttlSeconds = 24 * 3600): ActivityLedger {
  return {
    async firstTime(key) {
      return (await redis.set(`${prefix}${key}`, '1', 'EX', ttlSeconds, 'NX')) === 'OK';
    },
  };
}

/** For tests and single-process tools: the same promise, in memory. */
export function memoryActivityLedger(): ActivityLedger {
  const seen = new Set<string>();
  return {
    firstTime(key) {
      if (seen.has(key)) return Promise.resolve(false);
      seen.add(key);
      return Promise.resolve(true);
    },
  };
}
