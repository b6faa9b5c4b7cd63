/**
 * A rep claims a waiting conversation. Another rep's conversation can only be taken over explicitly
 * (`takeOver: true`), which is audited as such.
 */
import { z } from 'zod';
import { CarelineError } from '../shared/errors.ts';
import { validate } from '../shared/validate.ts';
import type { HandoffRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';

export const ClaimHandoffInput = z.object({
  handoffId: z.string().min(1),
  repId: z.string().min(1),
  takeOver: z.boolean().default(false),
});

export async function claimHandoff(deps: HandoffDeps, rawInput: z.input<typeof ClaimHandoffInput>): Promise<HandoffRecord> {
  const { handoffId, repId, takeOver } = validate(ClaimHandoffInput, rawInput);
  const actor = { actorType: 'REP' as const, actorId: repId };
  const claimed = await deps.handoffs.transition({ handoffId, from: ['QUEUED'], to: 'CLAIMED', claimedById: repId, action: 'handoff.claim', actor });
  if (claimed) return claimed;

  const current = await deps.handoffs.findHandoff(handoffId);
  if (!current) throw new CarelineError('HANDOFF_NOT_FOUND', `no handoff ${handoffId}`);
  if (current.status !== 'CLAIMED') throw new CarelineError('HANDOFF_NOT_ACTIVE', `handoff ${handoffId} is ${current.status}`);
  if (current.claimedById === repId) return current;
  if (!takeOver) {
    throw new CarelineError('HANDOFF_HELD_BY_ANOTHER_REP', `handoff ${handoffId} is held by another rep`, { heldBy: current.claimedById });
  }
  const taken = await deps.handoffs.transition({
    handoffId, from: ['CLAIMED'], ownerId: current.claimedById ?? '', to: 'CLAIMED', claimedById: repId, action: 'handoff.take_over', actor,
  });
  if (!taken) throw new CarelineError('CONFLICT', `handoff ${handoffId} changed while taking it over; try again`);
  return taken;
}
