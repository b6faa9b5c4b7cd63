/**
 * Case numbers: `YYYY-MMDD-NNNN` (e.g. 2012-0101-0123), where YYYY-MMDD is the day the case was opened in
 * the desk's time zone and NNNN its sequence that day. By telephone customers key in the 12 digits without
 * dashes (201201010123#); people also write `20120101-0123`, `2012 0101 0123` or `2012-01-01-0123`.
 */
import { CarelineError } from '../shared/errors.ts';
import { normaliseDashes } from './dashes.ts';

export const CASE_NUMBER_PATTERN = /^\d{4}-\d{4}-\d{4}$/;
const MAX_SEQUENCE = 9999;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Normalises any accepted form to `YYYY-MMDD-NNNN`, or returns null when `text` is not a case number. */
export function parseCaseNumber(text: string): string | null {
  const compact = normaliseDashes(text).trim().replace(/#$/, '').replace(/[\s\-./]/g, '');
  if (!/^\d{12}$/.test(compact)) return null;
  const year = Number(compact.slice(0, 4));
  const month = Number(compact.slice(4, 6));
  const day = Number(compact.slice(6, 8));
  if (year < 1990 || year > 2100 || !isRealDate(year, month, day) || compact.slice(8) === '0000') return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

export function requireCaseNumber(text: string): string {
  const caseNumber = parseCaseNumber(text);
  if (!caseNumber) throw new CarelineError('INVALID_CASE_NUMBER', `"${text}" is not a case number`);
  return caseNumber;
}

/** `YYYY-MMDD` of a desk-local date (see deskDay) plus the sequence, zero-padded to four digits. */
export function formatCaseNumber(day: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad case sequence ${sequence}`);
  if (sequence > MAX_SEQUENCE) throw new CarelineError('CASE_NUMBERS_EXHAUSTED', `day ${day} has used all case numbers`);
  return `${day}-${String(sequence).padStart(4, '0')}`;
}

/** The telephone form: 12 digits, no dashes. */
export function telephoneForm(caseNumber: string): string {
  return caseNumber.replaceAll('-', '');
}
