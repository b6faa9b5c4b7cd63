/** The three look-up dialogs, and how each finds its identifier in free text. */
import { extractEntities } from '../../core/understanding/extract-entities.ts';
import { caseStatusAnswer, entitlementAnswer, rmaStatusAnswer } from './answers.ts';
import type { LookupSpec } from './lookup-dialog.ts';

export const CASE_STATUS = 'caseStatus';
export const RMA_STATUS = 'rmaStatus';
export const ENTITLEMENT = 'entitlement';

/** Contract IDs are bare digits when typed as the answer to "which contract?". */
const BARE_CONTRACT = /^\s*(\d{6,12})\s*$/;

export function entitlementTarget(identifier: string): { serialNumber: string } | { contractId: string } {
  return identifier.startsWith('contract:') ? { contractId: identifier.slice('contract:'.length) } : { serialNumber: identifier };
}

export const caseStatusSpec: LookupSpec = {
  id: CASE_STATUS,
  ask: 'Which case? Please give its number (for example 2026-1102-0001).',
  retry: 'That is not a case number. Case numbers look like 2026-1102-0001 (or the 12 digits without dashes).',
  find: (text) => extractEntities(text).caseNumbers[0] ?? null,
  answer: (services, requester, caseNumber, language) => caseStatusAnswer(services, requester, caseNumber, language),
};

export const rmaStatusSpec: LookupSpec = {
  id: RMA_STATUS,
  ask: 'Which RMA? Please give its number (for example R2123456, or R2123456-1 for one line).',
  retry: 'That is not an RMA number. RMA numbers look like R2123456 or R2123456-1.',
  find: (text) => extractEntities(text).rmaNumbers[0] ?? null,
  answer: (services, requester, rma, language) => rmaStatusAnswer(services, requester, rma, language),
};

export const entitlementSpec: LookupSpec = {
  id: ENTITLEMENT,
  ask: 'Which device? Please give its serial number (or a support contract ID).',
  retry: 'I could not find a serial number or contract ID in that. Serial numbers look like JN11A2B3C4D5.',
  find: (text) => {
    const entities = extractEntities(text);
    const contract = entities.contractIds[0] ?? BARE_CONTRACT.exec(text)?.[1];
    return entities.serialNumbers[0] ?? (contract ? `contract:${contract}` : null);
  },
  answer: (services, requester, identifier, language) => entitlementAnswer(services, requester, entitlementTarget(identifier), language),
};
