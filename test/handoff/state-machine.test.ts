// The handoff state machine on the real database: one rep at a time, explicit (audited) take-over, and
// control back to the bot on resolve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimHandoff, recordRepContact, releaseHandoff, requestHandoff, resolveHandoff, responderFor, type HandoffDeps,
} from '../../core/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { chatRequest, handoffDeps, makeReps } from './support.ts';

let db: TestDatabase;
let deps: HandoffDeps;
let anna: string;
let ben: string;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = handoffDeps(db);
  [anna, ben] = (await makeReps(db, 'Anna', 'Ben')) as [string, string];
});
afterAll(async () => { await db.drop(); });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(() => 'no error', (error: { code?: string }) => error.code ?? 'no code');
}

describe('handoff state machine', () => {
  it('when a customer asks for a person, the conversation is queued with two commitments and the bot stops answering', async () => {
    const { handoff, created, contactBy, contactByText } = await requestHandoff(deps, chatRequest());
    expect(created).toBe(true);
    // told in German, in Berlin time: e.g. "Samstag, 28. November 2026 um 01:36 MEZ"
    const day = new Intl.DateTimeFormat('de', { weekday: 'long', timeZone: 'Europe/Berlin' }).format(contactBy);
    expect(contactByText).toContain(day);
    expect(contactByText).toMatch(/MEZ|MESZ/);
    expect(handoff.status).toBe('QUEUED');
    expect(responderFor(handoff.conversation.state)).toBe('waiting_for_rep');
    expect(handoff.commitments.map((c) => [c.kind, c.status])).toEqual([['FIRST_CONTACT', 'OPEN'], ['RESPONSE_TARGET', 'OPEN']]);
    expect(contactBy.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(await db.prisma.notification.count({ where: { key: `handoff.queued:${handoff.id}` } })).toBe(1);
  });

  it('asking twice, even at once, gives one handoff and one promise', async () => {
    const request = chatRequest();
    const [a, b] = await Promise.all([requestHandoff(deps, request), requestHandoff(deps, request)]);
    expect(a.handoff.id).toBe(b.handoff.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await db.prisma.handoff.count({ where: { conversationId: a.handoff.conversation.id } })).toBe(1);
  });

  it('one rep claims; a second rep can neither claim nor act, until taking over explicitly, which is audited', async () => {
    const { handoff } = await requestHandoff(deps, chatRequest());
    const claimed = await claimHandoff(deps, { handoffId: handoff.id, repId: anna });
    expect(claimed).toMatchObject({ status: 'CLAIMED', claimedById: anna, conversation: { state: 'CLAIMED', ownerRepId: anna } });
    expect(responderFor(claimed.conversation.state)).toBe('rep');

    expect(await codeOf(claimHandoff(deps, { handoffId: handoff.id, repId: ben }))).toBe('HANDOFF_HELD_BY_ANOTHER_REP');
    expect(await codeOf(recordRepContact(deps, { handoffId: handoff.id, repId: ben, how: 'message' }))).toBe('HANDOFF_HELD_BY_ANOTHER_REP');
    expect(await codeOf(resolveHandoff(deps, { handoffId: handoff.id, repId: ben }))).toBe('HANDOFF_HELD_BY_ANOTHER_REP');

    const taken = await claimHandoff(deps, { handoffId: handoff.id, repId: ben, takeOver: true });
    expect(taken).toMatchObject({ claimedById: ben, conversation: { ownerRepId: ben } });
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: handoff.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['handoff.request', null], ['handoff.claim', anna], ['handoff.take_over', ben]]);
  });

  it("only the owner's contact keeps the commitments; resolving gives the conversation back to the bot", async () => {
    const { handoff } = await requestHandoff(deps, chatRequest());
    await claimHandoff(deps, { handoffId: handoff.id, repId: anna });
    const kept = await recordRepContact(deps, { handoffId: handoff.id, repId: anna, how: 'phone_call' });
    expect(kept.map((c) => [c.kind, c.status])).toEqual([['FIRST_CONTACT', 'KEPT'], ['RESPONSE_TARGET', 'KEPT']]);
    const resolved = await resolveHandoff(deps, { handoffId: handoff.id, repId: anna });
    expect(resolved).toMatchObject({ status: 'RESOLVED', conversation: { state: 'BOT', ownerRepId: null } });
    expect(responderFor(resolved.conversation.state)).toBe('bot');
    expect(await codeOf(claimHandoff(deps, { handoffId: handoff.id, repId: ben }))).toBe('HANDOFF_NOT_ACTIVE');

    const again = await requestHandoff(deps, { ...chatRequest(), conversation: { ...chatRequest().conversation, externalId: resolved.conversation.externalId } });
    expect(again.created).toBe(true); // a new request after resolution is a new handoff
  });

  it('a released conversation is back in the queue for anyone, its commitments still running', async () => {
    const { handoff } = await requestHandoff(deps, chatRequest());
    await claimHandoff(deps, { handoffId: handoff.id, repId: anna });
    const released = await releaseHandoff(deps, { handoffId: handoff.id, repId: anna });
    expect(released).toMatchObject({ status: 'QUEUED', claimedById: null, conversation: { state: 'QUEUED' } });
    expect(released.commitments.every((c) => c.status === 'OPEN')).toBe(true);
    expect((await claimHandoff(deps, { handoffId: handoff.id, repId: ben })).claimedById).toBe(ben);
  });

  it('when two reps claim at the same moment, exactly one gets it', async () => {
    const { handoff } = await requestHandoff(deps, chatRequest());
    const results = await Promise.allSettled([claimHandoff(deps, { handoffId: handoff.id, repId: anna }), claimHandoff(deps, { handoffId: handoff.id, repId: ben })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r).reason as { code: string }).map((e) => e.code)).toEqual(['HANDOFF_HELD_BY_ANOTHER_REP']);
  });

  it('an unknown handoff is reported as such', async () => {
    expect(await codeOf(claimHandoff(deps, { handoffId: '00000000-0000-0000-0000-000000000000', repId: anna }))).toBe('HANDOFF_NOT_FOUND');
    expect(await codeOf(claimHandoff(deps, { handoffId: 'nonsense', repId: anna }))).toBe('HANDOFF_NOT_FOUND');
  });
});

describe('the reps\' queue', () => {
  it('lists waiting and held conversations, the one that breaches first at the top, with the time left', async () => {
    const { listHandoffQueue } = await import('../../core/index.ts');
    const { shortPolicy } = await import('./support.ts');
    const fresh = await createTestDatabase();
    try {
      const at = (policyMs: number) => handoffDeps(fresh, { policy: shortPolicy(policyMs) });
      const [rep] = await makeReps(fresh, 'Cleo');
      const slow = await requestHandoff(at(5 * 3600_000), chatRequest());
      const soon = await requestHandoff(at(3600_000), chatRequest());
      const done = await requestHandoff(at(60_000), chatRequest());
      await claimHandoff(at(0), { handoffId: done.handoff.id, repId: rep! });
      await resolveHandoff(at(0), { handoffId: done.handoff.id, repId: rep! });
      const queue = await listHandoffQueue(handoffDeps(fresh));
      expect(queue.map((e) => e.handoff.id)).toEqual([soon.handoff.id, slow.handoff.id]);
      expect(queue[0]?.next?.kind).toBe('FIRST_CONTACT');
      expect(queue[0]?.msLeft).toBeGreaterThan(3_500_000);
      expect(queue[0]?.msLeft).toBeLessThanOrEqual(3_600_000);
    } finally {
      await fresh.drop();
    }
  });
});
