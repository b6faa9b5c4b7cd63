// The Bot Framework endpoint, over HTTP, as Teams (or any Bot Framework channel) uses it: activities are POSTed to
// /api/messages of the real server, and the bot's replies are captured by a loopback connector (the serviceUrl).
import { readdirSync, readFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.ts';
import { createContainer, type Container } from '../../app/container.ts';
import { createServer, listen } from '../../app/server.ts';
import { DEMO, seedDemoData } from '../../db/seed/seed-demo-data.ts';
import { UNKNOWN_ACTIVITY } from '../../bot/careline-bot.ts';
import { VERIFY_FIRST, WELCOME } from '../../bot/replies.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { understanding } from './support/chat-world.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';
import { startConnector, type LoopbackConnector } from './support/connector.ts';

const FIXTURES = new URL('../fixtures/activities/teams/', import.meta.url);

let db: TestDatabase;
let redis: PrivateRedis;
let connector: LoopbackConnector;
const running: { server: http.Server; container: Container }[] = [];
const logged: string[] = [];

async function serve(env: Record<string, string> = {}): Promise<string> {
  const container = createContainer(loadConfig({ DATABASE_URL: db.url, REDIS_URL: redis.url, NODE_ENV: 'test', ...env }));
  const server = createServer(container, { chatKeyPrefix: `test:${randomUUID()}:`, chatLog: (message) => logged.push(message), understanding });
  await listen(server, 0, '127.0.0.1');
  running.push({ server, container });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let base: string;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db, { onProgress: () => undefined });
  await understanding(); // trained before the stories, so no story's time includes the training
  redis = await startPrivateRedis();
  connector = await startConnector();
  base = await serve();
});
afterAll(async () => {
  for (const { server, container } of running) {
    server.close();
    await container.close();
  }
  await connector.close();
  await redis.stop();
  await db.drop();
});

/** A Teams personal-chat message from `userId`, replying through the loopback connector. */
function teamsMessage(text: string, userId: string = DEMO.contactTeamsId, conversationId = `a:${randomUUID()}`) {
  return {
    type: 'message', id: randomUUID(), timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: connector.serviceUrl,
    from: { id: userId, name: 'Dana Whitfield' }, recipient: { id: '28:careline-bot', name: 'Customer Care' },
    conversation: { id: conversationId, conversationType: 'personal' }, channelData: { tenant: { id: 'tenant-1' } }, text,
  };
}

async function post(activity: object, url = base, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
}

/** What the bot sent to the connector while `action` ran (replies are sent before /api/messages answers). */
async function repliesTo(action: () => Promise<Response>): Promise<{ status: number; texts: string[]; paths: string[] }> {
  const before = connector.calls.length;
  const response = await action();
  const calls = connector.calls.slice(before);
  return { status: response.status, texts: calls.map((c) => c.body.text ?? ''), paths: calls.map((c) => `${c.method} ${c.path}`) };
}

