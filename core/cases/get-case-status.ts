/**
 * Case status by case number, in any form a customer writes or keys it (2012-0101-0123, 201201010123, ...).
 * A case the requester may not see is answered exactly like one that does not exist.
 */
import { z } from 'zod';
import type { CaseRecord, CoreDeps } from '../ports.ts';
import { CarelineError } from '../shared/errors.ts';
import { canSeeCase } from '../shared/requester.ts';
import { RequesterSchema, validate } from '../shared/validate.ts';
import { requireCaseNumber } from '../identifiers/case-number.ts';
import { formatInTimeZone, US_PACIFIC } from '../shared/desk-time.ts';

export const GetCaseStatusInput = z.object({ requester: RequesterSchema, caseNumber: z.string().max(64) });
export type GetCaseStatusInput = z.input<typeof GetCaseStatusInput>;

export interface CaseStatusAnswer {
  case: CaseRecord;
  /** "last modified" as the guide shows it, in US Pacific time. */
  lastModifiedPacific: string;
}

export async function getCaseStatus(deps: CoreDeps, rawInput: GetCaseStatusInput): Promise<CaseStatusAnswer> {
  const input = validate(GetCaseStatusInput, rawInput);
  const caseNumber = requireCaseNumber(input.caseNumber);
  const found = await deps.cases.findCaseByNumber(caseNumber);
  if (!found || !canSeeCase(input.requester, { accountId: found.accountId, openedById: found.openedBy.id })) {
    throw new CarelineError('CASE_NOT_FOUND', `no case ${caseNumber}`);
  }
  return { case: found, lastModifiedPacific: formatInTimeZone(found.updatedAt, US_PACIFIC) };
}
