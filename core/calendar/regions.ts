/**
 * The desk's calendar configuration: which public holidays, workdays and business hours apply to a customer,
 * by the customer's country. Follow-the-sun: seven Customer Care centres (the guide) share the day between
 * four support regions; a customer's commitments are counted on the customer's own working week, public
 * holidays and business hours. docs/calendar.md explains the defaults and how to change them.
 */
import { z } from 'zod';
import { COUNTRY_REGIONS } from './country-regions.ts';
import { CarelineError } from '../shared/errors.ts';
import { validate } from '../shared/validate.ts';
import { isKnownTimeZone, minutesOfDay } from './wall-clock.ts';

export const SUPPORT_REGIONS = ['NORTH_AMERICA', 'LATIN_AMERICA', 'EMEA', 'ASIA_PACIFIC'] as const;
export type SupportRegion = (typeof SUPPORT_REGIONS)[number];

/**
 * The seven centres. The guide's map (figure 1) survives in our copy only as "Hong Kong" and "Manila";
 * Sunnyvale and Amsterdam are the guide's headquarters; the other three are our assumption. Each region is
 * served from one of them (`RegionCalendar.servedFrom`); only its time zone matters to the arithmetic.
 */
export const CARE_CENTRES = {
  SUNNYVALE: { country: 'US', timeZone: 'America/Los_Angeles' },
  WESTFORD: { country: 'US', timeZone: 'America/New_York' },
  AMSTERDAM: { country: 'NL', timeZone: 'Europe/Amsterdam' },
  BANGALORE: { country: 'IN', timeZone: 'Asia/Kolkata' },
  BEIJING: { country: 'CN', timeZone: 'Asia/Shanghai' },
  HONG_KONG: { country: 'HK', timeZone: 'Asia/Hong_Kong' },
  MANILA: { country: 'PH', timeZone: 'Asia/Manila' },
} as const;
export type CareCentre = keyof typeof CARE_CENTRES;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface BusinessHours {
  /** The IANA zone the hours are read in. */
  timeZone: string;
  workdays: readonly IsoWeekday[];
  /** `HH:MM`, local wall clock. */
  opens: string;
  /** `HH:MM` after `opens`; `24:00` for "until midnight". */
  closes: string;
}

export interface RegionCalendar {
  servedFrom: CareCentre;
  /** Hours for a country of the region that does not override them (time zone: the serving centre's). */
  hours: BusinessHours;
}

const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM between 00:00 and 24:00');
const timeZone = z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Berlin');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE');

/** How a country differs from its region; every field optional. This is the shape a desk writes. */
export const CountryCalendarSchema = z.object({
  region: z.enum(SUPPORT_REGIONS).optional(),
  /** Whose public holidays apply, when not the country's own (e.g. a territory using its parent's). */
  holidayCountry: countryCode.optional(),
  /** ISO 3166-2 subdivision whose holidays apply too, e.g. `BY` for Bavaria. */
  subdivision: z.string().regex(/^[A-Z0-9]{1,3}$/, 'must be the ISO 3166-2 code after the dash, such as BY').nullable().optional(),
  /** The zone business hours are read in when the customer's own zone is unknown. */
  timeZone: timeZone.optional(),
  workdays: z.array(z.number().int().min(1).max(7).transform((day) => day as IsoWeekday)).min(1).readonly().optional(),
  opens: hhmm.optional(),
  closes: hhmm.optional(),
});
export type CountryCalendar = z.output<typeof CountryCalendarSchema>;

/** A desk's changes to the defaults, as written in configuration. */
export const DeskCalendarOverridesSchema = z.object({
  countries: z.record(countryCode, CountryCalendarSchema).default({}),
  fallbackRegion: z.enum(SUPPORT_REGIONS).optional(),
});
export type DeskCalendarOverrides = z.input<typeof DeskCalendarOverridesSchema>;

