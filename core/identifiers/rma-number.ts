/**
 * RMA numbers: `R` + 6 or 7 digits (R212345, R2123456); a line item adds `-n` (R212345-1).
 * Customers write them in lower case, with spaces around the dash, or with the guide's own en dash (R212345–1).
 */
import { CarelineError } from '../shared/errors.ts';
import { normaliseDashes } from './dashes.ts';

export interface RmaReference {
  rmaNumber: string;
  /** The line item, when one was given. */
  lineNumber: number | null;
}

const RMA = /^R\s*(\d{6,7})(?:\s*-\s*(\d{1,3}))?$/i;

export function parseRmaReference(text: string): RmaReference | null {
  const match = RMA.exec(normaliseDashes(text).trim());
  if (!match) return null;
  const line = match[2] === undefined ? null : Number(match[2]);
  if (line === 0) return null;
  return { rmaNumber: `R${match[1] ?? ''}`, lineNumber: line };
}

export function requireRmaReference(text: string): RmaReference {
  const reference = parseRmaReference(text);
  if (!reference) throw new CarelineError('INVALID_RMA_NUMBER', `"${text}" is not an RMA number`);
  return reference;
}

export function formatRmaReference({ rmaNumber, lineNumber }: RmaReference): string {
  return lineNumber === null ? rmaNumber : `${rmaNumber}-${lineNumber}`;
}
