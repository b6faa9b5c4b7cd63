/**
 * A customer's calendar made ready for arithmetic: which local days are business days (a workday that is not
 * a public holiday) and when each one opens and closes, as instants.
 */
import type { HolidayCalendar } from './ports.ts';
import type { CustomerCalendar } from './regions.ts';
import { DAY_MS, fromLocalMs, isoDate, isoWeekday, isKnownTimeZone, localDay, minutesOfDay, toLocalMs } from './wall-clock.ts';

export interface BusinessCalendar {
  readonly customer: CustomerCalendar;
  readonly holidayCalendar: HolidayCalendar;
  readonly timeZone: string;
  /** Local wall-clock ms after midnight. */
  readonly opensMs: number;
  readonly closesMs: number;
  readonly workdays: ReadonlySet<number>;
}

/** Binds a customer's calendar to the holiday source; build one per customer and reuse it. */
export function businessCalendar(customer: CustomerCalendar, holidayCalendar: HolidayCalendar): BusinessCalendar {
  const { timeZone, opens, closes, workdays } = customer.hours;
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`unknown time zone ${timeZone}`);
  const opensMs = minutesOfDay(opens) * 60_000;
  const closesMs = minutesOfDay(closes) * 60_000;
  if (!(opensMs < closesMs) || workdays.length === 0) throw new RangeError(`no business hours in ${JSON.stringify(customer.hours)}`);
  return { customer, holidayCalendar, timeZone, opensMs, closesMs, workdays: new Set(workdays) };
}

/** The public holiday on a local day number, or null. */
export function holidayOnDay(calendar: BusinessCalendar, day: number): string | null {
  const { country, subdivision } = calendar.customer.holidays;
  const date = isoDate(day);
  return calendar.holidayCalendar.publicHolidays(country, subdivision, Number(date.slice(0, 4))).get(date) ?? null;
}

export function isBusinessDay(calendar: BusinessCalendar, day: number): boolean {
  return calendar.workdays.has(isoWeekday(day)) && holidayOnDay(calendar, day) === null;
}

/** The local day number of an instant in the customer's zone. */
export function dayOf(calendar: BusinessCalendar, instantMs: number): number {
  return localDay(toLocalMs(instantMs, calendar.timeZone));
}

/** The instants a local day's business hours open and close (whether or not the day is a business day). */
export function businessHoursOf(calendar: BusinessCalendar, day: number): { opensAt: number; closesAt: number } {
  return {
    opensAt: fromLocalMs(day * DAY_MS + calendar.opensMs, calendar.timeZone),
    closesAt: fromLocalMs(day * DAY_MS + calendar.closesMs, calendar.timeZone),
  };
}

/**
 * Whether the desk is open for this customer at `instant`: a business day, between opening (inclusive) and
 * closing (inclusive — a deadline counted in business time ends exactly at closing, and the people on duty
 * then are the ones who act on it).
 */
export function isBusinessTime(instant: Date, calendar: BusinessCalendar): boolean {
  const at = instant.getTime();
  const day = dayOf(calendar, at);
  if (!isBusinessDay(calendar, day)) return false;
  const { opensAt, closesAt } = businessHoursOf(calendar, day);
  return at >= opensAt && at <= closesAt;
}

/** How the customer's calendar sees the local day of `instant`, naming the holiday when there is one. */
export function dayKind(instant: Date, calendar: BusinessCalendar):
  { kind: 'business_day' } | { kind: 'weekend' } | { kind: 'public_holiday'; name: string } {
  const day = dayOf(calendar, instant.getTime());
  const holiday = holidayOnDay(calendar, day);
  if (holiday !== null) return { kind: 'public_holiday', name: holiday };
  return calendar.workdays.has(isoWeekday(day)) ? { kind: 'business_day' } : { kind: 'weekend' };
}
