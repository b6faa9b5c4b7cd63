/**
 * Watches the support mailbox: IDLE for prompt wake-ups, a timed poll as the fallback and watchdog, and a
 * new connection with backoff whenever the old one dies (an ImapFlow instance never reconnects by itself).
 * Every wake-up runs one round from the durable cursor — the events only say "look now"; the cursor says
 * where — so mail delivered during any outage, however long, is backfilled on the next round.
 *
 * A round, per message in UID order: fetch the source → ingest (stored and acted on, committed) → MOVE to
 * Processed or Quarantine → advance the cursor. The move comes only after the commit, and the cursor only
 * after the move: a crash anywhere re-fetches the message, and its Message-ID makes that a no-op.
 *
 * With a lease, only the instance holding it watches; the others try again every `leaseRetryMs` and take
 * over when the holder dies (its lease is lost with its database connection).
 */
import { ImapFlow } from 'imapflow';
import type { MailboxCursorStore, MailboxLease, MailboxLeaseHandle } from './ports.ts';
import type { Disposition, MailSource } from './ingest-mail.ts';
import { readMailboxRound } from './mailbox-round.ts';

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string };
}

export interface MailboxWatcherOptions {
  imap: ImapSettings;
  mailbox?: string;
  processedFolder?: string;
  quarantineFolder?: string;
  /** The timed poll; also how soon a silently dead connection is noticed (with noopTimeoutMs). */
  pollIntervalMs?: number;
  noopTimeoutMs?: number;
  backoff?: { initialMs: number; maxMs: number };
  maxMessageBytes?: number;
  log?: (message: string) => void;
  /** One watcher per mailbox across instances; without it, this process assumes it is the only one. */
  lease?: MailboxLease;
  leaseRetryMs?: number;
  /** Tests only: runs after the commit, before the move. */
  beforeMove?: (uid: number) => Promise<void> | void;
}

export interface MailboxWatcherDeps {
  cursors: MailboxCursorStore;
  ingest: (raw: Buffer, source: MailSource) => Promise<Disposition>;
}

export type WatcherState = 'waiting_for_lease' | 'connecting' | 'watching' | 'backing_off' | 'stopped';

export interface MailboxWatcher {
  /** What the watcher is doing now (for health checks and tests). */
  state(): WatcherState;
  /** Finishes the message in hand, logs out, releases the lease, and resolves. */
  stop(): Promise<void>;
}

export function mailboxKey(imap: ImapSettings, mailbox: string): string {
  return `${imap.auth.user}@${imap.host}:${imap.port}/${mailbox}`;
}

export function startMailboxWatcher(deps: MailboxWatcherDeps, options: MailboxWatcherOptions): Promise<MailboxWatcher> {
  const settings = {
    mailbox: options.mailbox ?? 'INBOX', processed: options.processedFolder ?? 'Processed', quarantine: options.quarantineFolder ?? 'Quarantine',
    pollIntervalMs: options.pollIntervalMs ?? 30_000, noopTimeoutMs: options.noopTimeoutMs ?? 15_000,
    backoff: options.backoff ?? { initialMs: 1_000, maxMs: 60_000 }, maxMessageBytes: options.maxMessageBytes ?? 25 * 1024 * 1024,
  };
  const log = options.log ?? (() => undefined);
  const key = mailboxKey(options.imap, settings.mailbox);
  let stopping = false;
  let wake: () => void = () => undefined;
  let client: ImapFlow | null = null;
  let lease: MailboxLeaseHandle | null = null;
  let state: WatcherState = 'connecting';

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => { clearTimeout(timer); resolve(); };
  });

  async function session(): Promise<void> {
    const imap = new ImapFlow({
      ...options.imap, logger: false, socketTimeout: Math.max(settings.pollIntervalMs * 2, 10_000), autoIdleDelay: 1_000,
      // IDLE is broken and re-issued every few minutes: well inside RFC 2177's 29 minutes and NAT timeouts.
      maxIdleTime: 4 * 60_000,
    });
    client = imap;
    imap.on('error', (error: Error) => log(`imap ${key}: ${error.message}`));
    imap.on('exists', () => wake());
    imap.on('close', () => wake());
    await imap.connect();
    const existing = new Set((await imap.list()).map((m) => m.path));
    for (const folder of [settings.processed, settings.quarantine]) {
      if (!existing.has(folder)) await imap.mailboxCreate(folder);
    }
    await imap.mailboxOpen(settings.mailbox);
    log(`watching ${key}`);
    state = 'watching';
    while (!stopping && imap.usable && !(lease?.lost ?? false)) {
      await readMailboxRound({ client: imap, cursors: deps.cursors, ingest: deps.ingest, key, settings, isStopping: () => stopping, ...(options.beforeMove ? { beforeMove: options.beforeMove } : {}) });
      if (stopping) break;
      await sleep(settings.pollIntervalMs);
    }
  }

  /** True when this instance may watch now (no lease configured, or the lease is held). */
  async function holdLease(): Promise<boolean> {
    if (!options.lease) return true;
    if (lease && !lease.lost) return true;
    lease = await options.lease.tryAcquire(key).catch((error: Error) => { log(`mailbox lease ${key}: ${error.message}`); return null; });
    if (!lease) return false;
    log(`holding the lease on ${key}`);
    lease.onLost(() => {
      log(`lost the lease on ${key}: stopping`);
      client?.close();
      wake();
    });
    return true;
  }

  const loop = (async () => {
    for (let failures = 0; !stopping;) {
      if (!(await holdLease())) {
        state = 'waiting_for_lease';
        await sleep(options.leaseRetryMs ?? 15_000);
        continue;
      }
      state = 'connecting';
      try {
        await session();
        failures = 0;
      } catch (error) {
        if (stopping) break;
        failures += 1;
        log(`mailbox ${key}: ${(error as Error).message}; reconnecting (attempt ${failures})`);
      } finally {
        const ending = client as ImapFlow | null; // set by session()
        client = null;
        if (ending?.usable) await ending.logout().catch(() => ending.close());
        else ending?.close();
      }
      if (stopping) break;
      state = 'backing_off';
      const delay = Math.min(settings.backoff.maxMs, settings.backoff.initialMs * 2 ** Math.min(failures, 16));
      await sleep(failures === 0 ? 0 : delay * (0.5 + Math.random() * 0.5));
    }
  })();

  return Promise.resolve({
    state: () => state,
    async stop() {
      stopping = true;
      wake();
      await loop;
      await lease?.release();
      state = 'stopped';
    },
  });
}
