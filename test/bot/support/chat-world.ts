/**
 * A world to chat in: a test database with the demo data (DEMO), core and handoff on it, request
 * understanding trained once, and the demo customer Dana as a verified contact. Commitment timers are a
 * fake behind core's port (the queue has its own tests); everything else is real.
 */
import { DateHolidaysCalendar } from '../../../calendar/date-holidays-calendar.ts';
import { deskCalendarConfig, deskCommitmentPolicy, type CommitmentRecord, type ContactRecord, type CoreDeps, type HandoffDeps } from '../../../core/index.ts';
import type { UnderstandingDeps } from '../../../core/understanding/understand.ts';
import { createStores } from '../../../db/stores/index.ts';
import { createHandoffStore } from '../../../db/stores/handoff-store.ts';
import { createBotChatStore } from '../../../db/stores/bot-chat-store.ts';
import { DEMO, seedDemoData } from '../../../db/seed/seed-demo-data.ts';
import { createUnderstanding } from '../../../nlp/create-understanding.ts';
import type { ChatServices, ChatStore } from '../../../bot/ports.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';

let trained: Promise<UnderstandingDeps> | undefined;
/** Trained once per test file (about a second). */
export const understanding = () => (trained ??= createUnderstanding());

export interface ChatWorld {
  db: TestDatabase;
  services: ChatServices;
  chat: ChatStore;
  dana: ContactRecord;
  stranger: ContactRecord;
  scheduled: CommitmentRecord['id'][];
  drop(): Promise<void>;
}

export async function createChatWorld(): Promise<ChatWorld> {
  const db = await createTestDatabase();
  await understanding(); // trained before the stories, so no story's time includes the training
  await seedDemoData(db, { onProgress: () => undefined });
  const core: CoreDeps = { clock: { now: () => new Date() }, deskTimeZone: 'America/Los_Angeles', ...createStores(db.prisma) };
  const scheduled: string[] = [];
  const handoff: HandoffDeps = {
    clock: core.clock,
    handoffs: createHandoffStore(db.prisma),
    timers: { schedule: (c) => { scheduled.push(...c.map((x) => x.id)); return Promise.resolve(); }, cancel: () => Promise.resolve() },
    policy: deskCommitmentPolicy({ config: deskCalendarConfig(), holidays: new DateHolidaysCalendar(), warningFraction: 0.75 }),
  };
  const dana = await core.installedBase.findContactByEmail(DEMO.contactEmail);
  const stranger = await core.installedBase.findContactByEmail(DEMO.strangerEmail);
  if (!dana || !stranger) throw new Error('demo contacts missing');
  return {
    db, dana, stranger, scheduled,
    services: { core, handoff, understanding },
    chat: createBotChatStore(db.prisma),
    drop: () => db.drop(),
  };
}

/** Case numbers as the guide writes them. */
export const CASE_NUMBER = /\b\d{4}-\d{4}-\d{4}\b/;
