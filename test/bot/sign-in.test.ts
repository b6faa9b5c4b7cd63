// Web chat sign-in by e-mail one-time code, as a visitor lives it: MainDialog in botbuilder-testing's
// DialogTestClient against the real core (demo data on PostgreSQL), the code store on a private redis-server
// and the code mail written to the real outbound-mail outbox. Each turn identifies the visitor as the bot does
// (identifyCustomer), so a sign-in must survive into the next turn through the store.
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../bot/catalogue.ts';
import { MainDialog } from '../../bot/dialogs/main-dialog.ts';
import { identifyCustomer, setCustomer } from '../../bot/identity.ts';
import type { SignInCodeStore } from '../../bot/ports.ts';
import { hashCode, redisSignInCodeStore } from '../../bot/sign-in/code-store.ts';
import { DEMO } from '../../db/seed/demo-identifiers.ts';
import { messageIdSigner } from '../../mail/message-id.ts';
import { renderReply, replyTexts, replyWord, REPLY_LANGUAGES } from '../../mail/reply-texts.ts';
import { outboxSignInCodeMailer } from '../../mail/sign-in-code-mail.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';
import { createChatWorld, type ChatWorld } from './support/chat-world.ts';

const en = CATALOGUE.en;
const SECRET = 'sign-in-test-secret';
let world: ChatWorld;
let redis: PrivateRedis;
let client: Redis;
const queued: string[] = [];

beforeAll(async () => {
  [world, redis] = await Promise.all([createChatWorld(), startPrivateRedis()]);
  client = new Redis(redis.url);
});
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
  await world?.drop();
});

function visitor(codes: SignInCodeStore = redisSignInCodeStore(client)) {
  const userId = `dl_${Math.random().toString(16).slice(2)}`;
  const mailer = outboxSignInCodeMailer({ prisma: world.db.prisma, signer: messageIdSigner('mail-secret', 'careline.test'), enqueue: (id) => { queued.push(id); return Promise.resolve(); } });
  const services = { ...world.services, signIn: { codes, mailer, secret: SECRET } };
  const chat = new DialogTestClient('webchat', new MainDialog(services), undefined, [{
    onTurn: async (context, next) => {
      context.activity.from.id = userId;
      setCustomer(context, await identifyCustomer({ core: world.services.core, chat: world.chat, identitySecret: SECRET, signIns: codes }, context.activity));
      await next();
    },
  }]);
  return { chat, userId };
}

async function say(chat: DialogTestClient, text: string): Promise<string[]> {
  const replies: (Partial<Activity> | undefined)[] = [await chat.sendActivity(text) as Partial<Activity>];
  for (let next = chat.getNextReply(); next; next = chat.getNextReply()) replies.push(next);
  return replies.filter(Boolean).map((r) => r?.text ?? '');
}

const mailsTo = (address: string) => world.db.prisma.outboundMail.findMany({ where: { toAddress: address }, orderBy: { createdAt: 'asc' } });
const codeIn = (text: string): string => /\b(\d{6})\b/.exec(text)?.[1] ?? '';

