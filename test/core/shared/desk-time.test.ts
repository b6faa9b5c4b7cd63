import { describe, expect, it } from 'vitest';
import { assertTimeZone, dateOnly, daysBetween, deskDay, formatInTimeZone, isoDay, US_PACIFIC } from '../../../core/index.ts';

const LOS_ANGELES = 'America/Los_Angeles';

describe('the desk\'s day', () => {
  describe('when it is late evening in Los Angeles but already tomorrow in UTC', () => {
    const lastSecondOfThe27thInLa = new Date('2026-11-28T07:59:59Z'); // 23:59:59 PST

    it('then a Los Angeles desk still numbers cases on the 27th', () => {
      expect(deskDay(lastSecondOfThe27thInLa, LOS_ANGELES)).toBe('2026-1127');
      expect(isoDay(lastSecondOfThe27thInLa, LOS_ANGELES)).toBe('2026-11-27');
    });

    it('then a UTC desk numbers them on the 28th', () => {
      expect(deskDay(lastSecondOfThe27thInLa, 'UTC')).toBe('2026-1128');
      expect(isoDay(lastSecondOfThe27thInLa, 'UTC')).toBe('2026-11-28');
    });

    it('then one second later Los Angeles turns to the 28th too', () => {
      expect(deskDay(new Date('2026-11-28T08:00:00Z'), LOS_ANGELES)).toBe('2026-1128');
    });
  });

  describe('when the clocks spring forward (Sunday 8 March 2026, PST to PDT)', () => {
    it('then the day before still ends at 08:00 UTC', () => {
      expect(deskDay(new Date('2026-03-08T07:59:59Z'), LOS_ANGELES)).toBe('2026-0307');
      expect(deskDay(new Date('2026-03-08T08:00:00Z'), LOS_ANGELES)).toBe('2026-0308');
    });

    it('then the short day itself ends at 07:00 UTC, an hour earlier', () => {
      expect(deskDay(new Date('2026-03-09T06:59:59Z'), LOS_ANGELES)).toBe('2026-0308');
      expect(deskDay(new Date('2026-03-09T07:00:00Z'), LOS_ANGELES)).toBe('2026-0309');
    });
  });

  describe('when the clocks fall back (Sunday 1 November 2026, PDT to PST)', () => {
    it('then the day before ends at 07:00 UTC', () => {
      expect(deskDay(new Date('2026-11-01T06:59:59Z'), LOS_ANGELES)).toBe('2026-1031');
      expect(deskDay(new Date('2026-11-01T07:00:00Z'), LOS_ANGELES)).toBe('2026-1101');
    });

    it('then the long day itself lasts until 08:00 UTC', () => {
      expect(deskDay(new Date('2026-11-02T07:59:59Z'), LOS_ANGELES)).toBe('2026-1101');
      expect(deskDay(new Date('2026-11-02T08:00:00Z'), LOS_ANGELES)).toBe('2026-1102');
    });
  });
});

describe('"last modified" as the guide shows it (US Pacific time)', () => {
  it.each([
    ['a winter afternoon', '2026-11-27T23:04:00Z', '2026-11-27 15:04 PST'],
    ['a summer noon', '2026-07-04T19:30:00Z', '2026-07-04 12:30 PDT'],
    ['just after Pacific midnight, on the Pacific date', '2026-11-28T08:30:00Z', '2026-11-28 00:30 PST'],
    ['an evening that is already tomorrow in UTC', '2026-11-28T05:15:00Z', '2026-11-27 21:15 PST'],
  ])('%s: %s reads %s', (_when, instant, shown) => {
    expect(formatInTimeZone(new Date(instant), US_PACIFIC)).toBe(shown);
  });
});

describe('date helpers', () => {
  it('daysBetween counts calendar days (UTC), ignoring the time of day, negative backwards', () => {
    expect(daysBetween(new Date('2026-11-27T23:59:00Z'), new Date('2026-12-27T00:01:00Z'))).toBe(30);
    expect(daysBetween(new Date('2026-11-27T00:00:00Z'), new Date('2026-11-27T23:00:00Z'))).toBe(0);
    expect(daysBetween(new Date('2026-11-27T00:00:00Z'), new Date('2026-11-26T00:00:00Z'))).toBe(-1);
    expect(daysBetween(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-31T00:00:00Z'))).toBe(30);
  });

  it('dateOnly reads a date-only value stored as UTC midnight', () => {
    expect(dateOnly(new Date('2027-01-31T00:00:00Z'))).toBe('2027-01-31');
  });

  it('assertTimeZone accepts a known zone and refuses an unknown one at startup', () => {
    expect(assertTimeZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(() => assertTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
