/**
 * Opening cases on PostgreSQL: the day's numbers are consecutive under concurrency, a retried request opens
 * nothing new, and every case leaves its first transcript event and an audit row behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminCase, type CoreDeps, type OpenAdminCaseInput, type Requester } from '../../core/index.ts';
import { createStores } from '../../db/stores/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { factories, type Factories } from '../support/factories.ts';
import { DESK_TIME_ZONE, fixedClock } from '../core/support/clock.ts';
import { asContact, asStaff } from '../core/support/requesters.ts';
import { rejection } from '../core/support/rejection.ts';

let db: TestDatabase;
let make: Factories;

beforeAll(async () => {
  db = await createTestDatabase({ maxConnections: 20 });
  make = factories(db.prisma);
});

afterAll(async () => {
  await db.drop();
});

/** The real stores at a stated instant, desk in Los Angeles. Each story picks its own day. */
function deskAt(iso: string): CoreDeps {
  return { clock: fixedClock(iso), deskTimeZone: DESK_TIME_ZONE, ...createStores(db.prisma) };
}

async function aCustomer(role: 'CONTACT' | 'ACCOUNT_ADMIN' = 'CONTACT') {
  const account = await make.account();
  const contact = await make.contact(account, { role });
  return { account, contact, requester: asContact(contact) };
}

const aRequest = (requester: Requester, overrides: Partial<OpenAdminCaseInput> = {}): OpenAdminCaseInput => ({
  requester, subject: 'Licence key lost', description: 'The activation key for JN11F3A2BAFA is gone.', channel: 'WEB_CHAT',
  ...overrides,
});

describe('case numbers on PostgreSQL', () => {
  it('when 50 customers open cases at the same moment, then they get 50 distinct, consecutive numbers of that day', async () => {
    const desk = deskAt('2026-12-01T18:00:00Z');
    const customers = await Promise.all(Array.from({ length: 5 }, () => aCustomer()));

    const results = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      openAdminCase(desk, aRequest(customers[i % 5]!.requester, { subject: `Concurrent ${i}` }))));

    const numbers = results.map((r) => r.case.caseNumber).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `2026-1201-${String(i + 1).padStart(4, '0')}`));
    expect(results.every((r) => r.created)).toBe(true);
    expect(await db.prisma.case.count({ where: { caseNumber: { startsWith: '2026-1201-' } } })).toBe(50);
  });

  it('when the desk\'s next day starts, then numbering restarts at 0001 while the previous day carries on', async () => {
    const { requester } = await aCustomer();
    const thursday = deskAt('2026-12-03T18:00:00Z');

    const first = await openAdminCase(thursday, aRequest(requester));
    const second = await openAdminCase(thursday, aRequest(requester));
    const friday = await openAdminCase(deskAt('2026-12-04T18:00:00Z'), aRequest(requester));
    const lateThursday = await openAdminCase(deskAt('2026-12-04T07:30:00Z'), aRequest(requester)); // 23:30 PST

    expect([first, second, friday, lateThursday].map((r) => r.case.caseNumber))
      .toEqual(['2026-1203-0001', '2026-1203-0002', '2026-1204-0001', '2026-1203-0003']);
  });

  it('when the day\'s 9999 numbers are used, then the next opening is CASE_NUMBERS_EXHAUSTED and leaves nothing behind', async () => {
    const { requester } = await aCustomer();
    await db.prisma.caseNumberCounter.create({ data: { day: '2026-1205', lastValue: 9999 } });

    const error = await rejection(openAdminCase(deskAt('2026-12-05T18:00:00Z'), aRequest(requester, { subject: 'One too many' })));

    expect(error.code).toBe('CASE_NUMBERS_EXHAUSTED');
    expect(await db.prisma.case.count({ where: { subject: 'One too many' } })).toBe(0);
    expect(await db.prisma.caseNumberCounter.findUnique({ where: { day: '2026-1205' } })).toEqual({ day: '2026-1205', lastValue: 9999 });
  });
});

describe('retrying an opening with its idempotency key', () => {
  it('when the same request arrives twice, then one case is opened and returned both times', async () => {
    const { requester } = await aCustomer();
    const desk = deskAt('2026-12-07T18:00:00Z');
    const request = aRequest(requester, { subject: 'Retried once', idempotencyKey: 'teams-activity-0001' });

    const first = await openAdminCase(desk, request);
    const retry = await openAdminCase(desk, request);

    expect(first).toMatchObject({ created: true, case: { caseNumber: '2026-1207-0001' } });
    expect(retry).toMatchObject({ created: false, case: { caseNumber: '2026-1207-0001', id: first.case.id } });
    expect(await db.prisma.case.count({ where: { subject: 'Retried once' } })).toBe(1);
  });

  it('when the same request arrives five times at once, then one case is opened, every call gets it, and no number is wasted', async () => {
    const { requester } = await aCustomer();
    const desk = deskAt('2026-12-08T18:00:00Z');
    const request = aRequest(requester, { subject: 'Retried concurrently', idempotencyKey: 'mail-<abc@example.test>' });

    const results = await Promise.all(Array.from({ length: 5 }, () => openAdminCase(desk, request)));
    const next = await openAdminCase(desk, aRequest(requester, { subject: 'The next one' }));

    expect(new Set(results.map((r) => r.case.caseNumber))).toEqual(new Set(['2026-1208-0001']));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.prisma.case.count({ where: { subject: 'Retried concurrently' } })).toBe(1);
    expect(next.case.caseNumber).toBe('2026-1208-0002');
  });

  it('when a customer of another account happens to send the same key, then they are not handed the first account\'s case', async () => {
    const acme = await aCustomer();
    const globex = await aCustomer();
    const desk = deskAt('2026-12-09T18:00:00Z');
    const acmesCase = await openAdminCase(desk, aRequest(acme.requester, { subject: 'Acme confidential', idempotencyKey: 'web-form-1' }));

    const outcome = await openAdminCase(desk, aRequest(globex.requester, { subject: 'Globex question', idempotencyKey: 'web-form-1' }))
      .then((result) => result.case, (error: Error) => error);

    expect(outcome).not.toMatchObject({ caseNumber: acmesCase.case.caseNumber });
    expect(outcome).not.toMatchObject({ subject: 'Acme confidential' });
  });
});

