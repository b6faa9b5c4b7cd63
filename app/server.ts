/**
 * careline's HTTP server. Today it serves health and readiness; the chat channel (/api/messages,
 * /v3/directline, the web chat page) and the rep console mount here as they land.
 */
import http from 'node:http';
import type { Container } from './container.ts';
import { checkPostgres, checkRedis } from './health.ts';

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export function createServer(container: Container): http.Server {
  return http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/healthz') {
      send(res, 200, { status: 'ok' });
      return;
    }
    if (req.method === 'GET' && path === '/readyz') {
      void Promise.all([checkPostgres(container.config.databaseUrl), checkRedis(container.config.redisUrl)]).then(
        (checks) => send(res, checks.every((c) => c.ok) ? 200 : 503, { checks }),
        () => send(res, 503, { status: 'error' }),
      );
      return;
    }
    if (req.method === 'GET' && path === '/') {
      send(res, 200, { name: 'careline', endpoints: ['/healthz', '/readyz'] });
      return;
    }
    send(res, 404, { error: { code: 'NOT_FOUND', message: `no route ${req.method ?? ''} ${path}` } });
  });
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
