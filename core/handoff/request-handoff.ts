/**
 * Hand a conversation to a person. Records the handoff packet and the commitments with their deadlines
 * (first contact within 24 hours, and the priority's response target) and schedules their timers. Asking
 * again while a handoff is active returns the same handoff: the customer gets one promise, not two.
 */
import { z } from 'zod';
import { Channel, Priority } from '../shared/vocabulary.ts';
import { validate } from '../shared/validate.ts';
import type { HandoffRecord } from './model.ts';
import type { HandoffDeps } from './ports.ts';
import { formatDeadline } from '../calendar/format-deadline.ts';

const Transcript = z.array(z.object({ from: z.enum(['customer', 'bot', 'rep']), text: z.string().max(20_000), at: z.string() })).max(500);

export const RequestHandoffInput = z.object({
  conversation: z.object({
    channel: Channel,
    externalId: z.string().min(1).max(500),
    contactId: z.string().nullable().default(null),
    language: z.string().min(2).max(20).default('en'),
    timeZone: z.string().nullable().default(null),
    country: z.string().length(2).nullable().default(null),
    reference: z.unknown().optional(),
  }),
  caseNumber: z.string().nullable().default(null),
  priority: Priority.default('P3'),
  reason: z.string().min(1).max(500),
  packet: z.object({
    intent: z.string().nullable().default(null),
    identifiers: z.record(z.string(), z.unknown()).default({}),
    lookups: z.array(z.object({ what: z.string(), answer: z.unknown() })).default([]),
    toldCustomer: z.array(z.string()).default([]),
    identityVerified: z.boolean().default(false),
    transcript: Transcript.default([]),
  }).default({ intent: null, identifiers: {}, lookups: [], toldCustomer: [], identityVerified: false, transcript: [] }),
});
export type RequestHandoffInput = z.input<typeof RequestHandoffInput>;

export interface RequestHandoffResult {
  handoff: HandoffRecord;
  created: boolean;
  /** When a representative will have contacted the customer at the latest. */
  contactBy: Date;
  /** `contactBy` in the customer's time zone and language, to tell them. */
  contactByText: string;
}

export async function requestHandoff(deps: HandoffDeps, rawInput: RequestHandoffInput): Promise<RequestHandoffResult> {
  const input = validate(RequestHandoffInput, rawInput);
  const openedAt = deps.clock.now();
  const { reference, ...conversation } = input.conversation;
  const { handoff, created } = await deps.handoffs.createHandoff({
    conversation: { ...conversation, reference: reference ?? null },
    caseNumber: input.caseNumber,
    priority: input.priority,
    reason: input.reason,
    packet: { ...input.packet, language: conversation.language, reason: input.reason, lookups: input.packet.lookups.map((l) => ({ what: l.what, answer: l.answer })) },
    commitments: deps.policy.deadlines({ openedAt, priority: input.priority, country: conversation.country, timeZone: conversation.timeZone }),
  });
  // Scheduling is idempotent; on a repeated request it restores timers Redis may have lost.
  await deps.timers.schedule(handoff.commitments.filter((c) => c.status === 'OPEN'));
  const firstContact = handoff.commitments.find((c) => c.kind === 'FIRST_CONTACT');
  const contactBy = firstContact?.dueAt ?? handoff.createdAt;
  const timeZone = deps.policy.customerTimeZone({ country: conversation.country, timeZone: conversation.timeZone });
  return { handoff, created, contactBy, contactByText: formatDeadline(contactBy, { timeZone, language: conversation.language }) };
}
