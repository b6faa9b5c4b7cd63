import { describe, expect, it } from 'vitest';
import { commitmentDeadlines, dayKind, escalationRoute, isWeekendOrHoliday } from '../../../core/calendar/index.ts';
import { at, calendarFor } from './calendars.ts';

const PACIFIC = 'America/Los_Angeles';
const us = calendarFor({ country: 'US' }, { US: { '2026-11-26': 'Thanksgiving Day' } });

describe('where a missed commitment escalates', () => {
  it('when a P1 opened on Saturday morning misses its two hours, then the on-call escalation person gets it', () => {
    const { responseTarget } = commitmentDeadlines({ openedAt: at('2026-11-28T10:00', PACIFIC), priority: 'P1', calendar: us });

    expect(escalationRoute(responseTarget.dueAt, 'P1', us)).toBe('on_call');
  });

  it('when a P2 escalates on Saturday, then the Customer Care Escalation team gets it', () => {
    expect(escalationRoute(at('2026-11-28T12:00', PACIFIC), 'P2', us)).toBe('escalation_team');
  });

  it('when a P1 escalates on Thanksgiving, then it goes on call as on a weekend', () => {
    expect(escalationRoute(at('2026-11-26T12:00', PACIFIC), 'P1', us)).toBe('on_call');
    expect(dayKind(at('2026-11-26T12:00', PACIFIC), us)).toEqual({ kind: 'public_holiday', name: 'Thanksgiving Day' });
  });

  it('when anything escalates during business hours, then the Escalation team gets it', () => {
    for (const priority of ['P1', 'P2', 'P3', 'P4'] as const) {
      expect(escalationRoute(at('2026-11-17T10:00', PACIFIC), priority, us)).toBe('escalation_team');
    }
  });

  it('when a P2 escalates on a weeknight, then it waits in the queue for the next business day', () => {
    expect(escalationRoute(at('2026-11-17T22:00', PACIFIC), 'P2', us)).toBe('next_business_day_queue');
  });

  it('when a P1 escalates on a weeknight, then it still goes on call: two hours cannot wait for the morning', () => {
    expect(escalationRoute(at('2026-11-17T22:00', PACIFIC), 'P1', us)).toBe('on_call');
  });

  it('when a P2 escalates at 17:59 or at 18:01 on a Tuesday, then the first goes to the team and the second waits', () => {
    expect(escalationRoute(at('2026-11-17T17:59', PACIFIC), 'P2', us)).toBe('escalation_team');
    expect(escalationRoute(at('2026-11-17T18:01', PACIFIC), 'P2', us)).toBe('next_business_day_queue');
  });

  it('when a P3 deadline ends exactly at closing, then the team still on duty gets it', () => {
    const { responseTarget } = commitmentDeadlines({ openedAt: at('2026-11-09T08:00', PACIFIC), priority: 'P3', calendar: us });

    expect(responseTarget.dueAt).toEqual(at('2026-11-13T18:00', PACIFIC));
    expect(escalationRoute(responseTarget.dueAt, 'P3', us)).toBe('escalation_team');
  });

  it('when an escalation comes on Friday night or on the evening before Thanksgiving, then it counts as the weekend or holiday', () => {
    expect(isWeekendOrHoliday(at('2026-11-20T20:00', PACIFIC), us)).toBe(true);
    expect(isWeekendOrHoliday(at('2026-11-25T20:00', PACIFIC), us)).toBe(true);
    expect(isWeekendOrHoliday(at('2026-11-30T06:00', PACIFIC), us)).toBe(true);
    expect(escalationRoute(at('2026-11-20T20:00', PACIFIC), 'P3', us)).toBe('escalation_team');
  });

  it('when an escalation comes early on a Tuesday morning, then it is a weeknight, not a weekend', () => {
    expect(isWeekendOrHoliday(at('2026-11-17T06:00', PACIFIC), us)).toBe(false);
    expect(escalationRoute(at('2026-11-17T06:00', PACIFIC), 'P4', us)).toBe('next_business_day_queue');
  });

  it('when the customer is in Israel, then Friday is their weekend and Sunday a business day', () => {
    const israel = calendarFor({ country: 'IL' });

    expect(escalationRoute(at('2026-11-20T12:00', 'Asia/Jerusalem'), 'P1', israel)).toBe('on_call');
    expect(escalationRoute(at('2026-11-22T12:00', 'Asia/Jerusalem'), 'P1', israel)).toBe('escalation_team');
  });
});
