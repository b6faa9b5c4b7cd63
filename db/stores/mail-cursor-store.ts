/** MailboxCursorStore on PostgreSQL: one row per mailbox, (UIDVALIDITY, last UID). */
import type { MailboxCursorStore } from '../../mail/ports.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

export function createMailboxCursorStore(prisma: PrismaClient): MailboxCursorStore {
  return {
    async read(mailbox) {
      const row = await prisma.mailboxCursor.findUnique({ where: { mailbox } });
      return row ? { uidValidity: row.uidValidity, lastUid: row.lastUid } : null;
    },
    async advance(mailbox, cursor) {
      // Within one UIDVALIDITY the cursor only moves forward (GREATEST): two rounds racing cannot move it
      // back over a message. A new UIDVALIDITY replaces the row: the old UIDs mean nothing any more.
      await prisma.$executeRaw`
        INSERT INTO mailbox_cursors (mailbox, uid_validity, last_uid, updated_at)
        VALUES (${mailbox}, ${cursor.uidValidity}, ${cursor.lastUid}, now())
        ON CONFLICT (mailbox) DO UPDATE SET
          last_uid = CASE WHEN mailbox_cursors.uid_validity = EXCLUDED.uid_validity
                          THEN GREATEST(mailbox_cursors.last_uid, EXCLUDED.last_uid) ELSE EXCLUDED.last_uid END,
          uid_validity = EXCLUDED.uid_validity, updated_at = now()`;
    },
  };
}
