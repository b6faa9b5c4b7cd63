/**
 * careline's reply to an inbound mail, threaded: its own signed Message-ID, In-Reply-To the customer's
 * Message-ID, References their chain plus theirs plus the case's pseudo-reference (trimmed to the first one
 * and the last few, as Request Tracker and FreeScout do: some relays refuse long header blocks), and the case
 * number in the subject. Sent to Reply-To when the customer set one.
 */
import type { MessageIdSigner } from './message-id.ts';
import type { NewOutboundMail } from './ports.ts';
import type { MailMessage } from './read-mail.ts';

export const CASE_TOKEN = /\[Case\s+(\d{4}-\d{4}-\d{4})\]/i;
const MAX_REFERENCES = 8;

export function replySubject(subject: string, caseNumber: string | null): string {
  let base = subject.replace(CASE_TOKEN, '').replace(/\s{2,}/g, ' ').trim();
  while (/^(re|aw|sv|antw|réf|rif|vs|odp)\s*:\s*/i.test(base)) base = base.replace(/^[^:]+:\s*/, '');
  const topic = base ? `Re: ${base}` : 'Re: your message';
  return caseNumber ? `${topic} [Case ${caseNumber}]` : topic;
}

export function composeReply(signer: MessageIdSigner, mail: MailMessage, caseNumber: string | null, body: { text: string; html: string }): NewOutboundMail {
  const chain = [...mail.references.filter((id) => id !== mail.messageId), mail.messageId];
  if (caseNumber) chain.push(signer.caseReference(caseNumber));
  const unique = [...new Set(chain)];
  const references = unique.length > MAX_REFERENCES ? [unique[0] ?? '', ...unique.slice(-(MAX_REFERENCES - 1))] : unique;
  return {
    messageId: signer.create(caseNumber),
    toAddress: mail.replyTo ?? mail.from?.address ?? '',
    subject: replySubject(mail.subject, caseNumber),
    textBody: body.text,
    htmlBody: body.html,
    inReplyTo: mail.messageId,
    references,
    caseNumber,
  };
}
