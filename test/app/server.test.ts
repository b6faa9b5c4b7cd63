// The HTTP server answers health and readiness from the real PostgreSQL and Redis, and says which one is down.
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.ts';
import { createContainer, type Container } from '../../app/container.ts';
import { createServer, listen } from '../../app/server.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
const running: { server: http.Server; container: Container }[] = [];

async function serve(env: Record<string, string>): Promise<string> {
  const container = createContainer(loadConfig({ ...env, PORT: '1' }));
  const server = createServer(container);
  await listen(server, 0, '127.0.0.1');
  running.push({ server, container });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => {
  for (const { server, container } of running) {
    server.close();
    await container.close();
  }
  await db.drop();
});

describe('HTTP server', () => {
  it('is healthy and ready when PostgreSQL and Redis answer', async () => {
    const base = await serve({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const body = await ready.json() as { checks: { service: string; ok: boolean }[] };
    expect(body.checks.map((c) => [c.service, c.ok])).toEqual([['postgresql', true], ['redis', true]]);
  });

  it('is not ready, and names the service, when Redis is unreachable', async () => {
    const base = await serve({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:1' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    const body = await ready.json() as { checks: { service: string; ok: boolean; detail: string }[] };
    expect(body.checks.find((c) => c.service === 'redis')).toMatchObject({ ok: false, detail: expect.stringContaining('unreachable') as string });
  });

  it('answers an unknown route with a JSON 404, not a stack trace', async () => {
    const base = await serve({ DATABASE_URL: db.url });
    const response = await fetch(`${base}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no route GET /nope' } });
  });
});

describe('service checks', () => {
  it('name the PostgreSQL version they found', async () => {
    const { checkPostgres } = await import('../../app/health.ts');
    expect((await checkPostgres(db.url)).detail).toMatch(/^PostgreSQL \d+\.\d+/);
  });
});

describe('Redis persistence check', () => {
  it('names appendonly and maxmemory-policy when Redis would lose or evict queued timers', async () => {
    const { checkRedisPersistence } = await import('../../app/health.ts');
    const { startPrivateRedis } = await import('../support/redis-server.ts');
    const redis = await startPrivateRedis(); // appendonly no, noeviction
    try {
      const loose = await checkRedisPersistence(redis.url);
      expect(loose).toMatchObject({ aof: false, evictionPolicy: 'noeviction' });
      expect(loose.problems).toEqual([expect.stringContaining('appendonly is "no"')]);
      const { Redis } = await import('ioredis');
      const admin = new Redis(redis.url);
      await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
      admin.disconnect();
      expect((await checkRedisPersistence(redis.url)).problems).toEqual([
        expect.stringContaining('appendonly'), expect.stringContaining('maxmemory-policy is "allkeys-lru"'),
      ]);
    } finally {
      await redis.stop();
    }
  });
});