describe('POST /api/messages in local mode (no app id)', () => {
  it('answers a verified Teams customer on their conversation, as a reply to their message', async () => {
    const activity = teamsMessage(`status of ${DEMO.caseNumber}`);
    const { status, texts, paths } = await repliesTo(() => post(activity));
    expect(status).toBe(200);
    expect(texts.join(' ')).toContain(`Case ${DEMO.caseNumber} is open`);
    expect(paths).toEqual([`POST /amer/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${activity.id}`]);
    expect(connector.calls.at(-1)?.authorization).toBeUndefined();
  });

  it('asks a Teams user it does not know to verify, and discloses nothing', async () => {
    const { texts } = await repliesTo(() => post(teamsMessage(`status of ${DEMO.caseNumber}`, '29:someone-unknown')));
    expect(texts).toEqual([VERIFY_FIRST]);
  });

  it('acts once on an activity delivered twice', async () => {
    const activity = teamsMessage('Please open a case: our licence portal account is locked for all three admins, priority P3, serial ' + DEMO.coveredSerial);
    const first = await repliesTo(() => post(activity));
    const second = await repliesTo(() => post(activity));
    expect(first.texts.length).toBe(1);
    expect(second).toMatchObject({ status: 200, texts: [] });
  });

  it('stores the conversation reference so the customer can be written to later', async () => {
    const activity = teamsMessage('hello');
    await post(activity);
    const row = await db.prisma.conversation.findUniqueOrThrow({ where: { channel_externalId: { channel: 'TEAMS', externalId: activity.conversation.id } } });
    expect(row.reference).toMatchObject({ serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: activity.conversation.id } });
  });

  it('stays silent while a representative holds the conversation, and answers again once it is back with the bot', async () => {
    const activity = teamsMessage(`status of ${DEMO.caseNumber}`);
    await db.prisma.conversation.create({ data: { channel: 'TEAMS', externalId: activity.conversation.id, state: 'CLAIMED' } });
    expect((await repliesTo(() => post(activity))).texts).toEqual([]);
    await db.prisma.conversation.update({ where: { channel_externalId: { channel: 'TEAMS', externalId: activity.conversation.id } }, data: { state: 'BOT' } });
    expect((await repliesTo(() => post({ ...activity, id: randomUUID() }))).texts.join(' ')).toContain(`Case ${DEMO.caseNumber} is open`);
  });

  it('answers a 1 MB message with a clear request for something shorter', async () => {
    const { status, texts } = await repliesTo(() => post(teamsMessage('x'.repeat(1024 * 1024))));
    expect(status).toBe(200);
    expect(texts).toEqual([expect.stringMatching(/too long for me \(1048576 characters\)/)]);
  });

  it('answers an activity type it does not know', async () => {
    const { status, texts } = await repliesTo(() => post({ ...teamsMessage(''), type: 'holographicCall' }));
    expect(status).toBe(200);
    expect(texts).toEqual([UNKNOWN_ACTIVITY]);
  });

  it('returns the replies in the response body for deliveryMode expectReplies, and sends nothing to the connector', async () => {
    const before = connector.calls.length;
    const response = await post({ ...teamsMessage(`status of ${DEMO.caseNumber}`), deliveryMode: 'expectReplies' });
    const body = await response.json() as { activities: { text?: string }[] };
    expect(body.activities.map((a) => a.text).join(' ')).toContain(`Case ${DEMO.caseNumber} is open`);
    expect(connector.calls.length).toBe(before);
  });

  it('greets a customer who installs the app in a personal chat', async () => {
    const { texts } = await repliesTo(() => post({
      type: 'conversationUpdate', id: randomUUID(), channelId: 'msteams', serviceUrl: connector.serviceUrl,
      from: { id: DEMO.contactTeamsId }, recipient: { id: '28:careline-bot' }, conversation: { id: `a:${randomUUID()}`, conversationType: 'personal' },
      membersAdded: [{ id: '28:careline-bot' }], channelData: { tenant: { id: 'tenant-1' } },
    }));
    expect(texts).toEqual([WELCOME]);
  });

  it('tells the customer about a failure with a short apology and a reference, never a stack trace', async () => {
    const broken = await serve({ DATABASE_URL: db.url.replace(/\/[^/]+$/, '/careline_no_such_database') });
    const { status, texts } = await repliesTo(() => post(teamsMessage(`status of ${DEMO.caseNumber}`), broken));
    expect(status).toBe(200);
    expect(texts).toEqual([expect.stringMatching(/^Sorry, something went wrong on our side\. .*quote reference [0-9A-F]{8}\.$/)]);
    const reference = /reference ([0-9A-F]{8})/.exec(texts[0] ?? '')?.[1] ?? 'none';
    expect(logged.some((line) => line.includes(reference))).toBe(true);
  });
});

describe('POST /api/messages with an app id (authenticated mode)', () => {
  it('refuses a request without a Bot Framework token and sends nothing', async () => {
    const secured = await serve({ MicrosoftAppId: randomUUID(), MicrosoftAppPassword: 'not-used-offline' });
    const { status, texts } = await repliesTo(() => post(teamsMessage('hello'), secured));
    expect(status).toBe(401);
    expect(texts).toEqual([]);
    const forged = await repliesTo(() => post(teamsMessage('hello'), secured, { authorization: 'Bearer forged.token.value' }));
    expect(forged.status).toBe(401);
  });
});

describe('recorded Teams activities', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it.each(files)('%s is handled without error', async (file) => {
    const recorded = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Record<string, unknown>;
    const activity = { ...recorded, channelId: 'msteams', serviceUrl: connector.serviceUrl, id: recorded['id'] ?? randomUUID() };
    const before = logged.length;
    const { status, texts } = await repliesTo(() => post(activity));
    expect(status).toBe(200);
    expect(texts.filter((t) => t.startsWith('Sorry, something went wrong'))).toEqual([]);
    expect(logged.slice(before)).toEqual([]);
  });

  it('strips the @mention of the bot before reading a channel message', async () => {
    const recorded = JSON.parse(readFileSync(new URL('message.channel-bot-mention-html-attachment-2017.json', FIXTURES), 'utf8')) as {
      recipient: { id: string; name: string };
    };
    const mention = `<at>${recorded.recipient.name}</at>`;
    const { texts } = await repliesTo(() => post({
      ...recorded, id: randomUUID(), serviceUrl: connector.serviceUrl, text: `${mention} cancel`,
      entities: [{ type: 'mention', text: mention, mentioned: recorded.recipient }],
    }));
    expect(texts).toEqual([expect.stringMatching(/^There is nothing to cancel\./)]);
  });
});
