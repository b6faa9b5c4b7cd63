/**
 * What careline makes of one raw email, without acting on it: its kind, the customer's own words (quoted
 * history and signature stripped) and, for customer mail, the request understood from them. Backs
 * `careline mail inspect FILE.eml` and is the first step of ingestion. Never throws: a message that cannot
 * be read is `unparseable`, with the reason.
 */
import { understand, type Understanding, type UnderstandingDeps } from '../core/understanding/understand.ts';
import { stripReply } from './strip-reply.ts';
import { classifyMail, type MailKind } from './classify-mail.ts';
import type { MessageIdSigner } from './message-id.ts';
import { DEFAULT_MAIL_LIMITS, readMail, UnreadableMail, type MailLimits, type MailMessage } from './read-mail.ts';

export interface MailInspection {
  kind: MailKind;
  reason: string;
  messageId: string | null;
  from: string | null;
  subject: string | null;
  /** The customer's own words. */
  text: string | null;
  request: Understanding | null;
}

export interface InspectDeps {
  signer: Pick<MessageIdSigner, 'read'>;
  /** Without it (or for non-customer mail) `request` is null. */
  understanding?: UnderstandingDeps;
  limits?: MailLimits;
}

export interface InspectedMail extends MailInspection {
  /** The parsed message, when it could be read. */
  mail: MailMessage | null;
}

export async function inspectMail(deps: InspectDeps, raw: Buffer): Promise<InspectedMail> {
  let mail: MailMessage;
  try {
    mail = await readMail(raw, deps.limits ?? DEFAULT_MAIL_LIMITS);
  } catch (error) {
    const reason = error instanceof UnreadableMail ? error.reason : `unexpected: ${(error as Error).message}`;
    return { kind: 'unparseable', reason, messageId: null, from: null, subject: null, text: null, request: null, mail: null };
  }
  const { kind, reason } = classifyMail(mail, deps.signer);
  const text = strip(mail.text);
  let request: Understanding | null = null;
  if (kind === 'customer' && deps.understanding && (text.trim() || mail.subject.trim())) {
    try {
      request = understand(deps.understanding, { text: text.trim() ? text : mail.subject, subject: mail.subject });
    } catch {
      request = null; // understanding refuses what it cannot read; routing then treats the mail as "unclear"
    }
  }
  return { kind, reason, messageId: mail.messageId, from: mail.from?.address ?? null, subject: mail.subject, text, request, mail };
}

function strip(text: string): string {
  try {
    return stripReply(text);
  } catch {
    return text.trim();
  }
}

/** The JSON `mail inspect` prints. */
export function inspectionJson(inspected: InspectedMail): MailInspection {
  const { mail: _mail, ...inspection } = inspected;
  return inspection;
}
