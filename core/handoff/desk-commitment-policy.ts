/**
 * The CommitmentPolicy of a real desk: the guide's targets counted on the customer's calendar (their
 * country's public holidays, business hours in their time zone), escalations routed as the guide's flow
 * chart says. See docs/calendar.md for the rules and how to configure them.
 */
import {
  businessCalendar, commitmentDeadlines, customerCalendar, escalationRoute, type CommitmentTargets, type DeskCalendarConfig,
  type EscalationDestination, type HolidayCalendar,
} from '../calendar/index.ts';
import type { EscalationRoute } from './model.ts';
import type { CommitmentPolicy, CustomerPlace } from './ports.ts';

const ROUTES: Record<EscalationDestination, EscalationRoute> = {
  on_call: 'ON_CALL', escalation_team: 'ESCALATION_TEAM', next_business_day_queue: 'NEXT_BUSINESS_DAY',
};

export interface DeskPolicyOptions {
  config: DeskCalendarConfig;
  holidays: HolidayCalendar;
  targets?: CommitmentTargets;
  /** When reps are warned, as a fraction of each commitment (default 0.75). */
  warningFraction?: number;
}

export function deskCommitmentPolicy(options: DeskPolicyOptions): CommitmentPolicy {
  const calendarOf = (place: CustomerPlace) => businessCalendar(customerCalendar(options.config, place), options.holidays);
  return {
    deadlines({ openedAt, priority, ...place }) {
      const { firstContact, responseTarget } = commitmentDeadlines(
        { openedAt, priority, calendar: calendarOf(place) },
        { ...(options.targets ? { targets: options.targets } : {}), ...(options.warningFraction ? { warningFraction: options.warningFraction } : {}) },
      );
      return [firstContact, responseTarget].map(({ kind, dueAt, warnAt }) => ({ kind, dueAt, warnAt }));
    },
    escalationRoute: ({ at, priority, ...place }) => ROUTES[escalationRoute(at, priority, calendarOf(place))],
    customerTimeZone: (place) => customerCalendar(options.config, place).hours.timeZone,
  };
}
