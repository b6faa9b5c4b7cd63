/**
 * careline's Direct Line 3.0 endpoint, enough for Microsoft's Web Chat (botframework-directlinejs):
 * tokens/generate and tokens/refresh, start and reconnect a conversation, post and poll activities with a
 * watermark, and the WebSocket stream. Two rules the client depends on:
 * 1. the user's own activity is echoed back (with its channelData.clientActivityID) — without the echo Web
 *    Chat marks the message "Send failed";
 * 2. a stream that connects receives every activity after its watermark first — the welcome usually exists
 *    before the socket opens.
 * Errors are Direct Line's ErrorResponse: { error: { code, message } }.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type Request, type Response } from 'express';
import type { Activity, TurnContext } from 'botbuilder';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { ConversationHub, DirectLineConversation } from './conversation-hub.ts';
import { DIRECTLINE_CHANNEL, type DirectLineAdapter } from './directline-adapter.ts';
import { isSecret, signDirectLineToken, TOKEN_LIFETIME_SECONDS, verifyDirectLineToken, type DirectLineClaims } from './tokens.ts';

export const DIRECTLINE_PATH = '/v3/directline';

export interface DirectLineOptions {
  secret: string;
  hub: ConversationHub;
  adapter: DirectLineAdapter;
  runBot: (context: TurnContext) => Promise<void>;
  /** Mints the signed web identity for a trusted caller of tokens/generate (identity.ts). */
  signIdentity: (email: string, userId: string) => string;
  now?: () => Date;
}

const IncomingActivity = z.object({
  type: z.string().min(1).max(100),
  text: z.string().optional(),
  value: z.unknown().optional(),
  locale: z.string().max(20).optional(),
  attachments: z.array(z.unknown()).max(10).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  from: z.object({ id: z.string().optional(), name: z.string().max(200).optional() }).optional(),
}).passthrough();