export interface DeskCalendarConfig {
  regions: Readonly<Record<SupportRegion, RegionCalendar>>;
  /** Per-country differences from the region, keyed by ISO 3166-1 alpha-2 code. */
  countries: Readonly<Record<string, CountryCalendar>>;
  /** Region of a customer whose country is unknown or in no region. */
  fallbackRegion: SupportRegion;
}

const MON_FRI: readonly IsoWeekday[] = [1, 2, 3, 4, 5];
const SUN_THU: readonly IsoWeekday[] = [7, 1, 2, 3, 4];
const region = (servedFrom: CareCentre): RegionCalendar =>
  ({ servedFrom, hours: { timeZone: CARE_CENTRES[servedFrom].timeZone, workdays: MON_FRI, opens: '08:00', closes: '18:00' } });

/** Countries whose clock or working week differs from their region's serving centre. */
const DEFAULT_COUNTRIES: Record<string, CountryCalendar> = {
  CA: { timeZone: 'America/Toronto' },
  MX: { timeZone: 'America/Mexico_City' }, BR: { timeZone: 'America/Sao_Paulo' },
  AR: { timeZone: 'America/Argentina/Buenos_Aires' }, CL: { timeZone: 'America/Santiago' },
  CO: { timeZone: 'America/Bogota' }, PE: { timeZone: 'America/Lima' },
  GB: { timeZone: 'Europe/London' }, IE: { timeZone: 'Europe/Dublin' }, PT: { timeZone: 'Europe/Lisbon' },
  IS: { timeZone: 'Atlantic/Reykjavik' }, FI: { timeZone: 'Europe/Helsinki' }, EE: { timeZone: 'Europe/Tallinn' },
  LV: { timeZone: 'Europe/Riga' }, LT: { timeZone: 'Europe/Vilnius' }, GR: { timeZone: 'Europe/Athens' },
  BG: { timeZone: 'Europe/Sofia' }, RO: { timeZone: 'Europe/Bucharest' }, CY: { timeZone: 'Asia/Nicosia' },
  UA: { timeZone: 'Europe/Kyiv' }, TR: { timeZone: 'Europe/Istanbul' }, RU: { timeZone: 'Europe/Moscow' },
  MA: { timeZone: 'Africa/Casablanca' }, NG: { timeZone: 'Africa/Lagos' }, ZA: { timeZone: 'Africa/Johannesburg' },
  KE: { timeZone: 'Africa/Nairobi' }, AE: { timeZone: 'Asia/Dubai' },
  // Sunday–Thursday working weeks.
  IL: { timeZone: 'Asia/Jerusalem', workdays: SUN_THU }, SA: { timeZone: 'Asia/Riyadh', workdays: SUN_THU },
  EG: { timeZone: 'Africa/Cairo', workdays: SUN_THU }, QA: { timeZone: 'Asia/Qatar', workdays: SUN_THU },
  KW: { timeZone: 'Asia/Kuwait', workdays: SUN_THU }, BH: { timeZone: 'Asia/Bahrain', workdays: SUN_THU },
  OM: { timeZone: 'Asia/Muscat', workdays: SUN_THU }, JO: { timeZone: 'Asia/Amman', workdays: SUN_THU },
  DZ: { timeZone: 'Africa/Algiers', workdays: SUN_THU }, IQ: { timeZone: 'Asia/Baghdad', workdays: SUN_THU },
  BD: { timeZone: 'Asia/Dhaka', workdays: SUN_THU },
  IN: { timeZone: 'Asia/Kolkata' }, PK: { timeZone: 'Asia/Karachi' }, LK: { timeZone: 'Asia/Colombo' },
  JP: { timeZone: 'Asia/Tokyo' }, KR: { timeZone: 'Asia/Seoul' }, ID: { timeZone: 'Asia/Jakarta' },
  TH: { timeZone: 'Asia/Bangkok' }, VN: { timeZone: 'Asia/Ho_Chi_Minh' },
  AU: { timeZone: 'Australia/Sydney' }, NZ: { timeZone: 'Pacific/Auckland' },
};

