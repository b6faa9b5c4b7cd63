/**
 * In-memory implementations of core's ports, for unit tests of the use cases. They keep the promises the
 * ports' JSDoc makes (consecutive numbers per desk day, idempotent createCase, visibility in searchCases) so a
 * story can rely on them, and they record what core asked for so a story can check it.
 */
import type {
  CaseRecord, CaseSearchQuery, CaseSearchRow, CaseStore, CaseVisibility, ContactRecord, ContractRecord, CoreDeps,
  DeviceRecord, InstalledBaseStore, NewCase, RmaRecord, RmaStore, SiteRecord,
} from '../../../core/index.ts';
import { formatCaseNumber } from '../../../core/index.ts';
import { DESK_MORNING, DESK_TIME_ZONE, FixedClock } from './clock.ts';

/** Answers like a store that went to the database: as a promise, failing by rejection rather than a throw. */
function answer<T>(compute: () => T): Promise<T> {
  return new Promise((resolve) => resolve(compute()));
}

export class FakeInstalledBase implements InstalledBaseStore {
  readonly contacts = new Map<string, ContactRecord>();
  /** Keyed by the public site ID. */
  readonly sites = new Map<string, SiteRecord>();
  readonly devices = new Map<string, DeviceRecord>();
  readonly contracts = new Map<string, ContractRecord>();
  private readonly coverages: { contractId: string; serialNumber: string }[] = [];

  addContact(contact: ContactRecord): ContactRecord {
    this.contacts.set(contact.id, contact);
    return contact;
  }

  addSite(site: SiteRecord): SiteRecord {
    this.sites.set(site.siteId, site);
    return site;
  }

  addDevice(device: DeviceRecord): DeviceRecord {
    this.devices.set(device.serialNumber, device);
    return device;
  }

  /** Registers the contract and the serial numbers it covers. */
  addContract(contract: ContractRecord, ...covered: DeviceRecord[]): ContractRecord {
    this.contracts.set(contract.contractId, contract);
    for (const device of covered) this.coverages.push({ contractId: contract.contractId, serialNumber: device.serialNumber });
    return contract;
  }

  findContactByEmail(email: string) {
    const wanted = email.trim().toLowerCase();
    return answer(() => [...this.contacts.values()].find((c) => c.email === wanted) ?? null);
  }

  findContactById(id: string) {
    return answer(() => this.contacts.get(id) ?? null);
  }

  findSite(siteId: string) {
    return answer(() => this.sites.get(siteId) ?? null);
  }

  findDevice(serialNumber: string) {
    return answer(() => {
      const device = this.devices.get(serialNumber);
      if (!device) return null;
      const contracts = this.coverages
        .filter((c) => c.serialNumber === serialNumber)
        .map((c) => this.contracts.get(c.contractId))
        .filter((c): c is ContractRecord => c !== undefined);
      return { device, contracts };
    });
  }

  findContract(contractId: string) {
    return answer(() => {
      const contract = this.contracts.get(contractId);
      if (!contract) return null;
      return { contract, coveredSerials: this.coverages.filter((c) => c.contractId === contractId).length };
    });
  }
}

export class FakeRmaStore implements RmaStore {
  readonly rmas = new Map<string, RmaRecord>();

  add(rma: RmaRecord): RmaRecord {
    this.rmas.set(rma.rmaNumber, rma);
    return rma;
  }

  findRma(rmaNumber: string) {
    return answer(() => this.rmas.get(rmaNumber) ?? null);
  }
}

export class FakeCaseStore implements CaseStore {
  readonly cases: CaseRecord[] = [];
  /** Every NewCase core asked to create, in order (repeats with a known idempotency key included). */
  readonly requested: NewCase[] = [];
  /** Every search core ran, in order. */
  readonly queries: CaseSearchQuery[] = [];
  private readonly counters = new Map<string, number>();
  private readonly idempotency = new Map<string, string>();

  constructor(
    private readonly installedBase: FakeInstalledBase,
    private readonly rmaStore: FakeRmaStore,
    private readonly clock: FixedClock,
  ) {}

  add(record: CaseRecord): CaseRecord {
    this.cases.push(record);
    return record;
  }

  /** Pretends `lastValue` numbers were already handed out on `day`. */
  setCounter(day: string, lastValue: number): void {
    this.counters.set(day, lastValue);
  }

  createCase(input: NewCase, idempotencyKey: string | null) {
    return answer(() => this.create(input, idempotencyKey));
  }

  findCaseByNumber(caseNumber: string) {
    return answer(() => this.cases.find((c) => c.caseNumber === caseNumber) ?? null);
  }

  searchCases(query: CaseSearchQuery) {
    return answer(() => this.search(query));
  }

