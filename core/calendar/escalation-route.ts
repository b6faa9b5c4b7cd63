/**
 * Who acts on a commitment that is missed at a given instant. The guide's rules ("Customer Care Escalation
 * Procedures" and the flow chart of figure 2):
 *
 * - "Is this an escalation on the weekend or a holiday? Yes → Send to Customer Care Escalation Team";
 *   "For P1 escalations occurring on weekends, please request to have the on-call escalations Customer Care
 *   person contacted". So on the customer's weekend or public holiday: P1 → on call, P2–P4 → Escalation team.
 * - "No → Case waits in queue until the next business day". Read literally that would park an escalation on
 *   a Tuesday at 10:00 until Wednesday, so we read it as the desk's closed hours between two business days
 *   (a weeknight): P2–P4 wait for the next opening; P1 still goes on call, because its 2-hour target and the
 *   24x7x365 escalation timeframes cannot wait for the morning.
 * - During business hours the Escalation team is at work: every priority goes to it.
 *
 * "The weekend" is the whole closed stretch around it: Friday after closing and Monday before opening belong
 * to it (and the evening before a public holiday to the holiday), so Friday 20:00 does not wait until Monday.
 */
import type { Priority } from '../shared/vocabulary.ts';
import { type BusinessCalendar, businessHoursOf, dayOf, isBusinessDay, isBusinessTime } from './business-days.ts';

export type EscalationDestination = 'on_call' | 'escalation_team' | 'next_business_day_queue';

/** Whether `instant` falls on the customer's weekend or a public holiday, closed hours next to one included. */
export function isWeekendOrHoliday(instant: Date, calendar: BusinessCalendar): boolean {
  const at = instant.getTime();
  const day = dayOf(calendar, at);
  if (!isBusinessDay(calendar, day)) return true;
  const { opensAt, closesAt } = businessHoursOf(calendar, day);
  if (at < opensAt) return !isBusinessDay(calendar, day - 1);
  if (at > closesAt) return !isBusinessDay(calendar, day + 1);
  return false;
}

export function escalationRoute(instant: Date, priority: Priority, calendar: BusinessCalendar): EscalationDestination {
  if (isBusinessTime(instant, calendar)) return 'escalation_team';
  if (priority === 'P1') return 'on_call';
  return isWeekendOrHoliday(instant, calendar) ? 'escalation_team' : 'next_business_day_queue';
}
