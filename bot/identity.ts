/**
 * Who is chatting. Account data is disclosed only to a customer whose channel identity is verified:
 * - Teams: the user's Teams id is a verified channel identity of a contact (imported with the installed base);
 * - web chat: the hosting page vouches for the user with a signed identity token (HMAC over the e-mail
 *   address, the web chat user id and an expiry), which the Direct Line endpoint attaches to every activity
 *   the user sends as `channelData.carelineIdentity`. A token minted for one user id is worthless for another.
 * - web chat: or the visitor proved a contact's address with an e-mail one-time code (bot/dialogs/sign-in-dialog.ts),
 *   remembered for their web chat user id in Redis (bot/sign-in/code-store.ts).
 * Everyone else is an unverified visitor: the bot answers "please verify" instead of account data.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { Channel, ContactRecord, CoreDeps, Requester } from '../core/index.ts';
import type { ChatStore, SignInCodeStore } from './ports.ts';

export interface Customer {
  channel: Channel;
  /** The verified contact, or null for an unverified visitor. */
  contact: ContactRecord | null;
  requester: Requester | null;
}

const CUSTOMER = Symbol('careline.customer');

export function setCustomer(context: TurnContext, customer: Customer): void {
  context.turnState.set(CUSTOMER, customer);
}

export function customerOf(context: TurnContext): Customer {
  return context.turnState.get<Customer | undefined>(CUSTOMER) ?? { channel: channelOf(context.activity), contact: null, requester: null };
}

export function channelOf(activity: Partial<Activity>): Channel {
  return activity.channelId === 'msteams' ? 'TEAMS' : 'WEB_CHAT';
}

export function requesterOf(contact: ContactRecord): Requester {
  return { kind: 'contact', contactId: contact.id, accountId: contact.accountId, role: contact.role };
}

const b64 = (value: string): string => Buffer.from(value).toString('base64url');

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', `careline-identity:${secret}`).update(payload).digest();
}

/** Signs "this web chat user is the contact with this e-mail address", valid for `ttlSeconds`. */
export function signWebIdentity(secret: string, claim: { email: string; userId: string }, now: Date, ttlSeconds = 12 * 3600): string {
  const payload = b64(JSON.stringify({ e: claim.email.toLowerCase(), u: claim.userId, x: Math.floor(now.getTime() / 1000) + ttlSeconds }));
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The e-mail address a valid, unexpired token vouches for, when it was minted for `userId`; else null. */
export function verifyWebIdentity(secret: string, token: unknown, userId: string, now: Date): string | null {
  if (typeof token !== 'string' || token.length > 2_000) return null;
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claim = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { e?: unknown; u?: unknown; x?: unknown };
    if (typeof claim.e !== 'string' || claim.u !== userId || typeof claim.x !== 'number' || claim.x * 1000 < now.getTime()) return null;
    return claim.e;
  } catch {
    return null;
  }
}

/** Resolves the customer behind an activity; never throws for a stranger (they are simply unverified). */
/** Whose web chat sign-in (e-mail one-time code) this is: the channel and the user id the endpoint vouches for. */
export function signInKey(activity: Partial<Activity>): string {
  return `${activity.channelId ?? ''}:${activity.from?.id ?? ''}`;
}

export async function identifyCustomer(
  deps: { core: CoreDeps; chat: ChatStore; identitySecret: string; signIns?: Pick<SignInCodeStore, 'signedInContact'> },
  activity: Partial<Activity>,
): Promise<Customer> {
  const channel = channelOf(activity);
  let contact: ContactRecord | null = null;
  const userId = activity.from?.id;
  if (userId && channel === 'TEAMS') {
    contact = await deps.chat.findVerifiedContact('TEAMS', userId);
    const aadObjectId = activity.from?.aadObjectId;
    if (!contact && aadObjectId) contact = await deps.chat.findVerifiedContact('TEAMS', aadObjectId);
  } else if (userId) {
    const channelData = activity.channelData as { carelineIdentity?: unknown } | undefined;
    const email = verifyWebIdentity(deps.identitySecret, channelData?.carelineIdentity, userId, deps.core.clock.now());
    if (email) contact = await deps.core.installedBase.findContactByEmail(email);
    // Or the visitor proved an address with an e-mail one-time code (bot/dialogs/sign-in-dialog.ts).
    const signedIn = contact ? null : await deps.signIns?.signedInContact(signInKey(activity));
    if (signedIn) contact = await deps.core.installedBase.findContactById(signedIn);
  }
  return { channel, contact, requester: contact ? requesterOf(contact) : null };
}
