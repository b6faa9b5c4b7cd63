/**
 * Who a bounce is about: the failed recipient from the delivery-status part (Final-Recipient /
 * Original-Recipient), else the To of the returned message; the Message-ID of careline's mail that bounced,
 * and the diagnostic. mailparser merges message/delivery-status into the text and keeps the returned
 * message (message/rfc822) as an attachment, which is read again here.
 */
import { readMail, type MailMessage } from './read-mail.ts';

export interface BounceReport {
  address: string | null;
  bouncedMessageId: string | null;
  diagnostic: string | null;
}

export async function readBounce(mail: MailMessage): Promise<BounceReport> {
  const recipient = /^(?:final|original)-recipient:\s*rfc822;\s*<?([^\s<>;]+@[^\s<>;]+)>?/im.exec(mail.text)?.[1]?.toLowerCase() ?? null;
  const diagnostic = /^diagnostic-code:\s*(.+)$/im.exec(mail.text)?.[1]?.trim().slice(0, 500) ?? /^status:\s*(\d\.\d+\.\d+)/im.exec(mail.text)?.[1] ?? null;
  let returned: MailMessage | null = null;
  const attached = mail.attachedMessages[0];
  if (attached) returned = await readMail(attached).catch(() => null);
  const fromText = /^message-id:\s*(<[^>]+>)/im.exec(mail.text)?.[1] ?? null;
  return {
    address: recipient ?? returned?.to[0] ?? null,
    bouncedMessageId: returned && !returned.messageIdDerived ? returned.messageId : fromText,
    diagnostic,
  };
}
