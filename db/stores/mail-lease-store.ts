/**
 * MailboxLease on PostgreSQL: a session advisory lock per mailbox, held on a connection of its own for as
 * long as the instance watches. When the instance dies its connection closes and PostgreSQL drops the lock
 * at once (TCP keepalive covers a machine that vanished without closing it), so another instance's next try
 * — every few seconds — takes over. No lease table to clean up, no clock to trust.
 */
import pg from 'pg';
import type { MailboxLease, MailboxLeaseHandle } from '../../mail/ports.ts';

export function createMailboxLease(databaseUrl: string): MailboxLease {
  return {
    async tryAcquire(mailbox) {
      const client = new pg.Client({ connectionString: databaseUrl, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
      let lost = false;
      const listeners: (() => void)[] = [];
      const lose = (): void => {
        if (lost) return;
        lost = true;
        for (const listener of listeners.splice(0)) listener();
      };
      client.on('error', lose);
      client.on('end', lose);
      await client.connect();
      const { rows } = await client.query<{ held: boolean }>("SELECT pg_try_advisory_lock(hashtextextended('careline-mailbox:' || $1, 0)) AS held", [mailbox]);
      if (!rows[0]?.held) {
        client.removeListener('end', lose);
        await client.end();
        return null;
      }
      const handle: MailboxLeaseHandle = {
        get lost() { return lost; },
        onLost(listener) {
          if (lost) listener();
          else listeners.push(listener);
        },
        async release() {
          client.removeListener('end', lose);
          lost = true;
          // Closing the connection releases the lock.
          await client.end().catch(() => undefined);
        },
      };
      return handle;
    },
  };
}
