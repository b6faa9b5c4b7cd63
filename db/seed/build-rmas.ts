/**
 * The demo's RMAs: all four types, and lines in every status with the dates that status implies
 * (an Advance Replacement's defective unit is due back 10 business days after the replacement ships).
 */
import { DEMO } from './demo-identifiers.ts';
import type { DemoDevice } from './build-devices.ts';
import { newSerial } from './build-devices.ts';
import { addBusinessDays, daysFrom, hoursFrom, isoDate } from './calendar.ts';
import { DIGITS, LETTERS, type Random } from './random.ts';
import type { CsvRow } from './write-csv-folder.ts';

type RmaType = 'ADVANCE_REPLACEMENT' | 'RETURN_TO_FACTORY' | 'DEAD_ON_ARRIVAL' | 'NON_CONTRACTED';
type LineStatus = 'BOOKED' | 'SHIPPED' | 'DELIVERED' | 'RETURN_RECEIVED' | 'CLOSED' | 'CANCELLED';

interface RmaPlan {
  rmaNumber: string;
  accountNumber: string;
  type: RmaType;
  lines: LineStatus[];
  /** Defective serials by line, when the story needs a particular device. */
  serials?: string[];
}

export const RMA_PLANS: RmaPlan[] = [
  { rmaNumber: DEMO.rmaNumber, accountNumber: DEMO.accountNumber, type: 'ADVANCE_REPLACEMENT', lines: ['SHIPPED', 'BOOKED'], serials: [DEMO.coveredSerial] },
  { rmaNumber: 'R2123457', accountNumber: DEMO.accountNumber, type: 'NON_CONTRACTED', lines: ['BOOKED'], serials: [DEMO.expiredWarrantySerial] },
  { rmaNumber: 'R2123461', accountNumber: '0100200310', type: 'DEAD_ON_ARRIVAL', lines: ['DELIVERED'] },
  { rmaNumber: 'R2123470', accountNumber: '0100200400', type: 'ADVANCE_REPLACEMENT', lines: ['CLOSED', 'CLOSED'] },
  { rmaNumber: 'R2123471', accountNumber: '0100200400', type: 'RETURN_TO_FACTORY', lines: ['RETURN_RECEIVED'] },
  { rmaNumber: 'R2123480', accountNumber: '0100200500', type: 'ADVANCE_REPLACEMENT', lines: ['DELIVERED', 'RETURN_RECEIVED', 'CANCELLED'] },
  { rmaNumber: 'R2123490', accountNumber: '0100200600', type: 'RETURN_TO_FACTORY', lines: ['CLOSED'] },
  { rmaNumber: 'R2123491', accountNumber: '0100200600', type: 'ADVANCE_REPLACEMENT', lines: ['SHIPPED'] },
  { rmaNumber: 'R312345', accountNumber: '0100200700', type: 'NON_CONTRACTED', lines: ['CANCELLED'] },
  { rmaNumber: 'R2123500', accountNumber: '0100200800', type: 'DEAD_ON_ARRIVAL', lines: ['CLOSED'] },
];

/** Which devices an RMA of each type is plausibly for. */
const ELIGIBLE: Record<RmaType, (device: DemoDevice) => boolean> = {
  ADVANCE_REPLACEMENT: (d) => d.coverage === 'active' || d.coverage === 'expiring',
  RETURN_TO_FACTORY: (d) => d.coverage === 'active',
  DEAD_ON_ARRIVAL: (d) => d.coverage === 'none_in_warranty',
  NON_CONTRACTED: (d) => d.coverage === 'none_expired',
};

/** Days ago the line's replacement shipped, was delivered and the defective unit came back. */
const TIMELINE: Record<LineStatus, [number, number, number] | null> = {
  BOOKED: null, CANCELLED: null,
  SHIPPED: [2, 0, 0], DELIVERED: [6, 4, 0], RETURN_RECEIVED: [20, 18, 9], CLOSED: [45, 43, 35],
};

function carrierFor(accountNumber: string, random: Random): [string, string] {
  if (accountNumber === '0100200700') return ['Yamato Transport', random.chars(DIGITS, 12)];
  if (['0100200400', '0100200500', '0100200600'].includes(accountNumber)) return ['DHL Express', random.chars(DIGITS, 10)];
  return random.chance(0.5)
    ? ['UPS', `1Z${random.chars(LETTERS + DIGITS, 6)}${random.chars(DIGITS, 10)}`]
    : ['FedEx', random.chars(DIGITS, 12)];
}

function rmaStatus(lines: LineStatus[]): 'OPEN' | 'CLOSED' | 'CANCELLED' {
  if (lines.every((s) => s === 'CANCELLED')) return 'CANCELLED';
  return lines.every((s) => s === 'CLOSED' || s === 'CANCELLED') ? 'CLOSED' : 'OPEN';
}

export function buildRmas(devices: DemoDevice[], now: Date, random: Random, taken: Set<string>) {
  const used = new Set<string>();
  const rmas: CsvRow[] = [];
  const lines: CsvRow[] = [];
  for (const plan of RMA_PLANS) {
    rmas.push({ rma_number: plan.rmaNumber, account_number: plan.accountNumber, type: plan.type, status: rmaStatus(plan.lines), case_number: null });
    const candidates = devices.filter((d) => d.accountNumber === plan.accountNumber && ELIGIBLE[plan.type](d) && !used.has(d.serialNumber));
    plan.lines.forEach((status, index) => {
      const device = devices.find((d) => d.serialNumber === plan.serials?.[index])
        ?? candidates.filter((d) => !used.has(d.serialNumber))[random.int(0, 2)] ?? candidates[0];
      if (!device) throw new Error(`demo data: no device for ${plan.rmaNumber}-${index + 1}`);
      used.add(device.serialNumber);
      const timeline = TIMELINE[status];
      const shippedAt = timeline ? hoursFrom(daysFrom(now, -timeline[0]), -random.int(1, 8)) : null;
      const [carrier, tracking] = carrierFor(plan.accountNumber, random);
      lines.push({
        rma_number: plan.rmaNumber, line_number: index + 1, defective_serial: device.serialNumber,
        replacement_serial: status === 'CANCELLED' ? null : newSerial(random, device.platform, taken),
        status, carrier: shippedAt ? carrier : null, shipment_tracking: shippedAt ? tracking : null,
        shipped_at: shippedAt?.toISOString() ?? null,
        delivered_at: timeline && timeline[1] > 0 ? hoursFrom(daysFrom(now, -timeline[1]), -3).toISOString() : null,
        return_due_date: shippedAt && plan.type === 'ADVANCE_REPLACEMENT' ? isoDate(addBusinessDays(shippedAt, 10)) : null,
        return_received_at: timeline && timeline[2] > 0 ? hoursFrom(daysFrom(now, -timeline[2]), -5).toISOString() : null,
      });
    });
  }
  return { rmas, lines };
}
