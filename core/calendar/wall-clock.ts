/**
 * Wall clock ↔ instant in an IANA time zone, with nothing but Intl: the runtime's time zone database is the
 * only one careline trusts, so a deadline and the text that shows it to the customer never disagree.
 *
 * A "local ms" is the wall-clock reading written as if it were UTC (`Date.UTC(y, m, d, h, min)`); its day
 * number `Math.floor(localMs / DAY_MS)` is the local calendar day. Offsets are cached per (zone, UTC day):
 * Intl's formatToParts costs microseconds and the handoff sweep computes deadlines by the thousand.
 */
export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local wall clock minus UTC, in ms, at `utcMs` — asked of Intl, uncached. */
function intlOffset(utcMs: number, timeZone: string): number {
  const f: Record<string, number> = {};
  let bc = false;
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') f[part.type] = Number(part.value);
  }
  const year = bc ? 1 - (f['year'] ?? 0) : (f['year'] ?? 0);
  const wall = Date.UTC(year, (f['month'] ?? 1) - 1, f['day'] ?? 1, f['hour'] ?? 0, f['minute'] ?? 0, f['second'] ?? 0);
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/** Offsets over one UTC day. Assumes at most one transition per day, which holds for every zone since 1900. */
interface DayOffsets {
  atStart: number;
  atEnd: number;
  /** First instant with `atEnd`, when the offset changes during the day. */
  changesAt: number;
}

const CACHE_LIMIT = 50_000;
const offsetCache = new Map<string, Map<number, DayOffsets>>();

function dayOffsets(utcDay: number, timeZone: string): DayOffsets {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  let entry = zone.get(utcDay);
  if (!entry) {
    const start = utcDay * DAY_MS;
    const atStart = intlOffset(start, timeZone);
    const atEnd = intlOffset(start + DAY_MS - 1000, timeZone);
    let changesAt = Number.POSITIVE_INFINITY;
    if (atStart !== atEnd) {
      // Binary search for the transition's minute (tzdb transitions fall on whole minutes).
      let low = 0;
      let high = 1440;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (intlOffset(start + mid * MINUTE_MS, timeZone) === atStart) low = mid + 1;
        else high = mid;
      }
      changesAt = start + low * MINUTE_MS;
    }
    entry = { atStart, atEnd, changesAt };
    if (zone.size >= CACHE_LIMIT) zone.clear();
    zone.set(utcDay, entry);
  }
  return entry;
}

/** Local wall clock minus UTC, in ms, at the instant `utcMs`. */
export function offsetAt(utcMs: number, timeZone: string): number {
  const entry = dayOffsets(Math.floor(utcMs / DAY_MS), timeZone);
  return utcMs < entry.changesAt ? entry.atStart : entry.atEnd;
}

/** The wall-clock reading (as local ms) of an instant. */
export function toLocalMs(utcMs: number, timeZone: string): number {
  return utcMs + offsetAt(utcMs, timeZone);
}

/**
 * The instant a wall-clock reading denotes, resolved as Temporal's `'compatible'` does: a reading that
 * happens twice (autumn, clocks go back) is the earlier instant; a reading that never happens (spring, clocks
 * go forward) is moved forward by the gap, so 02:30 on the US spring-forward night is 03:30 daylight time.
 */
export function fromLocalMs(localMs: number, timeZone: string): number {
  const before = offsetAt(localMs - DAY_MS, timeZone);
  const after = offsetAt(localMs + DAY_MS, timeZone);
  let earliest = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = localMs - offset;
    if (offsetAt(candidate, timeZone) === offset && candidate < earliest) earliest = candidate;
  }
  return Number.isFinite(earliest) ? earliest : localMs - before;
}

/** Local calendar day number (days since 1970-01-01) of a local ms. */
export function localDay(localMs: number): number {
  return Math.floor(localMs / DAY_MS);
}

/** ISO weekday of a local day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Year, month (1–12) and day of a local day number (Howard Hinnant's civil_from_days: no Date allocated). */
export function civilDate(day: number): { year: number; month: number; dayOfMonth: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** `YYYY-MM-DD` of a local day number (years 1000–9999). */
export function isoDate(day: number): string {
  const { year, month, dayOfMonth } = civilDate(day);
  return `${year}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** `HH:MM` (00:00–24:00) → minutes after local midnight. */
export function minutesOfDay(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Whether the runtime's time zone database knows `timeZone` (aliases such as `Asia/Calcutta` included). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
