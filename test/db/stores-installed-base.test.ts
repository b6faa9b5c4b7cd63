/**
 * The installed base on PostgreSQL: entitlement by serial number and by contract ID read from real rows
 * (date-only columns, coverages), the store's look-ups, and strangers told nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntitlement, type CoreDeps } from '../../core/index.ts';
import { createStores } from '../../db/stores/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { dateOnly, factories } from '../support/factories.ts';
import { DESK_MORNING, DESK_TIME_ZONE, fixedClock } from '../core/support/clock.ts';
import { asContact, asStaff } from '../core/support/requesters.ts';
import { rejection } from '../core/support/rejection.ts';

let db: TestDatabase;
let desk: CoreDeps;
let world: Awaited<ReturnType<typeof acmesInstalledBase>>;

/**
 * Acme, desk day 2026-11-27:
 *   JN11F3A2BAFA  MX480   warranty ended 2025-01-15  CORE C4000123 (2026-01-01..2027-12-31, active) and
 *                                                     SAME_DAY C3000999 (2024-01-01..2025-12-31, expired)
 *   JN11F3A2CAFE  SRX345  warranty until 2027-03-01  PAR C5000001 only (active)
 *   JN11F3A2DEAD  EX4300  warranty ended 2024-06-30  no contract
 *   JN11F3A2BEEF  EX4300  no warranty on record      C4000123 too
 */
async function acmesInstalledBase(db: TestDatabase) {
  const make = factories(db.prisma);
  const acme = await make.account({ name: 'Acme' });
  const globex = await make.account({ name: 'Globex' });
  const alice = await make.contact(acme, { email: 'alice@acme.example', name: 'Alice Archer', phone: '+1 408 555 0100' });
  const gus = await make.contact(globex, { role: 'ACCOUNT_ADMIN' });
  const site = await make.site(acme, { siteId: 'S-SVL-01', name: 'Sunnyvale HQ', country: 'US' });
  const router = await make.device(acme, {
    serialNumber: 'JN11F3A2BAFA', platform: 'MX480', sku: 'MX480-PREM-AC', siteId: site.id, warrantyEnd: dateOnly('2025-01-15'),
    shipDate: dateOnly('2024-01-10'), orderedDirect: true, salesOrder: 'SO-77881',
  });
  const firewall = await make.device(acme, { serialNumber: 'JN11F3A2CAFE', platform: 'SRX345', warrantyEnd: dateOnly('2027-03-01') });
  await make.device(acme, { serialNumber: 'JN11F3A2DEAD', platform: 'EX4300', warrantyEnd: dateOnly('2024-06-30') });
  const spare = await make.device(acme, { serialNumber: 'JN11F3A2BEEF', platform: 'EX4300', warrantyEnd: null });
  await make.contract(acme, {
    contractId: 'C4000123', serviceLevel: 'CORE', startDate: dateOnly('2026-01-01'), endDate: dateOnly('2027-12-31'),
  }, [router, spare]);
  await make.contract(acme, {
    contractId: 'C3000999', serviceLevel: 'SAME_DAY', startDate: dateOnly('2024-01-01'), endDate: dateOnly('2025-12-31'),
  }, [router]);
  await make.contract(acme, {
    contractId: 'C5000001', serviceLevel: 'PAR', startDate: dateOnly('2026-06-01'), endDate: dateOnly('2027-05-31'),
  }, [firewall]);
  return { acme, alice, gus, site };
}

beforeAll(async () => {
  db = await createTestDatabase();
  desk = { clock: fixedClock(DESK_MORNING), deskTimeZone: DESK_TIME_ZONE, ...createStores(db.prisma) };
  world = await acmesInstalledBase(db);
});

afterAll(async () => {
  await db.drop();
});

