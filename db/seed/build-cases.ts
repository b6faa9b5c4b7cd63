/**
 * The demo's cases and their transcripts: the fixed stories plus generated ones, spread over the 60 days
 * before `now`, numbered the way careline numbers cases (YYYY-MMDD of the day opened in Los Angeles, then
 * the sequence that day).
 */
import { formatCaseNumber } from '../../core/identifiers/case-number.ts';
import { deskDay, US_PACIFIC } from '../../core/shared/desk-time.ts';
import type { DemoDevice } from './build-devices.ts';
import { daysFrom, hoursFrom } from './calendar.ts';
import {
  ADMIN_TOPICS, botConfirmation, CUSTOMER_FOLLOW_UPS, FIXED_STORIES, REP_REPLIES, SOFTWARE_VERSIONS, TECHNICAL_TOPICS,
  type CaseStory, type FixedStory,
} from './case-stories.ts';
import { DEMO, DEMO_CASE_OPENED_AT } from './demo-identifiers.ts';
import { DEMO_ACCOUNTS, DEMO_REPS, type DemoContact } from './demo-world.ts';
import { DIGITS, type Random } from './random.ts';

export interface DemoEvent {
  actor: 'CUSTOMER' | 'BOT' | 'REP';
  repEmail?: string;
  channel: FixedStory['channel'];
  body: string;
  at: Date;
}

export interface DemoCase extends CaseStory {
  caseNumber: string;
  status: 'OPEN' | 'CLOSED';
  accountNumber: string;
  contactEmail: string;
  language: string;
  channel: FixedStory['channel'];
  trackingNumber: string | null;
  device: DemoDevice | null;
  softwareVersion: string | null;
  createdAt: Date;
  closedAt: Date | null;
  events: DemoEvent[];
  rmaNumbers: string[];
}

const GENERATED_CASES = 32;
const CHANNELS = ['TEAMS', 'WEB_CHAT', 'EMAIL', 'PHONE'] as const;
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

const contacts = new Map<string, { contact: DemoContact; accountNumber: string }>(
  DEMO_ACCOUNTS.flatMap((a) => a.contacts.map((contact) => [contact.email, { contact, accountNumber: a.accountNumber }] as const)),
);

function repFor(language: string): string {
  const base = language.split('-')[0] ?? 'en';
  return (DEMO_REPS.find((rep) => rep.role === 'REP' && rep.languages.includes(base)) ?? DEMO_REPS[0])?.email ?? '';
}

function transcript(c: Omit<DemoCase, 'events'>, now: Date, random: Random): DemoEvent[] {
  const rep = repFor(c.language);
  const firstReply = hoursFrom(c.createdAt, c.priority === 'P1' ? 1 : random.int(2, 20));
  const events: DemoEvent[] = c.channel === 'PHONE'
    ? [{ actor: 'REP', repEmail: rep, channel: 'PHONE', body: `Call logged: ${c.description}`, at: c.createdAt }]
    : [
        { actor: 'CUSTOMER', channel: c.channel, body: c.description, at: c.createdAt },
        { actor: 'BOT', channel: c.channel, body: botConfirmation(c.caseNumber, c, c.language), at: hoursFrom(c.createdAt, 0.02) },
      ];
  events.push({ actor: 'REP', repEmail: rep, channel: c.channel, body: random.pick(REP_REPLIES[c.type]), at: firstReply });
  if (random.chance(0.6)) {
    events.push({ actor: 'CUSTOMER', channel: c.channel, body: random.pick(CUSTOMER_FOLLOW_UPS), at: hoursFrom(firstReply, random.int(1, 30)) });
  }
  if (c.closedAt) {
    events.push({ actor: 'REP', repEmail: rep, channel: c.channel, body: 'Resolved as agreed; closing this case. Reply if anything is still open.', at: c.closedAt });
  }
  return events.filter((event) => event.at <= now && (!c.closedAt || event.at <= c.closedAt));
}

