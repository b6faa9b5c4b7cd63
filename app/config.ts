/**
 * careline's configuration: read once from the environment, typed with zod, injected everywhere else.
 * A wrong or missing setting stops startup with a message that names it. README.md documents each one.
 */
import { z } from 'zod';
import { deskCalendarConfig, type DeskCalendarConfig } from '../core/calendar/index.ts';

const LOCAL_DATABASE = 'postgresql://postgres@127.0.0.1:5432/careline';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

const url = (protocols: string[]) =>
  z.string().trim().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const timeZone = z.string().trim().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as America/Los_Angeles');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: url(['postgresql:', 'postgres:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3978),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  CARELINE_DESK_TIMEZONE: timeZone.default('America/Los_Angeles'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  CARELINE_DESK_CALENDAR: z.string().optional(),
  CARELINE_WARNING_FRACTION: z.coerce.number().gt(0).lt(1).default(0.75),
});

export interface Config {
  env: 'development' | 'test' | 'production';
  databaseUrl: string;
  redisUrl: string;
  port: number;
  host: string;
  deskTimeZone: string;
  databasePoolSize: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Business hours and holiday calendars per country (docs/calendar.md). */
  deskCalendar: DeskCalendarConfig;
  /** Reps are warned when this fraction of a commitment's time has passed. */
  warningFraction: number;
}

function parseDeskCalendar(json: string | undefined): DeskCalendarConfig {
  if (json === undefined) return deskCalendarConfig();
  try {
    return deskCalendarConfig(JSON.parse(json) as never);
  } catch (error) {
    throw new ConfigError(`careline cannot start: invalid configuration\n  CARELINE_DESK_CALENDAR: ${(error as Error).message} (see docs/calendar.md)`);
  }
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError naming every bad setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set": `FOO= careline start` should not be a validation error.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`careline cannot start: invalid configuration\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    // Local defaults are for a developer's machine; production must say where its data lives.
    const missing = (['DATABASE_URL', 'REDIS_URL'] as const).filter((k) => !e[k]);
    if (missing.length) {
      throw new ConfigError(`careline cannot start: invalid configuration\n${missing.map((k) => `  ${k}: required when NODE_ENV=production`).join('\n')}`);
    }
  }
  return {
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL ?? LOCAL_DATABASE,
    redisUrl: e.REDIS_URL ?? LOCAL_REDIS,
    port: e.PORT,
    host: e.HOST,
    deskTimeZone: e.CARELINE_DESK_TIMEZONE,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    deskCalendar: parseDeskCalendar(e.CARELINE_DESK_CALENDAR),
    warningFraction: e.CARELINE_WARNING_FRACTION,
  };
}
