// Housekeeping runs on the real Redis (own key prefix) against a real database: old idempotency keys go,
// recent ones stay.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHousekeeping, type Housekeeping } from '../../queue/housekeeping.ts';
import { purgeIdempotencyKeys } from '../../db/housekeeping.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let housekeeping: Housekeeping | undefined;
const prefix = `careline-test-${crypto.randomBytes(4).toString('hex')}`;

beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => {
  if (housekeeping) {
    await housekeeping.queue.obliterate({ force: true });
    await housekeeping.close();
  }
  await db.drop();
});

describe('housekeeping', () => {
  it('when a round runs, idempotency keys older than the retention are purged and recent ones kept', async () => {
    const old = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    await db.prisma.idempotencyKey.createMany({
      data: [
        { scope: 'open_case', key: 'old-1', response: {}, createdAt: old },
        { scope: 'open_case', key: 'old-2', response: {}, createdAt: old },
        { scope: 'open_case', key: 'fresh', response: {} },
      ],
    });
    housekeeping = await startHousekeeping({
      connection: { url: 'redis://127.0.0.1:6379', maxRetriesPerRequest: null },
      prefix,
      everyMs: 60_000, // the scheduler's first job runs at once
      round: async () => ({ purged: await purgeIdempotencyKeys(db.prisma, new Date(Date.now() - 7 * 24 * 3600 * 1000)) }),
    });
    const deadline = Date.now() + 10_000;
    while ((await housekeeping.queue.getCompletedCount()) === 0) {
      if (Date.now() > deadline) throw new Error('no housekeeping round within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [round] = await housekeeping.queue.getCompleted();
    expect(round?.returnvalue).toEqual({ purged: 2 });
    expect((await db.prisma.idempotencyKey.findMany()).map((k) => k.key)).toEqual(['fresh']);
  });

  it('starting it twice keeps one schedule, so a second worker does not double the rounds', async () => {
    const second = await startHousekeeping({
      connection: { url: 'redis://127.0.0.1:6379', maxRetriesPerRequest: null }, prefix, everyMs: 60_000,
      round: () => Promise.resolve({}),
    });
    try {
      expect(await second.queue.getJobSchedulersCount()).toBe(1);
    } finally {
      await second.close();
    }
  });
});
