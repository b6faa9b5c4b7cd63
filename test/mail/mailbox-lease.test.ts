/**
 * Several careline instances, one mailbox: exactly one watches at a time; when it dies or is cut off (its
 * database connection, and with it the lease, is gone) it stops watching, another takes over, and nothing is
 * lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createMailboxLease } from '../../db/stores/mail-lease-store.ts';
import { newMessageId, rawMail } from './support.ts';
import { eventually, mailWorld, type MailWorld } from './world.ts';

let world: MailWorld;
beforeAll(async () => { world = await mailWorld(); });
afterAll(async () => { await world?.close(); });

describe('the mailbox lease', () => {
  it('lets one instance watch, and another take over when the first one dies', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'lease@contoso.example' });
    const box = await world.dovecot.mailbox('support');
    const lease = createMailboxLease(world.db.url);
    // The first instance gets the lease once; cut off from the database afterwards, it never gets it back.
    let firstTries = 0;
    const cutOff = { tryAcquire: (mailbox: string) => (firstTries++ === 0 ? lease.tryAcquire(mailbox) : Promise.resolve(null)) };
    const first = await world.watch(box, { lease: cutOff, leaseRetryMs: 100 });
    await eventually('the first instance to watch', () => Promise.resolve(first.state() === 'watching'));
    const second = await world.watch(box, { lease, leaseRetryMs: 100 });
    const third = await world.watch(box, { lease, leaseRetryMs: 100 });
    await eventually('the others to wait', () => Promise.resolve(second.state() === 'waiting_for_lease' && third.state() === 'waiting_for_lease'));

    // The holder dies without saying goodbye: PostgreSQL ends its connection, and the lock with it.
    const admin = new pg.Client({ connectionString: world.db.url });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()");
    await admin.end();
    await eventually('another instance to take over', () => Promise.resolve(second.state() === 'watching' || third.state() === 'watching' || undefined));
    expect(first.state()).toBe('waiting_for_lease'); // it lost the lease with its connection, and stopped watching
    expect([second, third].filter((w) => w.state() === 'watching')).toHaveLength(1);

    const id = newMessageId('contoso.example');
    await world.dovecot.append(box, [rawMail({ from: contact.email, to: box.address, messageId: id, subject: 'After the takeover', text: 'Please update our address.' })]);
    await eventually('the mail to be processed', async () => (await world.db.prisma.inboundMail.findUnique({ where: { messageId: id } }))?.state === 'PROCESSED');
    expect(await world.db.prisma.case.count({ where: { openedById: contact.id } })).toBe(1);
  });
});
