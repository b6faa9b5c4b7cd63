// The conversation, dialog by dialog, as a customer lives it: each story runs MainDialog in botbuilder-testing's
// DialogTestClient against the real core on a database with the demo data.
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../db/seed/demo-identifiers.ts';
import { CATALOGUE } from '../../bot/catalogue.ts';
import { CONFIRM_VERB } from '../../bot/cards.ts';
import { MALFORMED_SUBMISSION } from '../../bot/dialogs/card-confirm-prompt.ts';
import { MainDialog } from '../../bot/dialogs/main-dialog.ts';
import { requesterOf, setCustomer, type Customer } from '../../bot/identity.ts';
import { VERIFY_FIRST } from '../../bot/replies.ts';
import type { ContactRecord } from '../../core/index.ts';
import { CASE_NUMBER, createChatWorld, type ChatWorld } from './support/chat-world.ts';

let world: ChatWorld;
beforeAll(async () => { world = await createChatWorld(); });
afterAll(async () => { await world.drop(); });

function chatAs(contact: ContactRecord | null, conversationId = `conv-${Math.random()}`): DialogTestClient {
  const customer: Customer = { channel: 'WEB_CHAT', contact, requester: contact ? requesterOf(contact) : null };
  const client = new DialogTestClient('test', new MainDialog(world.services), undefined, [{
    onTurn: async (context, next) => {
      context.activity.conversation.id = conversationId;
      setCustomer(context, customer);
      await next();
    },
  }]);
  return client;
}

const textOf = (reply: unknown): string => (reply as Partial<Activity> | undefined)?.text ?? '';

/** Sends and collects every reply of the turn. */
async function say(client: DialogTestClient, activity: Partial<Activity> | string): Promise<string[]> {
  const replies: Partial<Activity>[] = [await client.sendActivity(activity) as Partial<Activity>];
  for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
  return replies.filter(Boolean).map(textOf);
}

async function cardOf(client: DialogTestClient, text: string): Promise<{ draftId: string }> {
  const reply = await client.sendActivity(text) as Partial<Activity>;
  const card = reply.attachments?.[0]?.content as { actions: { data: { draftId: string } }[] } | undefined;
  if (!card) throw new Error(`expected the confirmation card, got: ${textOf(reply)}`);
  return { draftId: card.actions[0]?.data.draftId ?? '' };
}

describe('opening an Admin Service Request', () => {
  it('asks only for what is missing, confirms with a card, and answers with the case number and the 24-hour promise', async () => {
    const client = chatAs(world.dana);
    expect(textOf(await client.sendActivity('I want to open a case'))).toMatch(/describe the problem/i);
    expect(textOf(await client.sendActivity('Our licence portal rejects every login since this morning'))).toMatch(/How urgent/);
    expect(textOf(await client.sendActivity('P2'))).toMatch(/serial number/i);
    const card = await cardOf(client, DEMO.coveredSerial);
    const replies = await say(client, { type: 'message', value: { verb: CONFIRM_VERB, draftId: card.draftId, confirm: true } });
    expect(replies.join(' ')).toMatch(CASE_NUMBER);
    expect(replies.join(' ')).toContain('within 24 hours');
    const caseNumber = CASE_NUMBER.exec(replies.join(' '))?.[0] ?? '';
    const row = await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber } });
    expect(row).toMatchObject({ priority: 'P2', serialNumber: DEMO.coveredSerial, description: 'Our licence portal rejects every login since this morning' });
    expect(client.dialogTurnResult.status).toBe('complete');
  });

  it('skips the questions the first message already answered', async () => {
    const client = chatAs(world.dana);
    const card = await cardOf(client, `Please open a case: the licence portal shows the wrong entitlements for ${DEMO.coveredSerial}, priority P3`);
    const replies = await say(client, 'yes');
    expect(replies.join(' ')).toMatch(CASE_NUMBER);
    expect(card.draftId).not.toBe('');
  });

  it('answers a malformed card submission clearly and still waits for a real answer', async () => {
    const client = chatAs(world.dana);
    const card = await cardOf(client, `Open a case: our shipment for ${DEMO.coveredSerial} arrived with the wrong power supplies, priority P4`);
    expect(await say(client, { type: 'message', value: { verb: 'something-else', confirm: 'maybe' } })).toEqual([MALFORMED_SUBMISSION]);
    expect(await say(client, { type: 'message', value: { verb: CONFIRM_VERB, draftId: 'an-old-card', confirm: true } })).toEqual([MALFORMED_SUBMISSION]);
    const replies = await say(client, { type: 'message', value: { verb: CONFIRM_VERB, draftId: card.draftId, confirm: false } });
    expect(replies.join(' ')).toMatch(/not opened a case/);
  });

  it('opens nothing for a visitor who has not verified who they are', async () => {
    const client = chatAs(null);
    expect(await say(client, 'I want to open a case')).toEqual([VERIFY_FIRST]);
  });
});