/** When a case `daysAgo` days old was opened, kept off DEMO.caseNumber's day so that case stays number 0001. */
function openedAt(now: Date, daysAgo: number, random: Random): Date {
  let at = hoursFrom(daysFrom(now, -daysAgo), -random.int(1, 10) - random.next());
  if (deskDay(at, US_PACIFIC) === deskDay(DEMO_CASE_OPENED_AT, US_PACIFIC)) at = daysFrom(at, -1);
  return at;
}

function caseFrom(story: CaseStory, fields: { contactEmail: string; createdAt: Date; closed: boolean; channel: FixedStory['channel'];
  trackingNumber: string | null; device: DemoDevice | null; rmaNumbers: string[] }, now: Date, random: Random): Omit<DemoCase, 'events'> {
  const who = contacts.get(fields.contactEmail);
  if (!who) throw new Error(`demo data: unknown contact ${fields.contactEmail}`);
  const closeAt = hoursFrom(fields.createdAt, random.int(20, 200));
  return {
    ...story, ...fields, caseNumber: '', accountNumber: who.accountNumber, language: who.contact.language,
    softwareVersion: story.type === 'TECHNICAL' ? random.pick(SOFTWARE_VERSIONS) : null,
    status: fields.closed && closeAt < now ? 'CLOSED' : 'OPEN',
    closedAt: fields.closed && closeAt < now ? closeAt : null,
  };
}

/**
 * `lastUsed` holds the counters already in the database (day → last sequence), so a seed run on a desk
 * that has opened cases today continues their numbering instead of colliding with it.
 */
export function buildCases(devices: DemoDevice[], now: Date, random: Random, lastUsed: ReadonlyMap<string, number>): DemoCase[] {
  const deviceBySerial = new Map(devices.map((d) => [d.serialNumber, d]));
  const cases = FIXED_STORIES.map((story) => caseFrom(story, {
    contactEmail: story.contactEmail, createdAt: story.openedAt ?? openedAt(now, story.daysAgo, random),
    closed: story.closed, channel: story.channel, trackingNumber: story.trackingNumber ?? null,
    device: (story.serialNumber && deviceBySerial.get(story.serialNumber)) || null, rmaNumbers: story.rmaNumbers ?? [],
  }, now, random));

  const others = [...contacts.keys()].filter((email) => email !== DEMO.contactEmail);
  for (let i = 0; i < GENERATED_CASES; i += 1) {
    const story = i % 3 === 0 ? random.pick(TECHNICAL_TOPICS) : random.pick(ADMIN_TOPICS);
    const contactEmail = random.pick(others);
    const accountNumber = contacts.get(contactEmail)?.accountNumber;
    const own = devices.filter((d) => d.accountNumber === accountNumber);
    const daysAgo = random.next() * 60;
    // Technical cases take every priority in turn; Admin Service Requests keep their topic's (P2-P4).
    const priority = story.type === 'TECHNICAL' ? PRIORITIES[(i / 3) % PRIORITIES.length] ?? story.priority : story.priority;
    cases.push(caseFrom({ ...story, priority }, {
      contactEmail, createdAt: openedAt(now, daysAgo, random), closed: daysAgo > 7 && random.chance(0.7),
      channel: random.pick(CHANNELS), trackingNumber: random.chance(0.3) ? `INC00${random.chars(DIGITS, 5)}` : null,
      device: story.type === 'TECHNICAL' ? random.pick(own) : null, rmaNumbers: [],
    }, now, random));
  }
  numberCases(cases, lastUsed);
  // Transcripts in story order (not date order), so the random draws do not depend on `now`.
  return cases.map((c) => ({ ...c, events: transcript(c, now, random) }));
}

/** Numbers cases by Los Angeles day of opening, in order of opening. */
function numberCases(cases: Array<{ createdAt: Date; caseNumber: string }>, lastUsed: ReadonlyMap<string, number>): void {
  const perDay = new Map(lastUsed);
  for (const c of [...cases].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const day = deskDay(c.createdAt, US_PACIFIC);
    const sequence = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, sequence);
    c.caseNumber = formatCaseNumber(day, sequence);
  }
}
