/** The demo installed base as export rows (what importInstalledBase reads), plus the devices cases refer to. */
import type { FileKindName } from '../import/file-kinds.ts';
import { buildDevices, contractRows, coverageRows, deviceRows, type DemoDevice } from './build-devices.ts';
import { buildRmas } from './build-rmas.ts';
import { daysFrom, hoursFrom } from './calendar.ts';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-world.ts';
import { DIGITS, HEX, LETTERS, type Random } from './random.ts';
import type { CsvRow } from './write-csv-folder.ts';

export interface DemoInstalledBase {
  files: Record<FileKindName, CsvRow[]>;
  devices: DemoDevice[];
}

const FEATURES = [
  'Advanced Routing Suite', 'Premium Security (IDP, AppSecure)', 'Flex Advanced', 'Paragon Insights',
  'SRX Content Security', '100GbE port activation', 'EVPN-VXLAN', 'Mist Wired Assurance',
];

function contactRows(accounts: DemoAccount[]): CsvRow[] {
  return accounts.flatMap((account) => account.contacts.map((contact) => ({
    email: contact.email, account_number: account.accountNumber, name: contact.name, phone: contact.phone ?? null,
    preferred_language: contact.language, role: contact.admin ? 'ACCOUNT_ADMIN' : 'CONTACT', teams_id: contact.teamsId ?? null,
  })));
}

function licenseRows(devices: DemoDevice[], now: Date, random: Random): CsvRow[] {
  const authorizationCode = (): string => `AC-${random.chars(LETTERS + DIGITS, 4)}-${random.chars(LETTERS + DIGITS, 4)}-${random.chars(DIGITS, 4)}`;
  const activationKey = (): string => `JUNOS${random.chars(DIGITS, 6)}-${random.chars(HEX, 8)}`;
  return DEMO_ACCOUNTS.flatMap((account) => {
    const covered = devices.filter((d) => d.accountNumber === account.accountNumber && d.coverage === 'active');
    const device = (index: number): string | null => covered[index]?.serialNumber ?? null;
    const row = (kind: string, state: string, serial: string | null, expires: Date | null, key: boolean, code = true): CsvRow => ({
      account_number: account.accountNumber, kind, authorization_code: code ? authorizationCode() : null,
      activation_key: key ? activationKey() : null, feature: random.pick(FEATURES), serial_number: serial, state,
      expires_at: expires?.toISOString() ?? null,
    });
    return [
      row('PRODUCT', 'ACTIVE', device(0), null, true),
      row('PRODUCT', 'UNACTIVATED', null, null, false),
      row('SUBSCRIPTION', 'ACTIVE', device(1), daysFrom(now, random.int(30, 330)), true),
      row('SUBSCRIPTION', 'EXPIRED', device(2), daysFrom(now, -random.int(5, 120)), true),
      // A key issued before authorization codes existed: known by its activation key alone.
      row('PRODUCT', random.pick(['TRANSFERRED', 'REVOKED', 'ACTIVE']), device(3), null, true, false),
    ];
  });
}

/**
 * e-Certificates: registered and not; received less and more than 30 days ago (coverage starts at
 * registration or 30 days after receipt); and two that break the regional rules: Next-Day bought for
 * Hawaii (not continental USA) and one bought in EMEA by a Japanese account.
 */
function certificateRows(now: Date, random: Random): CsvRow[] {
  const certificate = (accountNumber: string, serviceLevel: string, salesRegion: string, receivedDaysAgo: number, registeredAfter: number | null): CsvRow => {
    const receivedAt = hoursFrom(daysFrom(now, -receivedDaysAgo), -random.int(1, 10));
    return {
      certificate_number: `EC${random.chars(DIGITS, 8)}`, account_number: accountNumber, service_level: serviceLevel,
      sales_region: salesRegion, term_months: random.pick([12, 12, 36]), received_at: receivedAt.toISOString(),
      registered_at: registeredAfter === null ? null : daysFrom(receivedAt, registeredAfter).toISOString(),
    };
  };
  return [
    certificate('0100200300', 'NEXT_DAY', 'NORTH_AMERICA', 120, 6),
    certificate('0100200300', 'CORE', 'NORTH_AMERICA', 10, null),
    certificate('0100200310', 'NEXT_DAY', 'NORTH_AMERICA', 15, null),
    certificate('0100200400', 'SAME_DAY', 'EMEA', 200, 2),
    certificate('0100200400', 'NEXT_DAY', 'EMEA', 45, null),
    certificate('0100200500', 'CORE', 'EMEA', 20, 3),
    certificate('0100200600', 'CORE', 'LATIN_AMERICA', 70, null),
    certificate('0100200700', 'CORE', 'EMEA', 12, null),
    certificate('0100200700', 'SAME_DAY', 'APAC', 300, 25),
    certificate('0100200800', 'NEXT_DAY', 'NORTH_AMERICA', 5, null),
  ];
}

export function buildInstalledBase(now: Date, random: Random): DemoInstalledBase {
  const serials = new Set<string>();
  const { devices, contracts } = buildDevices(DEMO_ACCOUNTS, now, random, serials);
  const { rmas, lines } = buildRmas(devices, now, random, serials);
  return {
    devices,
    files: {
      accounts: DEMO_ACCOUNTS.map((a) => ({ account_number: a.accountNumber, name: a.name, sales_region: a.salesRegion, country: a.country })),
      sites: DEMO_ACCOUNTS.flatMap((a) => a.sites.map(([siteId, name, region, city]) => ({
        site_id: siteId, account_number: a.accountNumber, name, country: a.country, region, city,
      }))),
      contacts: contactRows(DEMO_ACCOUNTS),
      devices: deviceRows(devices),
      contracts: contractRows(contracts),
      contract_coverage: coverageRows(devices),
      licenses: licenseRows(devices, now, random),
      ecertificates: certificateRows(now, random),
      rmas,
      rma_lines: lines,
    },
  };
}
