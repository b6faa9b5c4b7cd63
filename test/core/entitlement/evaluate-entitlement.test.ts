import { describe, expect, it } from 'vitest';
import { evaluateEntitlement, type ContractRecord, type Entitlement, type ServiceLevel } from '../../../core/index.ts';
import { aContract, aDevice, dateOnlyValue } from '../support/records.ts';

const TODAY = '2026-11-27';
const day = (offset: number): Date => dateOnlyValue(TODAY, offset);

/** The three warranty situations every contract situation is combined with. */
const WARRANTIES = [
  { warranty: 'active', warrantyEnd: day(+90), endDate: '2027-02-25' },
  { warranty: 'expired', warrantyEnd: day(-1), endDate: '2026-11-26' },
  { warranty: 'unknown', warrantyEnd: null, endDate: null },
] as const;

const activeContract = (serviceLevel: ServiceLevel, overrides: Partial<ContractRecord> = {}) =>
  aContract({ serviceLevel, startDate: day(-100), endDate: day(+200), ...overrides });

describe('entitlement of a serial number (the guide\'s Serial Number Entitlement Search)', () => {
  describe.each([
    ['CORE', 'ADVANCE_REPLACEMENT'],
    ['NEXT_DAY', 'NEXT_DAY_ADVANCE_REPLACEMENT'],
    ['SAME_DAY', 'SAME_DAY_ADVANCE_REPLACEMENT'],
  ] as const)('when the device has an active %s contract', (serviceLevel, hardware) => {
    it.each(WARRANTIES)('and its warranty is $warranty, then it is covered for 24x7 phone and Web support and ' + hardware,
      ({ warranty, warrantyEnd, endDate }) => {
        const device = aDevice({ serialNumber: 'JN11F3A2BAFA', platform: 'SRX345', warrantyEnd });
        const contract = activeContract(serviceLevel, { contractId: 'C4000123' });

        const answer = evaluateEntitlement(device, [contract], TODAY);

        expect(answer).toMatchObject({
          serialNumber: 'JN11F3A2BAFA', platform: 'SRX345', status: 'covered', covered: true, reason: 'ACTIVE_CONTRACT',
          contract: { contractId: 'C4000123', serviceLevel, startDate: '2026-08-19', endDate: '2027-06-15', state: 'active' },
          expiresInDays: 200, renewalDue: false, options: [], warranty: { status: warranty, endDate },
        });
        expect(answer.entitlements).toEqual(['PHONE_SUPPORT_24X7', 'WEB_SUPPORT_24X7', 'SOFTWARE_DOWNLOADS', hardware]);
      });
  });

  /**
   * Not covered for 24x7 support: what the customer still has and what they are offered. The guide offers time
   * and materials or a new contract only when the serial is not entitled AND its warranty is not in force.
   */
  const NOT_COVERED = [
    { situation: 'has only an active PAR (partner-delivered) contract', reason: 'PAR_ONLY', state: 'active',
      contracts: () => [activeContract('PAR')], partnerSupport: true },
    { situation: 'has a contract that starts next month', reason: 'CONTRACT_NOT_STARTED', state: 'not_started',
      contracts: () => [aContract({ startDate: day(+30), endDate: day(+395) })], partnerSupport: false },
    { situation: 'has a contract that ended last month', reason: 'CONTRACT_EXPIRED', state: 'expired',
      contracts: () => [aContract({ startDate: day(-395), endDate: day(-30) })], partnerSupport: false },
    { situation: 'has no contract', reason: 'NO_CONTRACT', state: null, contracts: () => [], partnerSupport: false },
  ] as const;

  describe.each(NOT_COVERED)('when the device $situation', ({ reason, state, contracts, partnerSupport }) => {
    const partner: Entitlement[] = partnerSupport ? ['PARTNER_SUPPORT'] : [];

    it('and its warranty is active, then it is not covered for 24x7 support but repaired under warranty, with no options to buy', () => {
      const answer = evaluateEntitlement(aDevice({ warrantyEnd: day(+90) }), contracts(), TODAY);

      expect(answer).toMatchObject({ status: 'warranty_only', covered: false, reason, expiresInDays: null, renewalDue: false });
      expect(answer.contract?.state ?? null).toBe(state);
      expect(answer.entitlements).toEqual([...partner, 'WARRANTY_HARDWARE_REPAIR']);
      expect(answer.options).toEqual([]);
    });

    it.each(['expired', 'unknown'] as const)('and its warranty is %s, then it is offered time and materials or a contract from a partner',
      (warranty) => {
        const warrantyEnd = warranty === 'expired' ? day(-1) : null;

        const answer = evaluateEntitlement(aDevice({ warrantyEnd }), contracts(), TODAY);

        expect(answer).toMatchObject({ status: 'not_covered', covered: false, reason, warranty: { status: warranty } });
        expect(answer.contract?.state ?? null).toBe(state);
        expect(answer.entitlements).toEqual(partner);
        expect(answer.options).toEqual(['TIME_AND_MATERIALS_QUOTE', 'BUY_CONTRACT_FROM_PARTNER']);
      });
  });

  describe('when the covering contract nears its end', () => {
    it.each([
      [0, true],
      [29, true],
      [30, true],
      [31, false],
    ])('and ends in %i days, then renewal due is %s', (daysLeft, renewalDue) => {
      const answer = evaluateEntitlement(aDevice(), [activeContract('CORE', { endDate: day(daysLeft) })], TODAY);

      expect(answer).toMatchObject({ covered: true, expiresInDays: daysLeft, renewalDue });
    });
  });

  describe('date boundaries (contracts are date-only, inclusive)', () => {
    it('a contract ending today is still active', () => {
      const answer = evaluateEntitlement(aDevice(), [aContract({ startDate: day(-365), endDate: day(0) })], TODAY);
      expect(answer).toMatchObject({ covered: true, contract: { state: 'active', endDate: TODAY } });
    });

    it('a contract starting today is already active', () => {
      const answer = evaluateEntitlement(aDevice(), [aContract({ startDate: day(0), endDate: day(365) })], TODAY);
      expect(answer).toMatchObject({ covered: true, contract: { state: 'active', startDate: TODAY } });
    });

    it('a contract starting tomorrow has not started', () => {
      const answer = evaluateEntitlement(aDevice(), [aContract({ startDate: day(+1), endDate: day(365) })], TODAY);
      expect(answer).toMatchObject({ covered: false, reason: 'CONTRACT_NOT_STARTED', contract: { state: 'not_started' } });
    });

    it('a contract that ended yesterday has expired', () => {
      const answer = evaluateEntitlement(aDevice(), [aContract({ startDate: day(-365), endDate: day(-1) })], TODAY);
      expect(answer).toMatchObject({ covered: false, reason: 'CONTRACT_EXPIRED', contract: { state: 'expired' } });
    });

    it('a warranty ending today is still active', () => {
      const answer = evaluateEntitlement(aDevice({ warrantyEnd: day(0) }), [], TODAY);
      expect(answer).toMatchObject({ status: 'warranty_only', warranty: { status: 'active', endDate: TODAY }, options: [] });
    });
  });

  describe('when several contracts cover the device', () => {
    it('an active CORE contract wins over an expired SAME_DAY one, and both are listed, latest end first', () => {
      const expiredSameDay = aContract({ contractId: 'C-OLD', serviceLevel: 'SAME_DAY', startDate: day(-400), endDate: day(-35) });
      const activeCore = activeContract('CORE', { contractId: 'C-NOW' });

      const answer = evaluateEntitlement(aDevice(), [expiredSameDay, activeCore], TODAY);

      expect(answer).toMatchObject({ covered: true, contract: { contractId: 'C-NOW' } });
      expect(answer.entitlements).toContain('ADVANCE_REPLACEMENT');
      expect(answer.entitlements).not.toContain('SAME_DAY_ADVANCE_REPLACEMENT');
      expect(answer.contracts.map((c) => [c.contractId, c.state])).toEqual([['C-NOW', 'active'], ['C-OLD', 'expired']]);
    });

    it('an active CORE contract wins over an active PAR one', () => {
      const answer = evaluateEntitlement(aDevice(), [activeContract('PAR', { contractId: 'C-PAR', endDate: day(+900) }),
        activeContract('CORE', { contractId: 'C-CORE' })], TODAY);

      expect(answer).toMatchObject({ covered: true, reason: 'ACTIVE_CONTRACT', contract: { contractId: 'C-CORE' } });
      expect(answer.entitlements).not.toContain('PARTNER_SUPPORT');
    });

    it('of two active contracts of one level, the answer rests on the one that lasts longer: no renewal due while the renewal is in place', () => {
      const ending = activeContract('CORE', { contractId: 'C-ENDING', endDate: day(+10) });
      const renewal = activeContract('CORE', { contractId: 'C-RENEWAL', startDate: day(-5), endDate: day(+375) });

      const answer = evaluateEntitlement(aDevice(), [ending, renewal], TODAY);

      expect(answer).toMatchObject({ contract: { contractId: 'C-RENEWAL' }, expiresInDays: 375, renewalDue: false });
    });

    it('the active contract with the best service level wins over a lesser one that ends later', () => {
      const sameDay = activeContract('SAME_DAY', { contractId: 'C-SAME-DAY', endDate: day(+60) });
      const core = activeContract('CORE', { contractId: 'C-CORE', endDate: day(+300) });

      const answer = evaluateEntitlement(aDevice(), [core, sameDay], TODAY);

      expect(answer.contract?.contractId).toBe('C-SAME-DAY');
      expect(answer.entitlements).toContain('SAME_DAY_ADVANCE_REPLACEMENT');
    });

    it('with nothing active, the answer rests on the contract that starts next', () => {
      const later = aContract({ contractId: 'C-LATER', startDate: day(+60), endDate: day(+425) });
      const sooner = aContract({ contractId: 'C-SOONER', startDate: day(+10), endDate: day(+375) });
      const past = aContract({ contractId: 'C-PAST', startDate: day(-400), endDate: day(-40) });

      const answer = evaluateEntitlement(aDevice({ warrantyEnd: null }), [later, past, sooner], TODAY);

      expect(answer).toMatchObject({ reason: 'CONTRACT_NOT_STARTED', contract: { contractId: 'C-SOONER', state: 'not_started' } });
    });

    it('with only expired contracts, the answer rests on the last to end', () => {
      const older = aContract({ contractId: 'C-2023', startDate: day(-1100), endDate: day(-735) });
      const newer = aContract({ contractId: 'C-2025', startDate: day(-400), endDate: day(-35) });

      const answer = evaluateEntitlement(aDevice(), [older, newer], TODAY);

      expect(answer).toMatchObject({ reason: 'CONTRACT_EXPIRED', contract: { contractId: 'C-2025', endDate: '2026-10-23' } });
    });
  });
});