const GenerateBody = z.object({
  user: z.object({ id: z.string().min(1).max(200), name: z.string().max(200).optional() }).optional(),
  /** A caller holding the secret may vouch for the user's e-mail address (its own sign-in checked it). */
  verifiedEmail: z.string().email().max(320).optional(),
}).optional();

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function bearer(req: Request | http.IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

export function createDirectLine(options: DirectLineOptions) {
  const { hub, adapter, secret } = options;
  const now = options.now ?? (() => new Date());
  const router = express.Router();
  const sockets = new WebSocketServer({ noServer: true });

  const token = (claims: Omit<DirectLineClaims, 'expiresAt'>) => signDirectLineToken(secret, claims, now());
  const streamUrl = (req: Request, conversationId: string, t: string) =>
    `${req.protocol === 'https' ? 'wss' : 'ws'}://${req.get('host') ?? 'localhost'}${DIRECTLINE_PATH}/conversations/${encodeURIComponent(conversationId)}/stream?t=${encodeURIComponent(t)}`;

  /** The caller's rights: the secret may do anything; a token only its own conversation. */
  const authorise = (req: Request, res: Response, conversationId?: string): DirectLineClaims | 'secret' | null => {
    const presented = bearer(req);
    if (presented && isSecret(secret, presented)) return 'secret';
    const claims = presented ? verifyDirectLineToken(secret, presented, now()) : null;
    if (!claims) {
      fail(res, 403, 'TokenExpired', 'missing, invalid or expired token');
      return null;
    }
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      fail(res, 403, 'BadArgument', 'the token is for another conversation');
      return null;
    }
    return claims;
  };

  const conversationOr404 = (res: Response, id: string): DirectLineConversation | null => {
    const conversation = hub.get(id);
    if (!conversation) fail(res, 404, 'BadArgument', 'conversation not found (it ended or this server restarted)');
    return conversation ?? null;
  };

  const turn = async (conversation: DirectLineConversation, activity: Partial<Activity>, serviceUrl: string) => {
    // Only the token vouches for identity: whatever the client put in channelData.carelineIdentity is dropped.
    const { carelineIdentity: _fromClient, ...channelData } = (activity.channelData ?? {}) as Record<string, unknown>;
    await adapter.processActivity({
      ...activity, channelId: DIRECTLINE_CHANNEL, serviceUrl, conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      recipient: adapter.bot,
      channelData: { ...channelData, ...(conversation.identity ? { carelineIdentity: conversation.identity } : {}) },
    }, options.runBot);
  };
  const serviceUrlOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}${DIRECTLINE_PATH}/`;

  router.use((req, res, next) => {
    res.header('Access-Control-Allow-Origin', '*');
    res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
    res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (req.method === 'OPTIONS') res.sendStatus(204);
    else next();
  });
  router.use(express.json({ limit: '2mb' }));

  router.post('/tokens/generate', (req, res) => {
    if (!isSecret(secret, bearer(req))) return fail(res, 403, 'BadArgument', 'tokens/generate needs the Direct Line secret');
    const body = GenerateBody.safeParse(req.body && Object.keys(req.body as object).length ? req.body : undefined);
    if (!body.success) return fail(res, 400, 'BadArgument', 'body must be { user: { id }, verifiedEmail? }');
    const userId = body.data?.user?.id ?? `dl_${randomBytes(8).toString('hex')}`;
    const conversationId = randomUUID();
    const identity = body.data?.verifiedEmail ? options.signIdentity(body.data.verifiedEmail, userId) : null;
    res.json({ conversationId, token: token({ conversationId, userId, identity }), expires_in: TOKEN_LIFETIME_SECONDS });
  });

  router.post('/tokens/refresh', (req, res) => {
    const claims = authorise(req, res);
    if (!claims) return;
    if (claims === 'secret') return fail(res, 400, 'BadArgument', 'refresh a token, not the secret');
    const { expiresAt: _old, ...rest } = claims;
    res.json({ conversationId: claims.conversationId, token: token(rest), expires_in: TOKEN_LIFETIME_SECONDS });
  });

  router.post('/conversations', async (req, res, next) => {
    const claims = authorise(req, res);
    if (!claims) return;
    const bound = claims === 'secret'
      ? { conversationId: randomUUID(), userId: `dl_${randomBytes(8).toString('hex')}`, identity: null }
      : claims;
    const t = token({ conversationId: bound.conversationId, userId: bound.userId, identity: bound.identity });
    const existing = hub.get(bound.conversationId);
    const body = { conversationId: bound.conversationId, token: t, expires_in: TOKEN_LIFETIME_SECONDS, streamUrl: streamUrl(req, bound.conversationId, t) };
    if (existing) return void res.status(200).json(body);
    const conversation = hub.create(bound.conversationId, bound.userId, bound.identity);
    try {
      // As the Azure service does: the bot learns that it and the user joined, and may greet.
      await turn(conversation, { type: 'conversationUpdate', from: { id: bound.userId, name: '' }, membersAdded: [adapter.bot, { id: bound.userId, name: '' }] }, serviceUrlOf(req));
      res.status(201).json(body);
    } catch (error) {
      next(error);
    }
  });

  router.get('/conversations/:id', (req, res) => {
    const claims = authorise(req, res, req.params.id);
    const conversation = claims && conversationOr404(res, req.params.id);
    if (!claims || !conversation) return;
    const t = token({ conversationId: conversation.id, userId: conversation.userId, identity: conversation.identity });
    res.json({ conversationId: conversation.id, token: t, expires_in: TOKEN_LIFETIME_SECONDS, streamUrl: streamUrl(req, conversation.id, t) });
  });

  router.get('/conversations/:id/activities', (req, res) => {
    const claims = authorise(req, res, req.params.id);
    const conversation = claims && conversationOr404(res, req.params.id);
    if (!claims || !conversation) return;
    const { activities, watermark } = hub.since(conversation, Number.parseInt(typeof req.query['watermark'] === 'string' ? req.query['watermark'] : '0', 10) || 0);
    res.json({ activities, watermark: String(watermark) });
  });

  router.post('/conversations/:id/activities', async (req, res) => {
    const claims = authorise(req, res, req.params.id);
    const conversation = claims && conversationOr404(res, req.params.id);
    if (!claims || !conversation) return;
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, 'BadArgument', 'the body must be an activity with a type');
    // The user is who the token says, whatever the client wrote in `from`.
    const echoed = hub.append(conversation, {
      ...(parsed.data as Partial<Activity>), from: { id: conversation.userId, name: parsed.data.from?.name ?? '', role: 'user' },
      channelId: DIRECTLINE_CHANNEL, conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      timestamp: now(),
    });
    try {
      await turn(conversation, echoed, serviceUrlOf(req));
      res.json({ id: echoed.id });
    } catch {
      // The turn-error handler has told the customer; the client learns the bot failed, as on Azure.
      fail(res, 502, 'BotError', 'the bot could not process the activity');
    }
  });

  /** Upgrades `/v3/directline/conversations/{id}/stream?t=…[&watermark=N]`; false when the path is not ours. */
  const handleUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = new RegExp(`^${DIRECTLINE_PATH}/conversations/([^/]+)/stream$`).exec(url.pathname);
    if (!match?.[1]) return false;
    const conversationId = decodeURIComponent(match[1]);
    const claims = verifyDirectLineToken(secret, url.searchParams.get('t') ?? bearer(req), now());
    const conversation = hub.get(conversationId);
    if (!claims || claims.conversationId !== conversationId || !conversation) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return true;
    }
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const send = (activities: Activity[], watermark: number) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark: String(watermark) }));
      };
      const replay = hub.since(conversation, Number.parseInt(url.searchParams.get('watermark') ?? '0', 10) || 0);
      if (replay.activities.length) send(replay.activities, replay.watermark);
      conversation.listeners.add(send);
      ws.on('close', () => conversation.listeners.delete(send));
      ws.on('error', () => conversation.listeners.delete(send));
    });
    return true;
  };

  const close = () => {
    for (const client of sockets.clients) client.terminate();
    sockets.close();
    hub.close();
  };

  return { router, handleUpgrade, close };
}
