/**
 * The demo's devices and support contracts. Every account gets devices in every coverage situation the
 * entitlement rules distinguish: an active contract, one expiring within 30 days, one expired, one not yet
 * started (a renewal after an expired one), PAR only, and no contract inside and outside warranty.
 */
import { DEMO } from './demo-identifiers.ts';
import type { DemoAccount } from './demo-world.ts';
import { daysFrom, isoDate } from './calendar.ts';
import { DIGITS, HEX, type Random } from './random.ts';

type Contracted = 'active' | 'expiring' | 'expired' | 'not_started' | 'par';
export type Coverage = Contracted | 'none_in_warranty' | 'none_expired';

export interface DemoDevice {
  serialNumber: string;
  accountNumber: string;
  siteId: string;
  platform: string;
  sku: string;
  shipDate: Date;
  warrantyEnd: Date;
  salesOrder: string;
  orderedDirect: boolean;
  coverage: Coverage;
  contractIds: string[];
}

export interface DemoContract {
  contractId: string;
  accountNumber: string;
  serviceLevel: 'CORE' | 'NEXT_DAY' | 'SAME_DAY' | 'PAR';
  startDate: Date;
  endDate: Date;
}

const PLATFORMS = [
  { platform: 'MX204', sku: 'MX204-HW-BASE' },
  { platform: 'MX480', sku: 'MX480-PREMIUM3-AC' },
  { platform: 'MX10003', sku: 'MX10003-PREM-AC' },
  { platform: 'PTX10001-36MR', sku: 'PTX10001-36MR-AC' },
  { platform: 'QFX5120-48Y', sku: 'QFX5120-48Y-AFI' },
  { platform: 'ACX7100-48L', sku: 'ACX7100-48L-AC' },
  { platform: 'SRX345', sku: 'SRX345-SYS-JB' },
  { platform: 'SRX1500', sku: 'SRX1500-SYS-JB-AC' },
  { platform: 'EX4300-48P', sku: 'EX4300-48P' },
  { platform: 'EX2300-24T', sku: 'EX2300-24T' },
] as const;

// Mostly covered, with every other situation present in each account.
const COVERAGE_CYCLE: Coverage[] = [
  'active', 'active', 'expiring', 'active', 'none_in_warranty', 'active', 'expired', 'active', 'par', 'active',
  'not_started', 'none_expired', 'active', 'expiring', 'none_expired',
];

/** The Northwind devices DEMO names, so their situation never depends on the generator. */
const NAMED_DEVICES: Array<{ serial: string; platform: (typeof PLATFORMS)[number]; coverage: Coverage }> = [
  { serial: DEMO.coveredSerial, platform: PLATFORMS[0], coverage: 'active' },
  { serial: DEMO.expiredWarrantySerial, platform: PLATFORMS[8], coverage: 'none_expired' },
  { serial: DEMO.inWarrantySerial, platform: PLATFORMS[6], coverage: 'none_in_warranty' },
  { serial: DEMO.parOnlySerial, platform: PLATFORMS[1], coverage: 'par' },
  { serial: DEMO.expiredContractSerial, platform: PLATFORMS[4], coverage: 'expired' },
];

/** A serial in the vendor's two formats: JN + 10 hex (routers, QFX, ACX, PTX), CW + 4 digits + 2 letters + 4 digits (SRX, EX). */
export function newSerial(random: Random, platform: string, taken: Set<string>): string {
  for (;;) {
    const serial = /^(SRX|EX)/.test(platform)
      ? `CW${random.chars(DIGITS, 4)}${random.chars('ABCDEF', 2)}${random.chars(DIGITS, 4)}`
      : `JN1${random.chars(HEX, 9)}`;
    if (!taken.has(serial)) {
      taken.add(serial);
      return serial;
    }
  }
}

