import { CarelineError } from '../shared/errors.ts';
import type { HandoffRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';

/**
 * Explains why a rep's action on a handoff did not apply (it does not exist, is not active, or another rep
 * holds it), or returns it when the rep does hold it.
 */
export async function requireOwnership(deps: HandoffDeps, handoffId: string, repId: string): Promise<HandoffRecord> {
  const current = await deps.handoffs.findHandoff(handoffId);
  if (!current) throw new CarelineError('HANDOFF_NOT_FOUND', `no handoff ${handoffId}`);
  if (current.status !== 'CLAIMED') throw new CarelineError('HANDOFF_NOT_ACTIVE', `handoff ${handoffId} is ${current.status}; claim it first`);
  if (current.claimedById !== repId) {
    throw new CarelineError('HANDOFF_HELD_BY_ANOTHER_REP', `handoff ${handoffId} is held by another rep`, { heldBy: current.claimedById });
  }
  return current;
}
