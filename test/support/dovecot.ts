/**
 * A real Dovecot IMAP + LMTP server for one test file, on free loopback ports, from a temporary configuration
 * (scripts/start-dovecot.sh renders scripts/dovecot.conf.template into its own temp dir; nothing in
 * /etc/dovecot is read or changed). Works as root (CI) and rootless.
 *   const dovecot = await startDovecot(); const box = await dovecot.mailbox('support'); ... await dovecot.stop();
 * Every test takes its own mailbox user from a pool created at start; past the pool, users are appended to the
 * passwd-file, which Dovecot re-reads when it changed — at most once a second, hence the pause.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp } from 'node:fs/promises';
import { freePort } from './free-port.ts';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';

const run = promisify(execFile);
const POOL_SIZE = 24;
const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/start-dovecot.sh');

export interface TestMailbox {
  address: string;
  password: string;
  imap: { host: string; port: number; secure: false; auth: { user: string; pass: string } };
}

export interface TestDovecot {
  host: string;
  imapPort: number;
  lmtpPort: number;
  dir: string;
  /** A fresh mailbox user `<prefix>-<random>@example.test`. */
  mailbox(prefix?: string): Promise<TestMailbox>;
  /** Puts raw messages into a folder of the mailbox with IMAP APPEND (any bytes, however malformed). */
  append(box: TestMailbox, messages: (string | Buffer)[], folder?: string): Promise<void>;
  /** Delivers like an MTA would, over LMTP (Dovecot adds Return-Path, Delivered-To, Received). */
  deliver(to: string, raw: string | Buffer, from?: string): Promise<void>;
  /** UIDs and Message-IDs in a folder (an absent folder is empty). */
  list(box: TestMailbox, folder: string): Promise<{ uid: number; messageId: string | undefined }[]>;
  /** Stops Dovecot and starts it again on the same ports and mail (connections drop; nothing is lost). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}


export function imapClient(box: TestMailbox): ImapFlow {
  return new ImapFlow({ ...box.imap, logger: false });
}

export async function startDovecot(): Promise<TestDovecot> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'careline-dovecot-'));
  const imapPort = await freePort();
  const lmtpPort = await freePort();
  const pool = Array.from({ length: POOL_SIZE }, () => ({ address: `box-${randomBytes(4).toString('hex')}@example.test`, password: randomBytes(8).toString('hex') }));
  const env = {
    ...process.env, MAILTEST_DIR: dir, MAILTEST_IMAP_PORT: String(imapPort), MAILTEST_LMTP_PORT: String(lmtpPort),
    MAILTEST_USERS: pool.map((u) => `${u.address}:${u.password}`).join(' '),
  };
  await run('bash', [SCRIPT, 'start'], { env });
  const host = '127.0.0.1';
  const lmtp = nodemailer.createTransport({ host, port: lmtpPort, lmtp: true, secure: false, ignoreTLS: true });

  const withClient = async <T>(box: TestMailbox, work: (client: ImapFlow) => Promise<T>): Promise<T> => {
    const client = imapClient(box);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout().catch(() => client.close());
    }
  };

  return {
    host, imapPort, lmtpPort, dir,
    async mailbox(prefix = 'support') {
      let user = pool.shift();
      if (!user) {
        user = { address: `${prefix}-${randomBytes(4).toString('hex')}@example.test`, password: randomBytes(8).toString('hex') };
        await appendFile(path.join(dir, 'users'), `${user.address}:{PLAIN}${user.password}::::::\n`);
        await new Promise((resolve) => setTimeout(resolve, 1_100));
      }
      const { address, password } = user;
      return { address, password, imap: { host, port: imapPort, secure: false, auth: { user: address, pass: password } } };
    },
    async append(box, messages, folder = 'INBOX') {
      await withClient(box, async (client) => {
        if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
        for (const message of messages) await client.append(folder, message);
      });
    },
    async deliver(to, raw, from = 'sender@example.net') {
      await lmtp.sendMail({ envelope: { from, to: [to] }, raw });
    },
    async list(box, folder) {
      return withClient(box, async (client) => {
        const exists = (await client.list()).some((m) => m.path === folder);
        if (!exists) return [];
        const lock = await client.getMailboxLock(folder);
        try {
          if (client.mailbox === false || client.mailbox.exists === 0) return [];
          const messages = await client.fetchAll('1:*', { uid: true, envelope: true });
          return messages.map((m) => ({ uid: m.uid, messageId: m.envelope?.messageId }));
        } finally {
          lock.release();
        }
      });
    },
    async restart() {
      await run('bash', [SCRIPT, 'stop'], { env: { ...env, MAILTEST_KEEP: '1' } });
      await run('bash', [SCRIPT, 'start'], { env });
    },
    async stop() {
      lmtp.close();
      await run('bash', [SCRIPT, 'stop'], { env });
    },
  };
}
