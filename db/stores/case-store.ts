/** CaseStore on PostgreSQL through Prisma. */
import type { CaseRecord, CaseSearchQuery, CaseSearchRow, CaseStore, NewCase } from '../../core/index.ts';
import { formatCaseNumber } from '../../core/index.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

const caseInclude = {
  site: { select: { siteId: true, name: true } },
  openedBy: { select: { id: true, name: true, email: true } },
  rmas: { select: { rmaNumber: true }, orderBy: { rmaNumber: 'asc' } },
} satisfies Prisma.CaseInclude;

type CaseRow = Prisma.CaseGetPayload<{ include: typeof caseInclude }>;

function toRecord(row: CaseRow): CaseRecord {
  const { site, openedBy, rmas, siteId: _siteRowId, openedById: _openedById, customerTrackingKey: _key, ...rest } = row;
  return { ...rest, site, openedBy, rmaNumbers: rmas.map((r) => r.rmaNumber) };
}

/**
 * Keys are scoped to whoever acts: two customers who happen to pick the same key (a form id, a counter)
 * each open their own case, and neither ever receives the other's.
 */
const idempotencyScope = (actor: NewCase['actor']): string => `open_case:${actor.actorType}:${actor.actorId}`;

export function createCaseStore(prisma: PrismaClient): CaseStore {
  return {
    async createCase(input: NewCase, idempotencyKey: string | null) {
      return prisma.$transaction(async (tx) => {
        const scope = idempotencyScope(input.actor);
        if (idempotencyKey) {
          // A concurrent call with the same key waits here on the unique index until the first commits.
          const inserted = await tx.$executeRaw`
            INSERT INTO idempotency_keys (scope, key, response) VALUES (${scope}, ${idempotencyKey}, '{}'::jsonb)
            ON CONFLICT DO NOTHING`;
          if (inserted === 0) {
            const earlier = await tx.idempotencyKey.findUniqueOrThrow({ where: { scope_key: { scope, key: idempotencyKey } } });
            const caseId = (earlier.response as { caseId?: string }).caseId ?? '';
            const row = await tx.case.findUniqueOrThrow({ where: { id: caseId }, include: caseInclude });
            return { record: toRecord(row), created: false };
          }
        }
        // One counter row per desk day; the row lock serialises concurrent openings, so numbers are consecutive.
        const [counter] = await tx.$queryRaw<{ last_value: number }[]>`
          INSERT INTO case_number_counters (day, last_value) VALUES (${input.day}, 1)
          ON CONFLICT (day) DO UPDATE SET last_value = case_number_counters.last_value + 1
          RETURNING last_value`;
        const caseNumber = formatCaseNumber(input.day, counter?.last_value ?? 0);
        const { day: _day, siteRowId, openedById, accountId, actor, ...fields } = input;
        const row = await tx.case.create({
          data: {
            ...fields, caseNumber,
            account: { connect: { id: accountId } },
            openedBy: { connect: { id: openedById } },
            ...(siteRowId ? { site: { connect: { id: siteRowId } } } : {}),
            events: {
              create: {
                actorType: actor.actorType, actorId: actor.actorId, channel: input.originChannel,
                body: `${input.subject}\n\n${input.description}`,
              },
            },
          },
          include: caseInclude,
        });
        await tx.auditLog.create({
          data: {
            actorType: actor.actorType, actorId: actor.actorId, action: 'case.open', entityType: 'case', entityId: caseNumber,
            details: { type: input.type, priority: input.priority, channel: input.originChannel },
          },
        });
        if (idempotencyKey) {
          await tx.idempotencyKey.update({
            where: { scope_key: { scope, key: idempotencyKey } },
            data: { response: { caseId: row.id, caseNumber } },
          });
        }
        return { record: toRecord(row), created: true };
      }, { maxWait: 10_000, timeout: 15_000 });
    },

    async findCaseByNumber(caseNumber) {
      const row = await prisma.case.findUnique({ where: { caseNumber }, include: caseInclude });
      return row ? toRecord(row) : null;
    },

    async searchCases(query: CaseSearchQuery): Promise<CaseSearchRow[]> {
      const { visibility, criterion, limit } = query;
      const visible: Prisma.CaseWhereInput = visibility === 'everything' ? {}
        : 'contactId' in visibility ? { openedById: visibility.contactId } : { accountId: visibility.accountId };
      let match: Prisma.CaseWhereInput;
      switch (criterion.by) {
        case 'case_number': match = { caseNumber: criterion.caseNumber }; break;
        case 'tracking_number':
          // customer_tracking_key is the upper-cased number, kept by a trigger and indexed: case-blind and fast.
          match = { customerTrackingKey: criterion.trackingNumber.trim().toUpperCase() };
          break;
        case 'rma': match = {
          rmas: { some: { rmaNumber: criterion.rmaNumber, ...(criterion.lineNumber === null ? {} : { lines: { some: { lineNumber: criterion.lineNumber } } }) } },
        }; break;
        case 'all': match = {};
      }
      const cases = await prisma.case.findMany({
        where: { AND: [visible, match] }, include: caseInclude, orderBy: { updatedAt: 'desc' }, take: limit,
      });
      const rows: CaseSearchRow[] = cases.map((c) => ({
        kind: 'case', id: c.caseNumber, status: c.status, site: c.site, contact: { name: c.openedBy.name, email: c.openedBy.email },
        lastModified: c.updatedAt, platform: c.platform, priority: c.priority,
      }));
      if (criterion.by === 'rma') rows.push(...await rmaRows(prisma, query, criterion.rmaNumber, criterion.lineNumber));
      return rows.slice(0, limit);
    },
  };
}

/** The RMA's own line items as result rows, for requesters who may see the owning account's RMAs. */
async function rmaRows(prisma: PrismaClient, query: CaseSearchQuery, rmaNumber: string, lineNumber: number | null): Promise<CaseSearchRow[]> {
  const { visibility } = query;
  const accountFilter: Prisma.RmaWhereInput = visibility === 'everything' ? {}
    : 'accountId' in visibility ? { accountId: visibility.accountId }
    : { account: { contacts: { some: { id: visibility.contactId } } } };
  const lines = await prisma.rmaLine.findMany({
    where: { rma: { rmaNumber, ...accountFilter }, ...(lineNumber === null ? {} : { lineNumber }) },
    include: { rma: { include: { case: { include: { openedBy: { select: { name: true, email: true } } } } } } },
    orderBy: { lineNumber: 'asc' },
    take: query.limit,
  });
  const devices = await prisma.device.findMany({
    where: { serialNumber: { in: lines.map((l) => l.defectiveSerial) } },
    include: { site: { select: { siteId: true, name: true } } },
  });
  const bySerial = new Map(devices.map((d) => [d.serialNumber, d]));
  return lines.map((line) => {
    const device = bySerial.get(line.defectiveSerial);
    const linkedCase = line.rma.case;
    return {
      kind: 'rma' as const, id: `${line.rma.rmaNumber}-${line.lineNumber}`, status: line.status,
      site: device?.site ?? null,
      contact: linkedCase ? { name: linkedCase.openedBy.name, email: linkedCase.openedBy.email } : null,
      lastModified: line.updatedAt > line.rma.updatedAt ? line.updatedAt : line.rma.updatedAt,
      platform: device?.platform ?? null, priority: linkedCase?.priority ?? null,
    };
  });
}
