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
  // The email channel (docs/email.md): the mailbox watcher runs only when IMAP settings are given.
  IMAP_URL: url(['imap:', 'imaps:']).optional(),
  IMAP_HOST: z.string().trim().min(1).optional(),
  IMAP_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  IMAP_USER: z.string().min(1).optional(),
  IMAP_PASSWORD: z.string().min(1).optional(),
  IMAP_TLS: z.enum(['true', 'false']).optional(),
  IMAP_MAILBOX: z.string().trim().min(1).default('INBOX'),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().trim().regex(/^(?:[^<>]*<)?[^\s<>@]+@[^\s<>@]+\.?[^\s<>@]*>?$/, 'must be an address such as "Customer Care <support@example.com>"').optional(),
  MESSAGE_ID_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  MAIL_REPLIES_PER_HOUR: z.coerce.number().int().min(0).max(1_000).default(5),
  MAIL_POLL_SECONDS: z.coerce.number().int().min(5).max(3_600).default(30),
  MAIL_TRUSTED_AUTHSERV_IDS: z.string().optional(),
  MAIL_ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(0).max(1024 * 1024 * 1024).default(10 * 1024 * 1024),
  MAIL_ATTACHMENTS_MAX_BYTES_PER_MESSAGE: z.coerce.number().int().min(0).max(1024 * 1024 * 1024).default(20 * 1024 * 1024),
  // The chat channel (docs/chat.md). Bot Framework registration (Azure Bot / Teams); the names are Microsoft's own.
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().trim().optional(),
  DIRECTLINE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

/** The email channel's settings; `imap` is null when no mailbox is configured. */
export interface MailConfig {
  imap: { host: string; port: number; secure: boolean; user: string; password: string; mailbox: string } | null;
  /** Where replies are sent; null: replies stay queued in PostgreSQL until it is set. */
  smtpUrl: string | null;
  /** The From of every reply, e.g. `Customer Care <support@example.com>`. */
  from: string;
  /** Signs careline's own Message-IDs (threading that cannot be forged). */
  messageIdSecret: string;
  /** Automatic replies to one sender per hour, at most (RFC 3834 rate limit). */
  repliesPerHour: number;
  /** How often the watcher polls besides IDLE, and how soon it notices a dead connection. */
  pollIntervalMs: number;
  /** The receiving servers whose Authentication-Results are trusted (empty: the topmost header). */
  trustedAuthServers: string[];
  /** Attachments kept with a case: at most `maxBytes` each and `maxBytesPerMessage` per mail. */
  attachments: { maxBytes: number; maxBytesPerMessage: number };
}

const DEV_MESSAGE_ID_SECRET = 'careline-development-only-secret';

function mailConfig(e: z.infer<typeof EnvSchema>): MailConfig {
  let imap: MailConfig['imap'] = null;
  const problems: string[] = [];
  if (e.IMAP_URL) {
    const parsed = new URL(e.IMAP_URL);
    const secure = parsed.protocol === 'imaps:';
    const mailbox = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || e.IMAP_MAILBOX;
    imap = {
      host: parsed.hostname, port: parsed.port ? Number(parsed.port) : secure ? 993 : 143, secure,
      user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password), mailbox,
    };
    if (!imap.user || !imap.password) problems.push('  IMAP_URL: must carry the user and password (imaps://user:password@host/INBOX)');
  } else if (e.IMAP_HOST) {
    const secure = e.IMAP_TLS !== 'false';
    if (!e.IMAP_USER) problems.push('  IMAP_USER: required with IMAP_HOST');
    if (!e.IMAP_PASSWORD) problems.push('  IMAP_PASSWORD: required with IMAP_HOST');
    imap = { host: e.IMAP_HOST, port: e.IMAP_PORT ?? (secure ? 993 : 143), secure, user: e.IMAP_USER ?? '', password: e.IMAP_PASSWORD ?? '', mailbox: e.IMAP_MAILBOX };
  }
  if (imap && e.NODE_ENV === 'production') {
    for (const key of ['SMTP_URL', 'MAIL_FROM', 'MESSAGE_ID_SECRET'] as const) {
      if (!e[key]) problems.push(`  ${key}: required when the mailbox is watched in production`);
    }
  }
  if (problems.length) throw new ConfigError(`careline cannot start: invalid configuration\n${problems.join('\n')}`);
  return {
    imap, smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM ?? 'Customer Care <support@careline.invalid>',
    messageIdSecret: e.MESSAGE_ID_SECRET ?? DEV_MESSAGE_ID_SECRET,
    repliesPerHour: e.MAIL_REPLIES_PER_HOUR, pollIntervalMs: e.MAIL_POLL_SECONDS * 1000,
    trustedAuthServers: (e.MAIL_TRUSTED_AUTHSERV_IDS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
    attachments: { maxBytes: e.MAIL_ATTACHMENT_MAX_BYTES, maxBytesPerMessage: e.MAIL_ATTACHMENTS_MAX_BYTES_PER_MESSAGE },
  };
}

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
  /** The email channel (docs/email.md). */
  mail: MailConfig;
  /** The chat channel (docs/chat.md). Without an app id the bot runs in local mode: no JWT checks. */
  bot: BotConfig;
}

export interface BotConfig {
  appId: string | null;
  appPassword: string | null;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string | null;
  /** Signs web chat Direct Line tokens and identities; random per process when unset (development only). */
  directLineSecret: string | null;
}

/**
 * What serving chat in production needs: without an app id the bot accepts unauthenticated requests (local
 * mode), and without a fixed Direct Line secret web chat tokens die with the process. Called by `start`
 * (not by loadConfig: the worker and the CLI need no bot credentials).
 */
export function requireBotCredentials(config: Config): void {
  if (config.env !== 'production') return;
  const b = config.bot;
  const missing = [
    ...(b.appId ? [] : ['MicrosoftAppId: required when NODE_ENV=production (local mode accepts unauthenticated requests)']),
    ...(b.appPassword || b.appType === 'UserAssignedMSI' ? [] : ['MicrosoftAppPassword: required when NODE_ENV=production']),
    ...(b.appType === 'SingleTenant' && !b.tenantId ? ['MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant'] : []),
    ...(b.directLineSecret ? [] : ['DIRECTLINE_SECRET: required when NODE_ENV=production (at least 32 characters)']),
  ];
  if (missing.length) throw new ConfigError(`careline cannot start: invalid configuration\n${missing.map((m) => `  ${m}`).join('\n')}`);
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
    mail: mailConfig(e),
    bot: {
      appId: e.MicrosoftAppId ?? null,
      appPassword: e.MicrosoftAppPassword ?? null,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId ?? null,
      directLineSecret: e.DIRECTLINE_SECRET ?? null,
    },
  };
}