describe('what an opened case leaves in the database', () => {
  it('when a customer opens a case, then it is stored as returned, with its first transcript event and an audit row', async () => {
    const { account, contact, requester } = await aCustomer();
    const site = await make.site(account, { siteId: 'S-SVL-01', name: 'Sunnyvale HQ' });
    await make.device(account, { serialNumber: 'JN11F3A2BAFA', platform: 'MX480' });

    const result = await openAdminCase(deskAt('2026-12-10T18:00:00Z'), aRequest(requester, {
      category: 'license_management', priority: 'P2', siteId: site.siteId, serialNumber: 'jn11f3a2bafa',
      customerTrackingNumber: 'INC0012345', channel: 'TEAMS',
    }));

    expect(result).toMatchObject({
      created: true, serialVerified: true, promise: { firstContactWithinHours: 24, responseTarget: 'within 24 hours' },
      case: {
        caseNumber: '2026-1210-0001', accountId: account.id, category: 'license_management', priority: 'P2', status: 'OPEN',
        site: { siteId: 'S-SVL-01', name: 'Sunnyvale HQ' }, platform: 'MX480', serialNumber: 'JN11F3A2BAFA',
        customerTrackingNumber: 'INC0012345', originChannel: 'TEAMS', rmaNumbers: [],
        openedBy: { id: contact.id, name: contact.name, email: contact.email },
      },
    });
    const stored = await db.prisma.case.findUniqueOrThrow({ where: { caseNumber: '2026-1210-0001' }, include: { events: true } });
    expect(stored).toMatchObject({ siteId: site.id, openedById: contact.id, type: 'ADMIN_SERVICE_REQUEST' });
    expect(stored.events.map((e) => ({ actorType: e.actorType, actorId: e.actorId, channel: e.channel, body: e.body }))).toEqual([{
      actorType: 'CUSTOMER', actorId: contact.id, channel: 'TEAMS',
      body: 'Licence key lost\n\nThe activation key for JN11F3A2BAFA is gone.',
    }]);
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: 'case', entityId: '2026-1210-0001' } });
    expect(audit.map((a) => ({ actorType: a.actorType, actorId: a.actorId, action: a.action, details: a.details }))).toEqual([{
      actorType: 'CUSTOMER', actorId: contact.id, action: 'case.open',
      details: { type: 'ADMIN_SERVICE_REQUEST', priority: 'P2', channel: 'TEAMS' },
    }]);
  });

  it('when a rep opens a case for a contact by telephone, then the transcript and the audit name the rep', async () => {
    const { contact } = await aCustomer();

    const result = await openAdminCase(deskAt('2026-12-11T18:00:00Z'), aRequest(asStaff('REP', 'rep-ana'), {
      contactId: contact.id, channel: 'PHONE',
    }));

    const events = await db.prisma.caseEvent.findMany({ where: { caseId: result.case.id } });
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: result.case.caseNumber } });
    expect(events.map((e) => [e.actorType, e.actorId, e.channel])).toEqual([['REP', 'rep-ana', 'PHONE']]);
    expect(audit.map((a) => [a.actorType, a.actorId])).toEqual([['REP', 'rep-ana']]);
    expect(result.case.openedBy.id).toBe(contact.id);
  });

  it('when a customer gives another account\'s serial number and site, then the serial is kept unverified and the site refused', async () => {
    const { requester } = await aCustomer();
    const other = await make.account();
    const otherSite = await make.site(other);
    await make.device(other, { serialNumber: 'CW0216AF0042', platform: 'SRX4600' });
    const desk = deskAt('2026-12-12T18:00:00Z');

    const withSerial = await openAdminCase(desk, aRequest(requester, { serialNumber: 'CW0216AF0042' }));
    const withSite = await rejection(openAdminCase(desk, aRequest(requester, { siteId: otherSite.siteId })));

    expect(withSerial).toMatchObject({ serialVerified: false, case: { serialNumber: 'CW0216AF0042', platform: null } });
    expect(withSite).toMatchObject({ code: 'INVALID_INPUT', details: { problems: [{ field: 'siteId', problem: 'unknown site' }] } });
  });
});
