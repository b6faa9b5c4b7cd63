/** Who is asking, built from the contact records the stories use. */
import type { ContactRecord, Requester, StaffRole } from '../../../core/index.ts';

/** The contact as they are: a CONTACT or an ACCOUNT_ADMIN, as their record says. */
export function asContact(contact: Pick<ContactRecord, 'id' | 'accountId' | 'role'>): Requester {
  return { kind: 'contact', contactId: contact.id, accountId: contact.accountId, role: contact.role };
}

export function asStaff(role: StaffRole = 'REP', staffId = 'rep-ana'): Requester {
  return { kind: 'staff', staffId, role };
}
