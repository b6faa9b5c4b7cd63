/**
 * Who is asking. Channels resolve their user to a Requester (a verified customer contact, or staff) before
 * calling a use case; every use case that discloses account data checks visibility here, in one place.
 */
export type ContactRole = 'CONTACT' | 'ACCOUNT_ADMIN';
export type StaffRole = 'REP' | 'ESCALATION' | 'MANAGER' | 'ADMIN' | 'OPERATOR';

export type Requester =
  | { kind: 'contact'; contactId: string; accountId: string; role: ContactRole }
  | { kind: 'staff'; staffId: string; role: StaffRole };

export interface CaseOwnership {
  accountId: string;
  openedById: string;
}

/**
 * The guide: "you only have access to those cases you initiate". An account administrator sees the
 * account's cases; Customer Care staff see every case.
 */
export function canSeeCase(requester: Requester, owner: CaseOwnership): boolean {
  if (requester.kind === 'staff') return true;
  if (requester.accountId !== owner.accountId) return false;
  return requester.role === 'ACCOUNT_ADMIN' || requester.contactId === owner.openedById;
}

/** Installed-base data (devices, contracts, RMAs) is visible to every contact of the owning account. */
export function canSeeAccountData(requester: Requester, accountId: string): boolean {
  return requester.kind === 'staff' || requester.accountId === accountId;
}

export function actorOf(requester: Requester): { actorType: 'CUSTOMER' | 'REP' | 'OPERATOR'; actorId: string } {
  if (requester.kind === 'contact') return { actorType: 'CUSTOMER', actorId: requester.contactId };
  return { actorType: requester.role === 'OPERATOR' ? 'OPERATOR' : 'REP', actorId: requester.staffId };
}
