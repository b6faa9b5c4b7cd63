// careline's own Direct Line 3.0 endpoint, spoken to as botframework-directlinejs (Web Chat) speaks it: tokens,
// conversations, activities with watermarks, the WebSocket stream — and the two rules Web Chat depends on:
// the user's own activity is echoed, and a stream that connects first receives what it missed.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.ts';
import { createContainer, type Container } from '../../app/container.ts';
import { createServer, listen } from '../../app/server.ts';
import { DEMO, seedDemoData } from '../../db/seed/seed-demo-data.ts';
import { WELCOME } from '../../bot/replies.ts';
import { CATALOGUE } from '../../bot/catalogue.ts';

// The served web chat signs visitors in with an e-mail one-time code: an unverified visitor is asked for
// their address, and is shown no account data.
const VERIFY_FIRST = CATALOGUE.en.askEmail;
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { understanding } from './support/chat-world.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';

const SECRET = randomBytes(32).toString('hex');
let db: TestDatabase;
let redis: PrivateRedis;
let server: http.Server;
let container: Container;
let base: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db, { onProgress: () => undefined });
  await understanding(); // trained before the stories, so no story's time includes the training
  redis = await startPrivateRedis();
  container = createContainer(loadConfig({ DATABASE_URL: db.url, REDIS_URL: redis.url, NODE_ENV: 'test', DIRECTLINE_SECRET: SECRET }));
  server = createServer(container, { webChatDemoEmail: DEMO.contactEmail, understanding });
  await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  server.close();
  await container.close();
  await redis.stop();
  await db.drop();
});

interface Activity { id: string; type: string; text?: string; from: { id: string; role?: string }; channelData?: { clientActivityID?: string } }
interface ActivitySet { activities: Activity[]; watermark: string }

