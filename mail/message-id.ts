/**
 * Message-IDs. careline's own are signed (HMAC with MESSAGE_ID_SECRET), so a reply that quotes one in
 * In-Reply-To/References is threaded to its case without a database look-up and nobody can forge one to
 * slip into another customer's case. Every reply also carries the case's pseudo-reference
 * (`<case.2026-1127-0001.sig@domain>`, Request Tracker's trick): threading survives a relay that rewrites
 * the visible Message-ID. A message without a Message-ID gets one derived from its content, so the same
 * message fetched twice is still recognised as one.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface MessageIdSigner {
  domain: string;
  /** A Message-ID for a new outgoing mail about the case (or about no case). */
  create(caseNumber: string | null): string;
  /** The stable per-case reference every reply about the case carries in References. */
  caseReference(caseNumber: string): string;
  /** When the id is one of careline's own with a valid signature: the case it is about (or null). */
  read(messageId: string): { caseNumber: string | null } | null;
}

const OWN = /^<(cl|case)\.([0-9]{4}-[0-9]{4}-[0-9]{4}|x)\.(?:([0-9a-z]{16})\.)?([A-Za-z0-9_-]{22})@([^>]+)>$/;

export function messageIdSigner(secret: string, domain: string): MessageIdSigner {
  const sign = (payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);
  return {
    domain,
    create(caseNumber) {
      const nonce = randomBytes(10).toString('hex').slice(0, 16);
      const payload = `cl.${caseNumber ?? 'x'}.${nonce}`;
      return `<${payload}.${sign(payload)}@${domain}>`;
    },
    caseReference(caseNumber) {
      const payload = `case.${caseNumber}`;
      return `<${payload}.${sign(payload)}@${domain}>`;
    },
    read(messageId) {
      const match = OWN.exec(messageId.trim());
      if (!match) return null;
      const [, kind = '', caseTag = '', nonce, signature = ''] = match;
      const payload = nonce ? `${kind}.${caseTag}.${nonce}` : `${kind}.${caseTag}`;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      return { caseNumber: caseTag === 'x' ? null : caseTag };
    },
  };
}

/** `<id>` as the header has it, without comments or folding; null when there is no usable id. */
export function normaliseMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /<([^<>\s]{1,900})>/.exec(value) ?? /^\s*([^<>\s@]{1,600}@[^<>\s@]{1,300})\s*$/.exec(value);
  return match?.[1] ? `<${match[1]}>` : null;
}

/** Header lines that relays add on the way in: the same message delivered twice differs only in these. */
const TRACE_HEADERS = /^(received|return-path|delivered-to|x-original-to|dkim-signature|arc-[a-z-]+|authentication-results|x-[a-z-]*spam[a-z-]*):/i;

/** A stable Message-ID for a message that has none: a hash of its content without trace headers. */
export function derivedMessageId(raw: Buffer): string {
  const split = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
  const head = (split >= 0 ? raw.subarray(0, split) : raw).toString('latin1');
  const body = split >= 0 ? raw.subarray(split) : Buffer.alloc(0);
  const kept: string[] = [];
  let skipping = false;
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (!skipping) kept.push(line);
      continue;
    }
    skipping = TRACE_HEADERS.test(line);
    if (!skipping) kept.push(line);
  }
  const hash = createHash('sha256').update(kept.join('\n')).update(body).digest('hex');
  return `<derived.${hash.slice(0, 40)}@careline.invalid>`;
}
