/** What the desk calendar needs from outside: the public holidays of a place. */

/**
 * Public holidays of a country (optionally narrowed to a state or province), as whole local days.
 *
 * Deadline arithmetic asks on every business-day step — a 7-business-day target asks about ten times, and the
 * handoff sweep computes deadlines in bulk — so implementations cache per (country, subdivision, year) and
 * return the same map each time; a call after the first must cost no more than a map lookup.
 */
export interface HolidayCalendar {
  /**
   * Whole-day public holidays of `country` (ISO 3166-1 alpha-2, e.g. `DE`) and, when given, of its
   * `subdivision` (the ISO 3166-2 code after the dash, e.g. `BY` for Bavaria) falling in `year`: local date
   * `YYYY-MM-DD` → the holiday's name. A country the implementation knows nothing about has no holidays
   * (weekends still count); an unknown subdivision of a known country is a configuration error and throws.
   */
  publicHolidays(country: string, subdivision: string | null, year: number): ReadonlyMap<string, string>;
}
