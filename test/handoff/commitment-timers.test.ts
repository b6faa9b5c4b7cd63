// Commitment timers on real Redis (a private server, so FLUSHALL disturbs no one) and real PostgreSQL:
// a commitment warns and escalates on time, survives an emptied Redis through the sweep, and escalates
// exactly once when workers race.
import { Redis } from 'ioredis';
import type { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceCommitment, requestHandoff, sweepCommitments, type HandoffDeps } from '../../core/index.ts';
import { createCommitmentTimers, startCommitmentWorker, type CommitmentTimerQueue } from '../../queue/commitment-timers.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';
import { chatRequest, handoffDeps, shortPolicy } from './support.ts';

let db: TestDatabase;
let redis: PrivateRedis;
let timers: CommitmentTimerQueue;
const workers: Worker[] = [];

beforeAll(async () => {
  [db, redis] = await Promise.all([createTestDatabase(), startPrivateRedis()]);
  timers = createCommitmentTimers({ url: redis.url, maxRetriesPerRequest: null }, 'test');
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await timers.close();
  await redis.stop();
  await db.drop();
});

function startWorker(deps: HandoffDeps): Worker {
  const worker = startCommitmentWorker({
    connection: { url: redis.url, maxRetriesPerRequest: null }, prefix: 'test',
    advance: (commitmentId) => advanceCommitment(deps, { commitmentId }),
  });
  workers.push(worker);
  return worker;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const commitmentsOf = (handoffId: string) => db.prisma.commitment.findMany({ where: { handoffId }, orderBy: { kind: 'asc' } });

describe('commitment timers', () => {
  it('an unclaimed handoff warns the reps at 75 % and escalates at its deadline, each once', async () => {
    // Wide enough that a loaded CI machine still fires the warning before the deadline.
    const deps = handoffDeps(db, { timers, policy: shortPolicy(3_000, 4_000) });
    startWorker(deps);
    const { handoff } = await requestHandoff(deps, chatRequest());
    const done = await eventually(() => commitmentsOf(handoff.id), (cs) => cs.every((c) => c.status === 'ESCALATED'));
    expect(done.map((c) => [c.kind, c.status, c.warnedAt !== null, c.escalationRoute !== null])).toEqual([
      ['FIRST_CONTACT', 'ESCALATED', true, true], ['RESPONSE_TARGET', 'ESCALATED', true, true],
    ]);
    for (const c of done) {
      expect(c.escalatedAt!.getTime()).toBeGreaterThanOrEqual(c.dueAt.getTime());
      expect(c.warnedAt!.getTime()).toBeGreaterThanOrEqual(c.warnAt.getTime());
      expect(c.warnedAt!.getTime()).toBeLessThan(c.dueAt.getTime());
    }
    const notes = await db.prisma.notification.findMany({ where: { payload: { path: ['handoffId'], equals: handoff.id } } });
    expect(notes.map((n) => n.kind).sort()).toEqual(['commitment.escalated', 'commitment.escalated', 'commitment.warning', 'commitment.warning', 'handoff.queued']);
    expect(await timers.queue.getJobCounts('delayed', 'wait', 'active')).toEqual({ delayed: 0, wait: 0, active: 0 });
  });

  it('when Redis is emptied (FLUSHALL), the sweep restores every open commitment and it still escalates', async () => {
    await Promise.all(workers.splice(0).map((w) => w.close()));
    const deps = handoffDeps(db, { timers, policy: shortPolicy(1_500, 1_800) });
    const { handoff } = await requestHandoff(deps, chatRequest());
    expect(await timers.queue.getDelayedCount()).toBe(2);

    const client = new Redis(redis.url);
    await client.flushall();
    client.disconnect();
    expect(await timers.queue.getDelayedCount()).toBe(0);

    const report = await sweepCommitments(deps);
    expect(report).toMatchObject({ open: 2, rescheduled: 2, escalated: 0 });
    expect(await timers.queue.getDelayedCount()).toBe(2);
    startWorker(deps);
    const done = await eventually(() => commitmentsOf(handoff.id), (cs) => cs.every((c) => c.status === 'ESCALATED'));
    expect(done.map((c) => c.status)).toEqual(['ESCALATED', 'ESCALATED']);
  });

  it('advancing a commitment warns once at its warning instant, then escalates once at its deadline', async () => {
    const deps = handoffDeps(db, { timers, policy: shortPolicy(60_000) });
    const { handoff } = await requestHandoff(deps, chatRequest());
    const first = handoff.commitments[0]!;
    const at = (when: Date) => ({ ...deps, clock: { now: () => when } });
    const beforeWarning = new Date(first.warnAt.getTime() - 1);
    expect(await advanceCommitment(at(beforeWarning), { commitmentId: first.id })).toEqual({ warned: false, escalated: false, nextAt: first.dueAt });
    expect(await advanceCommitment(at(first.warnAt), { commitmentId: first.id })).toEqual({ warned: true, escalated: false, nextAt: first.dueAt });
    expect(await advanceCommitment(at(first.warnAt), { commitmentId: first.id })).toEqual({ warned: false, escalated: false, nextAt: first.dueAt });
    expect(await advanceCommitment(at(first.dueAt), { commitmentId: first.id })).toEqual({ warned: false, escalated: true, nextAt: null });
    expect(await advanceCommitment(at(first.dueAt), { commitmentId: first.id })).toEqual({ warned: false, escalated: false, nextAt: null });
  });

  it('a kept commitment is not escalated when its timer fires anyway', async () => {
    const deps = handoffDeps(db, { timers, policy: shortPolicy(60_000) });
    const { handoff } = await requestHandoff(deps, chatRequest());
    const [first] = handoff.commitments;
    await db.prisma.commitment.updateMany({ where: { handoffId: handoff.id }, data: { status: 'KEPT', keptAt: new Date() } });
    expect(await advanceCommitment({ ...deps, clock: { now: () => new Date(Date.now() + 120_000) } }, { commitmentId: first!.id }))
      .toEqual({ warned: false, escalated: false, nextAt: null });
  });

  it('when several workers and sweeps race over an overdue commitment, it escalates exactly once', async () => {
    const deps = handoffDeps(db, { timers, policy: shortPolicy(60_000) });
    const { handoff } = await requestHandoff(deps, chatRequest({ priority: 'P1' }));
    const late = { ...deps, clock: { now: () => new Date(Date.now() + 10 * 60_000) } };
    const racers = [
      ...handoff.commitments.flatMap((c) => Array.from({ length: 5 }, () => advanceCommitment(late, { commitmentId: c.id }))),
      sweepCommitments(late), sweepCommitments(late),
    ];
    await Promise.all(racers);
    const escalations = await db.prisma.auditLog.count({ where: { action: 'commitment.escalate', entityId: { in: handoff.commitments.map((c) => c.id) } } });
    const notes = await db.prisma.notification.count({ where: { kind: 'commitment.escalated', payload: { path: ['handoffId'], equals: handoff.id } } });
    expect([escalations, notes]).toEqual([2, 2]); // one per commitment, however many racers
  });
});
