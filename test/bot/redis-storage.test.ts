// Conversation state lives in Redis, not in the bot process: a restarted (or another) bot process continues the
// customer's dialog where it stopped. Stories run against a private redis-server.
import { Redis } from 'ioredis';
import { TestAdapter, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryActivityLedger } from '../../bot/activity-ledger.ts';
import { CarelineBot } from '../../bot/careline-bot.ts';
import { signWebIdentity } from '../../bot/identity.ts';
import { RedisStorage } from '../../bot/redis-storage.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';
import { createChatWorld, type ChatWorld } from './support/chat-world.ts';

const SECRET = 'identity-secret-for-the-storage-test';
let redis: PrivateRedis;
let world: ChatWorld;
const clients: Redis[] = [];

beforeAll(async () => {
  redis = await startPrivateRedis();
  world = await createChatWorld();
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await redis.stop();
  await world.drop();
});

function connect(): Redis {
  const client = new Redis(redis.url);
  clients.push(client);
  return client;
}

describe('RedisStorage', () => {
  it('reads back what it wrote, under its prefix, and deletes it', async () => {
    const client = connect();
    const storage = new RedisStorage(client, 'story1:');
    await storage.write({ a: { count: 1 }, b: { name: 'x' } });
    expect(await storage.read(['a', 'b', 'missing'])).toEqual({ a: { count: 1, eTag: expect.any(String) as string }, b: { name: 'x', eTag: expect.any(String) as string } });
    expect(await client.exists('story1:a')).toBe(1);
    await storage.delete(['a']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('refuses a write based on a stale version (optimistic concurrency), accepts "*"', async () => {
    const storage = new RedisStorage(connect(), 'story2:');
    await storage.write({ item: { value: 1 } });
    const first = (await storage.read(['item']))['item'] as { value: number; eTag: string };
    await storage.write({ item: { ...first, value: 2 } });
    await expect(storage.write({ item: { ...first, value: 3 } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ item: { value: 4, eTag: '*' } });
    expect(((await storage.read(['item']))['item'] as { value: number }).value).toBe(4);
  });
});

describe('a restarted bot', () => {
  function botProcess(): TestAdapter {
    const bot = new CarelineBot({
      ...world.services, chat: world.chat, ledger: memoryActivityLedger(), identitySecret: SECRET,
      storage: new RedisStorage(connect(), 'careline:chat:state:'),
    });
    return new TestAdapter(async (context) => { await bot.run(context); });
  }

  const asDana = (text: string): Partial<Activity> => ({
    type: 'message', text, from: { id: 'dl_dana', name: 'Dana' },
    channelData: { carelineIdentity: signWebIdentity(SECRET, { email: world.dana.email, userId: 'dl_dana' }, new Date()) },
  });

  it('continues the dialog the previous process started', async () => {
    const first = botProcess();
    await first.send(asDana('I want to open a case')).assertReply((reply) => expect(reply.text).toMatch(/describe the problem/));
    await first.send(asDana('Our licence portal rejects every login since this morning')).assertReply((reply) => expect(reply.text).toMatch(/How urgent/));
    // A new process: new bot, new storage object, new Redis connection; only Redis is shared. "P2" means
    // something only to a bot that remembers it asked for the priority.
    await botProcess().send(asDana('P2')).assertReply((reply) => expect(reply.text).toMatch(/serial number/));
  });
});
