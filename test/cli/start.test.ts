// The quickstart path as a user runs it: `careline start --demo` on an empty database migrates, loads the
// demo data, serves, says where (JSON with --json), and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestHandoff } from '../../core/index.ts';
import { openDatabase } from '../../db/client.ts';
import { createHandoffStore } from '../../db/stores/handoff-store.ts';
import { createCommitmentTimers } from '../../queue/commitment-timers.ts';
import { chatRequest, shortPolicy } from '../handoff/support.ts';
import { adminUrl, databaseUrl } from '../support/database-names.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';

const name = `careline_test_start_${crypto.randomBytes(4).toString('hex')}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

let redis: PrivateRedis;
beforeAll(async () => { redis = await startPrivateRedis(); });
afterAll(async () => {
  await redis.stop();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('careline start --demo', () => {
  it('creates and migrates a missing database, loads demo data, serves, runs the timers, and stops on SIGTERM', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn('node', ['bin/careline.mjs', 'start', '--demo', '--json'], {
      env: { ...process.env, DATABASE_URL: databaseUrl(name), REDIS_URL: redis.url, PORT: String(port), NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const banner = await new Promise<{ status: string; url: string; demo: { caseNumber: string } }>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no banner within 60 s; stderr:\n${stderr}`)), 60_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (line) { clearTimeout(timer); resolve(JSON.parse(line) as never); }
        });
        void exited.then((code) => reject(new Error(`exited with ${code}; stderr:\n${stderr}`)));
      });
      expect(banner).toMatchObject({ status: 'listening', url: `http://127.0.0.1:${port}`, demo: { caseNumber: '2026-1102-0001' } });
      expect(stderr).toContain('created the database');
      expect((await fetch(`${banner.url}/readyz`)).status).toBe(200);

      const client = new pg.Client({ connectionString: databaseUrl(name) });
      await client.connect();
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM cases WHERE case_number = $1', [banner.demo.caseNumber]);
      await client.end();
      expect(rows[0]?.n).toBe('1');

      // A handoff whose promise is due in half a second: the started process's own worker escalates it.
      const db = openDatabase(databaseUrl(name));
      const timers = createCommitmentTimers({ url: redis.url, maxRetriesPerRequest: null });
      try {
        const deps = { clock: { now: () => new Date() }, handoffs: createHandoffStore(db.prisma), timers, policy: shortPolicy(500, 700) };
        const { handoff } = await requestHandoff(deps, chatRequest());
        const deadline = Date.now() + 15_000;
        let statuses: string[] = [];
        while (Date.now() < deadline) {
          statuses = (await db.prisma.commitment.findMany({ where: { handoffId: handoff.id } })).map((c) => c.status);
          if (statuses.every((s) => s === 'ESCALATED')) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(statuses).toEqual(['ESCALATED', 'ESCALATED']);
      } finally {
        await timers.close();
        await db.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM: shutting down');
  }, 90_000);
});

describe('careline start in production', () => {
  it('refuses a Redis that does not persist its queues, naming the setting', async () => {
    const { execFile } = await import('node:child_process');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile('node', ['bin/careline.mjs', 'start'], {
        env: {
          ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl('postgres'), REDIS_URL: 'redis://127.0.0.1:6379', PORT: '1',
          MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', DIRECTLINE_SECRET: 'x'.repeat(40),
        },
        timeout: 60_000,
      }, (error, _stdout, stderr) => resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('appendonly is "no"');
    expect(result.stderr).toContain('refuses to start in production');
  }, 60_000);
});
