/**
 * Factories for the records core's ports return, with sensible defaults: a story states only what matters to
 * it (`aDevice({ warrantyEnd: null })`) and the rest is plausible filler.
 */
import { randomUUID } from 'node:crypto';
import type {
  CaseRecord, ContactRecord, ContractRecord, DeviceRecord, RmaLineRecord, RmaRecord, SiteRecord,
} from '../../../core/index.ts';

let sequence = 0;
const next = (): number => ++sequence;

/** A date-only value (UTC midnight, as Prisma returns `@db.Date`) `offsetDays` from `isoDate`. */
export function dateOnlyValue(isoDate: string, offsetDays = 0): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date;
}

export const ACME_ACCOUNT_ID = '11111111-1111-4111-8111-111111111111';
export const GLOBEX_ACCOUNT_ID = '22222222-2222-4222-8222-222222222222';

export function aContact(overrides: Partial<ContactRecord> = {}): ContactRecord {
  const n = next();
  return {
    id: randomUUID(), accountId: ACME_ACCOUNT_ID, name: `Contact ${n}`, email: `contact${n}@acme.example`,
    phone: null, preferredLanguage: 'en', role: 'CONTACT', ...overrides,
  };
}

export function aSite(overrides: Partial<SiteRecord> = {}): SiteRecord {
  const n = next();
  return { id: randomUUID(), siteId: `S-${1000 + n}`, accountId: ACME_ACCOUNT_ID, name: `Site ${n}`, country: 'US', ...overrides };
}

export function aDevice(overrides: Partial<DeviceRecord> = {}): DeviceRecord {
  const n = next();
  return {
    serialNumber: `JN${String(100000 + n)}AFA`, accountId: ACME_ACCOUNT_ID, platform: 'MX204', sku: 'MX204-HW-BASE',
    site: null, shipDate: dateOnlyValue('2024-01-15'), warrantyEnd: dateOnlyValue('2025-01-15'), orderedDirect: false,
    salesOrder: null, ...overrides,
  };
}

export function aContract(overrides: Partial<ContractRecord> = {}): ContractRecord {
  return {
    contractId: `C${String(4000000 + next())}`, accountId: ACME_ACCOUNT_ID, serviceLevel: 'CORE',
    startDate: dateOnlyValue('2026-01-01'), endDate: dateOnlyValue('2027-12-31'), ...overrides,
  };
}

export function aCaseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  const n = next();
  const openedAt = new Date('2026-11-20T17:00:00Z');
  return {
    id: randomUUID(), caseNumber: `2026-1120-${String(n % 10_000 || 1).padStart(4, '0')}`, type: 'ADMIN_SERVICE_REQUEST',
    category: 'other', priority: 'P3', status: 'OPEN', subject: `Subject ${n}`, description: 'A problem in detail.',
    impact: null, customerTrackingNumber: null, accountId: ACME_ACCOUNT_ID, site: null, platform: null,
    softwareVersion: null, serialNumber: null, contractNumber: null, licenseInfo: null, language: 'en',
    originChannel: 'WEB_CHAT', openedBy: { id: randomUUID(), name: `Contact ${n}`, email: `contact${n}@acme.example` },
    rmaNumbers: [], createdAt: openedAt, updatedAt: openedAt, closedAt: null, ...overrides,
  };
}

/** A case opened by this contact (account and opener taken from the contact). */
export function aCaseOpenedBy(contact: ContactRecord, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return aCaseRecord({
    accountId: contact.accountId, openedBy: { id: contact.id, name: contact.name, email: contact.email }, ...overrides,
  });
}

export function anRmaLine(overrides: Partial<RmaLineRecord> = {}): RmaLineRecord {
  return {
    lineNumber: 1, status: 'BOOKED', defectiveSerial: `JN${String(200000 + next())}AFA`, replacementSerial: null,
    carrier: null, shipmentTracking: null, shippedAt: null, deliveredAt: null, returnDueDate: null,
    returnReceivedAt: null, ...overrides,
  };
}

export function anRma(overrides: Partial<RmaRecord> = {}): RmaRecord {
  const created = new Date('2026-11-20T17:00:00Z');
  return {
    rmaNumber: `R${String(300000 + next())}`, accountId: ACME_ACCOUNT_ID, type: 'ADVANCE_REPLACEMENT', status: 'OPEN',
    caseNumber: null, createdAt: created, updatedAt: created, lines: [anRmaLine()], ...overrides,
  };
}