async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}/v3/directline${path}`, {
    method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() as T };
}

/** A conversation as Web Chat starts one: a token from the hosting server, then POST /conversations. */
async function startConversation(generate: object = {}) {
  const { body: minted } = await call<{ token: string }>('POST', '/tokens/generate', SECRET, generate);
  const started = await call<{ conversationId: string; token: string; streamUrl: string }>('POST', '/conversations', minted.token);
  expect(started.status).toBe(201);
  return started.body;
}

const say = (c: { conversationId: string; token: string }, text: string, clientActivityID: string = randomUUID()) =>
  call<{ id: string }>('POST', `/conversations/${c.conversationId}/activities`, c.token, {
    type: 'message', text, from: { id: 'whoever-the-client-claims' }, channelData: { clientActivityID },
  });

const bySender = (set: ActivitySet, role: 'user' | 'bot') => set.activities.filter((a) => (role === 'user' ? a.from.role === 'user' : a.from.role !== 'user'));

describe('tokens', () => {
  it('are minted only for a caller holding the secret', async () => {
    expect((await call('POST', '/tokens/generate', 'not-the-secret', {})).status).toBe(403);
    expect((await call<{ token: string }>('POST', '/tokens/generate', SECRET, { user: { id: 'dl_visitor' } })).body.token).toEqual(expect.any(String));
  });

  it('open only their own conversation', async () => {
    const mine = await startConversation();
    const theirs = await startConversation();
    expect((await call('GET', `/conversations/${theirs.conversationId}/activities`, mine.token)).status).toBe(403);
  });

  it('can be refreshed', async () => {
    const c = await startConversation();
    const refreshed = await call<{ token: string; conversationId: string }>('POST', '/tokens/refresh', c.token);
    expect(refreshed.body.conversationId).toBe(c.conversationId);
    expect((await call('GET', `/conversations/${c.conversationId}/activities`, refreshed.body.token)).status).toBe(200);
  });
});

describe('a conversation', () => {
  it('starts with the bot\'s welcome, echoes the user\'s message with its clientActivityID, and pages by watermark', async () => {
    const c = await startConversation();
    const first = await call<ActivitySet>('GET', `/conversations/${c.conversationId}/activities`, c.token);
    expect(first.body.activities.map((a) => a.text)).toEqual([WELCOME]);
    expect(first.body.watermark).toBe('1');

    const posted = await say(c, 'help', 'client-1');
    expect(posted.status).toBe(200);
    const next = await call<ActivitySet>('GET', `/conversations/${c.conversationId}/activities?watermark=${first.body.watermark}`, c.token);
    const [echo] = bySender(next.body, 'user');
    expect(echo).toMatchObject({ id: posted.body.id, text: 'help', channelData: { clientActivityID: 'client-1' } });
    expect(echo?.from.id).not.toBe('whoever-the-client-claims');
    expect(bySender(next.body, 'bot').map((a) => a.text)).toEqual([expect.stringContaining('I can open an Admin Service Request')]);
    expect(next.body.watermark).toBe('3');
  });

  it('discloses account data only when the hosting server vouched for the visitor', async () => {
    const stranger = await startConversation();
    await say(stranger, `status of ${DEMO.caseNumber}`);
    const strangerReplies = await call<ActivitySet>('GET', `/conversations/${stranger.conversationId}/activities?watermark=1`, stranger.token);
    expect(bySender(strangerReplies.body, 'bot').map((a) => a.text)).toEqual([VERIFY_FIRST]);

    const dana = await startConversation({ user: { id: 'dl_dana' }, verifiedEmail: DEMO.contactEmail });
    await say(dana, `status of ${DEMO.caseNumber}`);
    const danaReplies = await call<ActivitySet>('GET', `/conversations/${dana.conversationId}/activities?watermark=1`, dana.token);
    expect(bySender(danaReplies.body, 'bot').map((a) => a.text).join(' ')).toContain(`Case ${DEMO.caseNumber} is open`);
  });

  it('ignores an identity the client writes into channelData itself', async () => {
    const c = await startConversation();
    await call('POST', `/conversations/${c.conversationId}/activities`, c.token, {
      type: 'message', text: `status of ${DEMO.caseNumber}`, channelData: { carelineIdentity: 'forged.identity' },
    });
    const replies = await call<ActivitySet>('GET', `/conversations/${c.conversationId}/activities?watermark=1`, c.token);
    expect(bySender(replies.body, 'bot').map((a) => a.text)).toEqual([VERIFY_FIRST]);
  });

  it('rejects a body that is not an activity', async () => {
    const c = await startConversation();
    const response = await call<{ error: { code: string } }>('POST', `/conversations/${c.conversationId}/activities`, c.token, { text: 'no type' });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'BadArgument' } } });
  });
});

describe('the WebSocket stream', () => {
  function open(streamUrl: string): { frames: ActivitySet[]; next: (count: number) => Promise<ActivitySet[]> } {
    const socket = new WebSocket(streamUrl);
    sockets.push(socket);
    const frames: ActivitySet[] = [];
    const waiters: (() => void)[] = [];
    socket.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text) frames.push(JSON.parse(text) as ActivitySet);
      for (const wake of waiters.splice(0)) wake();
    });
    const next = async (count: number) => {
      while (frames.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return frames.slice(0, count);
    };
    return { frames, next };
  }

  it('replays what the client has not seen when it connects, then pushes the echo and the reply', async () => {
    const c = await startConversation();
    const stream = open(c.streamUrl);
    const [replay] = await stream.next(1);
    expect(replay?.activities.map((a) => a.text)).toEqual([WELCOME]);

    await say(c, 'help', 'client-7');
    const frames = await stream.next(3);
    const pushed = frames.slice(1).flatMap((f) => f.activities);
    expect(pushed[0]).toMatchObject({ text: 'help', channelData: { clientActivityID: 'client-7' } });
    expect(pushed[1]?.text).toContain('I can open an Admin Service Request');
    expect(frames.at(-1)?.watermark).toBe('3');
  });

  it('refuses a stream without a valid token for the conversation', async () => {
    const c = await startConversation();
    const url = new URL(c.streamUrl);
    url.searchParams.set('t', 'forged');
    const socket = new WebSocket(url);
    socket.on('error', () => undefined); // the refusal is the point
    sockets.push(socket);
    const status = await new Promise<number>((resolve) => socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
  });
});

describe('the web chat page', () => {
  it('serves the page and the Web Chat bundle from careline itself', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    expect(html).not.toMatch(/https?:\/\/(?!127)/);
    const bundle = await fetch(`${base}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
  });

  it('gives the demo visitor a session signed in as the demo contact', async () => {
    const session = await (await fetch(`${base}/chat/session`, { method: 'POST' })).json() as { token: string; signedInAs: string };
    expect(session.signedInAs).toBe(DEMO.contactEmail);
    const started = await call<{ conversationId: string; token: string }>('POST', '/conversations', session.token);
    await say(started.body, 'my cases');
    const replies = await call<ActivitySet>('GET', `/conversations/${started.body.conversationId}/activities?watermark=1`, started.body.token);
    expect(bySender(replies.body, 'bot').map((a) => a.text).join(' ')).toContain(DEMO.caseNumber);
  });
});
