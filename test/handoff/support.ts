/** A handoff world on a real database: reps, a policy with short test deadlines, and a movable clock. */
import type { CommitmentPolicy, CommitmentTimers, HandoffDeps } from '../../core/index.ts';
import { createHandoffStore } from '../../db/stores/handoff-store.ts';
import type { TestDatabase } from '../support/database.ts';

export interface TestClock { now(): Date; set(at: Date): void; advance(ms: number): void }

export function movableClock(start = new Date()): TestClock {
  let current = start;
  return { now: () => current, set: (at) => { current = at; }, advance: (ms) => { current = new Date(current.getTime() + ms); } };
}

/** First contact warns at 75 % of `firstContactMs`; the response target likewise. P1 on weekends routes on-call. */
export function shortPolicy(firstContactMs: number, responseMs = firstContactMs * 2): CommitmentPolicy {
  return {
    deadlines: ({ openedAt }) => [
      { kind: 'FIRST_CONTACT', dueAt: new Date(openedAt.getTime() + firstContactMs), warnAt: new Date(openedAt.getTime() + firstContactMs * 0.75) },
      { kind: 'RESPONSE_TARGET', dueAt: new Date(openedAt.getTime() + responseMs), warnAt: new Date(openedAt.getTime() + responseMs * 0.75) },
    ],
    escalationRoute: ({ at, priority }) => ([0, 6].includes(at.getUTCDay()) ? (priority === 'P1' ? 'ON_CALL' : 'NEXT_BUSINESS_DAY') : 'ESCALATION_TEAM'),
    customerTimeZone: ({ timeZone }) => timeZone ?? 'UTC',
  };
}

export const noTimers: CommitmentTimers = { schedule: () => Promise.resolve(), cancel: () => Promise.resolve() };

export function handoffDeps(db: TestDatabase, overrides: Partial<HandoffDeps> = {}): HandoffDeps {
  return { clock: { now: () => new Date() }, handoffs: createHandoffStore(db.prisma), timers: noTimers, policy: shortPolicy(24 * 3600_000), ...overrides };
}

export async function makeReps(db: TestDatabase, ...names: string[]): Promise<string[]> {
  const reps = [];
  for (const name of names) {
    reps.push(await db.prisma.rep.create({ data: { name, email: `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}@desk.example` } }));
  }
  return reps.map((r) => r.id);
}

let counter = 0;
export function chatRequest(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    conversation: { channel: 'WEB_CHAT' as const, externalId: `conv-${Date.now()}-${counter}`, language: 'de', country: 'DE', timeZone: 'Europe/Berlin' },
    priority: 'P2' as const,
    reason: 'customer asked for a person',
    packet: { intent: 'human_handoff', transcript: [{ from: 'customer' as const, text: 'Ich möchte mit einem Menschen sprechen', at: new Date().toISOString() }] },
    ...overrides,
  };
}
