import { describe, expect, it } from 'vitest';
import { DateHolidaysCalendar } from '../../calendar/date-holidays-calendar.ts';
import {
  addBusinessTime, businessCalendar, commitmentDeadlines, customerCalendar, DEFAULT_DESK_CALENDAR, deskCalendarConfig,
} from '../../core/calendar/index.ts';

const holidays = new DateHolidaysCalendar();

describe('public holidays from date-holidays', () => {
  it('when it is Christmas Day 2026, then it is a public holiday in the US and in Germany', () => {
    expect(holidays.publicHolidays('US', null, 2026).get('2026-12-25')).toBe('Christmas Day');
    expect(holidays.publicHolidays('DE', null, 2026).has('2026-12-25')).toBe(true);
  });

  it('when it is 3 October 2026, then Germany celebrates German Unity Day and the US works', () => {
    // date-holidays names it "National Holiday" in English ("Tag der Deutschen Einheit" in German).
    expect(holidays.publicHolidays('DE', null, 2026).has('2026-10-03')).toBe(true);
    expect(new DateHolidaysCalendar('de').publicHolidays('DE', null, 2026).get('2026-10-03')).toBe('Tag der Deutschen Einheit');
    expect(holidays.publicHolidays('US', null, 2026).has('2026-10-03')).toBe(false);
  });

  it('when it is Thanksgiving, 26 November 2026, then the US is off', () => {
    expect(holidays.publicHolidays('US', null, 2026).get('2026-11-26')).toBe('Thanksgiving Day');
  });

  it('when it is Epiphany, 6 January 2026, then Bavaria is off and North Rhine-Westphalia works', () => {
    expect(holidays.publicHolidays('DE', 'BY', 2026).has('2026-01-06')).toBe(true);
    expect(holidays.publicHolidays('DE', 'NW', 2026).has('2026-01-06')).toBe(false);
    expect(holidays.publicHolidays('DE', 'BY', 2026).has('2026-10-03')).toBe(true);
  });

  it('when a day is only a bank holiday or an observance, then the desk works: Christmas Eve in Germany', () => {
    expect(holidays.publicHolidays('DE', null, 2026).has('2026-12-24')).toBe(false);
  });

  it('when a public holiday is only an afternoon off for some, then it is a working day: Youth Day in China', () => {
    expect(holidays.publicHolidays('CN', null, 2026).has('2026-05-04')).toBe(false);
    expect(holidays.publicHolidays('CN', null, 2026).has('2026-10-01')).toBe(true);
  });

  it('when a holiday lasts several days, then each of them is off: Eid al-Fitr 2026 in Saudi Arabia', () => {
    const saudi = holidays.publicHolidays('SA', null, 2026);

    for (const date of ['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22']) expect(saudi.has(date)).toBe(true);
  });

  it('when the same year is asked for again, then the same map comes back without recomputing', () => {
    expect(holidays.publicHolidays('US', null, 2027)).toBe(holidays.publicHolidays('US', null, 2027));
  });

  it('when a country has no data, then it has no holidays; when a subdivision is misspelt, then configuration fails loudly', () => {
    expect(holidays.publicHolidays('AQ', null, 2026).size).toBe(0);
    expect(() => holidays.publicHolidays('DE', 'XX', 2026)).toThrow(/DE-XX/);
  });
});

describe('deadlines on the real calendars', () => {
  it('when a Bavarian and a Rhinelander open a P3 on Monday 5 January 2026, then the Bavarian waits a day longer', () => {
    const config = deskCalendarConfig({ countries: { DE: { timeZone: 'Europe/Berlin' } } });
    const openedAt = new Date('2026-01-05T08:00:00Z');
    const bavaria = businessCalendar(customerCalendar(config, { country: 'DE', subdivision: 'BY' }), holidays);
    const rhineland = businessCalendar(customerCalendar(config, { country: 'DE', subdivision: 'NW' }), holidays);

    expect(commitmentDeadlines({ openedAt, priority: 'P3', calendar: bavaria }).responseTarget.dueAt.toISOString()).toBe('2026-01-13T08:00:00.000Z');
    expect(commitmentDeadlines({ openedAt, priority: 'P3', calendar: rhineland }).responseTarget.dueAt.toISOString()).toBe('2026-01-12T08:00:00.000Z');
  });

  it('when a US customer asks at 17:00 on the Wednesday before Thanksgiving, then two business hours later are Friday 09:00', () => {
    const us = businessCalendar(customerCalendar(DEFAULT_DESK_CALENDAR, { country: 'US' }), holidays);

    expect(addBusinessTime(new Date('2026-11-26T01:00:00Z'), { hours: 2 }, us).toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });
});
