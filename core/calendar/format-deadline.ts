/**
 * A deadline as the customer reads it: their language's long date with weekday, the time, and the zone's
 * abbreviation or offset, in their time zone — "Monday, 30 November 2026 at 09:00 CET" (en-GB),
 * "Montag, 30. November 2026 um 09:00 MEZ" (de). The zone is always shown: a promise "by 09:00" means
 * nothing to a customer who does not know whose 09:00.
 */
import { isKnownTimeZone } from './wall-clock.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function localeOrEnglish(language: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    // Not a BCP 47 tag at all.
    return 'en';
  }
}

/**
 * `language` is a BCP 47 tag (`en`, `en-GB`, `de`, `zh-CN`…); an unknown or malformed one falls back to English.
 * An unknown time zone falls back to UTC rather than failing a message to the customer.
 */
export function formatDeadline(instant: Date, audience: { timeZone: string; language: string }): string {
  const timeZone = isKnownTimeZone(audience.timeZone) ? audience.timeZone : 'UTC';
  const locale = localeOrEnglish(audience.language);
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
      hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}
