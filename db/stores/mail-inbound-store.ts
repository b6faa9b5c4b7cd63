/**
 * InboundMailStore on PostgreSQL. The unique Message-ID is what makes ingestion exactly-once: a message
 * fetched again after a crash finds its row, and `complete` acts only on a row still RECEIVED, inside the
 * transaction that writes the transcript event, the reply (outbox) and the bounce.
 */
import { createHash } from 'node:crypto';
import type { InboundMailStore } from '../../mail/ports.ts';
import type { MailKind } from '../../mail/classify-mail.ts';
import type { InboundMailKind, PrismaClient } from '../generated/prisma/client.ts';

const KIND: Record<MailKind, InboundMailKind> = {
  customer: 'CUSTOMER', auto_reply: 'AUTO_REPLY', bounce: 'BOUNCE', list: 'LIST', own: 'OWN', unparseable: 'UNPARSEABLE',
};
/** PostgreSQL text may not hold NUL bytes; a header may. */
const clean = (text: string | null, max: number): string | null => (text === null ? null : text.replace(/\0/g, '').slice(0, max));

export function createInboundMailStore(prisma: PrismaClient): InboundMailStore {
  return {
    async receive(input) {
      const data = {
        messageId: input.messageId, mailbox: input.mailbox, uidValidity: input.uidValidity, uid: input.uid, raw: new Uint8Array(input.raw),
        sha256: createHash('sha256').update(input.raw).digest('hex'), size: input.raw.length,
        fromAddress: clean(input.fromAddress, 320), subject: clean(input.subject, 1_000), kind: input.kind ? KIND[input.kind] : null,
        attempts: 1,
      };
      // INSERT … ON CONFLICT through createMany: a concurrent or repeated fetch of the same Message-ID adds nothing.
      const inserted = await prisma.inboundMail.createMany({ data: [data], skipDuplicates: true });
      if (inserted.count === 0) {
        await prisma.inboundMail.updateMany({ where: { messageId: input.messageId, state: 'RECEIVED' }, data: { attempts: { increment: 1 } } });
      }
      const row = await prisma.inboundMail.findUniqueOrThrow({ where: { messageId: input.messageId }, select: { id: true, state: true, attempts: true } });
      return row;
    },

    async complete(id, outcome) {
      return prisma.$transaction(async (tx) => {
        const claimed = await tx.inboundMail.updateMany({
          where: { id, state: 'RECEIVED' },
          data: {
            state: 'PROCESSED', processedAt: new Date(), kind: KIND[outcome.kind], outcome: outcome.outcome,
            caseNumber: outcome.caseNumber, contactId: outcome.contactId,
          },
        });
        if (claimed.count === 0) return { replyId: null };
        const mail = await tx.inboundMail.findUniqueOrThrow({ where: { id }, select: { messageId: true } });
        if (outcome.transcript) {
          const kase = await tx.case.findUnique({ where: { caseNumber: outcome.transcript.caseNumber }, select: { id: true } });
          if (kase) {
            await tx.caseEvent.createMany({
              data: [{ caseId: kase.id, actorType: 'CUSTOMER', actorId: outcome.transcript.contactId, channel: 'EMAIL', body: outcome.transcript.body.replace(/\0/g, ''), externalId: mail.messageId }],
              skipDuplicates: true,
            });
            await tx.case.update({ where: { id: kase.id }, data: { updatedAt: new Date() } });
          }
        }
        let replyId: string | null = null;
        if (outcome.reply) {
          const reply = await tx.outboundMail.create({
            data: { ...outcome.reply, subject: outcome.reply.subject.replace(/\0/g, ''), inReplyToMail: id, automatic: true },
            select: { id: true },
          });
          replyId = reply.id;
          if (outcome.reply.caseNumber) {
            const kase = await tx.case.findUnique({ where: { caseNumber: outcome.reply.caseNumber }, select: { id: true } });
            if (kase) {
              await tx.caseEvent.create({
                data: { caseId: kase.id, actorType: 'BOT', channel: 'EMAIL', body: outcome.reply.textBody, externalId: outcome.reply.messageId },
              });
            }
          }
        }
        if (outcome.attachments?.items.length) {
          const kase = await tx.case.findUnique({ where: { caseNumber: outcome.attachments.caseNumber }, select: { id: true } });
          if (kase) {
            await tx.mailAttachment.createMany({
              data: outcome.attachments.items.map((a) => ({
                inboundId: id, caseId: kase.id, position: a.index, filename: a.filename, originalFilename: a.originalFilename,
                contentType: a.contentType, size: a.size, sha256: a.sha256, content: a.content ? new Uint8Array(a.content) : null, skippedReason: a.skipped,
              })),
              skipDuplicates: true,
            });
          }
        }
        if (outcome.bounce) {
          await tx.mailBounce.create({ data: { inboundId: id, ...outcome.bounce } });
          await tx.auditLog.create({
            data: { actorType: 'SYSTEM', action: 'mail.bounce', entityType: 'contact', entityId: outcome.bounce.contactId ?? outcome.bounce.address, details: { address: outcome.bounce.address, diagnostic: outcome.bounce.diagnostic } },
          });
        }
        return { replyId };
      }, { maxWait: 10_000, timeout: 15_000 });
    },

    async quarantine(id, reason) {
      await prisma.inboundMail.updateMany({
        where: { id, state: 'RECEIVED' },
        data: { state: 'QUARANTINED', quarantineReason: reason.replace(/\0/g, '').slice(0, 2_000), processedAt: new Date() },
      });
    },

    async caseOfMessageIds(messageIds) {
      if (messageIds.length === 0) return null;
      const [inbound, outbound] = await Promise.all([
        prisma.inboundMail.findFirst({ where: { messageId: { in: messageIds }, caseNumber: { not: null } }, select: { caseNumber: true }, orderBy: { receivedAt: 'desc' } }),
        prisma.outboundMail.findFirst({ where: { messageId: { in: messageIds }, caseNumber: { not: null } }, select: { caseNumber: true }, orderBy: { createdAt: 'desc' } }),
      ]);
      return outbound?.caseNumber ?? inbound?.caseNumber ?? null;
    },

    automaticRepliesTo(address, since) {
      return prisma.outboundMail.count({ where: { toAddress: address, automatic: true, createdAt: { gte: since } } });
    },

    async pendingReplyOf(id) {
      const row = await prisma.outboundMail.findFirst({ where: { inReplyToMail: id, state: 'PENDING' }, select: { id: true } });
      return row?.id ?? null;
    },
  };
}
