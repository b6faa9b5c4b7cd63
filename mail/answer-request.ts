/**
 * A registered contact's new request by email, answered through the same core use cases as chat: a status
 * look-up (case, RMA, entitlement) is answered at once; a request for a person or an escalation opens a case
 * and hands off; everything else — including account-changing requests (licence transfers, registrations),
 * which careline never executes from an email — opens an Admin Service Request that a representative works.
 */
import {
  checkEntitlement, getCaseStatus, getRmaStatus, isCarelineError, openAdminCase, requestHandoff,
  type AdminCategory, type CaseRecord, type ContactRecord, type CoreDeps, type HandoffDeps, type Requester,
} from '../core/index.ts';
import type { Intent } from '../core/understanding/intents.ts';
import type { Understanding } from '../core/understanding/understand.ts';
import { replyTexts, type ReplyPart } from './reply-texts.ts';
import type { MailMessage } from './read-mail.ts';
import { senderTrust } from './sender-trust.ts';

export interface RequestAnswer {
  outcome: string;
  caseNumber: string | null;
  reply: ReplyPart;
}

export interface AnswerDeps {
  core: CoreDeps;
  handoff: HandoffDeps;
  /** authserv-ids whose Authentication-Results careline trusts; empty: the topmost header, whoever wrote it. */
  trustedAuthServers?: string[];
}

/** Requests that would change the account: never executed from an email, and the rep is told whether to trust it. */
const ACCOUNT_CHANGING: ReadonlySet<string> = new Set(['license_transfer', 'product_registration', 'account_access', 'ecert_activation']);

const CATEGORY: Partial<Record<Intent, AdminCategory>> = {
  license_transfer: 'license_management', product_registration: 'product_registration', ecert_activation: 'ecertificate',
  account_access: 'account_access', misship_report: 'misship', entitlement_check: 'entitlement', rma_status: 'rma_status',
};

export function requesterOf(contact: ContactRecord): Requester {
  return { kind: 'contact', contactId: contact.id, accountId: contact.accountId, role: contact.role };
}

export async function openCaseFromMail(deps: AnswerDeps, contact: ContactRecord, mail: MailMessage, text: string, request: Understanding | null) {
  const subject = (mail.subject.trim() || text.split('\n').find((l) => l.trim()) || 'Email request').slice(0, 200);
  const trust = senderTrust(mail, deps.trustedAuthServers);
  const caution = request && ACCOUNT_CHANGING.has(request.intent)
    ? `\n\n[careline] Account-changing request by email. Sender ${trust.authenticated ? `authenticated (${trust.evidence})` : `NOT authenticated (${trust.evidence}): confirm with the contact on file before acting`}.`
    : '';
  return openAdminCase(deps.core, {
    requester: requesterOf(contact), channel: 'EMAIL',
    category: (request && CATEGORY[request.intent]) ?? 'other',
    priority: request?.entities.priority ?? 'P3',
    subject, description: `${(text.trim() || subject).slice(0, 19_000)}${caution}`,
    serialNumber: request?.entities.serialNumbers[0] ?? null,
    contractNumber: request?.entities.contractIds[0] ?? null,
    customerTrackingNumber: request?.entities.trackingNumbers[0] ?? null,
    language: request && request.language !== 'und' ? request.language : contact.preferredLanguage,
    // A retry of the same mail (after a crash) finds the case the first attempt opened.
    idempotencyKey: `email:${mail.messageId}`.slice(0, 200),
  });
}

export async function handOff(deps: AnswerDeps, input: { mail: MailMessage; contact: ContactRecord | null; record: CaseRecord | null; reason: string; intent: string | null; text: string; language?: string }) {
  const trust = senderTrust(input.mail, deps.trustedAuthServers);
  return requestHandoff(deps.handoff, {
    // One conversation per case (or per mail without a case): asking again returns the active handoff.
    conversation: { channel: 'EMAIL', externalId: input.record ? `case:${input.record.caseNumber}` : input.mail.messageId, contactId: input.contact?.id ?? null, language: input.language ?? input.contact?.preferredLanguage ?? 'en', reference: { replyTo: input.mail.replyTo ?? input.mail.from?.address ?? null } },
    caseNumber: input.record?.caseNumber ?? null,
    priority: input.record?.priority ?? 'P3',
    reason: input.reason,
    packet: {
      intent: input.intent, identifiers: { email: input.mail.from?.address ?? null, senderAuthentication: trust.evidence },
      identityVerified: input.contact !== null && trust.authenticated,
      transcript: [{ from: 'customer', text: input.text.slice(0, 20_000), at: (input.mail.date ?? new Date()).toISOString() }],
    },
  });
}

