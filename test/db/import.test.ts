import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importInstalledBase, type ImportProgress } from '../../db/import/import-installed-base.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import');
const TABLES = [
  'accounts', 'sites', 'contacts', 'channel_identities', 'devices', 'support_contracts', 'contract_coverages',
  'licenses', 'e_certificates', 'rmas', 'rma_lines', 'audit_log',
] as const;

let db: TestDatabase;
const folders: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  await db.drop();
});
afterEach(async () => {
  await db.pool.query(`TRUNCATE ${TABLES.join(', ')}, cases CASCADE`);
});

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const result = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = result.rows[0]?.n ?? -1;
  }
  return counts;
}

/** A folder holding the given CSV files, for stories that need one special export. */
async function exportFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'careline-import-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(folder, name), content);
  return folder;
}

async function one<Row>(sql: string, values: unknown[] = []): Promise<Row> {
  const result = await db.pool.query(sql, values);
  return result.rows[0] as Row;
}

describe('importing an installed-base export', () => {
  it('imports a complete, good export and every row can be found by its natural identifier', async () => {
    const report = await importInstalledBase(db, path.join(fixtures, 'good'));

    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({
      accounts: 3, sites: 4, contacts: 4, devices: 8, contracts: 3, contract_coverage: 5,
      licenses: 3, ecertificates: 2, rmas: 2, rma_lines: 3,
    });
    expect(await countRows()).toMatchObject({
      accounts: 3, sites: 4, contacts: 4, channel_identities: 1, devices: 8, support_contracts: 3,
      contract_coverages: 5, licenses: 3, e_certificates: 2, rmas: 2, rma_lines: 3, audit_log: 10,
    });

    // identifiers are normalised the way customers' input is: serials and RMAs upper-case, e-mail lower-case
    const device = await one<{ account_number: string; site_id: string; ordered_direct: boolean; warranty_end: string }>(
      `SELECT a.account_number, s.site_id, d.ordered_direct, to_char(d.warranty_end, 'YYYY-MM-DD') AS warranty_end
       FROM devices d JOIN accounts a ON a.id = d.account_id JOIN sites s ON s.id = d.site_id
       WHERE d.serial_number = 'JN11A2B3C4E6'`,
    );
    expect(device).toEqual({ account_number: '0100200300', site_id: 'S100001', ordered_direct: true, warranty_end: '2025-03-14' });
    const contact = await one<{ role: string; external_id: string }>(
      `SELECT c.role, i.external_id FROM contacts c JOIN channel_identities i ON i.contact_id = c.id
       WHERE c.email = 'dana.whitfield@northwind.example' AND i.channel = 'TEAMS'`,
    );
    expect(contact).toEqual({ role: 'CONTACT', external_id: '29:1a2b3c-dana' });
    expect(await one(`SELECT sales_region, country FROM accounts WHERE account_number = '0100200400'`))
      .toEqual({ sales_region: 'EMEA', country: 'DE' });
    expect(await one(`SELECT preferred_language, role FROM contacts WHERE email = 'ops-admin@northwind.example'`))
      .toEqual({ preferred_language: 'en', role: 'ACCOUNT_ADMIN' });
    expect(await one(`SELECT count(*)::int AS n FROM rma_lines l JOIN rmas r ON r.id = l.rma_id WHERE r.rma_number = 'R2123456'`))
      .toEqual({ n: 2 });
    expect(await one(`SELECT term_months, registered_at IS NULL AS unregistered FROM e_certificates WHERE certificate_number = 'EC-5500102'`))
      .toEqual({ term_months: 12, unregistered: true });
    expect(await one(`SELECT entity_type, entity_id, actor_type, details FROM audit_log WHERE entity_type = 'devices'`))
      .toEqual({ entity_type: 'devices', entity_id: 'devices.csv', actor_type: 'OPERATOR', details: { rows: 8 } });
  });

  it('updates rows in place when an updated export is imported again, and leaves unchanged rows alone', async () => {
    await importInstalledBase(db, path.join(fixtures, 'good'));
    const before = await one<{ id: string }>(`SELECT id FROM devices WHERE serial_number = 'JN11A2B3C4D5'`);
    const untouched = await one<{ updated_at: Date }>(`SELECT updated_at FROM devices WHERE serial_number = 'CW0216AF0123'`);

    const again = await importInstalledBase(db, path.join(fixtures, 'good'));
    const updated = await importInstalledBase(db, path.join(fixtures, 'updated'));

    expect(again.ok && updated.ok).toBe(true);
    expect(updated.counts).toEqual({ accounts: 1, devices: 2, rma_lines: 1 });
    expect(await countRows()).toMatchObject({ accounts: 3, devices: 9, rma_lines: 3, channel_identities: 1, contract_coverages: 5 });
    expect(await one(`SELECT id, to_char(warranty_end, 'YYYY-MM-DD') AS warranty_end,
                             (SELECT site_id FROM sites WHERE id = devices.site_id) AS site
                      FROM devices WHERE serial_number = 'JN11A2B3C4D5'`))
      .toEqual({ id: before.id, warranty_end: '2028-03-14', site: 'S100002' });
    expect(await one(`SELECT name FROM accounts WHERE account_number = '0100200300'`)).toEqual({ name: 'Northwind Logistics Inc.' });
    expect(await one(`SELECT status FROM rma_lines WHERE replacement_serial = 'JN11R0000001'`)).toEqual({ status: 'DELIVERED' });
    expect(await one(`SELECT updated_at FROM devices WHERE serial_number = 'CW0216AF0123'`)).toEqual(untouched);
  });

  it('rejects a malformed export with the file and line of every bad row, and writes nothing from any file', async () => {
    const report = await importInstalledBase(db, path.join(fixtures, 'malformed'));

    expect(report.ok).toBe(false);
    expect(report.counts).toEqual({});
    expect(report.errors.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: 'accounts.csv', line: 4, column: 'sales_region' },
      // the quoted name on lines 2-3 spans two physical lines, so the short row is line 4
      { file: 'sites.csv', line: 4, column: undefined },
      { file: 'devices.csv', line: 3, column: 'ship_date' },
      { file: 'devices.csv', line: 4, column: 'account_number' },
      { file: 'devices.csv', line: 5, column: 'serial_number' },
      { file: 'contracts.csv', line: 3, column: undefined },
    ]);
    expect(report.errors.map((error) => error.message)).toEqual([
      'sales_region "MARS" is not one of NORTH_AMERICA, LATIN_AMERICA, EMEA, APAC',
      'has 5 fields but the header has 6',
      'ship_date "2024-02-30" is not a date YYYY-MM-DD',
      'account_number 0100999999 is not in accounts.csv or the database',
      'duplicate serial_number JN11A2B3C4D5: already on line 2',
      'a quoted field that starts in this record is never closed (unterminated quote)',
    ]);
    expect(Object.values(await countRows()).every((n) => n === 0)).toBe(true);
  });

  it('accepts references to what the database already holds, but not to what exists nowhere or belongs to another account', async () => {
    await importInstalledBase(db, path.join(fixtures, 'good'));
    const folder = await exportFolder({
      'devices.csv': 'serial_number,account_number,site_id,platform,sku\n'
        + 'JN99A0000001,0100200300,S100002,MX204,MX204-HW-BASE\n'
        + 'JN99A0000002,0100200300,S200001,MX204,MX204-HW-BASE\n',
      'rmas.csv': 'rma_number,account_number,type,case_number\nR7000001,0100200300,DEAD_ON_ARRIVAL,2026-1102-0042\n',
      'rma_lines.csv': 'rma_number,line_number,defective_serial\nR7000001,1,JN99A0000001\nR7000002,1,JN00NOWHERE1\n',
    });

    const report = await importInstalledBase(db, folder);

    expect(report.errors).toEqual([
      { file: 'devices.csv', line: 3, column: 'site_id', message: 'site_id S200001 belongs to account 0100200400, not 0100200300' },
      { file: 'rmas.csv', line: 2, column: 'case_number', message: 'case_number 2026-1102-0042 is not in the database' },
      { file: 'rma_lines.csv', line: 3, column: 'rma_number', message: 'rma_number R7000002 is not in rmas.csv or the database' },
      { file: 'rma_lines.csv', line: 3, column: 'defective_serial', message: 'defective_serial JN00NOWHERE1 is not in devices.csv or the database' },
    ]);
    expect((await countRows())['devices']).toBe(8);
  });

  it('reports a wrong header on line 1 and stops collecting errors at maxErrors', async () => {
    const badRows = Array.from({ length: 10 }, (_, i) => `0100${i},Account ${i},ATLANTIS,US`).join('\n');
    const folder = await exportFolder({
      'accounts.csv': `account_number,name,sales_region,country\n${badRows}\n`,
      'sites.csv': 'site_id,account_number,name,country,region,city,notes\n',
      'device.csv': 'serial_number\n',
    });

    const report = await importInstalledBase(db, folder, { maxErrors: 4 });

    expect(report.errors).toHaveLength(4);
    expect(report.errors.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'device.csv:0', 'accounts.csv:2', 'accounts.csv:3', 'accounts.csv:4',
    ]);
    // With sites.csv unreadable, a device's site cannot be judged: only the header is reported.
    const headerOnly = await importInstalledBase(db, await exportFolder({
      'accounts.csv': 'account_number,name,sales_region,country\n0100300300,Contoso,EMEA,NL\n',
      'sites.csv': 'site_id,account_number,name,country,notes\nS9,0100300300,Amsterdam,NL,\n',
      'devices.csv': 'serial_number,account_number,site_id,platform,sku\nJN99B0000001,0100300300,S9,MX204,MX204-HW-BASE\n',
    }));
    expect(headerOnly.errors).toEqual([{
      file: 'sites.csv', line: 1, column: 'notes',
      message: 'unknown column "notes"; sites.csv has site_id, account_number, name, country, region, city',
    }]);
  });

  it('counts physical lines the way an editor does in a Windows export with a byte-order mark', async () => {
    const folder = await exportFolder({
      'accounts.csv': '\ufeffaccount_number,name,sales_region,country\r\n'
        + '0100400400,"Fabrikam\r\nEurope",EMEA,NL\r\n'
        + '\r\n'
        + '0100400500,Fabrikam Asia,APAC,XX\r\n',
    });

    const report = await importInstalledBase(db, folder);

    expect(report.errors).toEqual([{
      file: 'accounts.csv', line: 5, column: 'country',
      message: 'country "XX" is not an ISO 3166-1 alpha-2 country code (e.g. US, DE; GB for the United Kingdom)',
    }]);
  });

  it('a database refusal while writing rolls back every file and points at the row', async () => {
    await importInstalledBase(db, path.join(fixtures, 'good'));
    // JUNOS-AK-000077 already belongs to the licence with no authorization code
    const folder = await exportFolder({
      'accounts.csv': 'account_number,name,sales_region,country\n0100900900,Fresh Account,EMEA,FR\n',
      'licenses.csv': 'account_number,authorization_code,activation_key,feature\n0100900900,AC-NEW-0001,JUNOS-AK-000077,Flex Advanced\n',
    });

    const report = await importInstalledBase(db, folder);

    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([{
      file: 'licenses.csv', line: 2, column: 'activation_key',
      message: 'activation_key JUNOS-AK-000077 already belongs to another record in the database',
    }]);
    expect(await one(`SELECT count(*)::int AS n FROM accounts WHERE account_number = '0100900900'`)).toEqual({ n: 0 });
  });

  it('reports progress while validating and while writing', async () => {
    const progress: ImportProgress[] = [];

    await importInstalledBase(db, path.join(fixtures, 'good'), { onProgress: (p) => progress.push(p) });

    expect(progress).toContainEqual({ file: 'devices.csv', phase: 'validate', rows: 8, totalRows: 8 });
    expect(progress).toContainEqual({ file: 'devices.csv', phase: 'write', rows: 8, totalRows: 8 });
    expect(progress.findIndex((p) => p.phase === 'write'))
      .toBeGreaterThan(progress.findLastIndex((p) => p.phase === 'validate'));
  });
});
