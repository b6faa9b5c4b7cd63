/**
 * How one CSV cell becomes a typed value. Cells arrive trimmed, with an empty cell as null, so every
 * parser here starts from `string | null`; `.nullable()` marks a column as optional. Identifiers are
 * normalised with core's own parsers, so an imported serial matches the one a customer types in chat.
 */
import { z } from 'zod';
import { parseCaseNumber } from '../../core/identifiers/case-number.ts';
import { parseRmaReference } from '../../core/identifiers/rma-number.ts';
import { parseSerialNumber } from '../../core/identifiers/serial-number.ts';

export const text = z.string({ error: (issue) => (issue.input == null ? 'is required' : 'must be text') });

/** Text normalised by `parse`, which returns null for a value it does not accept. */
function normalised(parse: (value: string) => string | null, expected: string) {
  return text.transform((value, context) => {
    const result = parse(value);
    if (result === null) {
      context.addIssue({ code: 'custom', message: `${quote(value)} is not ${expected}` });
      return z.NEVER;
    }
    return result;
  });
}

export function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

export const serialNumber = normalised(parseSerialNumber, 'a serial number (4-40 letters, digits or dashes)');

export const rmaNumber = normalised((value) => {
  const reference = parseRmaReference(value);
  return reference && reference.lineNumber === null ? reference.rmaNumber : null;
}, 'an RMA number (R followed by 6 or 7 digits)');

export const caseNumber = normalised(parseCaseNumber, 'a case number (YYYY-MMDD-NNNN)');

const emailAddress = z.email();

export const email = normalised(
  (value) => (emailAddress.safeParse(value.toLowerCase()).success ? value.toLowerCase() : null),
  'an e-mail address',
);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
// Intl knows these user-assigned or exceptionally reserved codes, but no device ships to them.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'UK']);

export const country = normalised((value) => {
  const code = value.toUpperCase();
  const known = /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== code;
  return known ? code : null;
}, 'an ISO 3166-1 alpha-2 country code (e.g. US, DE; GB for the United Kingdom)');

/** BCP 47 tags such as en, de, ja, zh, pt-BR, zh-Hant-TW, in canonical case. */
export const language = normalised((value) => {
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}, 'a BCP 47 language tag (e.g. en, de, ja, zh, pt-BR)');

/** A value of one of the schema's enums (e.g. Prisma's `SalesRegion`), accepted in any letter case. */
export function oneOf<Value extends string>(enumeration: Readonly<Record<string, Value>>) {
  const values: readonly string[] = Object.values(enumeration);
  return normalised(
    (value) => (values.includes(value.toUpperCase()) ? value.toUpperCase() : null),
    `one of ${values.join(', ')}`,
  ).transform((value) => value as Value);
}

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

/** A calendar date `YYYY-MM-DD`, kept as text and cast to DATE by PostgreSQL. */
export const date = normalised((value) => (isoDate.safeParse(value).success ? value : null), 'a date YYYY-MM-DD');

/**
 * An instant in ISO 8601 with Z or an offset (2026-03-01T14:30:00Z). A bare date means midnight UTC:
 * spelled out here so PostgreSQL's session time zone never decides what an import means.
 */
export const timestamp = normalised((value) => {
  if (isoDateTime.safeParse(value).success) return value;
  return isoDate.safeParse(value).success ? `${value}T00:00:00Z` : null;
}, 'an ISO 8601 timestamp (e.g. 2026-03-01T14:30:00Z)');

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

export const boolean = normalised((value) => {
  const lower = value.toLowerCase();
  return TRUE.has(lower) || FALSE.has(lower) ? lower : null;
}, 'true/false, yes/no or 1/0').transform((value) => TRUE.has(value));

export const positiveInteger = normalised(
  (value) => (/^\d{1,9}$/.test(value) && Number(value) >= 1 ? value : null),
  'a whole number of 1 or more',
).transform(Number);
