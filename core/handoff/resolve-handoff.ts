/**
 * The owning rep resolves the conversation: control returns to the bot, and commitments no longer needed
 * are cancelled with their timers.
 */
import { z } from 'zod';
import { validate } from '../shared/validate.ts';
import type { HandoffRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';
import { requireOwnership } from './require-ownership.ts';

export const ResolveHandoffInput = z.object({ handoffId: z.string().min(1), repId: z.string().min(1) });

export async function resolveHandoff(deps: HandoffDeps, rawInput: z.input<typeof ResolveHandoffInput>): Promise<HandoffRecord> {
  const { handoffId, repId } = validate(ResolveHandoffInput, rawInput);
  const resolved = await deps.handoffs.transition({
    handoffId, from: ['CLAIMED'], ownerId: repId, to: 'RESOLVED', claimedById: repId, action: 'handoff.resolve', actor: { actorType: 'REP', actorId: repId },
  });
  if (!resolved) return requireOwnership(deps, handoffId, repId);
  await deps.timers.cancel(resolved.commitments.map((c) => c.id));
  return resolved;
}