describe('web chat sign-in by e-mail one-time code', () => {
  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const before = await world.db.prisma.outboundMail.count();
    const { chat } = visitor();
    expect(await say(chat, `status of ${DEMO.caseNumber}`)).toEqual([en.askEmail]);
    expect(await say(chat, 'nobody@unknown.example')).toEqual([en.codeSent]);
    expect(await world.db.prisma.outboundMail.count()).toBe(before);
    // A guessed code is "wrong", as it would be for a real address: nothing tells the two apart.
    expect(await say(chat, '123456')).toEqual([en.codeWrong(4), en.codeFormat]);

    const known = visitor();
    await say(known.chat, `status of ${DEMO.caseNumber}`);
    expect(await say(known.chat, DEMO.contactEmail.toUpperCase())).toEqual([en.codeSent]);
  });

  it('mails the code to a known contact, verifies the right code and continues the request; the sign-in lasts', async () => {
    const { chat } = visitor();
    expect(await say(chat, `status of ${DEMO.caseNumber}`)).toEqual([en.askEmail]);
    expect(await say(chat, `it is ${DEMO.contactEmail}`)).toEqual([en.codeSent]);
    const mail = (await mailsTo(DEMO.contactEmail)).at(-1);
    expect(mail).toMatchObject({ state: 'PENDING', subject: 'Your Customer Care verification code' });
    expect(queued).toContain(mail?.id);
    const code = codeIn(mail?.textBody ?? '');
    expect(code).toMatch(/^\d{6}$/);
    expect(mail?.htmlBody).toContain(code);

    const replies = await say(chat, code);
    expect(replies[0]).toBe(en.signedIn(world.dana.name));
    expect(replies.join(' ')).toMatch(new RegExp(`Case ${DEMO.caseNumber} is open`));
    // The next turn is identified from the store: still Dana.
    expect((await say(chat, 'my cases')).join(' ')).toMatch(/You have \d+ case/);
    // The code was used up.
    expect((await say(chat, 'verify')).join(' ')).toContain(en.menuText);
  });

  it('"verify" asks for the address; five wrong codes lock the code', async () => {
    const { chat } = visitor();
    expect(await say(chat, 'verify')).toEqual([en.askEmail]);
    expect(await say(chat, 'not an address')).toEqual([en.emailRetry]);
    await say(chat, DEMO.contactEmail);
    const code = codeIn((await mailsTo(DEMO.contactEmail)).at(-1)?.textBody ?? '');
    const wrong = code === '000000' ? '000001' : '000000';
    for (const left of [4, 3, 2, 1]) expect(await say(chat, wrong)).toEqual([en.codeWrong(left), en.codeFormat]);
    expect(await say(chat, wrong)).toEqual([en.codeLocked]);
    // The dialog is over, and the right code no longer helps.
    expect(await say(chat, `status of ${DEMO.caseNumber}`)).toEqual([en.askEmail]);
  });

  it('refuses an expired code', async () => {
    const { chat } = visitor(redisSignInCodeStore(client, { prefix: 'expiring:', codeTtlSeconds: 1 }));
    await say(chat, 'my cases');
    await say(chat, DEMO.contactEmail);
    const code = codeIn((await mailsTo(DEMO.contactEmail)).at(-1)?.textBody ?? '');
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(await say(chat, code)).toEqual([en.codeExpired]);
    expect(await say(chat, 'my cases')).toEqual([en.askEmail]);
  });
});

describe('the code store on Redis', () => {
  it('keeps only a hash, for 10 minutes, and counts attempts atomically up to the lock', async () => {
    const codes = redisSignInCodeStore(client, { prefix: 'store1:' });
    const right = hashCode(SECRET, 'u1', '424242');
    expect(await codes.issue('u1', { contactId: world.dana.id, codeHash: right })).toBe(true);
    const stored = await client.hgetall('store1:code:u1');
    expect(JSON.stringify(stored)).not.toContain('424242');
    expect(await client.ttl('store1:code:u1')).toBeGreaterThan(590);
    const wrongs = await Promise.all([1, 2, 3, 4].map(() => codes.check('u1', hashCode(SECRET, 'u1', '000000'))));
    expect(wrongs.map((w) => w.outcome === 'wrong' ? w.attemptsLeft : -1).sort()).toEqual([1, 2, 3, 4]);
    expect(await codes.check('u1', hashCode(SECRET, 'u1', '000000'))).toEqual({ outcome: 'locked' });
    expect(await codes.check('u1', right)).toEqual({ outcome: 'locked' });
  });

  it('verifies once; a decoy never verifies; a missing code is expired; codes per hour are limited', async () => {
    const codes = redisSignInCodeStore(client, { prefix: 'store2:', maxCodesPerHour: 2 });
    const right = hashCode(SECRET, 'u2', '111111');
    await codes.issue('u2', { contactId: world.dana.id, codeHash: right });
    expect(await codes.check('u2', right)).toEqual({ outcome: 'verified', contactId: world.dana.id });
    expect(await codes.check('u2', right)).toEqual({ outcome: 'expired' });
    await codes.issue('u2', { contactId: null, codeHash: right });
    expect(await codes.check('u2', right)).toEqual({ outcome: 'wrong', attemptsLeft: 4 });
    expect(await codes.issue('u2', { contactId: world.dana.id, codeHash: right })).toBe(false);
    await codes.rememberSignIn('u2', world.dana.id);
    expect(await codes.signedInContact('u2')).toBe(world.dana.id);
    expect(await codes.signedInContact('u3')).toBeNull();
  });
});

describe('the code mail', () => {
  it('has a subject and a text in every mail language, German for a German contact', () => {
    for (const language of REPLY_LANGUAGES) {
      const { text, html } = renderReply([replyTexts.signInCode('123456', 10)], language);
      expect(text).toContain('123456');
      expect(html).toContain(`<html lang="${language}">`);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(replyWord('signInCodeSubject', language)).not.toBe('');
    }
    expect(renderReply([replyTexts.signInCode('123456', 10)], 'de').text).toContain('Ihr Bestätigungscode für den Customer-Care-Chat lautet 123456.');
  });
});
