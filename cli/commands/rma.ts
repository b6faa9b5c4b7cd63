/** careline rma status R1234567[-n] */
import type { Command } from 'commander';
import { getRmaStatus } from '../../core/index.ts';
import { date, emit, fail, table, type OutputOptions } from '../output.ts';
import { requesterFor, withContainer } from '../context.ts';

export function registerRmaCommands(program: Command): void {
  program.command('rma').description('Return Material Authorizations')
    .command('status <rma>')
    .description('status, type, replacement shipment and return due date of an RMA or one line item (R212345 or R212345-1)')
    .option('--as <email>', 'answer as this customer contact would see it')
    .action(async (rma: string, opts: { as?: string }, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        await withContainer(async (c) => {
          const answer = await getRmaStatus(c.core, { requester: await requesterFor(c, opts.as), rma });
          emit(out, answer, () => [
            `RMA ${answer.rma.rmaNumber}: ${answer.rma.type.replaceAll('_', ' ').toLowerCase()}, ${answer.rma.status}`
              + (answer.rma.caseNumber ? `, case ${answer.rma.caseNumber}` : ''),
            table(['LINE', 'STATUS', 'DEFECTIVE', 'REPLACEMENT', 'SHIPPED', 'CARRIER / TRACKING', 'RETURN DUE', 'RETURNED'],
              answer.lines.map((l) => [
                l.reference, l.status, l.defectiveSerial, l.replacementSerial, date(l.shippedAt),
                l.carrier ? `${l.carrier} ${l.shipmentTracking ?? ''}`.trim() : null,
                l.returnDueDate ? `${date(l.returnDueDate) ?? ''}${l.returnOverdue ? ' OVERDUE' : ''}` : null, date(l.returnReceivedAt),
              ])),
          ].join('\n'));
        });
      } catch (error) { fail(out, error); }
    });
}
