/**
 * The guide's Case Manager search on PostgreSQL: by case number, by RMA number or line item, by the customer's
 * own tracking number; with the guide's columns, each requester seeing only what they may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCases, type CoreDeps, type Requester } from '../../core/index.ts';
import { createStores } from '../../db/stores/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { factories } from '../support/factories.ts';
import { DESK_MORNING, DESK_TIME_ZONE, fixedClock } from '../core/support/clock.ts';
import { asContact, asStaff } from '../core/support/requesters.ts';

let db: TestDatabase;
let desk: CoreDeps;
let world: Awaited<ReturnType<typeof acmeAndGlobex>>;

/**
 * Acme (Alice, her colleague Bob, Ada the administrator), Globex (Gus):
 *   2026-1120-0007  Alice  Sunnyvale HQ  MX480   P2  ACME-4711      25 Nov  RMA R212345 (lines 1 and 2)
 *   2026-1121-0001  Alice  -             -       P4  Acme-Ticket-7  26 Nov
 *   2026-1122-0003  Bob    Amsterdam DC  SRX345  P1  INC0012345     24 Nov
 *   2026-1120-0008  Gus    -             -       P3  ACME-4711      27 Nov  RMA R2123456
 */
async function acmeAndGlobex(db: TestDatabase) {
  const make = factories(db.prisma);
  const acme = await make.account({ name: 'Acme' });
  const globex = await make.account({ name: 'Globex' });
  const alice = await make.contact(acme, { name: 'Alice Archer', email: 'alice@acme.example' });
  const bob = await make.contact(acme, { name: 'Bob Baker', email: 'bob@acme.example' });
  const ada = await make.contact(acme, { name: 'Ada Admin', role: 'ACCOUNT_ADMIN' });
  const gus = await make.contact(globex, { name: 'Gus Globex', role: 'ACCOUNT_ADMIN' });
  const sunnyvale = await make.site(acme, { siteId: 'S-SVL-01', name: 'Sunnyvale HQ' });
  const amsterdam = await make.site(acme, { siteId: 'S-AMS-02', name: 'Amsterdam DC' });
  await make.device(acme, { serialNumber: 'JN11F3A2BAFA', platform: 'MX480', siteId: sunnyvale.id });
  await make.device(acme, { serialNumber: 'JN11F3A2CAFE', platform: 'SRX345', siteId: amsterdam.id });

  const alicesCase = await make.case(alice, {
    caseNumber: '2026-1120-0007', siteId: sunnyvale.id, platform: 'MX480', priority: 'P2', customerTrackingNumber: 'ACME-4711',
    updatedAt: new Date('2026-11-25T12:00:00Z'),
  });
  await make.case(alice, {
    caseNumber: '2026-1121-0001', priority: 'P4', customerTrackingNumber: 'Acme-Ticket-7', updatedAt: new Date('2026-11-26T12:00:00Z'),
  });
  await make.case(bob, {
    caseNumber: '2026-1122-0003', siteId: amsterdam.id, platform: 'SRX345', priority: 'P1', customerTrackingNumber: 'INC0012345',
    updatedAt: new Date('2026-11-24T12:00:00Z'),
  });
  const gusesCase = await make.case(gus, {
    caseNumber: '2026-1120-0008', customerTrackingNumber: 'ACME-4711', updatedAt: new Date('2026-11-27T12:00:00Z'),
  });
  await make.rma(acme, { rmaNumber: 'R212345', caseId: alicesCase.id, updatedAt: new Date('2026-11-23T12:00:00Z') }, [
    { status: 'SHIPPED', defectiveSerial: 'JN11F3A2BAFA', updatedAt: new Date('2026-11-22T12:00:00Z') },
    { status: 'BOOKED', defectiveSerial: 'JN11F3A2CAFE', updatedAt: new Date('2026-11-22T12:00:00Z') },
  ]);
  await make.rma(globex, { rmaNumber: 'R2123456', caseId: gusesCase.id });
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

async function idsFound(requester: Requester, query: string): Promise<string[]> {
  const result = await searchCases(desk, { requester, query, sortBy: 'id', direction: 'asc' });
  return result.rows.map((row) => row.id);
}

describe('search by case number', () => {
  it('when Alice searches her case in telephone form, then she gets one row with the guide\'s columns', async () => {
    const result = await searchCases(desk, { requester: asContact(world.alice), query: '202611200007#' });

    expect(result.criterion).toEqual({ by: 'case_number', caseNumber: '2026-1120-0007' });
    expect(result.rows).toEqual([{
      kind: 'case', id: '2026-1120-0007', status: 'OPEN', site: { siteId: 'S-SVL-01', name: 'Sunnyvale HQ' },
      contact: { name: 'Alice Archer', email: 'alice@acme.example' }, lastModified: new Date('2026-11-25T12:00:00Z'),
      lastModifiedPacific: '2026-11-25 04:00 PST', platform: 'MX480', priority: 'P2',
    }]);
  });

  it.each([
    ['her colleague Bob', 'bob', []],
    ['Acme\'s administrator', 'ada', ['2026-1120-0007']],
    ['Globex\'s administrator', 'gus', []],
  ] as const)('when %s searches it, then they find %j', async (_who, key, expected) => {
    expect(await idsFound(asContact(world[key]), '2026-1120-0007')).toEqual(expected);
  });

  it('when staff search it, then they find it', async () => {
    expect(await idsFound(asStaff(), '2026-1120-0007')).toEqual(['2026-1120-0007']);
  });
});

describe('search by RMA number and line item', () => {
  it('when Alice searches r212345, then she gets the case it was issued from and a row per RMA line', async () => {
    const result = await searchCases(desk, { requester: asContact(world.alice), query: 'r212345', sortBy: 'id', direction: 'asc' });

    expect(result.criterion).toEqual({ by: 'rma', rmaNumber: 'R212345', lineNumber: null });
    expect(result.rows.map(({ lastModifiedPacific: _shown, ...row }) => row)).toEqual([
      expect.objectContaining({ kind: 'case', id: '2026-1120-0007' }),
      {
        kind: 'rma', id: 'R212345-1', status: 'SHIPPED', site: { siteId: 'S-SVL-01', name: 'Sunnyvale HQ' },
        contact: { name: 'Alice Archer', email: 'alice@acme.example' }, lastModified: new Date('2026-11-23T12:00:00Z'),
        platform: 'MX480', priority: 'P2',
      },
      {
        kind: 'rma', id: 'R212345-2', status: 'BOOKED', site: { siteId: 'S-AMS-02', name: 'Amsterdam DC' },
        contact: { name: 'Alice Archer', email: 'alice@acme.example' }, lastModified: new Date('2026-11-23T12:00:00Z'),
        platform: 'SRX345', priority: 'P2',
      },
    ]);
  });

  it('when Alice searches line item R212345-2, then she gets the case and that line only', async () => {
    expect(await idsFound(asContact(world.alice), 'R212345-2')).toEqual(['2026-1120-0007', 'R212345-2']);
  });

  it('when Alice searches a line the RMA does not have, then she finds nothing', async () => {
    expect(await idsFound(asContact(world.alice), 'R212345-3')).toEqual([]);
  });

  it('when her colleague Bob searches it, then he sees the account\'s RMA lines but not Alice\'s case', async () => {
    expect(await idsFound(asContact(world.bob), 'R212345')).toEqual(['R212345-1', 'R212345-2']);
  });

  it('when Globex\'s administrator searches it, then he finds nothing at all', async () => {
    expect(await idsFound(asContact(world.gus), 'R212345')).toEqual([]);
  });

  it('when staff search Globex\'s seven-digit RMA, then they find its case and line', async () => {
    expect(await idsFound(asStaff(), 'R2123456')).toEqual(['2026-1120-0008', 'R2123456-1']);
  });
});

describe('search by the customer\'s own tracking number', () => {
  it.each(['ACME-4711', 'acme-4711', ' Acme-4711 '])('when Alice types "%s", then she finds her case, not Globex\'s with the same number', async (typed) => {
    const result = await searchCases(desk, { requester: asContact(world.alice), query: typed });

    expect(result.criterion.by).toBe('tracking_number');
    expect(result.rows.map((r) => r.id)).toEqual(['2026-1120-0007']);
  });

  it('when staff search it, then they find both accounts\' cases, most recently modified first', async () => {
    const result = await searchCases(desk, { requester: asStaff(), query: 'acme-4711' });

    expect(result.rows.map((r) => r.id)).toEqual(['2026-1120-0008', '2026-1120-0007']);
  });

  it('when Bob searches Alice\'s tracking number, then he finds nothing', async () => {
    expect(await idsFound(asContact(world.bob), 'ACME-4711')).toEqual([]);
  });

  it('when Alice types a mixed-case tracking number exactly as stored, then she finds it', async () => {
    expect(await idsFound(asContact(world.alice), 'Acme-Ticket-7')).toEqual(['2026-1121-0001']);
  });

  it('when Alice types a mixed-case tracking number in capitals, then she still finds it', async () => {
    expect(await idsFound(asContact(world.alice), 'ACME-TICKET-7')).toEqual(['2026-1121-0001']);
  });
});

describe('all my cases', () => {
  it('when Alice searches nothing, then she gets the cases she opened, most recently modified first', async () => {
    const result = await searchCases(desk, { requester: asContact(world.alice) });

    expect(result.criterion).toEqual({ by: 'all' });
    expect(result.rows.map((r) => r.id)).toEqual(['2026-1121-0001', '2026-1120-0007']);
  });

  it('when Acme\'s administrator sorts the account\'s cases by priority, then P1 comes first', async () => {
    const result = await searchCases(desk, { requester: asContact(world.ada), sortBy: 'priority', direction: 'asc' });

    expect(result.rows.map((r) => [r.id, r.priority])).toEqual([
      ['2026-1122-0003', 'P1'], ['2026-1120-0007', 'P2'], ['2026-1121-0001', 'P4'],
    ]);
  });

  it('when the administrator asks for two, then the two most recently modified are sorted', async () => {
    const result = await searchCases(desk, { requester: asContact(world.ada), limit: 2, sortBy: 'id', direction: 'asc' });

    expect(result.rows.map((r) => r.id)).toEqual(['2026-1120-0007', '2026-1121-0001']);
  });
});
