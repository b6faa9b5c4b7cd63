/**
 * The reps' queue: every conversation waiting for or held by a rep, what breaches first at the top, with
 * the time left on its next open commitment.
 */
import { z } from 'zod';
import { validate } from '../shared/validate.ts';
import type { CommitmentRecord, HandoffRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';

export const ListHandoffQueueInput = z.object({ limit: z.number().int().min(1).max(1_000).default(100) });

export interface QueueEntry {
  handoff: HandoffRecord;
  /** The open commitment that falls due first, or null when every commitment is settled. */
  next: CommitmentRecord | null;
  /** Milliseconds until `next` falls due; negative when already overdue. */
  msLeft: number | null;
}

export async function listHandoffQueue(deps: HandoffDeps, rawInput: z.input<typeof ListHandoffQueueInput> = {}): Promise<QueueEntry[]> {
  const { limit } = validate(ListHandoffQueueInput, rawInput);
  const now = deps.clock.now().getTime();
  return (await deps.handoffs.listActiveHandoffs(limit)).map((handoff) => {
    const next = handoff.commitments.filter((c) => c.status === 'OPEN').sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0] ?? null;
    return { handoff, next, msLeft: next ? next.dueAt.getTime() - now : null };
  });
}
