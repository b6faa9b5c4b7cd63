/**
 * core's HolidayCalendar port over `date-holidays` (the only file that imports it).
 *
 * - Only holidays of type `public` count: `bank`, `school`, `optional` and `observance` days (Christmas Eve
 *   afternoons, Carnival, Mother's Day) are working days for the desk.
 * - Only whole days count. A public holiday that starts at noon (China's Youth Day, Army Day) is for part of
 *   the population only; one that starts at the previous sunset (Eid, Jewish holidays) covers its date.
 * - A holiday lasting several days (Eid al-Fitr in Saudi Arabia) marks each of its dates, also across New Year.
 * - Computing a country's year takes milliseconds, a lookup must take nanoseconds: each (country,
 *   subdivision, year) is computed once and kept, so the same map comes back on every call.
 */
import Holidays from 'date-holidays';
import type { HolidayCalendar } from '../core/calendar/ports.ts';

const DAY_MS = 86_400_000;

export class DateHolidaysCalendar implements HolidayCalendar {
  private readonly years = new Map<string, ReadonlyMap<string, string>>();
  private readonly places = new Map<string, Holidays | null>();

  /** @param language the language of holiday names (reps read them); the country's own when unavailable. */
  constructor(private readonly language = 'en') {}

  publicHolidays(country: string, subdivision: string | null, year: number): ReadonlyMap<string, string> {
    const key = `${country}|${subdivision ?? ''}|${year}`;
    let holidays = this.years.get(key);
    if (!holidays) {
      holidays = this.compute(country, subdivision, year);
      this.years.set(key, holidays);
    }
    return holidays;
  }

  private compute(country: string, subdivision: string | null, year: number): ReadonlyMap<string, string> {
    const place = this.place(country, subdivision);
    const days = new Map<string, string>();
    if (!place) return days;
    // A multi-day holiday that starts in late December continues into `year`.
    for (const holiday of [...place.getHolidays(year - 1), ...place.getHolidays(year)]) {
      if (holiday.type !== 'public') continue;
      const [date, time = '00:00:00'] = holiday.date.split(' ');
      if (!date || time !== '00:00:00') continue;
      const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      const first = Date.parse(`${date}T00:00:00Z`);
      for (let i = 0; i < length; i++) {
        const day = new Date(first + i * DAY_MS).toISOString().slice(0, 10);
        if (day.startsWith(`${year}-`) && !days.has(day)) days.set(day, holiday.name);
      }
    }
    return days;
  }

  private place(country: string, subdivision: string | null): Holidays | null {
    const key = `${country}|${subdivision ?? ''}`;
    if (this.places.has(key)) return this.places.get(key) ?? null;
    const known = new Holidays().getCountries();
    let place: Holidays | null = null;
    if (country in known) {
      if (subdivision !== null && !(subdivision in (new Holidays().getStates(country) ?? {}))) {
        // date-holidays would silently fall back to the whole country: a typo in configuration must not.
        throw new RangeError(`date-holidays knows no subdivision ${country}-${subdivision}`);
      }
      place = subdivision === null
        ? new Holidays(country, { languages: [this.language] })
        : new Holidays(country, subdivision, { languages: [this.language] });
    }
    this.places.set(key, place);
    return place;
  }
}
