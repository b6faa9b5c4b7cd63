/**
 * The words of careline's automatic email replies. English for now (the issue allows English where no
 * template in the customer's language exists); every text says what happened and what comes next, and
 * none discloses anything about a case the sender may not see.
 */
import type { CaseRecord } from '../core/index.ts';

const SIGNATURE = '\n\n-- \nCustomer Care\nThis is an automatic reply. Answer above this line to add to your case.';

export const replyTexts = {
  caseOpened(record: CaseRecord, promise: { firstContactWithinHours: number; responseTarget: string }): string {
    return `Thank you for contacting Customer Care. We opened case ${record.caseNumber} (priority ${record.priority}) for your request:\n\n  ${record.subject}\n\n`
      + `A Customer Care representative will contact you within ${promise.firstContactWithinHours} hours; the response target for this priority is ${promise.responseTarget}. `
      + `Please keep [Case ${record.caseNumber}] in the subject when you write about it.${SIGNATURE}`;
  },
  notAParticipant(quoted: string, record: CaseRecord): string {
    return `You wrote about case ${quoted}. Only the people of the customer that case belongs to can add to it, and your address is not one of them, `
      + `so we did not add your message to it. We opened a new case for you instead: ${record.caseNumber}. A Customer Care representative will contact you within 24 hours.${SIGNATURE}`;
  },
  notRegistered(contactByText: string, quoted: string | null): string {
    return `Thank you for your message. Your email address is not registered with Customer Care, so we cannot open a case or share case details by email`
      + `${quoted ? ` (including case ${quoted})` : ''}. A Customer Care representative will review your message and contact you by ${contactByText}. `
      + `If you have an account with us, please write from the address registered on it.${SIGNATURE}`;
  },
  caseStatus(record: CaseRecord, lastModified: string): string {
    return `Case ${record.caseNumber}: ${record.status === 'OPEN' ? 'open' : 'closed'}, priority ${record.priority}.\n  ${record.subject}\n  Last modified: ${lastModified}${SIGNATURE}`;
  },
  caseNotFound(caseNumber: string): string {
    return `We could not find case ${caseNumber} among the cases you can see. Please check the number, or write from the address that opened the case.${SIGNATURE}`;
  },
  rmaStatus(lines: string[]): string {
    return `Here is the status of your RMA:\n\n${lines.map((l) => `  ${l}`).join('\n')}${SIGNATURE}`;
  },
  notFound(what: string): string {
    return `We could not find ${what} for your company. Please check the number; a representative can help if you reply to this email.${SIGNATURE}`;
  },
  entitlement(lines: string[]): string {
    return `${lines.join('\n')}${SIGNATURE}`;
  },
  handedOff(record: CaseRecord | null, contactByText: string): string {
    return `${record ? `We opened case ${record.caseNumber} for your request. ` : ''}A Customer Care representative will contact you by ${contactByText}.${SIGNATURE}`;
  },
};
