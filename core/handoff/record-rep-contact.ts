/**
 * A rep contacted the customer (a message through careline, or a logged phone call): the only thing that
 * keeps a commitment. Only the rep who holds the conversation may do so.
 */
import { z } from 'zod';
import { validate } from '../shared/validate.ts';
import type { CommitmentRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';
import { requireOwnership } from './require-ownership.ts';

export const RecordRepContactInput = z.object({
  handoffId: z.string().min(1),
  repId: z.string().min(1),
  how: z.enum(['message', 'phone_call', 'email']),
});

export async function recordRepContact(deps: HandoffDeps, rawInput: z.input<typeof RecordRepContactInput>): Promise<CommitmentRecord[]> {
  const { handoffId, repId } = validate(RecordRepContactInput, rawInput);
  await requireOwnership(deps, handoffId, repId);
  const kept = await deps.handoffs.keepCommitments(handoffId, repId, deps.clock.now());
  await deps.timers.cancel(kept.map((c) => c.id));
  return kept;
}
