/** Date arithmetic for the demo data, all relative to the `now` the seed is given. */

const DAY_MS = 86_400_000;

export function daysFrom(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

export function hoursFrom(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}

/** `YYYY-MM-DD` (UTC) for date-only CSV columns. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Adds business days, skipping Saturdays and Sundays (UTC). Holidays are left out on purpose: the demo
 * only needs return due dates that look right, not the desk's holiday calendar.
 */
export function addBusinessDays(instant: Date, days: number): Date {
  let date = new Date(instant);
  for (let left = days; left > 0;) {
    date = daysFrom(date, 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}
