/**
 * Factories that insert installed-base rows and cases through Prisma with sensible defaults. A story names
 * only what matters to it; everything else is unique, plausible filler:
 *   const make = factories(db.prisma);
 *   const acme = await make.account({ name: 'Acme' });
 *   const alice = await make.contact(acme, { role: 'ACCOUNT_ADMIN' });
 *   const router = await make.device(acme, { warrantyEnd: dateOnly('2025-01-15') });
 *   await make.contract(acme, { serviceLevel: 'SAME_DAY' }, [router]);
 */
import { randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../db/generated/prisma/client.ts';

type Owner = { id: string };
type Overrides<T> = Partial<Omit<T, 'accountId'>>;

export type RmaLineOverrides = Partial<Omit<Prisma.RmaLineCreateManyRmaInput, 'id' | 'rmaId'>>;

/** A date-only value as PostgreSQL `date` columns hold it: UTC midnight of `isoDate`, moved by `offsetDays`. */
export function dateOnly(isoDate: string, offsetDays = 0): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date;
}

let counter = 0;
/** Unique within this test process; the random tag keeps two factories on one database apart too. */
function unique(): string {
  counter += 1;
  return `${counter}${randomBytes(3).toString('hex')}`.toUpperCase();
}

export function factories(prisma: PrismaClient) {
  let caseSequence = 0;

  return {
    account(overrides: Partial<Prisma.AccountUncheckedCreateInput> = {}) {
      const tag = unique();
      return prisma.account.create({
        data: { accountNumber: `ACC-${tag}`, name: `Account ${tag}`, salesRegion: 'NORTH_AMERICA', country: 'US', ...overrides },
      });
    },

    site(account: Owner, overrides: Overrides<Prisma.SiteUncheckedCreateInput> = {}) {
      const tag = unique();
      return prisma.site.create({
        data: { siteId: `S-${tag}`, name: `Site ${tag}`, country: 'US', city: 'Sunnyvale', ...overrides, accountId: account.id },
      });
    },

    contact(account: Owner, overrides: Overrides<Prisma.ContactUncheckedCreateInput> = {}) {
      const tag = unique();
      return prisma.contact.create({
        data: { name: `Contact ${tag}`, email: `contact-${tag.toLowerCase()}@example.test`, ...overrides, accountId: account.id },
      });
    },

    device(account: Owner, overrides: Overrides<Prisma.DeviceUncheckedCreateInput> = {}) {
      const tag = unique();
      return prisma.device.create({
        data: {
          serialNumber: `JN${tag}`, platform: 'MX204', sku: 'MX204-HW-BASE', shipDate: dateOnly('2024-01-15'),
          warrantyEnd: dateOnly('2025-01-15'), ...overrides, accountId: account.id,
        },
      });
    },

    /** A support contract of the account, covering the given devices. */
    contract(account: Owner, overrides: Overrides<Prisma.SupportContractUncheckedCreateInput> = {}, covering: Owner[] = []) {
      return prisma.supportContract.create({
        data: {
          contractId: `C${unique()}`, serviceLevel: 'CORE', startDate: dateOnly('2026-01-01'), endDate: dateOnly('2027-12-31'),
          ...overrides, accountId: account.id,
          coverages: { create: covering.map((device) => ({ deviceId: device.id })) },
        },
      });
    },

    coverage(contract: Owner, device: Owner) {
      return prisma.contractCoverage.create({ data: { contractId: contract.id, deviceId: device.id } });
    },

    /** An RMA of the account with its line items (one BOOKED line unless told otherwise). */
    rma(account: Owner, overrides: Overrides<Prisma.RmaUncheckedCreateInput> = {}, lines: RmaLineOverrides[] = [{}]) {
      return prisma.rma.create({
        data: {
          rmaNumber: `R${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`, type: 'ADVANCE_REPLACEMENT', ...overrides,
          accountId: account.id,
          lines: {
            create: lines.map((line, index) => ({ lineNumber: index + 1, defectiveSerial: `JN${unique()}`, ...line })),
          },
        },
        include: { lines: { orderBy: { lineNumber: 'asc' } } },
      });
    },

    /**
     * A case opened by the contact, on the contact's account, inserted directly (no counter): for stories about
     * reading and searching cases. Opening cases goes through openAdminCase.
     */
    case(openedBy: Owner & { accountId: string }, overrides: Partial<Omit<Prisma.CaseUncheckedCreateInput, 'accountId' | 'openedById'>> = {}) {
      caseSequence += 1;
      return prisma.case.create({
        data: {
          caseNumber: `2019-0101-${String(caseSequence).padStart(4, '0')}`, type: 'ADMIN_SERVICE_REQUEST', category: 'other',
          priority: 'P3', subject: `Subject ${caseSequence}`, description: 'A problem in detail.', originChannel: 'WEB_CHAT',
          ...overrides, accountId: openedBy.accountId, openedById: openedBy.id,
        },
      });
    },
  };
}

export type Factories = ReturnType<typeof factories>;
