/**
 * One round over the mailbox, from the durable cursor. Holds the mailbox lock for the round (no IDLE
 * meanwhile) and releases it after, so IDLE resumes between rounds. NOOP first: a selected session sees new
 * mail only once the server has announced it; a NOOP that does not answer in time means a dead connection.
 * Never issues a command inside a fetch iterator (imapflow deadlocks): the UID list is fetched whole first.
 */
import type { ImapFlow } from 'imapflow';
import type { MailboxCursorStore } from './ports.ts';
import type { Disposition, MailSource } from './ingest-mail.ts';

export interface RoundContext {
  client: ImapFlow;
  cursors: MailboxCursorStore;
  ingest: (raw: Buffer, source: MailSource) => Promise<Disposition>;
  key: string;
  settings: { mailbox: string; processed: string; quarantine: string; noopTimeoutMs: number; maxMessageBytes: number };
  isStopping(): boolean;
  beforeMove?: (uid: number) => Promise<void> | void;
}

export class DeadConnection extends Error {
  override readonly name = 'DeadConnection';
}

async function noopOrDead(client: ImapFlow, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadConnection(`no answer to NOOP within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([client.noop(), deadline]);
  } catch (error) {
    client.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Returns how many messages the round handled. */
export async function readMailboxRound(ctx: RoundContext): Promise<number> {
  const { client, settings } = ctx;
  const lock = await client.getMailboxLock(settings.mailbox);
  let handled = 0;
  try {
    await noopOrDead(client, settings.noopTimeoutMs);
    const box = client.mailbox;
    if (box === false) throw new Error(`${settings.mailbox} is not selected`);
    const uidValidity = BigInt(box.uidValidity);
    const cursor = await ctx.cursors.read(ctx.key);
    // A new UIDVALIDITY voids every UID: read the whole mailbox again; Message-IDs make that harmless.
    const lastUid = cursor && cursor.uidValidity === uidValidity ? cursor.lastUid : 0n;
    if (box.exists === 0) return 0;
    // `N:*` also returns the highest message when none is newer: keep only UIDs past the cursor.
    const listed = await client.fetchAll(`${lastUid + 1n}:*`, { uid: true, size: true }, { uid: true });
    const uids = listed.map((m) => m.uid).filter((uid) => BigInt(uid) > lastUid).sort((a, b) => a - b);
    for (const uid of uids) {
      if (ctx.isStopping()) break;
      const message = await client.fetchOne(String(uid), { uid: true, source: { maxLength: settings.maxMessageBytes + 1 } }, { uid: true });
      if (message !== false && message.source) {
        const disposition = await ctx.ingest(message.source, { mailbox: ctx.key, uidValidity, uid: BigInt(uid) });
        await ctx.beforeMove?.(uid);
        const moved = await client.messageMove(String(uid), disposition.folder === 'processed' ? settings.processed : settings.quarantine, { uid: true });
        if (moved === false) throw new Error(`could not move UID ${uid} out of ${settings.mailbox}`);
      }
      await ctx.cursors.advance(ctx.key, { uidValidity, lastUid: BigInt(uid) });
      handled += 1;
    }
    return handled;
  } finally {
    lock.release();
  }
}
