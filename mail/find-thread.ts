/**
 * Which case an inbound mail continues, if any: by headers first (careline's signed Message-IDs and
 * per-case references in In-Reply-To/References, then any Message-ID careline received or sent on a case),
 * then by the `[Case YYYY-MMDD-NNNN]` token in the subject. Whether the sender may add to that case is
 * decided afterwards (route-mail.ts): knowing a case number proves nothing.
 */
import { CASE_TOKEN } from './compose-reply.ts';
import type { MessageIdSigner } from './message-id.ts';
import type { InboundMailStore } from './ports.ts';
import type { MailMessage } from './read-mail.ts';

export interface ThreadMatch {
  caseNumber: string;
  via: 'signed_reference' | 'known_message_id' | 'subject_token';
}

export async function findThread(deps: { signer: MessageIdSigner; inbound: Pick<InboundMailStore, 'caseOfMessageIds'> }, mail: MailMessage): Promise<ThreadMatch | null> {
  const ids = [...mail.inReplyTo, ...[...mail.references].reverse()];
  for (const id of ids) {
    const own = deps.signer.read(id);
    if (own?.caseNumber) return { caseNumber: own.caseNumber, via: 'signed_reference' };
  }
  const known = await deps.inbound.caseOfMessageIds(ids.slice(0, 50));
  if (known) return { caseNumber: known, via: 'known_message_id' };
  const token = CASE_TOKEN.exec(mail.subject);
  return token?.[1] ? { caseNumber: token[1], via: 'subject_token' } : null;
}
