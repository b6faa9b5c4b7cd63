/** The owning rep returns a conversation to the queue; its commitments keep running. */
import { z } from 'zod';
import { validate } from '../shared/validate.ts';
import type { HandoffRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';
import { requireOwnership } from './require-ownership.ts';

export const ReleaseHandoffInput = z.object({ handoffId: z.string().min(1), repId: z.string().min(1) });

export async function releaseHandoff(deps: HandoffDeps, rawInput: z.input<typeof ReleaseHandoffInput>): Promise<HandoffRecord> {
  const { handoffId, repId } = validate(ReleaseHandoffInput, rawInput);
  const released = await deps.handoffs.transition({
    handoffId, from: ['CLAIMED'], ownerId: repId, to: 'QUEUED', claimedById: null, action: 'handoff.release', actor: { actorType: 'REP', actorId: repId },
  });
  return released ?? requireOwnership(deps, handoffId, repId);
}
