/** Raw test emails: only what a story names, plausible filler for the rest. */
import { randomBytes } from 'node:crypto';

export interface RawMailOptions {
  from?: string;
  to?: string;
  subject?: string;
  text?: string;
  /** null: no Message-ID header at all. */
  messageId?: string | null;
  inReplyTo?: string;
  references?: string;
  /** Extra header lines, CRLF-separated. */
  headers?: string;
}

export function newMessageId(domain = 'customer.example'): string {
  return `<${randomBytes(8).toString('hex')}@${domain}>`;
}

export function rawMail(options: RawMailOptions = {}): string {
  const lines = [
    `From: ${options.from ?? 'someone@customer.example'}`,
    `To: ${options.to ?? 'support@desk.example.test'}`,
    `Subject: ${options.subject ?? 'A question'}`,
    'Date: Fri, 27 Nov 2026 10:00:00 +0000',
    ...(options.messageId === null ? [] : [`Message-ID: ${options.messageId ?? newMessageId()}`]),
    ...(options.inReplyTo ? [`In-Reply-To: ${options.inReplyTo}`] : []),
    ...(options.references ? [`References: ${options.references}`] : []),
    ...(options.headers ? [options.headers] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${(options.text ?? 'Hello').replace(/\r?\n/g, '\r\n')}\r\n`;
}
