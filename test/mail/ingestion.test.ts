/**
 * Ingestion exactly once, through a real Dovecot: nothing delivered while careline was away is lost, a crash
 * between the database commit and the move neither loses nor duplicates, and mail that cannot be processed
 * is quarantined with its reason without blocking the mail after it.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxKey } from '../../mail/mailbox-watcher.ts';
import { newMessageId, rawMail } from './support.ts';
import { eventually, mailWorld, type MailWorld } from './world.ts';

let world: MailWorld;
beforeAll(async () => { world = await mailWorld(); });
afterAll(async () => { await world?.close(); });

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/emails/channel');
const inboxEmpty = (box: Parameters<MailWorld['dovecot']['list']>[0]) => eventually('an empty inbox', async () => (await world.dovecot.list(box, 'INBOX')).length === 0, 200_000);

describe('mail delivered while careline was stopped', () => {
  it('500 messages are all ingested once after it starts, and the cursor ends at the last UID', async () => {
    const { contact } = await (async () => { const account = await world.make.account(); return { contact: await world.make.contact(account, { email: 'bulk@northwind.example' }) }; })();
    const box = await world.dovecot.mailbox('support');
    const first = await world.watch(box);
    await first.stop(); // the folders exist, the watcher is gone: now the mail arrives
    const ids = Array.from({ length: 500 }, () => newMessageId('northwind.example'));
    await world.dovecot.append(box, ids.map((messageId, i) => rawMail({ from: contact.email, to: box.address, messageId, subject: `Request ${i}`, text: `Please update the billing contact, request ${i}.` })));

    const started = Date.now();
    await world.watch(box);
    await inboxEmpty(box);
    const seconds = (Date.now() - started) / 1000;
    console.log(`ingested 500 messages in ${seconds.toFixed(1)} s (${(500 / seconds).toFixed(0)} per second)`);

    expect(await world.db.prisma.inboundMail.count({ where: { messageId: { in: ids }, state: 'PROCESSED' } })).toBe(500);
    expect(await world.db.prisma.case.count({ where: { openedById: contact.id } })).toBe(500);
    expect(await world.dovecot.list(box, 'Processed')).toHaveLength(500);
    const cursor = await world.db.prisma.mailboxCursor.findUniqueOrThrow({ where: { mailbox: mailboxKey(box.imap, 'INBOX') } });
    expect(cursor.lastUid).toBe(500n);
  }, 260_000);
});

describe('a mailbox whose UIDVALIDITY changed (recreated, migrated)', () => {
  it('is read again from the start: the old cursor means nothing, and mail already recorded is not acted on twice', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'migrated@contoso.example' });
    const box = await world.dovecot.mailbox('support');
    const seen = newMessageId('contoso.example');
    const fresh = newMessageId('contoso.example');
    await world.dovecot.append(box, [seen, fresh].map((messageId) => rawMail({ from: contact.email, to: box.address, messageId, subject: 'Migrated', text: 'Please update our address.' })));
    // A cursor from the mailbox's previous life, far past any UID it has now; one message was recorded then.
    await world.db.prisma.mailboxCursor.create({ data: { mailbox: mailboxKey(box.imap, 'INBOX'), uidValidity: 1n, lastUid: 1_000_000n } });
    await world.db.prisma.inboundMail.create({ data: { messageId: seen, mailbox: 'old', raw: new Uint8Array(1), sha256: 'x', size: 1, state: 'PROCESSED', outcome: 'opened_case' } });
    await world.watch(box);
    await inboxEmpty(box);
    expect(await world.db.prisma.inboundMail.findUnique({ where: { messageId: fresh } })).toMatchObject({ state: 'PROCESSED', outcome: 'opened_case' });
    expect(await world.db.prisma.case.count({ where: { openedById: contact.id } })).toBe(1);
    expect(await world.dovecot.list(box, 'Processed')).toHaveLength(2);
  });
});

describe('a crash between the database commit and the move', () => {
  it('when the move fails once, the message is moved on the next round and acted on only once', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'once@contoso.example' });
    const box = await world.dovecot.mailbox('support');
    let failures = 0;
    await world.watch(box, { beforeMove: () => { if (failures++ === 0) throw new Error('simulated crash after the commit'); } });
    const id = newMessageId('contoso.example');
    await world.dovecot.append(box, [rawMail({ from: contact.email, to: box.address, messageId: id, subject: 'Address change', text: 'Please change our shipping address.' })]);
    await inboxEmpty(box);
    await eventually('the reply', () => Promise.resolve(world.sink.messages.find((m) => m.rcptTo.includes(contact.email))));

    expect(failures).toBeGreaterThanOrEqual(2);
    expect(await world.db.prisma.case.count({ where: { openedById: contact.id } })).toBe(1);
    expect(await world.db.prisma.outboundMail.count({ where: { toAddress: contact.email } })).toBe(1);
    expect(await world.db.prisma.inboundMail.findUnique({ where: { messageId: id } })).toMatchObject({ state: 'PROCESSED', attempts: 1 });
    expect((await world.dovecot.list(box, 'Processed')).map((m) => m.messageId)).toEqual([id]);
  });

  it('when the process stops right after the commit, a new one moves the message without acting again', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'restart@contoso.example' });
    const box = await world.dovecot.mailbox('support');
    let stopFirst: (() => Promise<void>) | undefined;
    const committed = new Promise<void>((resolve) => {
      void world.watch(box, {
        beforeMove: () => { resolve(); throw new Error('killed after the commit'); },
        backoff: { initialMs: 60_000, maxMs: 60_000 }, // it never comes back by itself
      }).then((w) => { stopFirst = () => w.stop(); });
    });
    const id = newMessageId('contoso.example');
    await world.dovecot.append(box, [rawMail({ from: contact.email, to: box.address, messageId: id, subject: 'Address change', text: 'Please change our billing address.' })]);
    await committed;
    await stopFirst?.();
    expect((await world.dovecot.list(box, 'INBOX')).map((m) => m.messageId)).toEqual([id]);
    expect(await world.db.prisma.inboundMail.findUnique({ where: { messageId: id } })).toMatchObject({ state: 'PROCESSED' });

    await world.watch(box);
    await inboxEmpty(box);
    expect(await world.db.prisma.case.count({ where: { openedById: contact.id } })).toBe(1);
    expect(await world.db.prisma.outboundMail.count({ where: { toAddress: contact.email } })).toBe(1);
    expect((await world.dovecot.list(box, 'Processed')).map((m) => m.messageId)).toEqual([id]);
  });
});

describe('mail that cannot be processed', () => {
  it('goes to Quarantine with the reason and never blocks the mail after it', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'after@fabrikam.example' });
    const box = await world.dovecot.mailbox('support');
    const noSender = newMessageId('nowhere.example');
    const after = newMessageId('fabrikam.example');
    await world.dovecot.append(box, [
      rawMail({ messageId: noSender, text: 'who am I' }).replace(/^From: .*\r\n/m, ''),
      rawMail({ from: contact.email, to: box.address, messageId: after, subject: 'After the bad one', text: 'Please update our address.' }),
    ]);
    await world.watch(box);
    await inboxEmpty(box);
    expect(await world.db.prisma.inboundMail.findUnique({ where: { messageId: noSender } })).toMatchObject({ state: 'QUARANTINED', quarantineReason: 'no sender address' });
    expect(await world.db.prisma.inboundMail.findUnique({ where: { messageId: after } })).toMatchObject({ state: 'PROCESSED', outcome: 'opened_case' });
    expect((await world.dovecot.list(box, 'Quarantine')).map((m) => m.messageId)).toEqual([noSender]);
  });

  it('every real-world fixture is either processed or quarantined, and none stops the watcher', async () => {
    const manifest = (await readFile(path.join(FIXTURES, 'MANIFEST.csv'), 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
    const files = manifest.filter(([, source, kind]) => ['mimekit', 'postal-mime', 'ruby-mail', 'sisimai'].includes(source ?? '') && kind === 'rfc5322_message').map(([file]) => file ?? '');
    const box = await world.dovecot.mailbox('support');
    await world.dovecot.append(box, await Promise.all(files.map((file) => readFile(path.join(FIXTURES, file)))));
    const fence = newMessageId('fence.example');
    await world.dovecot.append(box, [rawMail({ from: 'fence@fence.example', messageId: fence, text: 'the last one' })]);
    await world.watch(box);
    await inboxEmpty(box);

    const [done, quarantined] = await Promise.all([world.dovecot.list(box, 'Processed'), world.dovecot.list(box, 'Quarantine')]);
    expect(done.length + quarantined.length).toBe(files.length + 1);
    expect(await world.db.prisma.inboundMail.findUnique({ where: { messageId: fence } })).toMatchObject({ state: 'PROCESSED' });
    const states = await world.db.prisma.inboundMail.groupBy({ by: ['state'], where: { mailbox: mailboxKey(box.imap, 'INBOX') }, _count: true });
    expect(states.find((s) => s.state === 'RECEIVED')).toBeUndefined();
    console.log(`fixtures: ${done.length} processed, ${quarantined.length} quarantined`);
  }, 120_000);
});

describe('a mail server that goes away', () => {
  it('is reconnected to, with backoff, and the mail delivered after the outage is read', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'outage@contoso.example' });
    const box = await world.dovecot.mailbox('support');
    const watcher = await world.watch(box);
    await eventually('the watcher to watch', () => Promise.resolve(watcher.state() === 'watching'));
    await world.dovecot.restart();
    const id = newMessageId('contoso.example');
    await world.dovecot.append(box, [rawMail({ from: contact.email, to: box.address, messageId: id, subject: 'During the outage', text: 'Please update our address.' })]);
    await inboxEmpty(box);
    expect(await world.db.prisma.inboundMail.findUnique({ where: { messageId: id } })).toMatchObject({ state: 'PROCESSED', outcome: 'opened_case' });
    expect(watcher.state()).toBe('watching');
  });

  it('notices a connection that went silent (the NOOP watchdog) and carries on over a new one', async () => {
    const account = await world.make.account();
    const contact = await world.make.contact(account, { email: 'silent@contoso.example' });
    const box = await world.dovecot.mailbox('support');
    const logged: string[] = [];
    const watcher = await world.watch(box, { noopTimeoutMs: 1_000, log: (line) => logged.push(line) });
    await eventually('the watcher to watch', () => Promise.resolve(watcher.state() === 'watching'));
    // Freeze every IMAP session process of this Dovecot: the TCP connection stays open, nothing answers.
    const master = (await readFile(path.join(world.dovecot.dir, 'run/master.pid'), 'utf8')).trim();
    const frozen = execFileSync('ps', ['--ppid', master, '-o', 'pid=,comm=']).toString().split('\n')
      .map((line) => line.trim().split(/\s+/)).filter(([, comm]) => comm === 'imap').map(([pid]) => Number(pid));
    expect(frozen.length).toBeGreaterThan(0);
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    try {
      const id = newMessageId('contoso.example');
      await world.dovecot.deliver(box.address, rawMail({ from: contact.email, to: box.address, messageId: id, subject: 'While it hung', text: 'Please update our address.' }));
      await eventually('the mail to be processed over a new connection', async () => (await world.db.prisma.inboundMail.findUnique({ where: { messageId: id } }))?.state === 'PROCESSED');
      expect(logged.some((line) => line.includes('no answer to NOOP'))).toBe(true);
    } finally {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
    }
  });
});
