/**
 * A loopback Bot Connector: the serviceUrl of the activities a test posts to /api/messages, so the bot's
 * replies (POST v3/conversations/{id}/activities[/{replyToId}]) land here, in order, to be asserted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: { type?: string; text?: string; attachments?: unknown[]; replyToId?: string } & Record<string, unknown>;
}

export interface LoopbackConnector {
  serviceUrl: string;
  calls: CapturedCall[];
  /** Texts of the messages the bot sent, in order. */
  texts(): string[];
  close(): Promise<void>;
}

export async function startConnector(): Promise<LoopbackConnector> {
  const calls: CapturedCall[] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString();
      calls.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, body: raw ? JSON.parse(raw) as CapturedCall['body'] : {} });
      next += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${next}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/amer/`,
    calls,
    texts: () => calls.filter((c) => c.body.type === 'message').map((c) => c.body.text ?? ''),
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
