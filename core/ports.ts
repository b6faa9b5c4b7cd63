/**
 * What core needs from the outside world, said in the domain's words. Adapters (db/, queue/, bot/, mail/)
 * implement these; core never learns how.
 */
import type { CaseStatus, CaseType, Channel, Priority, RmaLineStatus, RmaStatus, RmaType, ServiceLevel } from './shared/vocabulary.ts';
import type { ContactRole } from './shared/requester.ts';

export interface Clock {
  now(): Date;
}

export interface SiteRef {
  siteId: string;
  name: string;
}

/** What a case says about itself: recorded when it is opened, the same in the record and the request. */
export interface CaseDetails {
  type: CaseType;
  category: string;
  priority: Priority;
  subject: string;
  description: string;
  impact: string | null;
  customerTrackingNumber: string | null;
  accountId: string;
  platform: string | null;
  softwareVersion: string | null;
  serialNumber: string | null;
  contractNumber: string | null;
  licenseInfo: string | null;
  language: string;
  originChannel: Channel;
}

export interface CaseRecord extends CaseDetails {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  site: SiteRef | null;
  openedBy: { id: string; name: string; email: string };
  rmaNumbers: string[];
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

export interface NewCase extends CaseDetails {
  /** Desk-local day, `YYYY-MMDD`: the store allocates the day's next sequence number atomically. */
  day: string;
  /** Internal id of the site, already checked to belong to the account. */
  siteRowId: string | null;
  openedById: string;
  actor: { actorType: 'CUSTOMER' | 'REP' | 'OPERATOR'; actorId: string };
}

export type CaseSearchCriterion =
  | { by: 'case_number'; caseNumber: string }
  | { by: 'rma'; rmaNumber: string; lineNumber: number | null }
  | { by: 'tracking_number'; trackingNumber: string }
  | { by: 'all' };

export type CaseVisibility = { contactId: string } | { accountId: string } | 'everything';

export const SORT_COLUMNS = ['id', 'status', 'site', 'contact', 'lastModified', 'platform', 'priority'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface CaseSearchQuery {
  visibility: CaseVisibility;
  criterion: CaseSearchCriterion;
  limit: number;
}

/** One row of the guide's case/RMA search results. */
export interface CaseSearchRow {
  kind: 'case' | 'rma';
  /** Case number, or RMA number with line item. */
  id: string;
  status: string;
  site: SiteRef | null;
  contact: { name: string; email: string } | null;
  lastModified: Date;
  platform: string | null;
  priority: Priority | null;
}

export interface CaseStore {
  /**
   * Inserts the case with the day's next number, its first transcript event and an audit row, in one
   * transaction. With an idempotency key, a repeated call returns the first call's case and `created: false`.
   */
  createCase(input: NewCase, idempotencyKey: string | null): Promise<{ record: CaseRecord; created: boolean }>;
  findCaseByNumber(caseNumber: string): Promise<CaseRecord | null>;
  searchCases(query: CaseSearchQuery): Promise<CaseSearchRow[]>;
}

export interface ContactRecord {
  id: string;
  accountId: string;
  name: string;
  email: string;
  phone: string | null;
  preferredLanguage: string;
  role: ContactRole;
}

export interface SiteRecord {
  id: string;
  siteId: string;
  accountId: string;
  name: string;
  country: string;
}

export interface ContractRecord {
  contractId: string;
  accountId: string;
  serviceLevel: ServiceLevel;
  startDate: Date;
  endDate: Date;
}

export interface DeviceRecord {
  serialNumber: string;
  accountId: string;
  platform: string;
  sku: string;
  site: SiteRef | null;
  shipDate: Date | null;
  warrantyEnd: Date | null;
  orderedDirect: boolean;
  salesOrder: string | null;
}

export interface InstalledBaseStore {
  findContactByEmail(email: string): Promise<ContactRecord | null>;
  findContactById(id: string): Promise<ContactRecord | null>;
  findSite(siteId: string): Promise<SiteRecord | null>;
  /** The device and every contract that covers it, whatever the contract's dates. */
  findDevice(serialNumber: string): Promise<{ device: DeviceRecord; contracts: ContractRecord[] } | null>;
  /** The contract and how many serial numbers it covers. */
  findContract(contractId: string): Promise<{ contract: ContractRecord; coveredSerials: number } | null>;
}

export interface RmaLineRecord {
  lineNumber: number;
  status: RmaLineStatus;
  defectiveSerial: string;
  replacementSerial: string | null;
  carrier: string | null;
  shipmentTracking: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  returnDueDate: Date | null;
  returnReceivedAt: Date | null;
}

export interface RmaRecord {
  rmaNumber: string;
  accountId: string;
  type: RmaType;
  status: RmaStatus;
  caseNumber: string | null;
  createdAt: Date;
  updatedAt: Date;
  lines: RmaLineRecord[];
}

export interface RmaStore {
  findRma(rmaNumber: string): Promise<RmaRecord | null>;
}

/** Everything the foundation's use cases need, built once by the composition root. */
export interface CoreDeps {
  clock: Clock;
  /** IANA time zone of the desk: the day in a case number. */
  deskTimeZone: string;
  cases: CaseStore;
  installedBase: InstalledBaseStore;
  rmas: RmaStore;
}