export const DEFAULT_DESK_CALENDAR: DeskCalendarConfig = {
  regions: {
    NORTH_AMERICA: region('SUNNYVALE'),
    LATIN_AMERICA: region('WESTFORD'),
    EMEA: region('AMSTERDAM'),
    ASIA_PACIFIC: region('HONG_KONG'),
  },
  countries: DEFAULT_COUNTRIES,
  fallbackRegion: 'NORTH_AMERICA',
};

/**
 * The defaults with a desk's overrides applied; a country's override replaces only the fields it names.
 * Throws INVALID_INPUT naming each bad field (an unknown time zone, a country whose hours close before they open).
 */
export function deskCalendarConfig(overrides: DeskCalendarOverrides = {}): DeskCalendarConfig {
  const parsed = validate(DeskCalendarOverridesSchema, overrides);
  const countries: Record<string, CountryCalendar> = { ...DEFAULT_COUNTRIES };
  for (const [code, change] of Object.entries(parsed.countries)) countries[code] = { ...countries[code], ...change };
  const config = { ...DEFAULT_DESK_CALENDAR, countries, fallbackRegion: parsed.fallbackRegion ?? DEFAULT_DESK_CALENDAR.fallbackRegion };
  const inverted = Object.keys(countries).filter((code) => {
    const { opens, closes } = customerCalendar(config, { country: code }).hours;
    return minutesOfDay(opens) >= minutesOfDay(closes);
  });
  if (inverted.length) {
    throw new CarelineError('INVALID_INPUT', inverted.map((code) => `countries.${code}: business hours must close after they open`).join('; '));
  }
  return config;
}

/** Everything the arithmetic needs about one customer. */
export interface CustomerCalendar {
  /** The customer's country (upper case), or null when unknown. */
  country: string | null;
  region: SupportRegion;
  /** Whose public holidays count: a country and optionally one of its subdivisions. */
  holidays: { country: string; subdivision: string | null };
  hours: BusinessHours;
}

/**
 * The calendar a customer's commitments are counted on. Business hours are read in the customer's own time
 * zone when the channel knows it (a valid IANA name), else in the country's configured zone, else in the
 * region's serving centre's. Holidays are the country's (or its configured `holidayCountry`'s), narrowed to a
 * subdivision when the customer's or the country's configuration names one. An unknown country uses the
 * fallback region and the serving centre's country.
 */
export function customerCalendar(
  config: DeskCalendarConfig,
  customer: { country: string | null; subdivision?: string | null; timeZone?: string | null },
): CustomerCalendar {
  const country = customer.country ? customer.country.trim().toUpperCase() : null;
  const own = country ? config.countries[country] : undefined;
  const regionName = own?.region ?? (country ? COUNTRY_REGIONS.get(country) : undefined) ?? config.fallbackRegion;
  const regionCalendar = config.regions[regionName];
  const customerZone = customer.timeZone && isKnownTimeZone(customer.timeZone) ? customer.timeZone : null;
  return {
    country,
    region: regionName,
    holidays: {
      country: own?.holidayCountry ?? country ?? CARE_CENTRES[regionCalendar.servedFrom].country,
      subdivision: customer.subdivision ?? own?.subdivision ?? null,
    },
    hours: {
      timeZone: customerZone ?? own?.timeZone ?? regionCalendar.hours.timeZone,
      workdays: own?.workdays ?? regionCalendar.hours.workdays,
      opens: own?.opens ?? regionCalendar.hours.opens,
      closes: own?.closes ?? regionCalendar.hours.closes,
    },
  };
}

/** Every (country, subdivision) the configuration names, so the composition root can check them at startup. */
export function configuredHolidayPlaces(config: DeskCalendarConfig): { country: string; subdivision: string | null }[] {
  return Object.entries(config.countries)
    .map(([code, c]) => ({ country: c.holidayCountry ?? code, subdivision: c.subdivision ?? null }));
}
