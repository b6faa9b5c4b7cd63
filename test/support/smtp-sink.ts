/**
 * An SMTP server on loopback (smtp-server) that accepts everything careline sends and keeps it for the test:
 *   const sink = await startSmtpSink(); ... const [reply] = await sink.waitFor(1); await sink.close();
 * Any AUTH is accepted, so careline can use production-like settings. `failNext(n)` answers the next n
 * messages with a temporary error (451), to prove that the outbound queue retries.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpSink {
  host: string;
  port: number;
  url: string;
  messages: CapturedMail[];
  /** Resolves with the first `count` messages once they have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  failNext(count: number): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: CapturedMail[] = [];
  const waiters: (() => void)[] = [];
  let failures = 0;
  const server = new SMTPServer({
    secure: false, disabledCommands: ['STARTTLS'], authOptional: true, allowInsecureAuth: true, logger: false,
    onAuth(auth, _session, callback) { callback(null, { user: auth.username ?? 'anonymous' }); },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1;
          callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((parsed) => {
          messages.push({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed,
          });
          for (const wake of waiters.splice(0)) wake();
          callback(null, `queued as sink-${messages.length}`);
        }, (error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    host: '127.0.0.1', port, url: `smtp://127.0.0.1:${port}`, messages,
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`smtp sink: expected ${count} messages, have ${messages.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => { clearTimeout(timer); resolve(); });
        });
      }
      return messages.slice(0, count);
    },
    failNext(count) { failures = count; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
