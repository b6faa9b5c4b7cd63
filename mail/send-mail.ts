/**
 * Sends one outbox row over SMTP (nodemailer). Every mail careline sends by itself says so — RFC 3834's
 * `Auto-Submitted: auto-replied`, Exchange's `X-Auto-Response-Suppress: All` (no out-of-office back) — and
 * carries careline's loop header, which the classifier recognises if the mail ever comes back.
 */
import nodemailer from 'nodemailer';
import type { OutboundMailRecord } from './ports.ts';

export const LOOP_HEADER = 'X-Careline-Loop';

export interface MailSender {
  /** Resolves with the relay's answer (its 250 line: some relays name their own Message-ID there). */
  send(mail: OutboundMailRecord): Promise<{ response: string }>;
  close(): void;
}

export function smtpSender(smtpUrl: string, from: string): MailSender {
  const transport = nodemailer.createTransport(smtpUrl);
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'careline.invalid';
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, ...(mail.htmlBody ? { html: mail.htmlBody } : {}),
        messageId: mail.messageId,
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references.length ? { references: mail.references } : {}),
        headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', [LOOP_HEADER]: domain },
      });
      const response = (info as { response?: unknown }).response;
      return { response: typeof response === 'string' ? response : '' };
    },
    close: () => transport.close(),
  };
}