describe('look-ups', () => {
  it('tells a customer the status of their case', async () => {
    const replies = await say(chatAs(world.dana), `status of ${DEMO.caseNumber}`);
    expect(replies.join(' ')).toMatch(new RegExp(`Case ${DEMO.caseNumber} is open`));
  });

  it('asks for the case number when it is missing, and again when the answer holds none', async () => {
    const client = chatAs(world.dana);
    expect(textOf(await client.sendActivity('case status'))).toMatch(/Which case/);
    expect(textOf(await client.sendActivity('the one from last week'))).toMatch(/not a case number/);
    expect(textOf(await client.sendActivity(DEMO.caseNumber))).toContain(`Case ${DEMO.caseNumber} is open`);
  });

  it('tells a customer of another company that the case does not exist, exactly as for an unknown number', async () => {
    // Jonas prefers German, and "status of …" is too short to tell a language: he is answered in German.
    expect(world.stranger.preferredLanguage).toBe('de');
    const replies = await say(chatAs(world.stranger), `status of ${DEMO.caseNumber}`);
    expect(replies).toEqual([CATALOGUE.de.caseNotFound]);
    const english = await say(chatAs(world.stranger), `Could you tell me the status of case ${DEMO.caseNumber} please?`);
    expect(english.join(' ')).toMatch(/could not find that case/);
  });

  it('never discloses account data to an unverified visitor', async () => {
    expect(await say(chatAs(null), `status of ${DEMO.caseNumber}`)).toEqual([VERIFY_FIRST]);
    expect(await say(chatAs(null), `where is my replacement ${DEMO.rmaNumber}`)).toEqual([VERIFY_FIRST]);
    expect(await say(chatAs(null), `is ${DEMO.coveredSerial} covered?`)).toEqual([VERIFY_FIRST]);
    expect(await say(chatAs(null), 'my cases')).toEqual([VERIFY_FIRST]);
  });

  it('gives the RMA status with the replacement shipment', async () => {
    const replies = await say(chatAs(world.dana), `where is my replacement ${DEMO.rmaLine}`);
    expect(replies.join(' ')).toMatch(new RegExp(`RMA ${DEMO.rmaNumber} \\(advance replacement\\)`));
    expect(replies.join(' ')).toContain(`${DEMO.rmaLine}: shipped`);
  });

  it('says whether a device is covered, and offers the options when it is not', async () => {
    const client = chatAs(world.dana);
    expect(textOf(await client.sendActivity('Check coverage'))).toMatch(/Which device/);
    expect(textOf(await client.sendActivity(DEMO.coveredSerial))).toMatch(new RegExp(`Yes: ${DEMO.coveredSerial}.*covered by contract ${DEMO.contractId}`));
    const expired = await say(chatAs(world.dana), `is ${DEMO.expiredWarrantySerial} covered?`);
    expect(expired.join(' ')).toMatch(/not entitled.*time-and-materials quote.*partner/);
  });

  it('lists my cases as a card with the guide columns', async () => {
    const reply = await chatAs(world.dana).sendActivity('my cases') as Partial<Activity>;
    expect(reply.text).toContain(DEMO.caseNumber);
    expect(JSON.stringify(reply.attachments?.[0]?.content)).toContain('Last modified (Pacific)');
  });
});

describe('interruptions and cancellation', () => {
  it('answers "actually, check R2123456 first" in the middle of opening a case, then asks its question again', async () => {
    const client = chatAs(world.dana);
    expect(textOf(await client.sendActivity('open a case'))).toMatch(/describe the problem/);
    const replies = await say(client, `actually, check ${DEMO.rmaNumber} first`);
    expect(replies[0]).toMatch(new RegExp(`RMA ${DEMO.rmaNumber}`));
    expect(replies.at(-1)).toMatch(/describe the problem/);
    expect(textOf(await client.sendActivity('The portal shows a contract we cancelled last year'))).toMatch(/How urgent/);
  });

  it('cancels anywhere, and the next message starts afresh', async () => {
    const client = chatAs(world.dana);
    await client.sendActivity('open a case');
    await client.sendActivity('Our licence keys for the new routers never arrived');
    expect(textOf(await client.sendActivity('cancel'))).toMatch(/stopped that; nothing was opened/);
    expect(textOf(await client.sendActivity(`status of ${DEMO.caseNumber}`))).toContain(`Case ${DEMO.caseNumber} is open`);
  });

  it('shows the menu on "help" and keeps the question open', async () => {
    const client = chatAs(world.dana);
    await client.sendActivity('case status');
    const replies = await say(client, 'help');
    expect(replies[0]).toMatch(/To stop what we are doing, type "cancel"/);
    expect(replies.at(-1)).toMatch(/Which case/);
  });

  it('a card button pressed after its dialog was cancelled is answered, not acted on', async () => {
    const client = chatAs(world.dana);
    const card = await cardOf(client, `Open a case: our portal account is locked for ${DEMO.coveredSerial}, priority P3`);
    await client.sendActivity('cancel');
    const before = await world.db.prisma.case.count();
    const replies = await say(client, { type: 'message', value: { verb: CONFIRM_VERB, draftId: card.draftId, confirm: true } });
    expect(replies.join(' ')).toMatch(/already finished or was cancelled/);
    expect(await world.db.prisma.case.count()).toBe(before);
  });
});