  private create(input: NewCase, idempotencyKey: string | null): { record: CaseRecord; created: boolean } {
    this.requested.push(input);
    const earlier = idempotencyKey === null ? undefined : this.idempotency.get(idempotencyKey);
    if (earlier !== undefined) return { record: this.mustFind(earlier), created: false };

    // Like the real store's transaction: an exhausted day throws before anything is kept.
    const sequence = (this.counters.get(input.day) ?? 0) + 1;
    const caseNumber = formatCaseNumber(input.day, sequence);
    const opener = this.installedBase.contacts.get(input.openedById);
    if (!opener) throw new Error(`foreign key: no contact ${input.openedById}`);
    const site = [...this.installedBase.sites.values()].find((s) => s.id === input.siteRowId);
    const now = this.clock.now();
    const record: CaseRecord = {
      id: `case-${this.cases.length + 1}`, caseNumber, type: input.type, category: input.category,
      priority: input.priority, status: 'OPEN', subject: input.subject, description: input.description,
      impact: input.impact, customerTrackingNumber: input.customerTrackingNumber, accountId: input.accountId,
      site: site ? { siteId: site.siteId, name: site.name } : null, platform: input.platform,
      softwareVersion: input.softwareVersion, serialNumber: input.serialNumber, contractNumber: input.contractNumber,
      licenseInfo: input.licenseInfo, language: input.language, originChannel: input.originChannel,
      openedBy: { id: opener.id, name: opener.name, email: opener.email }, rmaNumbers: [],
      createdAt: now, updatedAt: now, closedAt: null,
    };
    this.counters.set(input.day, sequence);
    this.cases.push(record);
    if (idempotencyKey !== null) this.idempotency.set(idempotencyKey, caseNumber);
    return { record, created: true };
  }

  private search(query: CaseSearchQuery): CaseSearchRow[] {
    this.queries.push(query);
    const { criterion, visibility } = query;
    const matching = this.cases.filter((c) => this.caseVisible(visibility, c) && this.caseMatches(query, c));
    const rows: CaseSearchRow[] = matching
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
      .slice(0, query.limit)
      .map((c) => ({
        kind: 'case', id: c.caseNumber, status: c.status, site: c.site,
        contact: { name: c.openedBy.name, email: c.openedBy.email }, lastModified: c.updatedAt,
        platform: c.platform, priority: c.priority,
      }));
    if (criterion.by === 'rma') rows.push(...this.rmaRows(visibility, criterion.rmaNumber, criterion.lineNumber));
    return rows;
  }

  private mustFind(caseNumber: string): CaseRecord {
    const found = this.cases.find((c) => c.caseNumber === caseNumber);
    if (!found) throw new Error(`no case ${caseNumber}`);
    return found;
  }

  private caseVisible(visibility: CaseVisibility, c: CaseRecord): boolean {
    if (visibility === 'everything') return true;
    return 'contactId' in visibility ? c.openedBy.id === visibility.contactId : c.accountId === visibility.accountId;
  }

  private caseMatches({ criterion }: CaseSearchQuery, c: CaseRecord): boolean {
    switch (criterion.by) {
      case 'all': return true;
      case 'case_number': return c.caseNumber === criterion.caseNumber;
      case 'tracking_number':
        return c.customerTrackingNumber?.toLowerCase() === criterion.trackingNumber.toLowerCase();
      case 'rma': {
        if (!c.rmaNumbers.includes(criterion.rmaNumber)) return false;
        const rma = this.rmaStore.rmas.get(criterion.rmaNumber);
        return criterion.lineNumber === null || (rma?.lines.some((l) => l.lineNumber === criterion.lineNumber) ?? false);
      }
    }
  }

  private rmaRows(visibility: CaseVisibility, rmaNumber: string, lineNumber: number | null): CaseSearchRow[] {
    const rma = this.rmaStore.rmas.get(rmaNumber);
    if (!rma) return [];
    const accountOfViewer = visibility === 'everything' ? null
      : 'accountId' in visibility ? visibility.accountId : this.installedBase.contacts.get(visibility.contactId)?.accountId;
    if (visibility !== 'everything' && accountOfViewer !== rma.accountId) return [];
    const linkedCase = this.cases.find((c) => c.caseNumber === rma.caseNumber);
    return rma.lines
      .filter((line) => lineNumber === null || line.lineNumber === lineNumber)
      .map((line) => {
        const device = this.installedBase.devices.get(line.defectiveSerial);
        return {
          kind: 'rma' as const, id: `${rma.rmaNumber}-${line.lineNumber}`, status: line.status, site: device?.site ?? null,
          contact: linkedCase ? { name: linkedCase.openedBy.name, email: linkedCase.openedBy.email } : null,
          lastModified: rma.updatedAt, platform: device?.platform ?? null, priority: linkedCase?.priority ?? null,
        };
      });
  }
}

export interface FakeWorld {
  clock: FixedClock;
  installedBase: FakeInstalledBase;
  cases: FakeCaseStore;
  rmas: FakeRmaStore;
  deps: CoreDeps;
}

/** A desk with nothing in it yet, at a stated instant in a stated time zone. */
export function createFakeWorld(options: { now?: string; deskTimeZone?: string } = {}): FakeWorld {
  const clock = new FixedClock(options.now ?? DESK_MORNING);
  const installedBase = new FakeInstalledBase();
  const rmas = new FakeRmaStore();
  const cases = new FakeCaseStore(installedBase, rmas, clock);
  return {
    clock, installedBase, cases, rmas,
    deps: { clock, deskTimeZone: options.deskTimeZone ?? DESK_TIME_ZONE, cases, installedBase, rmas },
  };
}
