import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessResumesAt, commitmentDeadlines, escalationRoute, GUIDE_TARGETS } from '../../../core/calendar/index.ts';
import { at, calendarFor } from './calendars.ts';

const LONDON = 'Europe/London';
const PACIFIC = 'America/Los_Angeles';
const AMSTERDAM = 'Europe/Amsterdam';

describe('commitment deadlines on the customer’s calendar', () => {
  describe('a British customer hands off on Friday evening before the August bank holiday', () => {
    const britain = calendarFor({ country: 'GB' }, { GB: { '2026-08-31': 'Summer bank holiday' } });
    const fridayEvening = at('2026-08-28T19:00', LONDON);

    it('when the request is P2, then first contact and the response are both due 24 clock hours later, on Saturday evening', () => {
      const { firstContact, responseTarget } = commitmentDeadlines({ openedAt: fridayEvening, priority: 'P2', calendar: britain });

      expect(firstContact.dueAt).toEqual(at('2026-08-29T19:00', LONDON));
      expect(responseTarget.dueAt).toEqual(at('2026-08-29T19:00', LONDON));
    });

    it('when that P2 is missed on Saturday, then the weekend Escalation team takes it', () => {
      const { responseTarget } = commitmentDeadlines({ openedAt: fridayEvening, priority: 'P2', calendar: britain });

      expect(escalationRoute(responseTarget.dueAt, 'P2', britain)).toBe('escalation_team');
    });

    it('when the request is P3, then its five business days start on Tuesday, after the weekend and the holiday', () => {
      const { responseTarget } = commitmentDeadlines({ openedAt: fridayEvening, priority: 'P3', calendar: britain });

      expect(responseTarget.dueAt).toEqual(at('2026-09-07T18:00', LONDON));
    });

    it('when the desk counts P2 in business hours instead, then the Monday holiday pushes it to Thursday noon', () => {
      const targets = { ...GUIDE_TARGETS, response: { ...GUIDE_TARGETS.response, P2: { businessHours: 24 } } };

      const { responseTarget } = commitmentDeadlines({ openedAt: fridayEvening, priority: 'P2', calendar: britain }, { targets });

      expect(responseTarget.dueAt).toEqual(at('2026-09-03T12:00', LONDON));
    });
  });

  it('when a US customer opens a P3 the day before Thanksgiving, then it is due the following Thursday at the same time', () => {
    const us = calendarFor({ country: 'US' }, { US: { '2026-11-26': 'Thanksgiving Day' } });

    const { firstContact, responseTarget } = commitmentDeadlines({ openedAt: at('2026-11-25T10:00', PACIFIC), priority: 'P3', calendar: us });

    expect(firstContact.dueAt).toEqual(at('2026-11-26T10:00', PACIFIC));
    expect(responseTarget.dueAt).toEqual(at('2026-12-03T10:00', PACIFIC));
  });

  it('when a P1 is opened, then the response is due two clock hours later, whatever the day', () => {
    const us = calendarFor({ country: 'US' });

    const { responseTarget } = commitmentDeadlines({ openedAt: at('2026-11-28T23:30', PACIFIC), priority: 'P1', calendar: us });

    expect(responseTarget.dueAt).toEqual(at('2026-11-29T01:30', PACIFIC));
  });
});

describe('deadlines across daylight-saving changes', () => {
  it('when a US P3 spans the March change, then it is due at 17:00 daylight time, not 18:00', () => {
    const us = calendarFor({ country: 'US' });

    const { responseTarget } = commitmentDeadlines({ openedAt: at('2026-03-06T17:00', PACIFIC), priority: 'P3', calendar: us });

    expect(responseTarget.dueAt.toISOString()).toBe('2026-03-14T00:00:00.000Z');
  });

  it('when 24 clock hours span the March change, then they are 24 real hours and read 13:00 the next day', () => {
    const us = calendarFor({ country: 'US' });

    const { firstContact } = commitmentDeadlines({ openedAt: new Date('2026-03-07T20:00:00Z'), priority: 'P2', calendar: us });

    expect(firstContact.dueAt.toISOString()).toBe('2026-03-08T20:00:00.000Z');
    expect(firstContact.dueAt).toEqual(at('2026-03-08T13:00', PACIFIC));
  });

  it('when a German P3 spans the European March change and Easter, then it ends at noon summer time after the holidays', () => {
    const germany = calendarFor({ country: 'DE' }, { DE: { '2026-04-03': 'Karfreitag', '2026-04-06': 'Ostermontag' } });

    const { responseTarget } = commitmentDeadlines({ openedAt: new Date('2026-03-27T11:00:00Z'), priority: 'P3', calendar: germany });

    expect(responseTarget.dueAt.toISOString()).toBe('2026-04-07T10:00:00.000Z');
  });

  it('when a German P4 spans the European October change, then it is due at 09:00 winter time', () => {
    const germany = calendarFor({ country: 'DE' });

    const { responseTarget } = commitmentDeadlines({ openedAt: new Date('2026-10-23T07:00:00Z'), priority: 'P4', calendar: germany });

    expect(responseTarget.dueAt.toISOString()).toBe('2026-11-03T08:00:00.000Z');
    expect(responseTarget.dueAt).toEqual(at('2026-11-03T09:00', AMSTERDAM));
  });

  it('when a US P3 spans the November change, then it is due at 10:00 standard time', () => {
    const us = calendarFor({ country: 'US' });

    const { responseTarget } = commitmentDeadlines({ openedAt: new Date('2026-10-30T17:00:00Z'), priority: 'P3', calendar: us });

    expect(responseTarget.dueAt.toISOString()).toBe('2026-11-06T18:00:00.000Z');
  });
});

