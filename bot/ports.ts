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
  /** E-mail one-time code sign-in for web chat visitors (optional). */
  signIn?: WebSignIn;
}

/** The outcome of typing a sign-in code. */
export type CodeCheck =
  | { outcome: 'verified'; contactId: string }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'locked' }
  | { outcome: 'expired' };

/** E-mail one-time codes for web chat visitors, and the sign-ins they prove (bot/sign-in/code-store.ts on Redis). */
export interface SignInCodeStore {
  /** Replaces the user's challenge; false (nothing stored) when the user asked for too many codes. */
  issue(userKey: string, challenge: { contactId: string | null; codeHash: string }): Promise<boolean>;
  check(userKey: string, codeHash: string): Promise<CodeCheck>;
  rememberSignIn(userKey: string, contactId: string): Promise<void>;
  signedInContact(userKey: string): Promise<string | null>;
}

/** Sends the code to the contact's address (mail/sign-in-code-mail.ts: through the outbound-mail outbox). */
export interface SignInCodeMailer {
  sendCode(input: { to: string; code: string; language: string }): Promise<void>;
}

/** Web chat sign-in by e-mail one-time code; without it, unverified visitors are told "please verify". */
export interface WebSignIn {
  codes: SignInCodeStore;
  mailer: SignInCodeMailer;
  /** Keys the code hashes. */
  secret: string;
}