describe('entitlement by serial number, from the database', () => {
  it('when Alice asks about a router under an active CORE contract and an expired SAME_DAY one, then the CORE contract covers it', async () => {
    const result = await checkEntitlement(desk, { requester: asContact(world.alice), serialNumber: 'jn11f3a2bafa' });

    expect(result).toEqual({
      by: 'serial',
      answer: {
        serialNumber: 'JN11F3A2BAFA', platform: 'MX480', status: 'covered', covered: true, reason: 'ACTIVE_CONTRACT',
        contract: { contractId: 'C4000123', serviceLevel: 'CORE', startDate: '2026-01-01', endDate: '2027-12-31', state: 'active' },
        entitlements: ['PHONE_SUPPORT_24X7', 'WEB_SUPPORT_24X7', 'SOFTWARE_DOWNLOADS', 'ADVANCE_REPLACEMENT'],
        warranty: { status: 'expired', endDate: '2025-01-15' },
        expiresInDays: 399, renewalDue: false, options: [],
        contracts: [
          { contractId: 'C4000123', serviceLevel: 'CORE', startDate: '2026-01-01', endDate: '2027-12-31', state: 'active' },
          { contractId: 'C3000999', serviceLevel: 'SAME_DAY', startDate: '2024-01-01', endDate: '2025-12-31', state: 'expired' },
        ],
      },
    });
  });

  it('when she asks about a firewall with only a PAR contract and a warranty in force, then it is warranty only with partner support', async () => {
    const result = await checkEntitlement(desk, { requester: asContact(world.alice), serialNumber: 'JN11F3A2CAFE' });

    expect(result).toMatchObject({
      by: 'serial',
      answer: {
        status: 'warranty_only', covered: false, reason: 'PAR_ONLY', contract: { contractId: 'C5000001', state: 'active' },
        entitlements: ['PARTNER_SUPPORT', 'WARRANTY_HARDWARE_REPAIR'], options: [],
        warranty: { status: 'active', endDate: '2027-03-01' },
      },
    });
  });

  it('when she asks about a switch with no contract and an expired warranty, then she is offered time and materials or a partner contract', async () => {
    const result = await checkEntitlement(desk, { requester: asContact(world.alice), serialNumber: 'JN11F3A2DEAD' });

    expect(result).toMatchObject({
      by: 'serial',
      answer: {
        status: 'not_covered', covered: false, reason: 'NO_CONTRACT', contract: null, entitlements: [], contracts: [],
        options: ['TIME_AND_MATERIALS_QUOTE', 'BUY_CONTRACT_FROM_PARTNER'],
      },
    });
  });

  it('when Globex\'s administrator asks about Acme\'s router, then it is DEVICE_NOT_FOUND, worded as for an unknown serial', async () => {
    const notTheirs = await rejection(checkEntitlement(desk, { requester: asContact(world.gus), serialNumber: 'JN11F3A2BAFA' }));
    const unknown = await rejection(checkEntitlement(desk, { requester: asContact(world.gus), serialNumber: 'JN99X9X9XXXX' }));

    expect([notTheirs.code, unknown.code]).toEqual(['DEVICE_NOT_FOUND', 'DEVICE_NOT_FOUND']);
    expect(notTheirs.message.replace('JN11F3A2BAFA', '<serial>')).toBe(unknown.message.replace('JN99X9X9XXXX', '<serial>'));
  });
});

