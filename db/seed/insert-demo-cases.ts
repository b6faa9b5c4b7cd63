/**
 * Writes what an installed-base export does not carry: the reps, the demo cases with their transcripts,
 * the case-number counters, and the links from RMAs to the cases they were issued from. One transaction,
 * so a seed either has its cases or has none (which is how a re-run knows what is left to do).
 */
import crypto from 'node:crypto';
import type { Database } from '../client.ts';
import type { DemoCase } from './build-cases.ts';
import { DEMO_REPS } from './demo-world.ts';

async function idsBy(db: Database, sql: string): Promise<Map<string, string>> {
  const result = await db.pool.query<{ key: string; id: string }>(sql);
  return new Map(result.rows.map((row) => [row.key, row.id]));
}

function required(map: Map<string, string>, key: string | undefined | null, what: string): string {
  const id = key ? map.get(key) : undefined;
  if (!id) throw new Error(`demo data: ${what} ${key ?? '(none)'} is missing after the import`);
  return id;
}

export async function insertDemoCases(db: Database, cases: DemoCase[]): Promise<void> {
  const accounts = await idsBy(db, 'SELECT account_number AS key, id FROM accounts');
  const sites = await idsBy(db, 'SELECT site_id AS key, id FROM sites');
  const contacts = await idsBy(db, 'SELECT email AS key, id FROM contacts');
  const caseIds = new Map(cases.map((c) => [c.caseNumber, crypto.randomUUID()]));

  await db.prisma.$transaction(async (tx) => {
    for (const rep of DEMO_REPS) {
      await tx.rep.upsert({ where: { email: rep.email }, create: rep, update: { name: rep.name, role: rep.role, languages: rep.languages } });
    }
    const reps = new Map((await tx.rep.findMany({ select: { id: true, email: true } })).map((rep) => [rep.email, rep.id]));

    await tx.case.createMany({
      data: cases.map((c) => ({
        id: required(caseIds, c.caseNumber, 'case'), caseNumber: c.caseNumber, type: c.type, category: c.category,
        priority: c.priority, status: c.status, subject: c.subject, description: c.description, impact: c.impact ?? null,
        customerTrackingNumber: c.trackingNumber, accountId: required(accounts, c.accountNumber, 'account'),
        siteId: c.device ? required(sites, c.device.siteId, 'site') : null, platform: c.device?.platform ?? null,
        softwareVersion: c.softwareVersion, serialNumber: c.device?.serialNumber ?? null,
        contractNumber: c.device && c.type === 'TECHNICAL' ? (c.device.contractIds.at(-1) ?? null) : null,
        language: c.language, originChannel: c.channel, openedById: required(contacts, c.contactEmail, 'contact'),
        createdAt: c.createdAt, updatedAt: c.events.at(-1)?.at ?? c.createdAt, closedAt: c.closedAt,
      })),
    });
    await tx.caseEvent.createMany({
      data: cases.flatMap((c) => c.events.map((event) => ({
        caseId: required(caseIds, c.caseNumber, 'case'), actorType: event.actor, channel: event.channel, body: event.body,
        actorId: event.actor === 'CUSTOMER' ? required(contacts, c.contactEmail, 'contact')
          : event.actor === 'REP' ? required(reps, event.repEmail, 'rep') : 'careline-bot',
        createdAt: event.at,
      }))),
    });

    // New cases continue each day's sequence from the highest number the demo used.
    const lastValues = new Map<string, number>();
    for (const c of cases) {
      const [day, sequence] = [c.caseNumber.slice(0, 9), Number(c.caseNumber.slice(10))]; // YYYY-MMDD, NNNN
      lastValues.set(day, Math.max(lastValues.get(day) ?? 0, sequence));
    }
    for (const [day, lastValue] of lastValues) {
      await tx.$executeRaw`INSERT INTO case_number_counters (day, last_value) VALUES (${day}, ${lastValue})
        ON CONFLICT (day) DO UPDATE SET last_value = GREATEST(case_number_counters.last_value, EXCLUDED.last_value)`;
    }

    for (const c of cases) {
      for (const rmaNumber of c.rmaNumbers) {
        await tx.rma.update({ where: { rmaNumber }, data: { caseId: required(caseIds, c.caseNumber, 'case') } });
      }
    }
    await tx.auditLog.create({
      data: { actorType: 'OPERATOR', action: 'demo.seed', entityType: 'database', entityId: 'demo', details: { cases: cases.length } },
    });
  }, { timeout: 60_000 });
}
