/**
 * Search my cases, as the guide's Case Manager does: by case number (YYYY-MMDD-NNNN), by RMA number
 * (RNNNNNN or line item RNNNNNN-n) or by customer tracking number (the customer's own internal case number).
 * Results carry the guide's columns and sort by any of them. A contact sees the cases they opened; an
 * account administrator the account's; staff everything.
 */
import { z } from 'zod';
import { SORT_COLUMNS, type CaseSearchCriterion, type CaseSearchRow, type CaseVisibility, type CoreDeps, type SortColumn } from '../ports.ts';
import type { Requester } from '../shared/requester.ts';
import { RequesterSchema, validate } from '../shared/validate.ts';
import { parseCaseNumber, requireCaseNumber } from '../identifiers/case-number.ts';
import { parseRmaReference, requireRmaReference } from '../identifiers/rma-number.ts';
import { formatInTimeZone, US_PACIFIC } from '../shared/desk-time.ts';

export const SearchCasesInput = z.object({
  requester: RequesterSchema,
  /** What the customer typed; its kind is recognised unless `by` says it. Empty: all my cases. */
  query: z.string().max(200).default(''),
  by: z.enum(['auto', 'case_number', 'rma', 'tracking_number']).default('auto'),
  sortBy: z.enum(SORT_COLUMNS).default('lastModified'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(500).default(50),
});
export type SearchCasesInput = z.input<typeof SearchCasesInput>;

export interface SearchResultRow extends CaseSearchRow {
  lastModifiedPacific: string;
}

export interface SearchCasesResult {
  criterion: CaseSearchCriterion;
  rows: SearchResultRow[];
}

export function recogniseCriterion(query: string, by: SearchCasesInput['by'] = 'auto'): CaseSearchCriterion {
  const text = query.trim();
  switch (by) {
    case 'case_number':
      return { by: 'case_number', caseNumber: requireCaseNumber(text) };
    case 'rma':
      return { by: 'rma', ...requireRmaReference(text) };
    case 'tracking_number':
      return { by: 'tracking_number', trackingNumber: text };
    default: {
      if (text === '') return { by: 'all' };
      const caseNumber = parseCaseNumber(text);
      if (caseNumber) return { by: 'case_number', caseNumber };
      const rma = parseRmaReference(text);
      if (rma) return { by: 'rma', ...rma };
      return { by: 'tracking_number', trackingNumber: text };
    }
  }
}

function visibilityOf(requester: Requester): CaseVisibility {
  if (requester.kind === 'staff') return 'everything';
  return requester.role === 'ACCOUNT_ADMIN' ? { accountId: requester.accountId } : { contactId: requester.contactId };
}

const PRIORITY_ORDER = { P1: 1, P2: 2, P3: 3, P4: 4 } as const;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function sortKey(row: CaseSearchRow, column: SortColumn): string | number | [string, string] {
  switch (column) {
    case 'id': return row.id;
    case 'status': return row.status;
    case 'site': return row.site ? [row.site.name, row.site.siteId] : ['', ''];
    case 'contact': return row.contact?.name ?? '';
    case 'lastModified': return row.lastModified.getTime();
    case 'platform': return row.platform ?? '';
    case 'priority': return row.priority ? PRIORITY_ORDER[row.priority] : 9;
  }
}

/** Numbers by value; text in natural order (R212345-2 before R212345-10); pairs column by column. */
function compareKeys(a: ReturnType<typeof sortKey>, b: ReturnType<typeof sortKey>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (Array.isArray(a) && Array.isArray(b)) return collator.compare(a[0], b[0]) || collator.compare(a[1], b[1]);
  return collator.compare(String(a), String(b));
}

/** Stable sort by one column; ties keep the most recently modified first. */
export function sortRows<T extends CaseSearchRow>(rows: T[], column: SortColumn, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = sortKey(a, column);
    const kb = sortKey(b, column);
    const primary = compareKeys(ka, kb);
    return primary * sign || b.lastModified.getTime() - a.lastModified.getTime();
  });
}

export async function searchCases(deps: CoreDeps, rawInput: SearchCasesInput): Promise<SearchCasesResult> {
  const input = validate(SearchCasesInput, rawInput);
  const criterion = recogniseCriterion(input.query, input.by);
  // The store returns the most recently modified matches; the sort then orders those.
  const rows = await deps.cases.searchCases({
    visibility: visibilityOf(input.requester), criterion, limit: input.limit,
  });
  const withPacific = rows.map((row) => ({ ...row, lastModifiedPacific: formatInTimeZone(row.lastModified, US_PACIFIC) }));
  return { criterion, rows: sortRows(withPacific, input.sortBy, input.direction) };
}
