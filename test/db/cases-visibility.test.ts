/**
 * Reading cases and RMAs from PostgreSQL: a contact reads the cases they opened (an account administrator the
 * account's) and their account's RMAs; anything else is answered exactly like a number that does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCaseStatus, getRmaStatus, type CoreDeps } from '../../core/index.ts';
import { createStores } from '../../db/stores/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { dateOnly, factories } from '../support/factories.ts';
import { DESK_MORNING, DESK_TIME_ZONE, fixedClock } from '../core/support/clock.ts';
import { asContact, asStaff } from '../core/support/requesters.ts';
import { rejection } from '../core/support/rejection.ts';

let db: TestDatabase;
let desk: CoreDeps;
let world: Awaited<ReturnType<typeof acmeAndGlobex>>;

/**
 * Acme: Alice opened case 2026-1120-0007 (last modified 27 Nov 15:04 PST), from which RMA R212345 was issued;
 * Bob is her colleague and Ada the account administrator. Globex: Gus, its administrator, and its own case.
 */
async function acmeAndGlobex(db: TestDatabase) {
  const make = factories(db.prisma);
  const acme = await make.account({ name: 'Acme' });
  const globex = await make.account({ name: 'Globex' });
  const alice = await make.contact(acme, { name: 'Alice Archer' });
  const bob = await make.contact(acme, { name: 'Bob Baker' });
  const ada = await make.contact(acme, { role: 'ACCOUNT_ADMIN' });
  const gus = await make.contact(globex, { role: 'ACCOUNT_ADMIN' });
  const alicesCase = await make.case(alice, {
    caseNumber: '2026-1120-0007', subject: 'Transfer ownership of JN11F3A2BAFA', updatedAt: new Date('2026-11-27T23:04:00Z'),
  });
  await make.case(gus, { caseNumber: '2026-1120-0008' });
  await make.rma(acme, { rmaNumber: 'R212345', caseId: alicesCase.id, type: 'RETURN_TO_FACTORY' }, [
    { status: 'DELIVERED', defectiveSerial: 'JN11F3A2BAFA', replacementSerial: 'JN22AAAA0001', carrier: 'UPS',
      shipmentTracking: '1Z999AA10123456784', returnDueDate: dateOnly('2026-11-20') },
    { status: 'BOOKED', defectiveSerial: 'JN11F3A2CAFE', returnDueDate: dateOnly('2026-11-20') },
  ]);
  return { alice, bob, ada, gus };
}

beforeAll(async () => {
  db = await createTestDatabase();
  desk = { clock: fixedClock(DESK_MORNING), deskTimeZone: DESK_TIME_ZONE, ...createStores(db.prisma) };
  world = await acmeAndGlobex(db);
});

afterAll(async () => {
  await db.drop();
});

describe('getCaseStatus on PostgreSQL', () => {
  it('when Alice keys her case number by telephone, then she gets it with its RMA and "last modified" in Pacific time', async () => {
    const answer = await getCaseStatus(desk, { requester: asContact(world.alice), caseNumber: '202611200007#' });

    expect(answer.case).toMatchObject({
      caseNumber: '2026-1120-0007', subject: 'Transfer ownership of JN11F3A2BAFA', rmaNumbers: ['R212345'],
      openedBy: { id: world.alice.id, name: 'Alice Archer' },
    });
    expect(answer.lastModifiedPacific).toBe('2026-11-27 15:04 PST');
  });

  it('when her account administrator asks, then they get it', async () => {
    const answer = await getCaseStatus(desk, { requester: asContact(world.ada), caseNumber: '2026-1120-0007' });

    expect(answer.case.openedBy.id).toBe(world.alice.id);
  });

  it('when staff ask about any account\'s case, then they get it', async () => {
    const answer = await getCaseStatus(desk, { requester: asStaff(), caseNumber: '2026-1120-0008' });

    expect(answer.case.openedBy.id).toBe(world.gus.id);
  });

  it.each([
    ['her colleague Bob, a plain contact', 'bob'],
    ['Globex\'s administrator', 'gus'],
  ] as const)('when %s asks, then it is CASE_NOT_FOUND, worded as for a case that does not exist', async (_who, key) => {
    const requester = asContact(world[key]);

    const notTheirs = await rejection(getCaseStatus(desk, { requester, caseNumber: '2026-1120-0007' }));
    const unknown = await rejection(getCaseStatus(desk, { requester, caseNumber: '2026-1120-0999' }));

    expect([notTheirs.code, unknown.code]).toEqual(['CASE_NOT_FOUND', 'CASE_NOT_FOUND']);
    expect(notTheirs.message.replace('2026-1120-0007', '<case>')).toBe(unknown.message.replace('2026-1120-0999', '<case>'));
  });
});

describe('getRmaStatus on PostgreSQL', () => {
  it('when Bob, a contact of the owning account, asks, then he gets every line, its shipment and an overdue return', async () => {
    const answer = await getRmaStatus(desk, { requester: asContact(world.bob), rma: 'r212345' });

    expect(answer.rma).toMatchObject({ rmaNumber: 'R212345', type: 'RETURN_TO_FACTORY', status: 'OPEN', caseNumber: '2026-1120-0007' });
    expect(answer.lines.map((l) => ({
      reference: l.reference, status: l.status, carrier: l.carrier, shipmentTracking: l.shipmentTracking,
      returnDueDate: l.returnDueDate, returnOverdue: l.returnOverdue,
    }))).toEqual([
      { reference: 'R212345-1', status: 'DELIVERED', carrier: 'UPS', shipmentTracking: '1Z999AA10123456784',
        returnDueDate: dateOnly('2026-11-20'), returnOverdue: true },
      { reference: 'R212345-2', status: 'BOOKED', carrier: null, shipmentTracking: null,
        returnDueDate: dateOnly('2026-11-20'), returnOverdue: false },
    ]);
  });

  it('when he asks for line item R212345-2, then he gets that line only', async () => {
    const answer = await getRmaStatus(desk, { requester: asContact(world.bob), rma: 'R212345-2' });

    expect(answer.lines.map((l) => l.reference)).toEqual(['R212345-2']);
  });

  it('when a contact of another account asks, then it is RMA_NOT_FOUND, worded as for an RMA that does not exist', async () => {
    const notTheirs = await rejection(getRmaStatus(desk, { requester: asContact(world.gus), rma: 'R212345' }));
    const unknown = await rejection(getRmaStatus(desk, { requester: asContact(world.gus), rma: 'R299999' }));

    expect([notTheirs.code, unknown.code]).toEqual(['RMA_NOT_FOUND', 'RMA_NOT_FOUND']);
    expect(notTheirs.message.replace('R212345', '<rma>')).toBe(unknown.message.replace('R299999', '<rma>'));
  });
});
