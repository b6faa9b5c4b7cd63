/** careline entitlement check --serial X | --contract Y */
import type { Command } from 'commander';
import { checkEntitlement, type EntitlementResult } from '../../core/index.ts';
import { emit, fail, type OutputOptions } from '../output.ts';
import { requesterFor, withContainer } from '../context.ts';

const STATUS_WORDS = {
  covered: 'COVERED: entitled to 24x7 phone and Web support',
  warranty_only: 'NOT ENTITLED to support, hardware still under warranty',
  not_covered: 'NOT COVERED',
} as const;

function describe(result: EntitlementResult): string {
  if (result.by === 'contract') {
    const c = result.contract;
    return [
      `Contract ${c.contractId}: ${c.serviceLevel}, ${c.startDate} to ${c.endDate} (${c.state.replace('_', ' ')})`,
      `Covers ${c.coveredSerials} serial number(s).`,
      c.supportsPhoneAndWeb ? 'Entitles to 24x7 phone and Web support.'
        : c.serviceLevel === 'PAR' ? 'PAR contract: support is delivered by the partner, not 24x7 vendor phone and Web support.'
        : 'Not active: no support entitlement today.',
    ].join('\n');
  }
  const a = result.answer;
  const lines = [
    `Serial ${a.serialNumber} (${a.platform}): ${STATUS_WORDS[a.status]}`,
    a.contract ? `Contract ${a.contract.contractId}: ${a.contract.serviceLevel}, ${a.contract.startDate} to ${a.contract.endDate} (${a.contract.state.replace('_', ' ')})` : 'No support contract.',
    `Warranty: ${a.warranty.status}${a.warranty.endDate ? ` (ends ${a.warranty.endDate})` : ''}`,
  ];
  if (a.entitlements.length) lines.push(`Entitled to: ${a.entitlements.join(', ')}`);
  if (a.renewalDue) lines.push(`Renewal due: the contract ends in ${a.expiresInDays ?? 0} day(s).`);
  if (a.options.length) {
    lines.push('Options: a time-and-materials quote from Customer Care, or a new support contract through an authorized partner.');
  }
  return lines.join('\n');
}

export function registerEntitlementCommands(program: Command): void {
  program.command('entitlement').description('support entitlement')
    .command('check')
    .description('is this serial number or contract covered, and what does that entitle to')
    .option('--serial <serialNumber>', 'a device serial number')
    .option('--contract <contractId>', 'a support contract ID')
    .option('--as <email>', 'answer as this customer contact would see it')
    .action(async (opts: { serial?: string; contract?: string; as?: string }, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        await withContainer(async (c) => {
          const result = await checkEntitlement(c.core, {
            requester: await requesterFor(c, opts.as), serialNumber: opts.serial, contractId: opts.contract,
          });
          emit(out, result, () => describe(result));
        });
      } catch (error) { fail(out, error); }
    });
}
