/**
 * What careline does with one inbound mail it could read. Never answers anything but customer mail (no
 * ping-pong with robots); records bounces against the contact; threads replies to their case only when the
 * sender belongs to it (a contact of the case's account), and otherwise opens a new case and says why;
 * hands mail from unregistered addresses to a representative; and sends at most `repliesPerHour` automatic
 * replies to one address per hour (RFC 3834: a loop with a robot that ignores every header stops there).
 */
import { isCarelineError, type CaseRecord, type ContactRecord } from '../core/index.ts';
import { DEFAULT_ATTACHMENT_LIMITS, keepAttachments, type AttachmentLimits } from './attachments.ts';
import { answerRequest, handOff, openCaseFromMail, type AnswerDeps } from './answer-request.ts';
import { composeReply } from './compose-reply.ts';
import { findThread } from './find-thread.ts';
import type { InspectedMail } from './inspect-mail.ts';
import type { MessageIdSigner } from './message-id.ts';
import type { InboundMailStore, MailOutcome } from './ports.ts';
import { readBounce } from './read-bounce.ts';
import type { MailMessage } from './read-mail.ts';
import { renderReply, replyLanguage, replyTexts, type ReplyPart } from './reply-texts.ts';

export interface RoutingDeps extends AnswerDeps {
  signer: MessageIdSigner;
  inbound: Pick<InboundMailStore, 'caseOfMessageIds' | 'automaticRepliesTo'>;
  repliesPerHour: number;
  /** careline's own addresses: mail From them is never answered. */
  ownAddresses: string[];
  /** Size limits of the attachments kept with a case (default 10 MB each, 20 MB per mail). */
  attachmentLimits?: AttachmentLimits;
}

/** Outcomes where the mail opened or joined a case: its attachments are kept with that case. */
const KEEPS_ATTACHMENTS: ReadonlySet<string> = new Set(['opened_case', 'opened_case_not_participant', 'handed_off', 'joined_case', 'joined_case+handed_off']);

export class UnroutableMail extends Error {
  override readonly name = 'UnroutableMail';
}

const silent = (kind: MailOutcome['kind'], outcome: string, extra: Partial<MailOutcome> = {}): MailOutcome =>
  ({ kind, outcome, caseNumber: null, contactId: null, transcript: null, reply: null, attachments: null, bounce: null, ...extra });

export async function routeMail(deps: RoutingDeps, inspected: InspectedMail & { mail: MailMessage }): Promise<MailOutcome> {
  const { mail, kind } = inspected;
  if (kind === 'unparseable') throw new UnroutableMail(inspected.reason);
  if (kind === 'bounce') {
    const report = await readBounce(mail);
    if (!report.address) return silent('bounce', 'no_reply_bounce_unattributed');
    const contact = await deps.core.installedBase.findContactByEmail(report.address);
    return silent('bounce', 'no_reply_bounce', { contactId: contact?.id ?? null, bounce: { address: report.address, contactId: contact?.id ?? null, bouncedMessageId: report.bouncedMessageId, diagnostic: report.diagnostic } });
  }
  if (kind !== 'customer') return silent(kind, `no_reply_${kind}`);
  const sender = mail.from?.address;
  if (!sender) throw new UnroutableMail('no sender address');
  if (deps.ownAddresses.includes(sender)) return silent('own', 'no_reply_own');

  const text = inspected.text ?? '';
  const contact = await deps.core.installedBase.findContactByEmail(sender);
  const thread = await findThread(deps, mail);
  const threadCase = thread ? await deps.core.cases.findCaseByNumber(thread.caseNumber) : null;

  let decided: { outcome: string; caseNumber: string | null; reply: ReplyPart | null; transcript: boolean };
  // The contact's language, else the one the mail is written in, where careline has templates; English otherwise.
  const detected = inspected.request && inspected.request.language !== 'und' ? inspected.request.language : null;
  const language = replyLanguage(contact?.preferredLanguage, detected);
  if (threadCase && contact && contact.accountId === threadCase.accountId) {
    decided = await continueCase(deps, contact, threadCase, inspected);
  } else if (!contact) {
    const handoff = await handOff(deps, { mail, contact: null, record: null, reason: 'email from an address that is not registered', intent: inspected.request?.intent ?? null, text, language });
    decided = { outcome: 'not_registered', caseNumber: null, reply: replyTexts.notRegistered(handoff.contactByText, thread?.caseNumber ?? null), transcript: false };
  } else if (thread) {
    // Knowing a case number proves nothing: a forward, a guess. The sender gets a case of their own.
    const opened = await openCaseFromMail(deps, contact, mail, text, inspected.request);
    decided = { outcome: 'opened_case_not_participant', caseNumber: opened.case.caseNumber, reply: replyTexts.notAParticipant(thread.caseNumber, opened.case), transcript: false };
  } else {
    const answer = await answerRequest(deps, contact, mail, text, inspected.request);
    decided = { ...answer, transcript: false };
  }

  const outcome: MailOutcome = {
    kind: 'customer', outcome: decided.outcome, caseNumber: decided.caseNumber, contactId: contact?.id ?? null,
    transcript: decided.transcript && decided.caseNumber ? { caseNumber: decided.caseNumber, contactId: contact?.id ?? null, body: text || mail.subject } : null,
    reply: null, attachments: null, bounce: null,
  };
  const parts = decided.reply ? [decided.reply] : [];
  if (decided.caseNumber && KEEPS_ATTACHMENTS.has(decided.outcome) && mail.attachments.length) {
    const limits = deps.attachmentLimits ?? DEFAULT_ATTACHMENT_LIMITS;
    const items = keepAttachments(mail.attachments, limits);
    outcome.attachments = { caseNumber: decided.caseNumber, items };
    const skipped = items.flatMap((a) => (a.skipped ? [{ filename: a.filename, size: a.size, reason: a.skipped }] : []));
    // Even a reply on a case (otherwise not acknowledged) says what was not kept: the customer must resend it.
    if (skipped.length) parts.push(replyTexts.attachmentsSkipped(skipped, limits));
  }
  if (parts.length === 0) return outcome;
  const since = new Date(deps.core.clock.now().getTime() - 3600_000);
  if (await deps.inbound.automaticRepliesTo(mail.replyTo ?? sender, since) >= deps.repliesPerHour) {
    return { ...outcome, outcome: `${outcome.outcome}+rate_limited` };
  }
  return { ...outcome, reply: composeReply(deps.signer, mail, decided.caseNumber, renderReply(parts, language)) };
}

/** A reply on a case the sender belongs to: it joins the transcript; a request for a person hands off. */
async function continueCase(deps: RoutingDeps, contact: ContactRecord, record: CaseRecord, inspected: InspectedMail & { mail: MailMessage }) {
  const intent = inspected.request && !inspected.request.unsure ? inspected.request.intent : null;
  if (intent === 'human_handoff' || intent === 'escalation') {
    try {
      const handoff = await handOff(deps, { mail: inspected.mail, contact, record, reason: `customer asked for ${intent === 'escalation' ? 'an escalation' : 'a person'} by email`, intent, text: inspected.text ?? '' });
      return { outcome: 'joined_case+handed_off', caseNumber: record.caseNumber, reply: replyTexts.handedOff(null, handoff.contactByText), transcript: true };
    } catch (error) {
      if (!isCarelineError(error)) throw error;
    }
  }
  // Reps answer a reply on a case; an acknowledgement of every message would only be noise.
  return { outcome: 'joined_case', caseNumber: record.caseNumber, reply: null, transcript: true };
}
