/**
 * HandoffStore on PostgreSQL. Every state change is a conditional UPDATE (the WHERE clause is the state
 * machine's precondition), so two reps, two workers or two deliveries of one request cannot both win.
 */
import type {
  CommitmentRecord, ConversationRecord, EscalationRoute, HandoffPacket, HandoffRecord, HandoffStore, NewHandoff,
} from '../../core/index.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

const handoffInclude = { conversation: true, commitments: { orderBy: { kind: 'asc' } } } satisfies Prisma.HandoffInclude;
type HandoffRow = Prisma.HandoffGetPayload<{ include: typeof handoffInclude }>;
type Tx = Prisma.TransactionClient;

function toConversation(row: HandoffRow['conversation']): ConversationRecord {
  return {
    id: row.id, channel: row.channel, externalId: row.externalId, contactId: row.contactId, language: row.language,
    timeZone: row.timeZone, country: row.country, state: row.state, ownerRepId: row.ownerRepId,
  };
}

function toCommitment(row: HandoffRow['commitments'][number]): CommitmentRecord {
  return {
    id: row.id, handoffId: row.handoffId, kind: row.kind, dueAt: row.dueAt, warnAt: row.warnAt, status: row.status,
    warnedAt: row.warnedAt, keptAt: row.keptAt, escalatedAt: row.escalatedAt, escalationRoute: row.escalationRoute,
  };
}

function toHandoff(row: HandoffRow): HandoffRecord {
  return {
    id: row.id, conversation: toConversation(row.conversation), caseNumber: row.caseNumber, status: row.status,
    priority: row.priority, reason: row.reason, packet: row.packet as unknown as HandoffPacket, claimedById: row.claimedById,
    claimedAt: row.claimedAt, resolvedAt: row.resolvedAt, createdAt: row.createdAt, commitments: row.commitments.map(toCommitment),
  };
}

const CONVERSATION_STATE = { QUEUED: 'QUEUED', CLAIMED: 'CLAIMED', RESOLVED: 'BOT', CANCELLED: 'BOT' } as const;
const AUDIENCE: Record<EscalationRoute, string> = { ON_CALL: 'on_call', ESCALATION_TEAM: 'escalation_team', NEXT_BUSINESS_DAY: 'reps' };

async function notify(tx: Tx, key: string, audience: string, kind: string, payload: Prisma.InputJsonValue): Promise<void> {
  await tx.notification.createMany({ data: [{ key, audience, kind, payload }], skipDuplicates: true });
}

const TX = { maxWait: 10_000, timeout: 15_000 };

