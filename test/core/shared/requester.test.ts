import { describe, expect, it } from 'vitest';
import { actorOf, canSeeAccountData, canSeeCase, type StaffRole } from '../../../core/index.ts';
import { asContact, asStaff } from '../support/requesters.ts';
import { ACME_ACCOUNT_ID, aContact, GLOBEX_ACCOUNT_ID } from '../support/records.ts';

const alice = aContact({ accountId: ACME_ACCOUNT_ID, role: 'CONTACT' });
const bob = aContact({ accountId: ACME_ACCOUNT_ID, role: 'CONTACT' });
const acmeAdmin = aContact({ accountId: ACME_ACCOUNT_ID, role: 'ACCOUNT_ADMIN' });
const globexAdmin = aContact({ accountId: GLOBEX_ACCOUNT_ID, role: 'ACCOUNT_ADMIN' });
const alicesCase = { accountId: ACME_ACCOUNT_ID, openedById: alice.id };
const STAFF_ROLES: StaffRole[] = ['REP', 'ESCALATION', 'MANAGER', 'ADMIN', 'OPERATOR'];

describe('who may see a case ("you only have access to those cases you initiate")', () => {
  it('a contact sees a case they opened', () => {
    expect(canSeeCase(asContact(alice), alicesCase)).toBe(true);
  });

  it('a contact does not see a colleague\'s case on the same account', () => {
    expect(canSeeCase(asContact(bob), alicesCase)).toBe(false);
  });

  it('an account administrator sees every case of their account', () => {
    expect(canSeeCase(asContact(acmeAdmin), alicesCase)).toBe(true);
  });

  it('an account administrator of another account does not see it', () => {
    expect(canSeeCase(asContact(globexAdmin), alicesCase)).toBe(false);
  });

  it('a contact of another account does not see it even with the opener\'s contact id', () => {
    const impostor = { kind: 'contact', contactId: alice.id, accountId: GLOBEX_ACCOUNT_ID, role: 'CONTACT' } as const;
    expect(canSeeCase(impostor, alicesCase)).toBe(false);
  });

  it.each(STAFF_ROLES)('Customer Care staff (%s) see every case', (role) => {
    expect(canSeeCase(asStaff(role), alicesCase)).toBe(true);
  });
});

describe('who may see installed-base data (devices, contracts, RMAs)', () => {
  it('every contact of the owning account, not only its administrator', () => {
    expect(canSeeAccountData(asContact(bob), ACME_ACCOUNT_ID)).toBe(true);
  });

  it('nobody from another account', () => {
    expect(canSeeAccountData(asContact(globexAdmin), ACME_ACCOUNT_ID)).toBe(false);
  });

  it.each(STAFF_ROLES)('Customer Care staff (%s)', (role) => {
    expect(canSeeAccountData(asStaff(role), ACME_ACCOUNT_ID)).toBe(true);
  });
});

describe('who the audit trail names', () => {
  it('a contact acts as CUSTOMER under their contact id', () => {
    expect(actorOf(asContact(alice))).toEqual({ actorType: 'CUSTOMER', actorId: alice.id });
  });

  it('an operator acts as OPERATOR', () => {
    expect(actorOf(asStaff('OPERATOR', 'ops-1'))).toEqual({ actorType: 'OPERATOR', actorId: 'ops-1' });
  });

  it.each(['REP', 'ESCALATION', 'MANAGER', 'ADMIN'] as const)('a %s acts as REP', (role) => {
    expect(actorOf(asStaff(role, 'rep-7'))).toEqual({ actorType: 'REP', actorId: 'rep-7' });
  });
});
