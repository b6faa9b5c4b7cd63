/** RmaStore on PostgreSQL through Prisma. */
import type { RmaStore } from '../../core/index.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

export function createRmaStore(prisma: PrismaClient): RmaStore {
  return {
    async findRma(rmaNumber) {
      const rma = await prisma.rma.findUnique({
        where: { rmaNumber },
        include: { lines: { orderBy: { lineNumber: 'asc' } }, case: { select: { caseNumber: true } } },
      });
      if (!rma) return null;
      return {
        rmaNumber: rma.rmaNumber, accountId: rma.accountId, type: rma.type, status: rma.status,
        caseNumber: rma.case?.caseNumber ?? null, createdAt: rma.createdAt, updatedAt: rma.updatedAt,
        lines: rma.lines.map((l) => ({
          lineNumber: l.lineNumber, status: l.status, defectiveSerial: l.defectiveSerial, replacementSerial: l.replacementSerial,
          carrier: l.carrier, shipmentTracking: l.shipmentTracking, shippedAt: l.shippedAt, deliveredAt: l.deliveredAt,
          returnDueDate: l.returnDueDate, returnReceivedAt: l.returnReceivedAt,
        })),
      };
    },
  };
}
