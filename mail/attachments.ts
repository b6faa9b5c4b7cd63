/**
 * Which attachments of a customer's mail careline keeps with the case, and under what name. Limits: one
 * attachment at most `maxBytes`, all of one mail together at most `maxBytesPerMessage` (kept in the order
 * they came), at most MAX_ATTACHMENTS per mail; what does not fit is recorded as skipped with the reason and
 * the customer is told. Small images embedded in the HTML body by Content-ID (signature logos, social icons:
 * `related` and under SIGNATURE_IMAGE_MAX_BYTES) are dropped silently; larger embedded images — a screenshot
 * pasted into the body — are kept like any attachment.
 */
import { createHash } from 'node:crypto';
import type { MailAttachment } from './read-mail.ts';

export interface AttachmentLimits {
  maxBytes: number;
  maxBytesPerMessage: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { maxBytes: 10 * 1024 * 1024, maxBytesPerMessage: 20 * 1024 * 1024 };
export const MAX_ATTACHMENTS = 50;
export const SIGNATURE_IMAGE_MAX_BYTES = 16 * 1024;
const MAX_NAME_CHARS = 120;
const MAX_EXTENSION_CHARS = 16;

export type SkipReason = 'too_large' | 'message_too_large' | 'too_many';

export interface KeptAttachment {
  /** Position among the mail's attachments careline considered (0-based); unique with the inbound mail. */
  index: number;
  filename: string;
  originalFilename: string | null;
  contentType: string;
  size: number;
  sha256: string;
  /** null when skipped. */
  content: Buffer | null;
  skipped: SkipReason | null;
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp',
  'text/plain': 'txt', 'text/csv': 'csv', 'text/html': 'html', 'message/rfc822': 'eml', 'application/zip': 'zip',
  'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml', 'application/vnd.ms-outlook': 'msg',
};
/** Names Windows will not open a file by, whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|clock\$|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// C0/C1 controls, bidi overrides and isolates (a "gpj.exe" shown as "exe.jpg"), zero-width characters, BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A filename safe to store, show and download: no directories (`/`, `\`), no control or bidi characters,
 * none of `<>:"|?*`, no leading/trailing dots or spaces, no Windows device names, at most 120 characters
 * with the extension kept. Empty or hopeless names become `attachment-<n>.<extension of the content type>`.
 */
export function sanitiseFilename(name: string | null, contentType: string, index: number): string {
  let base = (name ?? '').normalize('NFC').replace(INVISIBLE, '');
  base = base.split(/[/\\]/).pop() ?? '';
  base = base.replace(/[<>:"|?*]/g, '_').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = base.lastIndexOf('.');
  let stem = dot > 0 ? base.slice(0, dot) : base;
  let extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  if (!/^[\p{L}\p{N}_-]{1,16}$/u.test(extension)) {
    // Not an extension ("report.final version"): part of the stem.
    stem = base;
    extension = '';
  }
  stem = stem.replace(/[\s.]+$/, '');
  const fallbackExtension = EXTENSIONS[contentType.toLowerCase()] ?? 'bin';
  const nameless = !stem || /^_+$/.test(stem);
  if (nameless) stem = `attachment-${index + 1}`;
  if (RESERVED.test(stem) || RESERVED.test(stem.split('.')[0] ?? '')) stem = `_${stem}`;
  const ext = extension || (nameless ? fallbackExtension : '');
  const room = MAX_NAME_CHARS - (ext ? ext.length + 1 : 0);
  const chars = [...stem];
  if (chars.length > room) stem = chars.slice(0, room).join('').replace(/[\s.]+$/, '');
  return ext ? `${stem}.${ext.slice(0, MAX_EXTENSION_CHARS)}` : stem;
}

/** Decides, for every attachment of one mail, whether it is kept or skipped (and why). */
export function keepAttachments(attachments: MailAttachment[], limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS): KeptAttachment[] {
  let total = 0;
  const kept: KeptAttachment[] = [];
  const candidates = attachments.filter((a) => !(a.related && a.contentType.startsWith('image/') && a.size <= SIGNATURE_IMAGE_MAX_BYTES));
  candidates.forEach((a, index) => {
    let skipped: SkipReason | null = null;
    if (index >= MAX_ATTACHMENTS) skipped = 'too_many';
    else if (a.size > limits.maxBytes) skipped = 'too_large';
    else if (total + a.size > limits.maxBytesPerMessage) skipped = 'message_too_large';
    else total += a.size;
    kept.push({
      index, filename: sanitiseFilename(a.filename, a.contentType, index), originalFilename: a.filename?.replace(/\0/g, '').slice(0, 1_000) ?? null,
      contentType: a.contentType.toLowerCase().slice(0, 255), size: a.size,
      sha256: createHash('sha256').update(a.content).digest('hex'), content: skipped ? null : a.content, skipped,
    });
  });
  return kept;
}
