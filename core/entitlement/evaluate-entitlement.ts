/**
 * The guide's entitlement rules, as a pure function of a device, its contracts and today's date:
 * - an active support contract (PAR excluded) entitles to 24x7 phone and Web support;
 * - a serial number that is not entitled and whose warranty has expired has two options: a time-and-materials
 *   quote from Customer Care, or a new support contract bought through an authorized partner.
 */
import type { ContractRecord, DeviceRecord } from '../ports.ts';
import type { ServiceLevel } from '../shared/vocabulary.ts';
import { dateOnly, daysBetween } from '../shared/desk-time.ts';

export type EntitlementStatus = 'covered' | 'warranty_only' | 'not_covered';
export type ContractState = 'active' | 'expired' | 'not_started';
export type EntitlementReason = 'ACTIVE_CONTRACT' | 'PAR_ONLY' | 'CONTRACT_NOT_STARTED' | 'CONTRACT_EXPIRED' | 'NO_CONTRACT';
export type Entitlement =
  | 'PHONE_SUPPORT_24X7' | 'WEB_SUPPORT_24X7' | 'SOFTWARE_DOWNLOADS'
  | 'ADVANCE_REPLACEMENT' | 'NEXT_DAY_ADVANCE_REPLACEMENT' | 'SAME_DAY_ADVANCE_REPLACEMENT'
  | 'WARRANTY_HARDWARE_REPAIR' | 'PARTNER_SUPPORT';
export type SupportOption = 'TIME_AND_MATERIALS_QUOTE' | 'BUY_CONTRACT_FROM_PARTNER';

export interface ContractView {
  contractId: string;
  serviceLevel: ServiceLevel;
  startDate: string;
  endDate: string;
  state: ContractState;
}

export interface EntitlementAnswer {
  serialNumber: string;
  platform: string;
  status: EntitlementStatus;
  /** True when the device is entitled to 24x7 phone and Web support. */
  covered: boolean;
  reason: EntitlementReason;
  /** The contract the answer rests on: the best active one (highest level, then longest), else the next to start, else the last to end. */
  contract: ContractView | null;
  entitlements: Entitlement[];
  warranty: { status: 'active' | 'expired' | 'unknown'; endDate: string | null };
  /** Days until the covering contract ends (covered only). */
  expiresInDays: number | null;
  /** The covering contract ends within 30 days: time to renew. */
  renewalDue: boolean;
  /** Offered when not entitled and the warranty has expired. */
  options: SupportOption[];
  contracts: ContractView[];
}

export const RENEWAL_WINDOW_DAYS = 30;

const HARDWARE: Record<ServiceLevel, Entitlement | null> = {
  CORE: 'ADVANCE_REPLACEMENT',
  NEXT_DAY: 'NEXT_DAY_ADVANCE_REPLACEMENT',
  SAME_DAY: 'SAME_DAY_ADVANCE_REPLACEMENT',
  PAR: null,
};

export function contractState(contract: Pick<ContractRecord, 'startDate' | 'endDate'>, today: string): ContractState {
  if (dateOnly(contract.startDate) > today) return 'not_started';
  if (dateOnly(contract.endDate) < today) return 'expired';
  return 'active';
}

export function viewContract(contract: ContractRecord, today: string): ContractView {
  return {
    contractId: contract.contractId, serviceLevel: contract.serviceLevel,
    startDate: dateOnly(contract.startDate), endDate: dateOnly(contract.endDate), state: contractState(contract, today),
  };
}

const byEndDesc = (a: ContractView, b: ContractView): number => b.endDate.localeCompare(a.endDate);
const LEVEL_RANK: Record<ServiceLevel, number> = { SAME_DAY: 3, NEXT_DAY: 2, CORE: 1, PAR: 0 };
/** The best coverage first: the highest service level, then the one that runs longest. */
const byBestCoverage = (a: ContractView, b: ContractView): number =>
  LEVEL_RANK[b.serviceLevel] - LEVEL_RANK[a.serviceLevel] || byEndDesc(a, b);

export function evaluateEntitlement(device: DeviceRecord, contracts: ContractRecord[], today: string): EntitlementAnswer {
  const views = contracts.map((c) => viewContract(c, today)).sort(byEndDesc);
  const active = views.filter((c) => c.state === 'active');
  const supporting = active.filter((c) => c.serviceLevel !== 'PAR').sort(byBestCoverage);
  const par = active.filter((c) => c.serviceLevel === 'PAR');
  const upcoming = views.filter((c) => c.state === 'not_started').sort((a, b) => a.startDate.localeCompare(b.startDate));
  const expired = views.filter((c) => c.state === 'expired');

  const warrantyEnd = device.warrantyEnd ? dateOnly(device.warrantyEnd) : null;
  const warranty = {
    status: warrantyEnd === null ? 'unknown' as const : warrantyEnd >= today ? 'active' as const : 'expired' as const,
    endDate: warrantyEnd,
  };
  const base = { serialNumber: device.serialNumber, platform: device.platform, warranty, contracts: views };

  const best = supporting[0];
  if (best) {
    const expiresInDays = daysBetween(new Date(`${today}T00:00:00Z`), new Date(`${best.endDate}T00:00:00Z`));
    const hardware = HARDWARE[best.serviceLevel];
    return {
      ...base, status: 'covered', covered: true, reason: 'ACTIVE_CONTRACT', contract: best,
      entitlements: ['PHONE_SUPPORT_24X7', 'WEB_SUPPORT_24X7', 'SOFTWARE_DOWNLOADS', ...(hardware ? [hardware] : [])],
      expiresInDays, renewalDue: expiresInDays <= RENEWAL_WINDOW_DAYS, options: [],
    };
  }

  const reason: EntitlementReason = par[0] ? 'PAR_ONLY' : upcoming[0] ? 'CONTRACT_NOT_STARTED' : expired[0] ? 'CONTRACT_EXPIRED' : 'NO_CONTRACT';
  const contract = par[0] ?? upcoming[0] ?? expired[0] ?? null;
  const entitlements: Entitlement[] = [];
  if (par[0]) entitlements.push('PARTNER_SUPPORT');
  if (warranty.status === 'active') entitlements.push('WARRANTY_HARDWARE_REPAIR');
  return {
    ...base,
    status: warranty.status === 'active' ? 'warranty_only' : 'not_covered',
    covered: false, reason, contract, entitlements, expiresInDays: null, renewalDue: false,
    options: warranty.status === 'active' ? [] : ['TIME_AND_MATERIALS_QUOTE', 'BUY_CONTRACT_FROM_PARTNER'],
  };
}