function contractsFor(accountIndex: number, account: DemoAccount, now: Date, random: Random): Record<Contracted, DemoContract> {
  const id = (k: number): string => `400${accountIndex + 1}000${k}`;
  const levels = ['CORE', 'NEXT_DAY', 'SAME_DAY'] as const;
  const contract = (k: number, serviceLevel: DemoContract['serviceLevel'], start: number, end: number): DemoContract => ({
    contractId: id(k), accountNumber: account.accountNumber, serviceLevel,
    startDate: daysFrom(now, start), endDate: daysFrom(now, end),
  });
  const renewalStart = random.int(5, 25);
  return {
    // Northwind's active contract is DEMO.contractId (40010001), NEXT_DAY.
    active: contract(1, accountIndex === 0 ? 'NEXT_DAY' : random.pick(levels), -random.int(90, 300), random.int(120, 330)),
    expiring: contract(2, random.pick(levels), -random.int(300, 360), random.int(3, 28)),
    expired: contract(3, random.pick(levels), -random.int(700, 800), -random.int(20, 120)),
    not_started: contract(4, random.pick(levels), renewalStart, renewalStart + 365),
    par: contract(5, 'PAR', -random.int(30, 200), random.int(150, 330)),
  };
}

export function buildDevices(accounts: DemoAccount[], now: Date, random: Random, taken: Set<string>) {
  const devices: DemoDevice[] = [];
  const contracts: DemoContract[] = [];
  NAMED_DEVICES.forEach(({ serial }) => taken.add(serial));

  accounts.forEach((account, accountIndex) => {
    const byCoverage = contractsFor(accountIndex, account, now, random);
    contracts.push(...Object.values(byCoverage));
    const named = accountIndex === 0 ? NAMED_DEVICES : [];
    const total = named.length + account.devices;
    for (let i = 0; i < total; i += 1) {
      const fixed = named[i];
      const coverage = fixed?.coverage ?? COVERAGE_CYCLE[i % COVERAGE_CYCLE.length] ?? 'active';
      const model = fixed?.platform ?? random.pick(PLATFORMS);
      const serialNumber = fixed?.serial ?? newSerial(random, model.platform, taken);
      // Devices without a contract but in warranty shipped recently (and may be DOA or mis-shipped).
      const shipDate = daysFrom(now, coverage === 'none_in_warranty' ? -random.int(8, 60) : -random.int(420, 1800));
      const contractIds = coverage === 'not_started'
        ? [byCoverage.expired.contractId, byCoverage.not_started.contractId]
        : coverage === 'none_in_warranty' || coverage === 'none_expired' ? [] : [byCoverage[coverage].contractId];
      const site = account.sites[i % account.sites.length];
      devices.push({
        serialNumber, accountNumber: account.accountNumber, siteId: site?.[0] ?? '',
        platform: model.platform, sku: model.sku, shipDate, warrantyEnd: daysFrom(shipDate, 365),
        salesOrder: `SO-${random.chars(DIGITS, 7)}`, orderedDirect: random.chance(0.4) || coverage === 'none_in_warranty',
        coverage, contractIds,
      });
    }
  });
  return { devices, contracts };
}

export function deviceRows(devices: DemoDevice[]) {
  return devices.map((d) => ({
    serial_number: d.serialNumber, account_number: d.accountNumber, site_id: d.siteId, platform: d.platform,
    sku: d.sku, ship_date: isoDate(d.shipDate), sales_order: d.salesOrder, ordered_direct: d.orderedDirect,
    warranty_end: isoDate(d.warrantyEnd),
  }));
}

export function contractRows(contracts: DemoContract[]) {
  return contracts.map((c) => ({
    contract_id: c.contractId, account_number: c.accountNumber, service_level: c.serviceLevel,
    start_date: isoDate(c.startDate), end_date: isoDate(c.endDate),
  }));
}

export function coverageRows(devices: DemoDevice[]) {
  return devices.flatMap((d) => d.contractIds.map((contractId) => ({ contract_id: contractId, serial_number: d.serialNumber })));
}
