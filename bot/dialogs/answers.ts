/**
 * Look-ups the customer can ask for at any point (also in the middle of opening a case): each calls one core
 * use case and renders its answer. The adapter decides nothing about entitlement or visibility; core does.
 */
import { MessageFactory, type Activity } from 'botbuilder';
import { checkEntitlement, getCaseStatus, getRmaStatus, searchCases, RESPONSE_TARGETS, type Requester } from '../../core/index.ts';
import { casesCard } from '../cards.ts';
import type { ChatServices } from '../ports.ts';
import { wordsFor } from '../replies.ts';

type Reply = Partial<Activity> | string;

/** Runs a look-up; an expected failure (unknown number, not yours) becomes its sentence. */
async function answering(lookup: () => Promise<Reply>, language = 'en'): Promise<Reply> {
  try {
    return await lookup();
  } catch (error) {
    const words = wordsFor(error, language);
    if (words === null) throw error;
    return words;
  }
}

export function caseStatusAnswer(services: ChatServices, requester: Requester, caseNumber: string, language = 'en'): Promise<Reply> {
  return answering(async () => {
    const { case: found, lastModifiedPacific } = await getCaseStatus(services.core, { requester, caseNumber });
    return [
      `Case ${found.caseNumber} is ${found.status === 'OPEN' ? 'open' : 'closed'} (priority ${found.priority}: response ${RESPONSE_TARGETS[found.priority]}).`,
      `Subject: ${found.subject}`,
      `Last modified: ${lastModifiedPacific} (US Pacific).`,
    ].join('\n\n');
  }, language);
}

export function myCasesAnswer(services: ChatServices, requester: Requester, language = 'en'): Promise<Reply> {
  return answering(async () => {
    const { rows } = await searchCases(services.core, { requester, query: '', limit: 20 });
    if (rows.length === 0) return 'You have no cases with us.';
    return MessageFactory.attachment(casesCard(rows), `You have ${rows.length} case(s): ${rows.map((r) => r.id).join(', ')}`);
  }, language);
}

export function rmaStatusAnswer(services: ChatServices, requester: Requester, rma: string, language = 'en'): Promise<Reply> {
  return answering(async () => {
    const answer = await getRmaStatus(services.core, { requester, rma });
    const lines = answer.lines.map((line) => {
      const shipped = line.shippedAt ? `replacement shipped ${line.shippedAt.toISOString().slice(0, 10)}${line.carrier ? ` by ${line.carrier}` : ''}${line.shipmentTracking ? ` (tracking ${line.shipmentTracking})` : ''}` : 'replacement not shipped yet';
      const due = line.returnDueDate ? `; defective unit due back by ${line.returnDueDate.toISOString().slice(0, 10)}${line.returnOverdue ? ' (overdue)' : ''}` : '';
      return `${line.reference}: ${line.status.toLowerCase().replace('_', ' ')}, ${shipped}${due}.`;
    });
    return [`RMA ${answer.rma.rmaNumber} (${answer.rma.type.toLowerCase().replace(/_/g, ' ')}) is ${answer.rma.status.toLowerCase()}.`, ...lines].join('\n\n');
  }, language);
}

export function entitlementAnswer(services: ChatServices, requester: Requester, target: { serialNumber: string } | { contractId: string }, language = 'en'): Promise<Reply> {
  return answering(async () => {
    const result = await checkEntitlement(services.core, { requester, ...target });
    if (result.by === 'contract') {
      const c = result.contract;
      return `Contract ${c.contractId} (${c.serviceLevel}) is ${c.state}, ${c.startDate} to ${c.endDate}, covering ${c.coveredSerials} device(s).` +
        (c.supportsPhoneAndWeb ? ' It entitles you to 24x7 phone and web support.' : '');
    }
    const a = result.answer;
    if (a.covered) {
      return `Yes: ${a.serialNumber} (${a.platform}) is covered by contract ${a.contract?.contractId ?? ''} (${a.contract?.serviceLevel ?? ''}) until ${a.contract?.endDate ?? ''}, with 24x7 phone and web support.` +
        (a.renewalDue ? ' The contract ends within 30 days: time to renew.' : '');
    }
    const options = a.options.length ? ' You can ask Customer Care for a time-and-materials quote, or buy a new support contract through an authorized partner.' : '';
    const why = a.reason === 'PAR_ONLY' ? 'only a partner-delivered (PAR) contract covers it, so support comes from your partner'
      : a.reason === 'CONTRACT_EXPIRED' ? 'its contract has expired'
      : a.reason === 'CONTRACT_NOT_STARTED' ? 'its contract has not started yet'
      : 'no support contract covers it';
    const warranty = a.warranty.status === 'active' ? ` It is still under warranty until ${a.warranty.endDate ?? ''}.` : '';
    return `${a.serialNumber} (${a.platform}) is not entitled to 24x7 support: ${why}.${warranty}${options}`;
  }, language);
}
