/** InstalledBaseStore on PostgreSQL through Prisma. */
import type { ContactRecord, InstalledBaseStore } from '../../core/index.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

const contactSelect = {
  id: true, accountId: true, name: true, email: true, phone: true, preferredLanguage: true, role: true,
} as const;

export function createInstalledBaseStore(prisma: PrismaClient): InstalledBaseStore {
  return {
    async findContactByEmail(email): Promise<ContactRecord | null> {
      return prisma.contact.findUnique({ where: { email: email.trim().toLowerCase() }, select: contactSelect });
    },
    async findContactById(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null; // not a uuid: PostgreSQL would reject the comparison
      return prisma.contact.findUnique({ where: { id }, select: contactSelect });
    },
    async findSite(siteId) {
      return prisma.site.findUnique({
        where: { siteId }, select: { id: true, siteId: true, accountId: true, name: true, country: true },
      });
    },
    async findDevice(serialNumber) {
      const device = await prisma.device.findUnique({
        where: { serialNumber },
        include: { site: { select: { siteId: true, name: true } }, coverages: { include: { contract: true } } },
      });
      if (!device) return null;
      const { coverages, ...rest } = device;
      return {
        device: {
          serialNumber: rest.serialNumber, accountId: rest.accountId, platform: rest.platform, sku: rest.sku,
          site: rest.site, shipDate: rest.shipDate, warrantyEnd: rest.warrantyEnd, orderedDirect: rest.orderedDirect,
          salesOrder: rest.salesOrder,
        },
        contracts: coverages.map(({ contract: c }) => ({
          contractId: c.contractId, accountId: c.accountId, serviceLevel: c.serviceLevel, startDate: c.startDate, endDate: c.endDate,
        })),
      };
    },
    async findContract(contractId) {
      const c = await prisma.supportContract.findUnique({ where: { contractId }, include: { _count: { select: { coverages: true } } } });
      if (!c) return null;
      return {
        contract: { contractId: c.contractId, accountId: c.accountId, serviceLevel: c.serviceLevel, startDate: c.startDate, endDate: c.endDate },
        coveredSerials: c._count.coverages,
      };
    },
  };
}