describe('business hours begin at 08:00 and end at 18:00 local time', () => {
  const us = calendarFor({ country: 'US' });
  const oneMinuteBeforeClosing = at('2026-11-17T17:59', PACIFIC);
  const oneMinuteAfterClosing = at('2026-11-17T18:01', PACIFIC);

  it('when a request arrives at 17:59, then the desk is still open; at 18:01 it counts from 08:00 the next morning', () => {
    expect(businessResumesAt(oneMinuteBeforeClosing, us)).toEqual(oneMinuteBeforeClosing);
    expect(businessResumesAt(oneMinuteAfterClosing, us)).toEqual(at('2026-11-18T08:00', PACIFIC));
  });

  it('when two business hours are added, then 17:59 keeps its last minute and 18:01 does not', () => {
    expect(addBusinessTime(oneMinuteBeforeClosing, { hours: 2 }, us)).toEqual(at('2026-11-18T09:59', PACIFIC));
    expect(addBusinessTime(oneMinuteAfterClosing, { hours: 2 }, us)).toEqual(at('2026-11-18T10:00', PACIFIC));
  });

  it('when a P3 arrives at 17:59 or 18:01, then both are due at the end of the fifth business day, a minute apart', () => {
    const before = commitmentDeadlines({ openedAt: oneMinuteBeforeClosing, priority: 'P3', calendar: us });
    const after = commitmentDeadlines({ openedAt: oneMinuteAfterClosing, priority: 'P3', calendar: us });

    expect(before.responseTarget.dueAt).toEqual(at('2026-11-24T17:59', PACIFIC));
    expect(after.responseTarget.dueAt).toEqual(at('2026-11-24T18:00', PACIFIC));
  });

  it('when five business days start at opening, then they end at closing on Friday, not at opening on Monday', () => {
    expect(addBusinessTime(at('2026-11-16T08:00', PACIFIC), { businessDays: 5 }, us)).toEqual(at('2026-11-20T18:00', PACIFIC));
  });

  it('when a request arrives before opening, then it counts from 08:00', () => {
    expect(addBusinessTime(at('2026-11-17T07:59', PACIFIC), { hours: 1 }, us)).toEqual(at('2026-11-17T09:00', PACIFIC));
  });

  it('when a negative duration is asked for, then it is refused', () => {
    expect(() => addBusinessTime(oneMinuteBeforeClosing, { hours: -1 }, us)).toThrow(RangeError);
  });
});

describe('reps are warned before a deadline', () => {
  const us = calendarFor({ country: 'US' });

  it('when a P2 is opened on Tuesday at 10:00, then reps are warned at 75 % of the 24 hours, at 04:00 on Wednesday', () => {
    const { responseTarget } = commitmentDeadlines({ openedAt: at('2026-11-17T10:00', PACIFIC), priority: 'P2', calendar: us });

    expect(responseTarget.warnAt).toEqual(at('2026-11-18T04:00', PACIFIC));
  });

  it('when a P3 is opened on Monday at opening, then the warning comes at 75 % of its business time, Thursday 15:30', () => {
    const { responseTarget, firstContact } = commitmentDeadlines({ openedAt: at('2026-11-16T08:00', PACIFIC), priority: 'P3', calendar: us });

    expect(responseTarget.dueAt).toEqual(at('2026-11-20T18:00', PACIFIC));
    expect(responseTarget.warnAt).toEqual(at('2026-11-19T15:30', PACIFIC));
    expect(firstContact.warnAt).toEqual(at('2026-11-17T02:00', PACIFIC));
  });

  it('when the desk warns at half-time, then a Monday P3 warns on Wednesday at 13:00', () => {
    const { responseTarget } = commitmentDeadlines({ openedAt: at('2026-11-16T08:00', PACIFIC), priority: 'P3', calendar: us }, { warningFraction: 0.5 });

    expect(responseTarget.warnAt).toEqual(at('2026-11-18T13:00', PACIFIC));
  });

  it('when the warning fraction is not between 0 and 1, then it is refused', () => {
    expect(() => commitmentDeadlines({ openedAt: at('2026-11-16T08:00', PACIFIC), priority: 'P3', calendar: us }, { warningFraction: 1.5 }))
      .toThrow(RangeError);
  });
});