describe('entitlement by contract ID, from the database', () => {
  it('when Alice asks about C4000123, then she gets its dates, state and the two serials it covers', async () => {
    const result = await checkEntitlement(desk, { requester: asContact(world.alice), contractId: 'C4000123' });

    expect(result).toEqual({
      by: 'contract',
      contract: {
        contractId: 'C4000123', serviceLevel: 'CORE', startDate: '2026-01-01', endDate: '2027-12-31', state: 'active',
        coveredSerials: 2, supportsPhoneAndWeb: true,
      },
    });
  });

  it.each([
    ['the expired SAME_DAY contract', 'C3000999', 'expired', 1],
    ['the PAR contract', 'C5000001', 'active', 1],
  ] as const)('when staff ask about %s, then it does not give 24x7 phone and Web support', async (_what, contractId, state, coveredSerials) => {
    const result = await checkEntitlement(desk, { requester: asStaff(), contractId });

    expect(result).toMatchObject({ by: 'contract', contract: { contractId, state, coveredSerials, supportsPhoneAndWeb: false } });
  });

  it('when Globex\'s administrator asks about Acme\'s contract, then it is CONTRACT_NOT_FOUND, worded as for an unknown one', async () => {
    const notTheirs = await rejection(checkEntitlement(desk, { requester: asContact(world.gus), contractId: 'C4000123' }));
    const unknown = await rejection(checkEntitlement(desk, { requester: asContact(world.gus), contractId: 'C4999999' }));

    expect([notTheirs.code, unknown.code]).toEqual(['CONTRACT_NOT_FOUND', 'CONTRACT_NOT_FOUND']);
    expect(notTheirs.message.replace('C4000123', '<id>')).toBe(unknown.message.replace('C4999999', '<id>'));
  });
});

describe('the desk\'s "today" against date-only columns', () => {
  it('when a contract ends on 27 November, then at 21:00 that evening in Los Angeles (05:00 UTC on the 28th) it still covers', async () => {
    const make = factories(db.prisma);
    const device = await make.device(world.acme, { serialNumber: 'JN11F3A2FEED' });
    await make.contract(world.acme, { startDate: dateOnly('2025-11-28'), endDate: dateOnly('2026-11-27') }, [device]);
    const lateEvening = { ...desk, clock: fixedClock('2026-11-28T05:00:00Z') };
    const nextMorning = { ...desk, clock: fixedClock('2026-11-28T16:00:00Z') };

    const evening = await checkEntitlement(lateEvening, { requester: asContact(world.alice), serialNumber: 'JN11F3A2FEED' });
    const morning = await checkEntitlement(nextMorning, { requester: asContact(world.alice), serialNumber: 'JN11F3A2FEED' });

    expect(evening).toMatchObject({ answer: { covered: true, expiresInDays: 0, renewalDue: true, contract: { endDate: '2026-11-27' } } });
    expect(morning).toMatchObject({ answer: { covered: false, reason: 'CONTRACT_EXPIRED' } });
  });
});

describe('the installed-base store\'s look-ups', () => {
  it('finds a contact by e-mail whatever its case and surrounding spaces', async () => {
    const contact = await desk.installedBase.findContactByEmail('  Alice@ACME.example ');

    expect(contact).toEqual({
      id: world.alice.id, accountId: world.acme.id, name: 'Alice Archer', email: 'alice@acme.example', phone: '+1 408 555 0100',
      preferredLanguage: 'en', role: 'CONTACT',
    });
  });

  it('answers null, not a database error, for a contact id that is not a uuid', async () => {
    expect(await desk.installedBase.findContactById('alice')).toBeNull();
    expect(await desk.installedBase.findContactById(world.alice.id)).toMatchObject({ email: 'alice@acme.example' });
  });

  it('finds a site by its public site ID, with the account it belongs to', async () => {
    expect(await desk.installedBase.findSite('S-SVL-01')).toEqual({
      id: world.site.id, siteId: 'S-SVL-01', accountId: world.acme.id, name: 'Sunnyvale HQ', country: 'US',
    });
    expect(await desk.installedBase.findSite('S-NOWHERE')).toBeNull();
  });

  it('returns a device with its site and every contract covering it, whatever their dates', async () => {
    const found = await desk.installedBase.findDevice('JN11F3A2BAFA');

    expect(found?.device).toEqual({
      serialNumber: 'JN11F3A2BAFA', accountId: world.acme.id, platform: 'MX480', sku: 'MX480-PREM-AC',
      site: { siteId: 'S-SVL-01', name: 'Sunnyvale HQ' }, shipDate: dateOnly('2024-01-10'), warrantyEnd: dateOnly('2025-01-15'),
      orderedDirect: true, salesOrder: 'SO-77881',
    });
    expect(found?.contracts.map((c) => c.contractId).sort()).toEqual(['C3000999', 'C4000123']);
  });
});