export async function answerRequest(deps: AnswerDeps, contact: ContactRecord, mail: MailMessage, text: string, request: Understanding | null): Promise<RequestAnswer> {
  const requester = requesterOf(contact);
  const entities = request?.entities;
  const intent = request && !request.unsure ? request.intent : null;
  try {
    if (intent === 'case_status' && entities?.caseNumbers[0]) {
      const caseNumber = entities.caseNumbers[0];
      try {
        const status = await getCaseStatus(deps.core, { requester, caseNumber });
        return { outcome: 'answered_case_status', caseNumber: status.case.caseNumber, reply: replyTexts.caseStatus(status.case, status.lastModifiedPacific) };
      } catch (error) {
        if (isCarelineError(error, 'CASE_NOT_FOUND')) return { outcome: 'answered_case_not_found', caseNumber: null, reply: replyTexts.caseNotFound(caseNumber) };
        throw error;
      }
    }
    if (intent === 'rma_status' && entities?.rmaNumbers[0]) {
      const rma = entities.rmaNumbers[0];
      try {
        const status = await getRmaStatus(deps.core, { requester, rma });
        const lines = status.lines.map((l) => `${l.reference}: ${l.status.toLowerCase().replace('_', ' ')}${l.shipmentTracking ? `, ${l.carrier ?? 'carrier'} tracking ${l.shipmentTracking}` : ''}${l.returnDueDate ? `, defective unit due back ${l.returnDueDate.toISOString().slice(0, 10)}` : ''}`);
        return { outcome: 'answered_rma_status', caseNumber: status.rma.caseNumber, reply: replyTexts.rmaStatus(lines) };
      } catch (error) {
        if (isCarelineError(error, 'RMA_NOT_FOUND')) return { outcome: 'answered_rma_not_found', caseNumber: null, reply: replyTexts.notFound('rma', rma) };
        throw error;
      }
    }
    if (intent === 'entitlement_check' && (entities?.serialNumbers[0] || entities?.contractIds[0])) {
      const serial = entities.serialNumbers[0];
      const lookup = serial ? { serialNumber: serial } : { contractId: entities.contractIds[0] ?? '' };
      try {
        const result = await checkEntitlement(deps.core, { requester, ...lookup });
        const reply = result.by === 'serial' ? replyTexts.entitlementSerial(result.answer) : replyTexts.entitlementContract(result.contract);
        return { outcome: 'answered_entitlement', caseNumber: null, reply };
      } catch (error) {
        if (isCarelineError(error, 'DEVICE_NOT_FOUND') || isCarelineError(error, 'CONTRACT_NOT_FOUND')) {
          return { outcome: 'answered_entitlement_not_found', caseNumber: null, reply: (serial ? replyTexts.notFound('serialNumber', serial) : replyTexts.notFound('contract', entities.contractIds[0] ?? '')) };
        }
        throw error;
      }
    }
  } catch (error) {
    // A malformed identifier the customer typed: a person reads it instead of the bot guessing.
    if (!isCarelineError(error)) throw error;
  }
  const opened = await openCaseFromMail(deps, contact, mail, text, request);
  if (intent === 'human_handoff' || intent === 'escalation') {
    const handoff = await handOff(deps, { mail, contact, record: opened.case, reason: intent === 'escalation' ? 'customer asked to escalate by email' : 'customer asked for a person by email', intent, text });
    return { outcome: 'handed_off', caseNumber: opened.case.caseNumber, reply: replyTexts.handedOff(opened.case, handoff.contactByText) };
  }
  return { outcome: 'opened_case', caseNumber: opened.case.caseNumber, reply: replyTexts.caseOpened(opened.case, opened.promise) };
}
