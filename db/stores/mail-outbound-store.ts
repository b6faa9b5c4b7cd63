/** OutboundMailStore on PostgreSQL: the outbox the outbound-mail queue delivers. */
import type { OutboundMailRecord, OutboundMailStore } from '../../mail/ports.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

export function createOutboundMailStore(prisma: PrismaClient): OutboundMailStore {
  return {
    async find(id) {
      const row = await prisma.outboundMail.findUnique({ where: { id } });
      if (!row) return null;
      const record: OutboundMailRecord = {
        id: row.id, messageId: row.messageId, toAddress: row.toAddress, subject: row.subject, textBody: row.textBody, htmlBody: row.htmlBody,
        inReplyTo: row.inReplyTo, references: row.references, caseNumber: row.caseNumber, state: row.state, attempts: row.attempts,
      };
      return record;
    },
    async markSent(id, relayResponse) {
      await prisma.outboundMail.updateMany({
        where: { id, state: { not: 'SENT' } },
        data: { state: 'SENT', sentAt: new Date(), relayResponse, attempts: { increment: 1 } },
      });
    },
    async markFailed(id, error, final) {
      await prisma.outboundMail.updateMany({
        where: { id, state: 'PENDING' },
        data: { attempts: { increment: 1 }, lastError: error.slice(0, 2_000), ...(final ? { state: 'FAILED' } : {}) },
      });
    },
    async pending(limit) {
      const rows = await prisma.outboundMail.findMany({ where: { state: 'PENDING' }, orderBy: { createdAt: 'asc' }, take: limit, select: { id: true } });
      return rows.map((r) => r.id);
    },
  };
}
