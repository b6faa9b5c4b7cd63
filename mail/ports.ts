/**
 * What the email channel needs from storage, in its own words. db/stores/mail-*.ts implement these on
 * PostgreSQL; every write that must happen once is guarded by a unique key (Message-ID, the inbound mail an
 * answer replies to), never by a check in code.
 */
import type { KeptAttachment } from './attachments.ts';
import type { MailKind } from './classify-mail.ts';

export interface MailboxCursor {
  uidValidity: bigint;
  lastUid: bigint;
}

export interface MailboxCursorStore {
  read(mailbox: string): Promise<MailboxCursor | null>;
  /** Records that every UID up to `lastUid` is done. Never moves back within one UIDVALIDITY. */
  advance(mailbox: string, cursor: MailboxCursor): Promise<void>;
}

export interface ReceivedMail {
  id: string;
  state: 'RECEIVED' | 'PROCESSED' | 'QUARANTINED';
  /** How many times processing has started, this one included. */
  attempts: number;
}

export interface NewOutboundMail {
  messageId: string;
  toAddress: string;
  subject: string;
  textBody: string;
  /** The same reply as HTML (sent as multipart/alternative); null for rows written before there was HTML. */
  htmlBody: string | null;
  inReplyTo: string | null;
  references: string[];
  caseNumber: string | null;
}

export interface OutboundMailRecord extends NewOutboundMail {
  id: string;
  state: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
}

/** What routing decided for one inbound mail; written in one transaction. */
export interface MailOutcome {
  kind: Exclude<MailKind, 'unparseable'>;
  /** opened_case, joined_case, answered_case_status, handed_off, not_registered, no_reply_auto_reply, … */
  outcome: string;
  caseNumber: string | null;
  contactId: string | null;
  /** The customer's words, added to the case's transcript (keyed by the Message-ID: once). */
  transcript: { caseNumber: string; contactId: string | null; body: string } | null;
  reply: NewOutboundMail | null;
  /** The mail's attachments, kept with the case it opened or joined (skipped ones recorded with the reason). */
  attachments: { caseNumber: string; items: KeptAttachment[] } | null;
  bounce: { address: string; contactId: string | null; bouncedMessageId: string | null; diagnostic: string | null } | null;
}

export interface InboundMailStore {
  /**
   * Stores the raw message under its Message-ID, or finds the row a previous fetch stored. Counts the
   * attempt when the message is still waiting to be processed.
   */
  receive(input: {
    messageId: string; mailbox: string; uidValidity: bigint | null; uid: bigint | null; raw: Buffer;
    fromAddress: string | null; subject: string | null; kind: MailKind | null;
  }): Promise<ReceivedMail>;
  /**
   * Marks the mail PROCESSED with its outcome, adds the transcript event, the reply to the outbox and the
   * bounce and the attachments, all in one transaction. A mail already PROCESSED is left as it was. Returns the reply's id.
   */
  complete(id: string, outcome: MailOutcome): Promise<{ replyId: string | null }>;
  quarantine(id: string, reason: string): Promise<void>;
  /** The case a thread belongs to: any of these Message-IDs that careline received or sent on a case. */
  caseOfMessageIds(messageIds: string[]): Promise<string | null>;
  /** Automatic replies queued for this address since `since` (the RFC 3834 rate limit). */
  automaticRepliesTo(address: string, since: Date): Promise<number>;
  /** The outbox rows of this inbound mail that are not sent yet (re-queued after a crash). */
  pendingReplyOf(id: string): Promise<string | null>;
}

export interface OutboundMailStore {
  find(id: string): Promise<OutboundMailRecord | null>;
  markSent(id: string, relayResponse: string | null): Promise<void>;
  /** Counts a failed attempt; `final` marks it FAILED (no more retries). */
  markFailed(id: string, error: string, final: boolean): Promise<void>;
  /** PENDING outbox rows, oldest first (for the sweep that re-queues what Redis lost). */
  pending(limit: number): Promise<string[]>;
}

/** The right to watch one mailbox: held by one careline instance at a time. */
export interface MailboxLeaseHandle {
  /** Becomes true when the lease is lost (the connection that held it died); the watcher then stops. */
  readonly lost: boolean;
  onLost(listener: () => void): void;
  release(): Promise<void>;
}

export interface MailboxLease {
  /** The lease, or null while another instance holds it. */
  tryAcquire(mailbox: string): Promise<MailboxLeaseHandle | null>;
}
