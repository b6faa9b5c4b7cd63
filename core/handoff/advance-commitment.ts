/**
 * A commitment's timer went off. Timers may fire late, early (a clock jump), twice, or after the commitment
 * was kept: the database decides what is due. The warning is sent once; the escalation happens once, to
 * the route the desk's calendar gives for that moment. Returns when the timer should fire next (null: never).
 */
import { z } from 'zod';
import { validate } from '../shared/validate.ts';
import type { CommitmentRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';

export const AdvanceCommitmentInput = z.object({ commitmentId: z.string().min(1) });

export interface AdvanceResult {
  warned: boolean;
  escalated: boolean;
  /** When this commitment's timer must fire again, or null when the commitment needs no more timers. */
  nextAt: Date | null;
}

/** The next instant anything is due for an open commitment: its warning until sent, then its deadline. */
export function nextTimerAt(commitment: Pick<CommitmentRecord, 'status' | 'warnAt' | 'dueAt' | 'warnedAt'>): Date | null {
  if (commitment.status !== 'OPEN') return null;
  return commitment.warnedAt === null && commitment.warnAt < commitment.dueAt ? commitment.warnAt : commitment.dueAt;
}

export async function advanceCommitment(deps: HandoffDeps, rawInput: z.input<typeof AdvanceCommitmentInput>): Promise<AdvanceResult> {
  const { commitmentId } = validate(AdvanceCommitmentInput, rawInput);
  const found = await deps.handoffs.findCommitment(commitmentId);
  if (!found || found.commitment.status !== 'OPEN') return { warned: false, escalated: false, nextAt: null };
  const { commitment, handoff } = found;
  const now = deps.clock.now();
  let warned = false;
  if (commitment.warnedAt === null && now >= commitment.warnAt && now < commitment.dueAt) {
    warned = await deps.handoffs.markWarned(commitmentId, now);
  }
  if (now < commitment.dueAt) return { warned, escalated: false, nextAt: commitment.dueAt };
  const { country, timeZone } = handoff.conversation;
  const route = deps.policy.escalationRoute({ at: now, priority: handoff.priority, country, timeZone });
  const escalated = await deps.handoffs.markEscalated(commitmentId, now, route);
  return { warned, escalated, nextAt: null };
}
