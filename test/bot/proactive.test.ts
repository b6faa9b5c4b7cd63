// careline can write to a customer later, on the channel they used: the reference stored on their last turn
// leads a proactive message to the Teams conversation (through the Bot Connector) or into the web chat.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryActivityLedger } from '../../bot/activity-ledger.ts';
import { createChatChannel, type ChatChannel } from '../../bot/chat-channel.ts';
import { DEMO } from '../../db/seed/demo-identifiers.ts';
import { createChatWorld, type ChatWorld } from './support/chat-world.ts';
import { startConnector, type LoopbackConnector } from './support/connector.ts';

const SECRET = 'p'.repeat(40);
let world: ChatWorld;
let connector: LoopbackConnector;
let channel: ChatChannel;
let server: http.Server;
let base: string;

beforeAll(async () => {
  world = await createChatWorld();
  connector = await startConnector();
  channel = createChatChannel({
    services: world.services, chat: world.chat, storage: new MemoryStorage(), ledger: memoryActivityLedger(),
    credentials: { appId: null, appPassword: null, appType: 'MultiTenant', tenantId: null }, directLineSecret: SECRET, log: () => undefined,
  });
  const app = express();
  app.use(channel.router);
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  channel.close();
  await new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); });
  await connector.close();
  await world.drop();
});

describe('proactive messages', () => {
  it('reach a Teams conversation through its connector, after the customer has written there once', async () => {
    const conversationId = `a:${randomUUID()}`;
    await fetch(`${base}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: randomUUID(), channelId: 'msteams', serviceUrl: connector.serviceUrl, text: 'help',
        from: { id: DEMO.contactTeamsId }, recipient: { id: '28:bot' }, conversation: { id: conversationId, conversationType: 'personal' },
      }),
    });
    const before = connector.calls.length;
    expect(await channel.delivery.sendText({ channel: 'TEAMS', externalId: conversationId }, 'Ana from Customer Care here.')).toBe(true);
    const sent = connector.calls.slice(before);
    expect(sent.map((c) => [c.method, c.path.split('/activities')[0], c.body.text])).toEqual([
      ['POST', `/amer/v3/conversations/${encodeURIComponent(conversationId)}`, 'Ana from Customer Care here.'],
    ]);
  });

  it('appear in a web chat conversation', async () => {
    const session = await (await fetch(`${base}/chat/session`, { method: 'POST' })).json() as { token: string };
    const started = await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` } })).json() as { conversationId: string; token: string };
    await fetch(`${base}/v3/directline/conversations/${started.conversationId}/activities`, {
      method: 'POST', headers: { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'help' }),
    });
    expect(await channel.delivery.sendText({ channel: 'WEB_CHAT', externalId: started.conversationId }, 'Ana from Customer Care here.')).toBe(true);
    const { activities } = await (await fetch(`${base}/v3/directline/conversations/${started.conversationId}/activities`, { headers: { authorization: `Bearer ${started.token}` } })).json() as { activities: { text?: string }[] };
    expect(activities.at(-1)?.text).toBe('Ana from Customer Care here.');
  });

  it('say so when careline never chatted in that conversation', async () => {
    expect(await channel.delivery.sendText({ channel: 'TEAMS', externalId: 'a:never-seen' }, 'hello')).toBe(false);
  });
});
