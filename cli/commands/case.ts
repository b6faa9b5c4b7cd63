/** careline case show|search|open */
import type { Command } from 'commander';
import { CarelineError, getCaseStatus, openAdminCase, searchCases, SORT_COLUMNS, type CaseRecord } from '../../core/index.ts';
import { emit, fail, table, type OutputOptions } from '../output.ts';
import { requesterFor, withContainer } from '../context.ts';

function describeCase(c: CaseRecord, lastModifiedPacific: string): string {
  return [
    `Case ${c.caseNumber}  ${c.status}  ${c.priority}  ${c.type === 'ADMIN_SERVICE_REQUEST' ? 'Admin Service Request' : 'Technical'} (${c.category})`,
    `Subject:        ${c.subject}`,
    `Contact:        ${c.openedBy.name} <${c.openedBy.email}>`,
    `Site:           ${c.site ? `${c.site.name} (${c.site.siteId})` : '—'}`,
    `Platform:       ${c.platform ?? '—'}    Serial: ${c.serialNumber ?? '—'}    Software: ${c.softwareVersion ?? '—'}`,
    `Contract:       ${c.contractNumber ?? '—'}    Tracking no.: ${c.customerTrackingNumber ?? '—'}`,
    `RMAs:           ${c.rmaNumbers.join(', ') || '—'}`,
    `Opened:         ${c.createdAt.toISOString()} via ${c.originChannel}`,
    `Last modified:  ${lastModifiedPacific}`,
    '',
    c.description,
  ].join('\n');
}

export function registerCaseCommands(program: Command): void {
  const cases = program.command('case').description('look up, search and open Customer Care cases');

  cases.command('show <caseNumber>')
    .description('show one case (accepts 2012-0101-0123 or the 12-digit telephone form)')
    .option('--as <email>', 'answer as this customer contact would see it')
    .action(async (caseNumber: string, opts: { as?: string }, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        await withContainer(async (c) => {
          const answer = await getCaseStatus(c.core, { requester: await requesterFor(c, opts.as), caseNumber });
          emit(out, answer, () => describeCase(answer.case, answer.lastModifiedPacific));
        });
      } catch (error) { fail(out, error); }
    });

  cases.command('search [query]')
    .description('search by case number, RMA number (R212345 or R212345-1) or customer tracking number; no query lists all')
    .option('--by <kind>', 'auto | case_number | rma | tracking_number', 'auto')
    .option('--sort <column>', `one of ${SORT_COLUMNS.join(', ')}`, 'lastModified')
    .option('--asc', 'ascending order (default: descending)')
    .option('--limit <n>', 'at most this many rows', '50')
    .option('--as <email>', 'search as this customer contact')
    .action(async (query: string | undefined, opts: { by: string; sort: string; asc?: boolean; limit: string; as?: string }, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        await withContainer(async (c) => {
          const result = await searchCases(c.core, {
            requester: await requesterFor(c, opts.as), query: query ?? '',
            by: opts.by as 'auto', sortBy: opts.sort as 'id', direction: opts.asc ? 'asc' : 'desc', limit: Number(opts.limit),
          });
          emit(out, result, () => result.rows.length === 0 ? 'No matching cases.' : table(
            ['CASE/RMA ID', 'STATUS', 'SITE', 'SITE ID', 'CONTACT', 'LAST MODIFIED (US PACIFIC)', 'PLATFORM', 'PRIORITY'],
            result.rows.map((r) => [r.id, r.status, r.site?.name, r.site?.siteId, r.contact?.name, r.lastModifiedPacific, r.platform, r.priority]),
          ));
        });
      } catch (error) { fail(out, error); }
    });

  cases.command('open')
    .description('open an Admin Service Request for a contact (as an operator taking a phone call)')
    .requiredOption('--contact <email>', 'the customer contact the case is for')
    .requiredOption('--subject <text>', 'one line')
    .requiredOption('--description <text>', 'the problem in detail')
    .option('--category <category>', 'e.g. account_access, license_management, misship, rma_status, other', 'other')
    .option('--priority <P1-P4>', 'priority', 'P3')
    .option('--impact <text>', 'impact of the problem')
    .option('--serial <serialNumber>', 'serial number')
    .option('--contract <contractId>', 'contract number')
    .option('--license <text>', 'licence information')
    .option('--software <version>', 'software version')
    .option('--site <siteId>', 'site ID')
    .option('--tracking <number>', "customer's own tracking number")
    .option('--idempotency-key <key>', 'retrying with the same key never opens a second case')
    .action(async (opts: Record<string, string | undefined>, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        await withContainer(async (c) => {
          const contact = await c.core.installedBase.findContactByEmail(opts['contact'] ?? '');
          if (!contact) throw new CarelineError('CONTACT_NOT_FOUND', `no contact with email ${opts['contact'] ?? ''}`);
          const result = await openAdminCase(c.core, {
            requester: await requesterFor(c, undefined), contactId: contact.id,
            category: opts['category'] as 'other', priority: opts['priority'] as 'P3',
            subject: opts['subject'] ?? '', description: opts['description'] ?? '', impact: opts['impact'],
            serialNumber: opts['serial'], contractNumber: opts['contract'], licenseInfo: opts['license'],
            softwareVersion: opts['software'], siteId: opts['site'], customerTrackingNumber: opts['tracking'],
            language: contact.preferredLanguage, channel: 'CLI', idempotencyKey: opts['idempotencyKey'],
          });
          emit(out, result, () => [
            `${result.created ? 'Opened' : 'Already open:'} case ${result.case.caseNumber} (${result.case.priority}) for ${result.case.openedBy.name}.`,
            `A Customer Care representative will contact the customer within ${result.promise.firstContactWithinHours} hours`
              + ` (response target for ${result.case.priority}: ${result.promise.responseTarget}).`,
            result.case.serialNumber && !result.serialVerified ? `Note: serial ${result.case.serialNumber} is not on this customer's installed base.` : '',
          ].filter(Boolean).join('\n'));
        });
      } catch (error) { fail(out, error); }
    });
}
