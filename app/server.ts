/**
 * careline's HTTP server (express): health and readiness, and the chat channel — the Bot Framework
 * endpoint /api/messages, careline's Direct Line endpoint /v3/directline (with its WebSocket stream) and
 * the web chat page at /. Unknown routes and failures answer JSON, never a stack trace.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Redis } from 'ioredis';
import { createChatChannel } from '../bot/chat-channel.ts';
import type { WebSignIn } from '../bot/ports.ts';
import { redisSignInCodeStore } from '../bot/sign-in/code-store.ts';
import { mailSigner } from '../mail/mail-settings.ts';
import { outboxSignInCodeMailer } from '../mail/sign-in-code-mail.ts';
import { createOutboundMailQueue, type OutboundMailQueue } from '../queue/outbound-mail.ts';
import type { ChatLog } from '../bot/turn-error.ts';
import { createBotChatStore } from '../db/stores/bot-chat-store.ts';
import type { UnderstandingDeps } from '../core/understanding/understand.ts';
import type { Container } from './container.ts';
import { checkPostgres, checkRedis } from './health.ts';

export interface ServerOptions {
  /** Development demo: web chat visitors are signed in as this contact (docs/chat.md). Ignored in production. */
  webChatDemoEmail?: string | null;
  /** Redis key prefix of the chat state (tests isolate themselves with their own). */
  chatKeyPrefix?: string;
  /** Where failed chat turns are logged (with their reference); stderr by default. */
  chatLog?: ChatLog;
  /** Request understanding, when the caller already trained it (tests); otherwise trained on first use. */
  understanding?: () => Promise<UnderstandingDeps>;
}

export function createServer(container: Container, options: ServerOptions = {}): http.Server {
  const { config } = container;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    void Promise.all([checkPostgres(config.databaseUrl), checkRedis(config.redisUrl)]).then(
      (checks) => res.status(checks.every((c) => c.ok) ? 200 : 503).json({ checks }),
      () => res.status(503).json({ status: 'error' }),
    );
  });

  // Connected on first use, so a server that never chats never needs Redis for it.
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  redis.on('error', () => undefined); // a failed command rejects its turn; /readyz reports the outage
  const understanding = options.understanding ?? container.understanding;
  const directLineSecret = config.bot.directLineSecret ?? randomBytes(32).toString('hex');
  // Web chat visitors sign in with a one-time code by email, sent through the same outbox as every reply.
  let outbound: OutboundMailQueue | undefined;
  const signIn: WebSignIn = {
    codes: redisSignInCodeStore(redis),
    mailer: outboxSignInCodeMailer({
      prisma: container.database.prisma, signer: mailSigner(config.mail),
      enqueue: (id) => (outbound ??= createOutboundMailQueue(container.redisConnection)).enqueue(id),
    }),
    secret: directLineSecret,
  };
  const chat = createChatChannel({
    services: { core: container.core, handoff: container.handoff, understanding, signIn },
    chat: createBotChatStore(container.database.prisma),
    redis,
    ...(options.chatKeyPrefix ? { keyPrefix: options.chatKeyPrefix } : {}),
    credentials: config.bot,
    directLineSecret,
    webChatDemoEmail: config.env === 'production' ? null : options.webChatDemoEmail ?? null,
    ...(options.chatLog ? { log: options.chatLog } : {}),
  });
  app.use(chat.router);

  app.use((req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.path}` } });
  });
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) console.error('[careline http]', error);
    const code = status === 413 ? 'TOO_LARGE' : status === 400 ? 'BAD_REQUEST' : status === 500 ? 'INTERNAL' : 'BAD_REQUEST';
    res.status(status).json({ error: { code, message: status === 500 ? 'internal error' : error.message } });
  });

  const server = http.createServer(app);
  server.on('upgrade', (req, socket, head) => {
    if (!chat.handleUpgrade(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  // Open WebSocket streams would keep close() waiting forever: end them, and the chat's Redis, first.
  const close = server.close.bind(server);
  server.close = (callback?: (error?: Error) => void) => {
    chat.close();
    void outbound?.close();
    redis.disconnect();
    return close(callback);
  };
  return server;
}

/** Listens; resolves once bound. Rejects with a readable message when the port is taken. */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use (set PORT)` : error.message));
    });
    server.listen(port, host, () => resolve());
  });
}
