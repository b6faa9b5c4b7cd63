/**
 * Direct Line tokens of careline's own Direct Line endpoint: HMAC-signed, bound to one conversation and one
 * user id (the endpoint stamps that id on everything the user sends, as the Azure service does), optionally
 * carrying the web chat identity the hosting page vouched for (identity.ts). Stateless: any careline
 * process with the same DIRECTLINE_SECRET accepts them.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface DirectLineClaims {
  conversationId: string;
  userId: string;
  /** A signed web identity token (identity.ts), or null for an unverified visitor. */
  identity: string | null;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export const TOKEN_LIFETIME_SECONDS = 3600;

function mac(secret: string, payload: string): string {
  return createHmac('sha256', `careline-directline:${secret}`).update(payload).digest('base64url');
}

export function signDirectLineToken(secret: string, claims: Omit<DirectLineClaims, 'expiresAt'>, now: Date): string {
  const full: DirectLineClaims = { ...claims, expiresAt: Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS };
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

export function verifyDirectLineToken(secret: string, token: string, now: Date): DirectLineClaims | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature || token.length > 8_000) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as DirectLineClaims;
    return claims.expiresAt * 1000 > now.getTime() ? claims : null;
  } catch {
    return null;
  }
}

/** Compares the bearer value with the secret without leaking its length or content through timing. */
export function isSecret(secret: string, bearer: string): boolean {
  const a = createHmac('sha256', 'careline-compare').update(secret).digest();
  const b = createHmac('sha256', 'careline-compare').update(bearer).digest();
  return timingSafeEqual(a, b);
}
