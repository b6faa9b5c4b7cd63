// The real desk policy (guide targets on the customer's calendar, real public holidays) as requestHandoff
// and advanceCommitment see it.
import { describe, expect, it } from 'vitest';
import { deskCalendarConfig, deskCommitmentPolicy } from '../../core/index.ts';
import { DateHolidaysCalendar } from '../../calendar/date-holidays-calendar.ts';

const policy = deskCommitmentPolicy({ config: deskCalendarConfig(), holidays: new DateHolidaysCalendar() });

describe('desk commitment policy', () => {
  it('first contact is 24 clock hours, warned at 75 %, whatever the day', () => {
    const openedAt = new Date('2026-12-24T16:00:00Z');
    const [first] = policy.deadlines({ openedAt, priority: 'P2', country: 'DE', timeZone: 'Europe/Berlin' });
    expect(first).toEqual({ kind: 'FIRST_CONTACT', dueAt: new Date('2026-12-25T16:00:00Z'), warnAt: new Date('2026-12-25T10:00:00Z') });
  });

  it('a German P3 opened on the Friday before Christmas skips the weekend and both Christmas holidays', () => {
    const [, response] = policy.deadlines({ openedAt: new Date('2026-12-18T15:00:00Z'), priority: 'P3', country: 'DE', timeZone: 'Europe/Berlin' });
    // 5 business days from Fri 18 Dec 16:00 Berlin: 21, 22, 23, 24, 28 Dec (25 and 26 are holidays; 26/27 a weekend)
    expect(response?.kind).toBe('RESPONSE_TARGET');
    expect(response!.dueAt.toISOString().slice(0, 10)).toBe('2026-12-28');
  });

  it('routes a P1 escalation on a weekend to the on-call person and a weekday one to the Escalation team', () => {
    expect(policy.escalationRoute({ at: new Date('2026-11-28T12:00:00Z'), priority: 'P1', country: 'US', timeZone: 'America/Los_Angeles' })).toBe('ON_CALL');
    expect(policy.escalationRoute({ at: new Date('2026-11-25T19:00:00Z'), priority: 'P2', country: 'US', timeZone: 'America/Los_Angeles' })).toBe('ESCALATION_TEAM');
    expect(policy.escalationRoute({ at: new Date('2026-11-26T19:00:00Z'), priority: 'P1', country: 'US', timeZone: 'America/Los_Angeles' })).toBe('ON_CALL'); // Thanksgiving
  });

  it("tells a customer their deadline in their own zone, or their country's when the channel does not know it", () => {
    expect(policy.customerTimeZone({ country: 'JP', timeZone: null })).toMatch(/^Asia\//);
    expect(policy.customerTimeZone({ country: 'DE', timeZone: 'Europe/Berlin' })).toBe('Europe/Berlin');
  });
});