describe('talking to a person', () => {
  it('hands off through core and tells the customer by when a representative will contact them', async () => {
    const conversationId = `handoff-${Math.random()}`;
    const client = chatAs(world.dana, conversationId);
    const replies = await say(client, 'I want to speak to a human');
    expect(replies.join(' ')).toMatch(/asked a Customer Care representative to take over\. Someone will contact you by .+\d/);
    const conversation = await world.services.handoff.handoffs.findConversation({ channel: 'WEB_CHAT', externalId: conversationId });
    expect(conversation?.state).toBe('QUEUED');
    expect(world.scheduled.length).toBeGreaterThan(0);
    expect((await say(client, 'talk to a person')).join(' ')).toMatch(/already in the queue/);
  });

  it('interrupts any dialog', async () => {
    const client = chatAs(world.dana);
    await client.sendActivity('open a case');
    expect((await say(client, 'talk to a person')).join(' ')).toMatch(/take over/);
  });
});

describe('questions the guide answers, then the right case', () => {
  /** The reply with the policy, and the offer after it. */
  async function askGuide(client: DialogTestClient, text: string): Promise<{ policy: string; offer: string }> {
    const replies = await say(client, text);
    return { policy: replies.slice(0, -1).join(' '), offer: replies.at(-1) ?? '' };
  }

  async function openOfferedCase(client: DialogTestClient): Promise<string> {
    expect(textOf(await client.sendActivity('yes'))).toMatch(/How urgent/);
    expect(textOf(await client.sendActivity('P4'))).toMatch(/serial number/i);
    await cardOf(client, 'none');
    const replies = await say(client, 'yes');
    const caseNumber = CASE_NUMBER.exec(replies.join(' '))?.[0];
    expect(replies.join(' ')).toContain('within 24 hours');
    if (!caseNumber) throw new Error(`no case number in ${replies.join(' ')}`);
    return caseNumber;
  }

  it('answers the e-Certificate rules, then opens an e-Certificate case when the customer wants one', async () => {
    const client = chatAs(world.dana);
    const { policy, offer } = await askGuide(client, 'How do I activate my e-Certificate?');
    expect(policy).toMatch(/only in the sales region where it was purchased/);
    expect(policy).toMatch(/Next-Day e-Certificates are valid only in the continental USA and the countries of the European Union/);
    expect(policy).toMatch(/30 days after you received it, whichever comes first/);
    expect(offer).toBe(CATALOGUE.en.offerCase);
    const caseNumber = await openOfferedCase(client);
    const row = await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber } });
    expect(row).toMatchObject({ category: 'ecertificate', priority: 'P4', description: 'How do I activate my e-Certificate?' });
  });

  it('answers the mis-shipment rules and opens a mis-shipment case', async () => {
    const client = chatAs(world.dana);
    const { policy } = await askGuide(client, 'We received the wrong part in our shipment');
    expect(policy).toMatch(/placed the order directly with Juniper Networks/);
    expect(policy).toMatch(/within 90 days of the product being shipped/);
    expect(policy).toMatch(/line items.*component parts or subassemblies.*documentation/);
    const caseNumber = await openOfferedCase(client);
    expect((await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber } })).category).toBe('misship');
  });

  it('answers account access and opens nothing when the customer says no', async () => {
    const client = chatAs(world.dana);
    const before = await world.db.prisma.case.count();
    const { policy, offer } = await askGuide(client, 'I forgot my password and cannot log in to my account');
    expect(policy).toMatch(/reset your password/);
    expect(offer).toBe(CATALOGUE.en.offerCase);
    expect(textOf(await client.sendActivity('maybe later'))).toBe(CATALOGUE.en.offerRetry);
    expect(await say(client, 'no')).toEqual([CATALOGUE.en.noCase]);
    expect(await world.db.prisma.case.count()).toBe(before);
  });

  it('answers product registration with the warranty rule', async () => {
    const { policy, offer } = await askGuide(chatAs(world.dana), 'I want to register my product');
    expect(policy).toMatch(/Register your products to keep your full product warranty benefits/);
    expect(offer).toBe(CATALOGUE.en.offerCase);
  });

  it('gives an unverified visitor the policy, but opens a case only after they verify', async () => {
    const client = chatAs(null);
    const { policy } = await askGuide(client, 'How do I activate my e-Certificate?');
    expect(policy).toMatch(/sales region/);
    expect(await say(client, 'yes')).toEqual([VERIFY_FIRST]);
  });

  it('still opens the case straight away when the customer asks for one', async () => {
    const client = chatAs(world.dana);
    const card = await cardOf(client, `Open a case: our portal account is locked for ${DEMO.coveredSerial}, priority P3`);
    expect(card.draftId).not.toBe('');
  });
});

