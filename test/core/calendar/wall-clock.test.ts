import { describe, expect, it } from 'vitest';
import { DAY_MS, fromLocalMs, isoDate, isoWeekday, localDay, toLocalMs } from '../../../core/calendar/wall-clock.ts';

const PACIFIC = 'America/Los_Angeles';
const local = (iso: string): number => Date.parse(`${iso}Z`);

describe('wall clock and instants', () => {
  it('when a wall-clock time happens once, then it maps to one instant and back', () => {
    const instant = fromLocalMs(local('2026-07-01T09:30'), PACIFIC);

    expect(new Date(instant).toISOString()).toBe('2026-07-01T16:30:00.000Z');
    expect(toLocalMs(instant, PACIFIC)).toBe(local('2026-07-01T09:30'));
  });

  it('when clocks go forward and 02:30 never happens, then it is read as 03:30 daylight time', () => {
    expect(new Date(fromLocalMs(local('2026-03-08T02:30'), PACIFIC)).toISOString()).toBe('2026-03-08T10:30:00.000Z');
  });

  it('when clocks go back and 01:30 happens twice, then the earlier one is meant', () => {
    expect(new Date(fromLocalMs(local('2026-11-01T01:30'), PACIFIC)).toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(toLocalMs(Date.parse('2026-11-01T09:30:00Z'), PACIFIC)).toBe(local('2026-11-01T01:30'));
  });

  it('when a zone has a half-hour offset, then it is honoured', () => {
    expect(new Date(fromLocalMs(local('2026-11-30T09:00'), 'Asia/Kolkata')).toISOString()).toBe('2026-11-30T03:30:00.000Z');
  });

  it('when a local day is numbered, then its date and ISO weekday follow', () => {
    const day = localDay(local('2026-11-30T09:00'));

    expect(isoDate(day)).toBe('2026-11-30');
    expect(isoWeekday(day)).toBe(1);
    expect(isoWeekday(day + 6)).toBe(7);
    expect(isoDate(localDay(local('2028-02-29T00:00')))).toBe('2028-02-29');
    expect(isoDate(Math.floor(local('2026-12-31T23:59') / DAY_MS) + 1)).toBe('2027-01-01');
  });
});
