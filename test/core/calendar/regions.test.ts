import { describe, expect, it } from 'vitest';
import {
  addBusinessTime, configuredHolidayPlaces, customerCalendar, DEFAULT_DESK_CALENDAR, deskCalendarConfig,
} from '../../../core/calendar/index.ts';
import { COUNTRY_REGIONS } from '../../../core/calendar/country-regions.ts';
import { isCarelineError } from '../../../core/shared/errors.ts';
import { at, calendarFor } from './calendars.ts';

describe('which calendar a customer is served on', () => {
  it('when a customer is in Germany, then German holidays and 08:00–18:00 Amsterdam time apply, Monday to Friday', () => {
    expect(customerCalendar(DEFAULT_DESK_CALENDAR, { country: 'de' })).toEqual({
      country: 'DE', region: 'EMEA', holidays: { country: 'DE', subdivision: null },
      hours: { timeZone: 'Europe/Amsterdam', workdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '18:00' },
    });
  });

  it('when the channel knows the customer’s time zone, then business hours are read in it', () => {
    expect(customerCalendar(DEFAULT_DESK_CALENDAR, { country: 'US', timeZone: 'America/New_York' }).hours.timeZone).toBe('America/New_York');
  });

  it('when the channel reports a time zone nobody knows, then it is ignored rather than failing the handoff', () => {
    expect(customerCalendar(DEFAULT_DESK_CALENDAR, { country: 'US', timeZone: 'Mars/Olympus_Mons' }).hours.timeZone).toBe('America/Los_Angeles');
  });

  it('when a country has no settings of its own, then it gets its region’s defaults and its own holidays', () => {
    expect(customerCalendar(DEFAULT_DESK_CALENDAR, { country: 'UY' })).toMatchObject({
      region: 'LATIN_AMERICA', holidays: { country: 'UY', subdivision: null }, hours: { timeZone: 'America/New_York' },
    });
  });

  it('when the country is unknown, then the fallback region and its serving centre’s holidays apply', () => {
    expect(customerCalendar(DEFAULT_DESK_CALENDAR, { country: null })).toMatchObject({
      region: 'NORTH_AMERICA', holidays: { country: 'US' }, hours: { timeZone: 'America/Los_Angeles' },
    });
  });

  it('when a Saudi customer hands off on Thursday afternoon, then one business day later is Sunday afternoon', () => {
    const saudi = calendarFor({ country: 'SA' });

    expect(addBusinessTime(at('2026-11-19T17:00', 'Asia/Riyadh'), { businessDays: 1 }, saudi)).toEqual(at('2026-11-22T17:00', 'Asia/Riyadh'));
  });

  it('when the desk serves Germany on Bavaria’s calendar, then Epiphany is not a business day', () => {
    const config = deskCalendarConfig({ countries: { DE: { subdivision: 'BY', timeZone: 'Europe/Berlin' } } });
    const bavaria = calendarFor({ country: 'DE' }, { 'DE-BY': { '2026-01-06': 'Heilige Drei Könige' } }, config);

    expect(addBusinessTime(at('2026-01-05T17:00', 'Europe/Berlin'), { hours: 2 }, bavaria)).toEqual(at('2026-01-07T09:00', 'Europe/Berlin'));
    expect(configuredHolidayPlaces(config)).toContainEqual({ country: 'DE', subdivision: 'BY' });
  });

  it('when any country of the built-in tables is served, then its calendar is usable on this runtime', () => {
    const countries = [...COUNTRY_REGIONS.keys(), ...Object.keys(DEFAULT_DESK_CALENDAR.countries)];

    for (const country of countries) expect(() => calendarFor({ country }), country).not.toThrow();
    expect(countries.length).toBeGreaterThan(240);
  });

  it('when a desk overrides one field of a country, then the country keeps its other defaults', () => {
    const config = deskCalendarConfig({ countries: { SA: { opens: '09:00' } } });

    expect(customerCalendar(config, { country: 'SA' }).hours).toEqual({
      timeZone: 'Asia/Riyadh', workdays: [7, 1, 2, 3, 4], opens: '09:00', closes: '18:00',
    });
  });

  it('when a desk moves a country to another region, then it gets that region’s defaults', () => {
    const config = deskCalendarConfig({ countries: { GL: { region: 'NORTH_AMERICA' } } });

    expect(customerCalendar(config, { country: 'GL' })).toMatchObject({ region: 'NORTH_AMERICA', hours: { timeZone: 'America/Los_Angeles' } });
  });

  it('when the configuration names an unknown time zone or closes before it opens, then it is rejected with each field named', () => {
    let error: unknown;
    try {
      deskCalendarConfig({ countries: { FR: { timeZone: 'Europe/Atlantis' }, IT: { closes: '07:00' } } });
    } catch (e) {
      error = e;
    }
    expect(isCarelineError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as Error).message).toContain('countries.FR.timeZone');

    expect(() => deskCalendarConfig({ countries: { IT: { closes: '07:00' } } })).toThrow(/countries\.IT: business hours must close after they open/);
  });
});
