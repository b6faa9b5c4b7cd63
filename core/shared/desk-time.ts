/**
 * Dates as the Customer Care desk sees them. Case numbers use the desk's local day (default
 * America/Los_Angeles); the guide shows "last modified" in US Pacific time.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23', timeZoneName: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(instant: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) out[p.type] = p.value;
  return out;
}

/** `YYYY-MMDD` of the instant in the given time zone: the middle of a case number. */
export function deskDay(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p['year'] ?? ''}-${p['month'] ?? ''}${p['day'] ?? ''}`;
}

/** "2026-11-27 15:04 PST": how the guide's case search shows "last modified". */
export function formatInTimeZone(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p['year'] ?? ''}-${p['month'] ?? ''}-${p['day'] ?? ''} ${p['hour'] ?? ''}:${p['minute'] ?? ''} ${p['timeZoneName'] ?? ''}`;
}

export const US_PACIFIC = 'America/Los_Angeles';

/** Throws a RangeError for a time zone name the runtime does not know. */
export function assertTimeZone(timeZone: string): string {
  new Intl.DateTimeFormat('en-US', { timeZone });
  return timeZone;
}

/** Whole days from `from` to `to` (UTC calendar dates), negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  const utc = (d: Date): number => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** `YYYY-MM-DD` of the instant in the given time zone (to compare with date-only columns). */
export function isoDay(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p['year'] ?? ''}-${p['month'] ?? ''}-${p['day'] ?? ''}`;
}

/** `YYYY-MM-DD` of a date-only value (stored as UTC midnight). */
export function dateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}