describe('escalation', () => {
  it('acknowledges, explains the escalation rule and hands off with the case number', async () => {
    const conversationId = `escalation-${Math.random()}`;
    const client = chatAs(world.dana, conversationId);
    const replies = (await say(client, `I want to escalate case ${DEMO.caseNumber}`)).join(' ');
    expect(replies).toContain(`you want case ${DEMO.caseNumber} escalated`);
    expect(replies).toMatch(/24x7x365/);
    expect(replies).toMatch(/P1 escalation on a weekend goes to the on-call escalation person/);
    expect(replies).toMatch(/asked a Customer Care representative to take over\. Someone will contact you by .+\d/);
    const conversation = await world.services.handoff.handoffs.findConversation({ channel: 'WEB_CHAT', externalId: conversationId });
    const handoff = await world.db.prisma.handoff.findFirstOrThrow({ where: { conversationId: conversation?.id ?? '' } });
    expect(handoff.caseNumber).toBe(DEMO.caseNumber);
  });
});

describe('replies in the customer\'s language', () => {
  it('opens a case in German from start to finish', async () => {
    const de = CATALOGUE.de;
    const client = chatAs(world.dana);
    expect(textOf(await client.sendActivity('Ich möchte einen Fall eröffnen'))).toBe(de.describe);
    expect(textOf(await client.sendActivity('Unser Lizenzportal lehnt seit heute Morgen jede Anmeldung ab'))).toBe(de.priorityQuestion);
    expect(textOf(await client.sendActivity('P2'))).toBe(de.serialQuestion);
    const reply = await client.sendActivity('keine') as Partial<Activity>;
    expect(reply.text).toBe(de.confirmQuestion);
    expect(JSON.stringify(reply.attachments?.[0]?.content)).toContain(de.cardTitle);
    const replies = (await say(client, 'ja')).join(' ');
    const caseNumber = CASE_NUMBER.exec(replies)?.[0] ?? '';
    expect(replies).toContain(`Ich habe den Fall ${caseNumber} für Sie eröffnet`);
    expect(replies).toContain('innerhalb von 24 Stunden');
    const row = await world.db.prisma.case.findUniqueOrThrow({ where: { caseNumber } });
    expect(row).toMatchObject({ language: 'de', priority: 'P2', serialNumber: null });
  });

  it('answers a German e-Certificate question with the policy and the offer in German', async () => {
    const replies = await say(chatAs(world.dana), 'Wie aktiviere ich mein e-Zertifikat?');
    expect(replies.join(' ')).toMatch(/nur in der Vertriebsregion/);
    expect(replies.at(-1)).toBe(CATALOGUE.de.offerCase);
  });

  it('cancels and hands off in the language of the conversation', async () => {
    const client = chatAs(world.dana);
    await client.sendActivity('Je voudrais ouvrir un dossier');
    expect(await say(client, 'cancel')).toEqual([CATALOGUE.fr.cancelled]);
    expect((await say(chatAs(world.dana), 'Quiero hablar con una persona, por favor')).join(' ')).toMatch(/He pedido a un representante/);
  });

  it('says "please verify" in Japanese to a Japanese visitor', async () => {
    expect(await say(chatAs(null), 'ケースを作成したいです')).toEqual([CATALOGUE.ja.verifyFirst]);
  });

  it('understands the menu buttons of another language', async () => {
    const reply = await chatAs(world.dana).sendActivity('Meine Fälle') as Partial<Activity>;
    expect(reply.text).toContain(DEMO.caseNumber);
  });
});
