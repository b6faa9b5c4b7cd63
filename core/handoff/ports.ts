/** What the handoff use cases need from outside. */
import type { Priority } from '../shared/vocabulary.ts';
import type {
  CommitmentKind, CommitmentRecord, ConversationRecord, ConversationRef, EscalationRoute, HandoffPacket, HandoffRecord,
} from './model.ts';

export interface NewHandoff {
  conversation: ConversationRef & { contactId: string | null; language: string; timeZone: string | null; country: string | null; reference: unknown };
  caseNumber: string | null;
  priority: Priority;
  reason: string;
  packet: HandoffPacket;
  commitments: { kind: CommitmentKind; dueAt: Date; warnAt: Date }[];
}

export type Actor = { actorType: 'REP' | 'CUSTOMER' | 'BOT' | 'SYSTEM'; actorId: string | null };

export interface HandoffStore {
  findConversation(ref: ConversationRef): Promise<ConversationRecord | null>;
  findHandoff(id: string): Promise<HandoffRecord | null>;
  /** QUEUED and CLAIMED handoffs, the one whose open commitment falls due first at the top. */
  listActiveHandoffs(limit: number): Promise<HandoffRecord[]>;
  /** The QUEUED or CLAIMED handoff of a conversation, if any. */
  findActiveHandoff(conversationId: string): Promise<HandoffRecord | null>;
  /**
   * Moves the conversation BOT → QUEUED and inserts the handoff with its commitments, the audit row and the
   * "queued" notification, in one transaction. When the conversation already has an active handoff, returns
   * that one with `created: false` instead.
   */
  createHandoff(input: NewHandoff): Promise<{ handoff: HandoffRecord; created: boolean }>;
  /**
   * Conditional state change: applies only when the handoff is in one of `from` (and, with `ownerId`, held by
   * that rep); returns the updated record, or null when the condition did not hold. Audited.
   */
  transition(input: {
    handoffId: string; from: readonly HandoffRecord['status'][]; ownerId?: string; to: HandoffRecord['status'];
    claimedById: string | null; action: string; actor: Actor;
  }): Promise<HandoffRecord | null>;
  /** Marks the handoff's OPEN commitments KEPT by this rep at `at`; returns those it changed. */
  keepCommitments(handoffId: string, repId: string, at: Date): Promise<CommitmentRecord[]>;
  findCommitment(id: string): Promise<{ commitment: CommitmentRecord; handoff: HandoffRecord } | null>;
  /** Sets warnedAt when still OPEN and not yet warned, with its notification; false when nothing changed. */
  markWarned(commitmentId: string, at: Date): Promise<boolean>;
  /** OPEN → ESCALATED with the route and its notification; false when it was no longer OPEN (idempotent). */
  markEscalated(commitmentId: string, at: Date, route: EscalationRoute): Promise<boolean>;
  /** OPEN commitments in id order, after the given id (paging for the sweep). */
  openCommitments(afterId: string | null, limit: number): Promise<CommitmentRecord[]>;
}

/**
 * Wakes core up when a commitment's warning or deadline is due (one timer per commitment, fired at
 * nextTimerAt; core's advanceCommitment says when next). Scheduling the same commitment twice is harmless.
 */
export interface CommitmentTimers {
  schedule(commitments: readonly Pick<CommitmentRecord, 'id' | 'status' | 'warnAt' | 'dueAt' | 'warnedAt'>[]): Promise<void>;
  cancel(commitmentIds: readonly string[]): Promise<void>;
}

/** Where the customer is, as far as the channel knows: their calendar decides business days. */
export interface CustomerPlace { country: string | null; timeZone: string | null }

/** The desk's calendar: when commitments fall due and where an escalation goes. */
export interface CommitmentPolicy {
  deadlines(input: { openedAt: Date; priority: Priority } & CustomerPlace): { kind: CommitmentKind; dueAt: Date; warnAt: Date }[];
  escalationRoute(input: { at: Date; priority: Priority } & CustomerPlace): EscalationRoute;
  /** The zone the customer is told their deadline in. */
  customerTimeZone(place: CustomerPlace): string;
}

export interface HandoffDeps {
  clock: { now(): Date };
  handoffs: HandoffStore;
  timers: CommitmentTimers;
  policy: CommitmentPolicy;
}
