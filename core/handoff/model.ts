/**
 * Handoff to a human: the conversation's state machine, enforced here and by conditional updates in the
 * store. bot → queued → claimed (one rep) → resolved (back to the bot), or released back to the queue.
 */
import type { Channel, Priority } from '../shared/vocabulary.ts';

export type ConversationState = 'BOT' | 'QUEUED' | 'CLAIMED';
export type HandoffStatus = 'QUEUED' | 'CLAIMED' | 'RESOLVED' | 'CANCELLED';
export type CommitmentKind = 'FIRST_CONTACT' | 'RESPONSE_TARGET';
export type CommitmentStatus = 'OPEN' | 'KEPT' | 'ESCALATED' | 'CANCELLED';
export type EscalationRoute = 'ON_CALL' | 'ESCALATION_TEAM' | 'NEXT_BUSINESS_DAY';

export interface ConversationRef {
  channel: Channel;
  /** The channel's conversation id, or an email thread's root Message-ID. */
  externalId: string;
}

export interface ConversationRecord extends ConversationRef {
  id: string;
  contactId: string | null;
  language: string;
  timeZone: string | null;
  country: string | null;
  state: ConversationState;
  ownerRepId: string | null;
}

/** What a rep receives: everything the bot learnt, so the customer never repeats themselves. */
export interface HandoffPacket {
  intent: string | null;
  identifiers: Record<string, unknown>;
  lookups: { what: string; answer: unknown }[];
  toldCustomer: string[];
  identityVerified: boolean;
  language: string;
  reason: string;
  transcript: { from: 'customer' | 'bot' | 'rep'; text: string; at: string }[];
}

export interface CommitmentRecord {
  id: string;
  handoffId: string;
  kind: CommitmentKind;
  dueAt: Date;
  warnAt: Date;
  status: CommitmentStatus;
  warnedAt: Date | null;
  keptAt: Date | null;
  escalatedAt: Date | null;
  escalationRoute: EscalationRoute | null;
}

export interface HandoffRecord {
  id: string;
  conversation: ConversationRecord;
  caseNumber: string | null;
  status: HandoffStatus;
  priority: Priority;
  reason: string;
  packet: HandoffPacket;
  claimedById: string | null;
  claimedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  commitments: CommitmentRecord[];
}

/** Who answers a customer's message now. */
export type Responder = 'bot' | 'waiting_for_rep' | 'rep';

export function responderFor(state: ConversationState): Responder {
  switch (state) {
    case 'BOT': return 'bot';
    case 'QUEUED': return 'waiting_for_rep';
    case 'CLAIMED': return 'rep';
  }
}

export const ACTIVE_HANDOFF: readonly HandoffStatus[] = ['QUEUED', 'CLAIMED'];
