/**
 * Web chat sign-in by e-mail one-time code, on Redis. A challenge (`${prefix}code:<user>`) holds only an
 * HMAC of the code, the contact it proves (empty for an unknown address: a decoy that never matches, so a
 * known and an unknown address behave alike) and the attempts so far; it expires after `codeTtlSeconds`
 * (10 minutes) and locks after `maxAttempts` (5) wrong codes, checked and counted by one Lua script. At most
 * `maxCodesPerHour` challenges per user (a new one replaces the old). A verified sign-in
 * (`${prefix}session:<user>`) lasts `sessionTtlSeconds` (12 hours, like a signed identity token).
 */
import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CodeCheck, SignInCodeStore } from '../ports.ts';

const CHECK = `
local h = redis.call('HMGET', KEYS[1], 'hash', 'contact', 'attempts')
if not h[1] then return {'expired'} end
local max = tonumber(ARGV[2])
if tonumber(h[3]) >= max then return {'locked'} end
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
if h[1] == ARGV[1] and h[2] ~= '' then
  redis.call('DEL', KEYS[1])
  return {'verified', h[2]}
end
if attempts >= max then return {'locked'} end
return {'wrong', tostring(max - attempts)}`;

export interface RedisSignInOptions {
  prefix?: string;
  codeTtlSeconds?: number;
  maxAttempts?: number;
  maxCodesPerHour?: number;
  sessionTtlSeconds?: number;
}

/** The HMAC of a code, bound to the user it was issued to (a stolen hash is worthless without the secret). */
export function hashCode(secret: string, userKey: string, code: string): string {
  return createHmac('sha256', `careline-signin:${secret}`).update(`${userKey}\n${code}`).digest('hex');
}

export function redisSignInCodeStore(redis: Redis, options: RedisSignInOptions = {}): SignInCodeStore {
  const prefix = options.prefix ?? 'careline:chat:signin:';
  const ttl = options.codeTtlSeconds ?? 600;
  const maxAttempts = options.maxAttempts ?? 5;
  return {
    async issue(userKey, challenge) {
      const issued = await redis.incr(`${prefix}issued:${userKey}`);
      if (issued === 1) await redis.expire(`${prefix}issued:${userKey}`, 3600);
      if (issued > (options.maxCodesPerHour ?? 5)) return false;
      const key = `${prefix}code:${userKey}`;
      await redis.multi().del(key).hset(key, { hash: challenge.codeHash, contact: challenge.contactId ?? '', attempts: 0 }).expire(key, ttl).exec();
      return true;
    },
    async check(userKey, codeHash) {
      const [outcome, value] = await redis.eval(CHECK, 1, `${prefix}code:${userKey}`, codeHash, String(maxAttempts)) as [string, string | undefined];
      if (outcome === 'verified' && value) return { outcome, contactId: value };
      if (outcome === 'wrong') return { outcome, attemptsLeft: Number(value) };
      return { outcome: outcome === 'locked' ? 'locked' : 'expired' } satisfies CodeCheck;
    },
    async rememberSignIn(userKey, contactId) {
      await redis.set(`${prefix}session:${userKey}`, contactId, 'EX', options.sessionTtlSeconds ?? 12 * 3600);
    },
    signedInContact: (userKey) => redis.get(`${prefix}session:${userKey}`),
  };
}
