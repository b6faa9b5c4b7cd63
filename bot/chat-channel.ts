/**
 * The chat door, assembled: the bot on Redis-backed state, the Bot Framework endpoint `/api/messages`
 * (CloudAdapter; JWT-authenticated when an app id is configured, local mode without), careline's own
 * Direct Line endpoint for web chat, and the web chat page. app/server.ts mounts `router` and
 * `handleUpgrade`; every botbuilder import stays inside bot/.
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions, type Storage,
} from 'botbuilder';
import express from 'express';
import type { Redis } from 'ioredis';
import { redisActivityLedger } from './activity-ledger.ts';
import { CarelineBot } from './careline-bot.ts';
import { ConversationHub } from './directline/conversation-hub.ts';
import { DirectLineAdapter } from './directline/directline-adapter.ts';
import { createDirectLine, DIRECTLINE_PATH } from './directline/routes.ts';
import { signDirectLineToken } from './directline/tokens.ts';
import { signWebIdentity } from './identity.ts';
import type { ActivityLedger, ChatServices, ChatStore } from './ports.ts';
import { createChatDelivery, type ChatDelivery } from './proactive.ts';
import { RedisStorage } from './redis-storage.ts';
import { defaultChatLog, turnErrorHandler, type ChatLog } from './turn-error.ts';
import { webChatBundlePath, webChatPage } from './webchat/page.ts';

export interface BotCredentials {
  appId: string | null;
  appPassword: string | null;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string | null;
}

export interface ChatChannelOptions {
  services: ChatServices;
  chat: ChatStore;
  /** Conversation state and the activity ledger live here, under `keyPrefix` (unless both are overridden). */
  redis?: Redis;
  keyPrefix?: string;
  credentials: BotCredentials;
  /** Signs Direct Line tokens and web identities; random per process when not configured (development). */
  directLineSecret: string;
  /** Development demo only: every web chat visitor is signed in as this contact. */
  webChatDemoEmail?: string | null;
  /** Overrides for tests. */
  storage?: Storage;
  ledger?: ActivityLedger;
  log?: ChatLog;
}

export interface ChatChannel {
  router: express.Router;
  /** Handles the Direct Line stream's WebSocket upgrade; returns false for other paths. */
  handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): boolean;
  bot: CarelineBot;
  cloudAdapter: CloudAdapter;
  directLineAdapter: DirectLineAdapter;
  /** Proactive messages to a customer's conversation (the handoff relays representatives' replies with it). */
  delivery: ChatDelivery;
  close(): void;
}

export function createCloudAdapter(credentials: BotCredentials): CloudAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: credentials.appId ?? '',
    MicrosoftAppPassword: credentials.appPassword ?? '',
    MicrosoftAppType: credentials.appType,
    MicrosoftAppTenantId: credentials.tenantId ?? '',
  };
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
}

export function createChatChannel(options: ChatChannelOptions): ChatChannel {
  const prefix = options.keyPrefix ?? 'careline:chat:';
  const log = options.log ?? defaultChatLog;
  const redis = (): Redis => {
    if (!options.redis) throw new Error('createChatChannel needs redis, or both storage and ledger');
    return options.redis;
  };
  const bot = new CarelineBot({
    ...options.services,
    chat: options.chat,
    storage: options.storage ?? new RedisStorage(redis(), `${prefix}state:`),
    ledger: options.ledger ?? redisActivityLedger(redis(), `${prefix}activity:`),
    identitySecret: options.directLineSecret,
  });
  const onTurnError = turnErrorHandler(bot.conversationState, log);

  const cloudAdapter = createCloudAdapter(options.credentials);
  cloudAdapter.onTurnError = onTurnError;
  const hub = new ConversationHub();
  const directLineAdapter = new DirectLineAdapter(hub, { id: options.credentials.appId ?? 'careline', name: 'Customer Care', role: 'bot' });
  directLineAdapter.onTurnError = onTurnError;
  const now = () => options.services.core.clock.now();
  const signIdentity = (email: string, userId: string) => signWebIdentity(options.directLineSecret, { email, userId }, now());
  const directLine = createDirectLine({ secret: options.directLineSecret, hub, adapter: directLineAdapter, runBot: (context) => bot.run(context), signIdentity, now });

  const router = express.Router();
  // A 1 MB message must reach the bot to be answered ("too long"), so the body limit is above it.
  router.post('/api/messages', express.json({ limit: '4mb' }), async (req, res) => {
    await cloudAdapter.process(req, res, (context) => bot.run(context));
  });
  router.use(DIRECTLINE_PATH, directLine.router);
  router.get('/', (_req, res) => {
    res.type('html').send(webChatPage());
  });
  router.get('/webchat/webchat.js', (_req, res) => {
    res.sendFile(webChatBundlePath(), { maxAge: '1h' });
  });
  // The page's session: a Direct Line token for a fresh visitor (signed in only in the demo, see docs/chat.md).
  router.post('/chat/session', (_req, res) => {
    const userId = `dl_${randomBytes(8).toString('hex')}`;
    const email = options.webChatDemoEmail ?? null;
    const identity = email ? signIdentity(email, userId) : null;
    const conversationId = randomBytes(12).toString('hex');
    const token = signDirectLineToken(options.directLineSecret, { conversationId, userId, identity }, now());
    res.json({ token, conversationId, userId, signedInAs: email });
  });

  return {
    router, bot, cloudAdapter, directLineAdapter,
    delivery: createChatDelivery({ chat: options.chat, cloudAdapter, directLineAdapter, appId: options.credentials.appId }),
    handleUpgrade: directLine.handleUpgrade,
    close: directLine.close,
  };
}
