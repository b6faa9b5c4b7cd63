/**
 * Turns raw RFC 5322 bytes into the few things careline reads from a mail, with limits: a message over
 * `maxBytes` is refused before parsing, mailparser refuses MIME nested deeper than its child-node limit,
 * HTML over `maxHtmlChars` is not converted to text, and the text handed on is cut at `maxTextChars`.
 * (Measured: a 2 MB single-line body parses in about 0.1 s, 5,000 nested multiparts fail at once.)
 * mailparser and its types stay in this file.
 */
import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail } from 'mailparser';
import { derivedMessageId, normaliseMessageId } from './message-id.ts';

export interface MailLimits {
  maxBytes: number;
  maxHtmlChars: number;
  maxTextChars: number;
}

export const DEFAULT_MAIL_LIMITS: MailLimits = { maxBytes: 25 * 1024 * 1024, maxHtmlChars: 2_000_000, maxTextChars: 100_000 };

export interface MailAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  content: Buffer;
  /** Embedded in the HTML body by Content-ID (an inline image). */
  related: boolean;
}

/** What careline reads from an email; every header name lower-case. */
export interface MailMessage {
  messageId: string;
  /** True when the message had no usable Message-ID and `messageId` was derived from its content. */
  messageIdDerived: boolean;
  from: { address: string; name: string } | null;
  to: string[];
  cc: string[];
  replyTo: string | null;
  subject: string;
  date: Date | null;
  inReplyTo: string[];
  references: string[];
  /** The whole plain text (mailparser derives it from HTML when there is no text part), cut at maxTextChars. */
  text: string;
  contentType: string;
  /** `report-type` of a multipart/report. */
  reportType: string | null;
  attachments: MailAttachment[];
  /** Attached messages (message/rfc822): a bounce carries the mail that failed. */
  attachedMessages: Buffer[];
  /** Every value of a header, as text. */
  header(name: string): string[];
  size: number;
}

export class UnreadableMail extends Error {
  override readonly name = 'UnreadableMail';
  constructor(readonly reason: string) {
    super(reason);
  }
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  [value ?? []].flat().flatMap((a) => a.value).flatMap((a) => (a.address ? [a.address.toLowerCase()] : []));

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return JSON.stringify(value);
}

const idList = (value: string | string[] | undefined): string[] =>
  [value ?? []].flat().flatMap((v) => v.split(/\s+/)).flatMap((v) => normaliseMessageId(v) ?? []);

export async function readMail(raw: Buffer, limits: MailLimits = DEFAULT_MAIL_LIMITS): Promise<MailMessage> {
  if (raw.length > limits.maxBytes) throw new UnreadableMail(`too large: ${raw.length} bytes (limit ${limits.maxBytes})`);
  if (raw.length === 0) throw new UnreadableMail('empty message');
  // Classic Mac OS files end lines with a bare CR; nothing else would find the end of the header.
  if (!raw.includes(10) && raw.includes(13)) raw = Buffer.from(raw.toString('latin1').replace(/\r/g, '\r\n'), 'latin1');
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, { maxHtmlLengthToParse: limits.maxHtmlChars, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  } catch (error) {
    throw new UnreadableMail(`MIME structure: ${(error as Error).message}`);
  }
  if (parsed.headerLines.length === 0) throw new UnreadableMail('no header');
  if (!parsed.from && !parsed.messageId && !parsed.subject && !parsed.date) throw new UnreadableMail('not an email: no From, Subject, Date or Message-ID header');
  const ownId = normaliseMessageId(parsed.messageId);
  const contentType = parsed.headers.get('content-type');
  const ctValue = contentType && typeof contentType === 'object' && 'value' in contentType && typeof contentType.value === 'string' ? contentType.value.toLowerCase() : 'text/plain';
  const ctParams = contentType && typeof contentType === 'object' && 'params' in contentType ? contentType.params as Record<string, string> : {};
  const sender = parsed.from?.value.find((a) => a.address);
  const headerLines = parsed.headerLines;
  return {
    messageId: ownId ?? derivedMessageId(raw),
    messageIdDerived: ownId === null,
    from: sender?.address ? { address: sender.address.toLowerCase(), name: sender.name } : null,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    replyTo: addresses(parsed.replyTo)[0] ?? null,
    subject: (parsed.subject ?? '').slice(0, 1_000),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    inReplyTo: idList(parsed.inReplyTo),
    references: idList(parsed.references),
    text: (parsed.text ?? '').slice(0, limits.maxTextChars),
    contentType: ctValue,
    reportType: ctParams['report-type']?.toLowerCase() ?? null,
    attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, size: a.size, content: a.content, related: a.related === true })),
    attachedMessages: parsed.attachments.filter((a) => a.contentType === 'message/rfc822').map((a) => a.content),
    header(name) {
      const key = name.toLowerCase();
      const fromLines = headerLines.filter((l) => l.key === key).map((l) => l.line.slice(l.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
      if (fromLines.length) return fromLines;
      const value = parsed.headers.get(key);
      return value === undefined ? [] : [headerText(value)];
    },
    size: raw.length,
  };
}
