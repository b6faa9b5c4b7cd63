import { describe, expect, it } from 'vitest';
import { checkEntitlement } from '../../../core/index.ts';
import { createFakeWorld } from '../support/fake-stores.ts';
import { rejection } from '../support/rejection.ts';
import { asContact, asStaff } from '../support/requesters.ts';
import { ACME_ACCOUNT_ID, aContact, aContract, aDevice, dateOnlyValue, GLOBEX_ACCOUNT_ID } from '../support/records.ts';

/** Acme owns a router under an active CORE contract; Globex is another customer of the desk. */
function acmeWithACoveredRouter(options: { now?: string; deskTimeZone?: string } = {}) {
  const world = createFakeWorld(options);
  const alice = world.installedBase.addContact(aContact({ accountId: ACME_ACCOUNT_ID }));
  const globexContact = world.installedBase.addContact(aContact({ accountId: GLOBEX_ACCOUNT_ID }));
  const router = world.installedBase.addDevice(aDevice({ serialNumber: 'JN11F3A2BAFA', platform: 'MX204' }));
  const spare = world.installedBase.addDevice(aDevice({ serialNumber: 'JN11F3A2CAFE' }));
  const contract = world.installedBase.addContract(aContract({
    contractId: 'C4000123', serviceLevel: 'CORE', startDate: dateOnlyValue('2026-01-01'), endDate: dateOnlyValue('2027-12-31'),
  }), router, spare);
  return { world, alice, globexContact, router, contract };
}

describe('checkEntitlement', () => {
  describe('by serial number', () => {
    it('when a contact of the owning account types the serial in lower case with spaces, then they get its entitlement', async () => {
      const { world, alice } = acmeWithACoveredRouter();

      const result = await checkEntitlement(world.deps, { requester: asContact(alice), serialNumber: ' jn11 f3a2 bafa ' });

      expect(result).toMatchObject({
        by: 'serial',
        answer: { serialNumber: 'JN11F3A2BAFA', platform: 'MX204', covered: true, contract: { contractId: 'C4000123' } },
      });
    });

    it('when staff ask about any account\'s serial, then they get its entitlement', async () => {
      const { world } = acmeWithACoveredRouter();

      const result = await checkEntitlement(world.deps, { requester: asStaff(), serialNumber: 'JN11F3A2BAFA' });

      expect(result).toMatchObject({ by: 'serial', answer: { covered: true } });
    });

    it('when a contact of another account asks, then they are told exactly what an unknown serial gets', async () => {
      const { world, globexContact } = acmeWithACoveredRouter();

      const notTheirs = await rejection(checkEntitlement(world.deps, { requester: asContact(globexContact), serialNumber: 'JN11F3A2BAFA' }));
      const unknown = await rejection(checkEntitlement(world.deps, { requester: asContact(globexContact), serialNumber: 'JN99X9X9XXXX' }));

      expect(notTheirs.code).toBe('DEVICE_NOT_FOUND');
      expect(unknown.code).toBe('DEVICE_NOT_FOUND');
      expect(notTheirs.message.replace('JN11F3A2BAFA', '<serial>')).toBe(unknown.message.replace('JN99X9X9XXXX', '<serial>'));
      expect(notTheirs.details).toEqual(unknown.details);
    });

    it('when the text is not a serial number, then it is INVALID_SERIAL_NUMBER', async () => {
      const { world, alice } = acmeWithACoveredRouter();

      const error = await rejection(checkEntitlement(world.deps, { requester: asContact(alice), serialNumber: 'J/1' }));

      expect(error.code).toBe('INVALID_SERIAL_NUMBER');
    });
  });

  describe('by contract ID', () => {
    it('when a contact of the owning account asks, then they get its dates, state and how many serials it covers', async () => {
      const { world, alice } = acmeWithACoveredRouter();

      const result = await checkEntitlement(world.deps, { requester: asContact(alice), contractId: ' C4000123 ' });

      expect(result).toEqual({
        by: 'contract',
        contract: {
          contractId: 'C4000123', serviceLevel: 'CORE', startDate: '2026-01-01', endDate: '2027-12-31', state: 'active',
          coveredSerials: 2, supportsPhoneAndWeb: true,
        },
      });
    });

    it.each([
      ['an active PAR contract', 'PAR', '2026-01-01', '2027-12-31', 'active'],
      ['an expired CORE contract', 'CORE', '2024-01-01', '2025-12-31', 'expired'],
      ['a SAME_DAY contract that has not started', 'SAME_DAY', '2027-01-01', '2027-12-31', 'not_started'],
    ] as const)('when it is %s, then it does not give 24x7 phone and Web support', async (_what, serviceLevel, start, end, state) => {
      const { world, alice } = acmeWithACoveredRouter();
      world.installedBase.addContract(aContract({
        contractId: 'C-OTHER', serviceLevel, startDate: dateOnlyValue(start), endDate: dateOnlyValue(end),
      }));

      const result = await checkEntitlement(world.deps, { requester: asContact(alice), contractId: 'C-OTHER' });

      expect(result).toMatchObject({ by: 'contract', contract: { state, coveredSerials: 0, supportsPhoneAndWeb: false } });
    });

    it('when a contact of another account asks, then they are told exactly what an unknown contract gets', async () => {
      const { world, globexContact } = acmeWithACoveredRouter();

      const notTheirs = await rejection(checkEntitlement(world.deps, { requester: asContact(globexContact), contractId: 'C4000123' }));
      const unknown = await rejection(checkEntitlement(world.deps, { requester: asContact(globexContact), contractId: 'C4999999' }));

      expect([notTheirs.code, unknown.code]).toEqual(['CONTRACT_NOT_FOUND', 'CONTRACT_NOT_FOUND']);
      expect(notTheirs.message.replace('C4000123', '<id>')).toBe(unknown.message.replace('C4999999', '<id>'));
      expect(notTheirs.details).toEqual(unknown.details);
    });
  });

  it.each([
    ['neither a serial nor a contract', {}],
    ['both a serial and a contract', { serialNumber: 'JN11F3A2BAFA', contractId: 'C4000123' }],
  ])('when given %s, then it is INVALID_INPUT', async (_what, query) => {
    const { world, alice } = acmeWithACoveredRouter();

    const error = await rejection(checkEntitlement(world.deps, { requester: asContact(alice), ...query }));

    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('give either a serial number or a contract ID');
  });

  describe('"today" is the desk\'s day', () => {
    // 21:00 on 27 November in Los Angeles, already 05:00 on the 28th in UTC.
    const evening = '2026-11-28T05:00:00Z';

    it.each([
      ['America/Los_Angeles', 'active', true],
      ['UTC', 'expired', false],
    ] as const)('when a contract ends on 27 November and the desk is in %s, then at 05:00 UTC on the 28th it is %s', async (deskTimeZone, state, covered) => {
      const { world, alice, router } = acmeWithACoveredRouter({ now: evening, deskTimeZone });
      world.installedBase.contracts.set('C4000123', aContract({
        contractId: 'C4000123', startDate: dateOnlyValue('2025-11-28'), endDate: dateOnlyValue('2026-11-27'),
      }));

      const result = await checkEntitlement(world.deps, { requester: asContact(alice), serialNumber: router.serialNumber });

      expect(result).toMatchObject({ by: 'serial', answer: { covered, contract: { state } } });
    });
  });
});