export function createHandoffStore(prisma: PrismaClient): HandoffStore {
  const findHandoff = async (id: string, db: Tx | PrismaClient = prisma): Promise<HandoffRecord | null> => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await db.handoff.findUnique({ where: { id }, include: handoffInclude });
    return row ? toHandoff(row) : null;
  };
  const findActive = async (conversationId: string, db: Tx | PrismaClient = prisma): Promise<HandoffRecord | null> => {
    const row = await db.handoff.findFirst({
      where: { conversationId, status: { in: ['QUEUED', 'CLAIMED'] } }, include: handoffInclude, orderBy: { createdAt: 'desc' },
    });
    return row ? toHandoff(row) : null;
  };

  return {
    async findConversation(ref) {
      const row = await prisma.conversation.findUnique({ where: { channel_externalId: ref } });
      return row ? toConversation(row) : null;
    },
    findHandoff: (id) => findHandoff(id),
    findActiveHandoff: (conversationId) => findActive(conversationId),

    async listActiveHandoffs(limit) {
      // Ordered in SQL by the earliest open deadline, so the queue's top is what breaches first.
      const ids = await prisma.$queryRaw<{ id: string }[]>`
        SELECT h.id FROM handoffs h
        LEFT JOIN commitments c ON c.handoff_id = h.id AND c.status = 'OPEN'
        WHERE h.status IN ('QUEUED', 'CLAIMED')
        GROUP BY h.id, h.created_at
        ORDER BY min(c.due_at) ASC NULLS LAST, h.created_at ASC
        LIMIT ${limit}`;
      const rows = await prisma.handoff.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: handoffInclude });
      const byId = new Map(rows.map((r) => [r.id, toHandoff(r)]));
      return ids.flatMap((r) => byId.get(r.id) ?? []);
    },

    async createHandoff(input: NewHandoff) {
      return prisma.$transaction(async (tx) => {
        const c = input.conversation;
        const [conversation] = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO conversations (id, channel, external_id, contact_id, language, time_zone, country, reference)
          VALUES (gen_random_uuid(), ${c.channel}::"Channel", ${c.externalId}, ${c.contactId}::uuid, ${c.language}, ${c.timeZone}, ${c.country},
                  ${c.reference === null ? null : JSON.stringify(c.reference)}::jsonb)
          ON CONFLICT (channel, external_id) DO UPDATE SET
            contact_id = COALESCE(EXCLUDED.contact_id, conversations.contact_id), language = EXCLUDED.language,
            time_zone = COALESCE(EXCLUDED.time_zone, conversations.time_zone), country = COALESCE(EXCLUDED.country, conversations.country),
            reference = COALESCE(EXCLUDED.reference, conversations.reference), updated_at = now()
          RETURNING id`;
        const conversationId = conversation?.id ?? '';
        // The row lock taken above serialises concurrent requests; only the first moves BOT → QUEUED.
        const { count } = await tx.conversation.updateMany({ where: { id: conversationId, state: 'BOT' }, data: { state: 'QUEUED', ownerRepId: null } });
        if (count === 0) {
          const active = await findActive(conversationId, tx);
          if (active) return { handoff: active, created: false };
          throw new Error(`conversation ${conversationId} is handed off but has no active handoff`);
        }
        const row = await tx.handoff.create({
          data: {
            conversationId, caseNumber: input.caseNumber, priority: input.priority, reason: input.reason,
            packet: input.packet as unknown as Prisma.InputJsonValue,
            commitments: { create: input.commitments.map((k) => ({ kind: k.kind, dueAt: k.dueAt, warnAt: k.warnAt })) },
          },
          include: handoffInclude,
        });
        await tx.auditLog.create({ data: { actorType: 'BOT', action: 'handoff.request', entityType: 'handoff', entityId: row.id, details: { reason: input.reason, priority: input.priority } } });
        await notify(tx, `handoff.queued:${row.id}`, 'reps', 'handoff.queued', { handoffId: row.id, priority: row.priority, reason: row.reason });
        return { handoff: toHandoff(row), created: true };
      }, TX);
    },

    async transition({ handoffId, from, ownerId, to, claimedById, action, actor }) {
      if (!/^[0-9a-f-]{36}$/i.test(handoffId)) return null;
      return prisma.$transaction(async (tx) => {
        const now = new Date();
        const { count } = await tx.handoff.updateMany({
          where: { id: handoffId, status: { in: [...from] }, ...(ownerId === undefined ? {} : { claimedById: ownerId }) },
          data: {
            status: to, claimedById,
            ...(to === 'CLAIMED' ? { claimedAt: now } : {}),
            ...(to === 'RESOLVED' || to === 'CANCELLED' ? { resolvedAt: now } : {}),
          },
        });
        if (count === 0) return null;
        const row = await tx.handoff.findUniqueOrThrow({ where: { id: handoffId } });
        await tx.conversation.update({
          where: { id: row.conversationId },
          data: { state: CONVERSATION_STATE[to], ownerRepId: to === 'CLAIMED' ? claimedById : null },
        });
        if (to === 'RESOLVED' || to === 'CANCELLED') {
          await tx.commitment.updateMany({ where: { handoffId, status: 'OPEN' }, data: { status: 'CANCELLED' } });
        }
        await tx.auditLog.create({ data: { actorType: actor.actorType, actorId: actor.actorId, action, entityType: 'handoff', entityId: handoffId, details: { from: [...from], to, claimedById } } });
        return findHandoff(handoffId, tx);
      }, TX);
    },

    async keepCommitments(handoffId, repId, at) {
      return prisma.$transaction(async (tx) => {
        const open = await tx.commitment.findMany({ where: { handoffId, status: 'OPEN' }, select: { id: true } });
        await tx.commitment.updateMany({ where: { id: { in: open.map((c) => c.id) }, status: 'OPEN' }, data: { status: 'KEPT', keptAt: at, keptById: repId } });
        const kept = await tx.commitment.findMany({ where: { id: { in: open.map((c) => c.id) }, status: 'KEPT', keptById: repId } });
        if (kept.length) {
          await tx.auditLog.create({ data: { actorType: 'REP', actorId: repId, action: 'commitment.keep', entityType: 'handoff', entityId: handoffId, details: { commitments: kept.map((c) => c.kind) } } });
        }
        return kept.map(toCommitment);
      }, TX);
    },

    async findCommitment(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const row = await prisma.commitment.findUnique({ where: { id }, include: { handoff: { include: handoffInclude } } });
      return row ? { commitment: toCommitment(row), handoff: toHandoff(row.handoff) } : null;
    },

    async markWarned(commitmentId, at) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.commitment.updateMany({ where: { id: commitmentId, status: 'OPEN', warnedAt: null }, data: { warnedAt: at } });
        if (count === 0) return false;
        const c = await tx.commitment.findUniqueOrThrow({ where: { id: commitmentId } });
        await notify(tx, `commitment.warning:${commitmentId}`, 'reps', 'commitment.warning', { commitmentId, handoffId: c.handoffId, kind: c.kind, dueAt: c.dueAt.toISOString() });
        return true;
      }, TX);
    },

    async markEscalated(commitmentId, at, route) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.commitment.updateMany({ where: { id: commitmentId, status: 'OPEN' }, data: { status: 'ESCALATED', escalatedAt: at, escalationRoute: route } });
        if (count === 0) return false;
        const c = await tx.commitment.findUniqueOrThrow({ where: { id: commitmentId } });
        await tx.auditLog.create({ data: { actorType: 'SYSTEM', action: 'commitment.escalate', entityType: 'commitment', entityId: commitmentId, details: { route, kind: c.kind } } });
        await notify(tx, `commitment.escalated:${commitmentId}`, AUDIENCE[route], 'commitment.escalated', { commitmentId, handoffId: c.handoffId, kind: c.kind, route, dueAt: c.dueAt.toISOString() });
        return true;
      }, TX);
    },

    async openCommitments(afterId, limit) {
      const rows = await prisma.commitment.findMany({
        where: { status: 'OPEN', ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit,
      });
      return rows.map(toCommitment);
    },
  };
}
