/**
 * When a handoff's commitments fall due. The guide promises first contact "within 24 hours" of an Admin
 * Service Request and response targets by priority: P1 2 hours, P2 24 hours, P3 5 business days, P4 7
 * business days; "escalation timeframes are measured on a 24x7x365 basis". So hours are clock hours (the
 * centres answer 24x7x365 and the guide says "business" only for P3 and P4), and business days skip the
 * customer's weekend and public holidays and count only their business hours. docs/calendar.md has the why.
 */
import type { Priority } from '../shared/vocabulary.ts';
import { type BusinessCalendar, businessHoursOf, dayOf, isBusinessDay } from './business-days.ts';

const HOUR_MS = 3_600_000;
/** No desk goes ten years without a business day; a calendar that does is misconfigured. */
const MAX_DAYS_SCANNED = 3660;

export interface BusinessDuration {
  /** Hours of business time (the desk's open hours only). */
  hours?: number;
  /** Business days, each as long as the customer's business hours (08:00–18:00 = 10 hours by default). */
  businessDays?: number;
}

/**
 * The instant at which `duration` of business time has elapsed since `start`, counting only the customer's
 * business hours on business days. A start outside business hours counts from the next opening, so a request
 * at 18:01 on Friday starts on Monday at 08:00 (Tuesday, if Monday is a holiday). The result is the earliest
 * such instant: five business days from Monday 08:00 end on Friday at 18:00, not next Monday at 08:00.
 * A zero duration gives the first business instant at or after `start`.
 */
export function addBusinessTime(start: Date, duration: BusinessDuration, calendar: BusinessCalendar): Date {
  const { hours = 0, businessDays = 0 } = duration;
  if (!(hours >= 0 && businessDays >= 0 && Number.isFinite(hours + businessDays))) {
    throw new RangeError(`a business duration is finite and not negative: ${JSON.stringify(duration)}`);
  }
  let remaining = Math.round(hours * HOUR_MS + businessDays * (calendar.closesMs - calendar.opensMs));
  const cursor = start.getTime();
  const firstDay = dayOf(calendar, cursor);
  for (let day = firstDay; day < firstDay + MAX_DAYS_SCANNED; day++) {
    if (!isBusinessDay(calendar, day)) continue;
    const { opensAt, closesAt } = businessHoursOf(calendar, day);
    const from = Math.max(cursor, opensAt);
    if (from > closesAt) continue;
    const available = closesAt - from;
    if (remaining <= available) return new Date(from + remaining);
    remaining -= available;
  }
  throw new RangeError(`no business day within ${MAX_DAYS_SCANNED} days of ${start.toISOString()} for ${JSON.stringify(calendar.customer)}`);
}

/** When the desk next works for this customer: `instant` itself during business hours, else the next opening. */
export function businessResumesAt(instant: Date, calendar: BusinessCalendar): Date {
  return addBusinessTime(instant, {}, calendar);
}

/** A commitment's length and how it is counted. */
export type TargetDuration = { clockHours: number } | { businessHours: number } | { businessDays: number };

export interface CommitmentTargets {
  firstContact: TargetDuration;
  response: Readonly<Record<Priority, TargetDuration>>;
}

/** The guide's promises, read as explained at the top of this file. */
export const GUIDE_TARGETS: CommitmentTargets = {
  firstContact: { clockHours: 24 },
  response: { P1: { clockHours: 2 }, P2: { clockHours: 24 }, P3: { businessDays: 5 }, P4: { businessDays: 7 } },
};

export const DEFAULT_WARNING_FRACTION = 0.75;

export interface CommitmentDeadline {
  kind: 'FIRST_CONTACT' | 'RESPONSE_TARGET';
  target: TargetDuration;
  dueAt: Date;
  /** When reps are warned: `warningFraction` of the way to `dueAt`, counted the same way as the target. */
  warnAt: Date;
}

/** The instant `fraction` of `target` has elapsed since `start` (fraction 1: the deadline itself). */
export function targetElapsedAt(start: Date, target: TargetDuration, calendar: BusinessCalendar, fraction = 1): Date {
  if ('clockHours' in target) return new Date(start.getTime() + Math.round(target.clockHours * fraction * HOUR_MS));
  if ('businessHours' in target) return addBusinessTime(start, { hours: target.businessHours * fraction }, calendar);
  return addBusinessTime(start, { businessDays: target.businessDays * fraction }, calendar);
}

/**
 * The two deadlines of a handoff opened at `openedAt` for a customer on `calendar`: first contact and the
 * priority's response target, each with its warning instant. A business-time warning is a fraction of the
 * business time, so it falls while reps are at work (75 % of 5 business days from Monday 08:00 is Thursday
 * 15:30), not a fraction of the clock time, which could fall on a Sunday.
 */
export function commitmentDeadlines(
  input: { openedAt: Date; priority: Priority; calendar: BusinessCalendar },
  options: { targets?: CommitmentTargets; warningFraction?: number } = {},
): { firstContact: CommitmentDeadline; responseTarget: CommitmentDeadline } {
  const { targets = GUIDE_TARGETS, warningFraction = DEFAULT_WARNING_FRACTION } = options;
  if (!(warningFraction > 0 && warningFraction < 1)) throw new RangeError(`warningFraction must be between 0 and 1, not ${warningFraction}`);
  const deadline = (kind: CommitmentDeadline['kind'], target: TargetDuration): CommitmentDeadline => ({
    kind,
    target,
    dueAt: targetElapsedAt(input.openedAt, target, input.calendar),
    warnAt: targetElapsedAt(input.openedAt, target, input.calendar, warningFraction),
  });
  return {
    firstContact: deadline('FIRST_CONTACT', targets.firstContact),
    responseTarget: deadline('RESPONSE_TARGET', targets.response[input.priority]),
  };
}
