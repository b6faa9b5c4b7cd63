/**
 * What the chat door needs besides core's use cases, said in its own words. `db/stores/bot-chat-store.ts`
 * implements ChatStore on PostgreSQL; tests may use it directly (real PostgreSQL) or fake it.
 */
import type { Channel, ContactRecord, CoreDeps, HandoffDeps } from '../core/index.ts';
import type { UnderstandingDeps } from '../core/understanding/understand.ts';

export interface ChatStore {
  /**
   * Remembers how to write to this conversation later (the channel's ConversationReference, as JSON), so a
   * rep's reply or a finished background job can reach the customer proactively. Upserts the conversation row.
   */
  saveReference(input: { channel: Channel; externalId: string; contactId: string | null; reference: unknown }): Promise<void>;
  /** The channel's conversation reference saved by `saveReference`, or null. */
  findReference(channel: Channel, externalId: string): Promise<unknown>;
  /** The contact behind a verified channel identity (a Teams user), or null when unknown or not verified. */
  findVerifiedContact(channel: Channel, externalId: string): Promise<ContactRecord | null>;
}

/**
 * Remembers which inbound activities were already acted on. `firstTime` is atomic: of two deliveries of the
 * same activity id, exactly one gets true.
 */
export interface ActivityLedger {
  firstTime(key: string): Promise<boolean>;
}

/** Everything the conversation needs, injected by the composition root (app/server.ts). */
export interface ChatServices {
  core: CoreDeps;
  handoff: HandoffDeps;
  /** Built once, on first use (training takes about a second). */
  understanding: () => Promise<UnderstandingDeps>;
}
