/**
 * botbuilder `Storage` on Redis: conversation and user state survive a restart and are shared by every bot
 * process. Each item is one JSON string under `${prefix}${key}`; items expire after `ttlSeconds` of silence
 * (a conversation abandoned for a month need not be resumed mid-dialog).
 *
 * Optimistic concurrency as botbuilder defines it: an item written with an eTag other than "*" is written
 * only if the stored eTag still matches (checked and written by one Lua script); otherwise the write fails, as
 * MemoryStorage's does, so two turns of one conversation cannot silently overwrite each other.
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] ~= '*' and current then
  if cjson.decode(current)['eTag'] ~= ARGV[1] then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1`;

export class RedisStorage implements Storage {
  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly ttlSeconds = 30 * 24 * 3600) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const values = await this.redis.mget(keys.map((k) => this.prefix + k));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const value = values[i];
      if (value) items[key] = JSON.parse(value) as unknown;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const eTag = (item as { eTag?: string } | null)?.eTag ?? '*';
      const next = JSON.stringify({ ...(item as object), eTag: randomUUID() });
      // One script, so the compare and the set are atomic without WATCH (which a shared connection cannot use).
      const written = await this.redis.eval(COMPARE_AND_SET, 1, this.prefix + key, eTag, next, this.ttlSeconds);
      if (written !== 1) throw new Error(`storage: eTag conflict for key "${key}"`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.del(...keys.map((k) => this.prefix + k));
  }
}
