/**
 * RMA status by RMA number (RNNNNNN) or line item (RNNNNNN-n): status, type, replacement shipment and the
 * return due date. Only contacts of the owning account (and staff) are answered; to anyone else the RMA
 * does not exist.
 */
import { z } from 'zod';
import type { CoreDeps, RmaLineRecord, RmaRecord } from '../ports.ts';
import { CarelineError } from '../shared/errors.ts';
import { canSeeAccountData } from '../shared/requester.ts';
import { RequesterSchema, validate } from '../shared/validate.ts';
import { formatRmaReference, requireRmaReference } from '../identifiers/rma-number.ts';
import { dateOnly, isoDay } from '../shared/desk-time.ts';

export const GetRmaStatusInput = z.object({ requester: RequesterSchema, rma: z.string().max(32) });
export type GetRmaStatusInput = z.input<typeof GetRmaStatusInput>;

export interface RmaLineAnswer extends RmaLineRecord {
  reference: string;
  /** The defective unit is due back and has not arrived by its return due date. */
  returnOverdue: boolean;
}

export interface RmaStatusAnswer {
  rma: Omit<RmaRecord, 'lines' | 'accountId'>;
  /** Every line, or just the one asked for. */
  lines: RmaLineAnswer[];
}

const AWAITING_RETURN = new Set(['SHIPPED', 'DELIVERED']);

export async function getRmaStatus(deps: CoreDeps, rawInput: GetRmaStatusInput): Promise<RmaStatusAnswer> {
  const input = validate(GetRmaStatusInput, rawInput);
  const reference = requireRmaReference(input.rma);
  const found = await deps.rmas.findRma(reference.rmaNumber);
  if (!found || !canSeeAccountData(input.requester, found.accountId)) {
    throw new CarelineError('RMA_NOT_FOUND', `no RMA ${formatRmaReference(reference)}`);
  }
  const lines = reference.lineNumber === null ? found.lines : found.lines.filter((l) => l.lineNumber === reference.lineNumber);
  if (lines.length === 0) throw new CarelineError('RMA_NOT_FOUND', `no RMA ${formatRmaReference(reference)}`);

  const today = isoDay(deps.clock.now(), deps.deskTimeZone);
  const { lines: _all, accountId: _owner, ...rma } = found;
  return {
    rma,
    lines: lines.map((line) => ({
      ...line,
      reference: `${found.rmaNumber}-${line.lineNumber}`,
      returnOverdue: line.returnDueDate !== null && AWAITING_RETURN.has(line.status) && dateOnly(line.returnDueDate) < today,
    })),
  };
}
