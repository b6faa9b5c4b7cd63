/**
 * Calendars for the stories: a HolidayCalendar fake that knows only the holidays a story names, and a factory
 * for a customer's business calendar on the desk's default configuration.
 */
import {
  businessCalendar, customerCalendar, DEFAULT_DESK_CALENDAR,
  type BusinessCalendar, type DeskCalendarConfig, type HolidayCalendar,
} from '../../../core/calendar/index.ts';

/** Holidays by place (`US`, `DE-BY`) → local date → name; a subdivision also has its country's holidays. */
export class FakeHolidayCalendar implements HolidayCalendar {
  readonly asked: string[] = [];

  constructor(private readonly holidays: Record<string, Record<string, string>> = {}) {}

  publicHolidays(country: string, subdivision: string | null, year: number): ReadonlyMap<string, string> {
    this.asked.push(`${country}${subdivision ? `-${subdivision}` : ''} ${year}`);
    const places = subdivision ? [country, `${country}-${subdivision}`] : [country];
    return new Map(places.flatMap((place) => Object.entries(this.holidays[place] ?? {}))
      .filter(([date]) => date.startsWith(`${year}-`)));
  }
}

/** The business calendar of a customer in `country` (with the desk defaults unless a story configures more). */
export function calendarFor(
  customer: { country: string | null; subdivision?: string | null; timeZone?: string | null },
  holidays: Record<string, Record<string, string>> = {},
  config: DeskCalendarConfig = DEFAULT_DESK_CALENDAR,
): BusinessCalendar {
  return businessCalendar(customerCalendar(config, customer), new FakeHolidayCalendar(holidays));
}

/** A wall-clock reading in a zone, as an instant — so stories state local times, as people do. */
export function at(isoLocal: string, timeZone: string): Date {
  const utcGuess = new Date(`${isoLocal}Z`);
  const offsetAt = (instant: Date): number => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(instant).map((p) => [p.type, p.value]));
    const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
    return wall - instant.getTime();
  };
  const first = new Date(utcGuess.getTime() - offsetAt(utcGuess));
  return new Date(utcGuess.getTime() - offsetAt(first));
}
