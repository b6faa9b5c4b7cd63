/**
 * Loads the demo data set: seven customer accounts across the four sales regions (one in Hawaii), their
 * sites, contacts and a few hundred devices in every entitlement situation, licences, e-certificates,
 * RMAs of every type and status, four reps, and about forty cases with transcripts from the last 60 days.
 *
 * The installed base goes in the way a real one does: written as a CSV export and read back by
 * importInstalledBase. Everything is drawn from a seeded generator, so identifiers are the same on every
 * run (see DEMO); dates are relative to `now`, so contracts are active, expiring or expired as promised.
 * Safe to run again: a database that already has the demo cases is left as it is.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../client.ts';
import { importInstalledBase } from '../import/import-installed-base.ts';
import { buildCases } from './build-cases.ts';
import { buildInstalledBase } from './build-installed-base.ts';
import { DEMO, DEMO_CASE_OPENED_AT } from './demo-identifiers.ts';
import { insertDemoCases } from './insert-demo-cases.ts';
import { createRandom } from './random.ts';
import { writeCsvFolder } from './write-csv-folder.ts';

export { DEMO } from './demo-identifiers.ts';

export interface SeedSummary {
  /** True when the database already held the demo data and nothing was written. */
  alreadySeeded: boolean;
  /** Rows per table after seeding. */
  counts: Record<string, number>;
}

export interface SeedOptions {
  now?: Date;
  onProgress?: (message: string) => void;
}

const SEED = 20_261_127;
const TABLES = [
  'accounts', 'sites', 'contacts', 'channel_identities', 'devices', 'support_contracts', 'contract_coverages',
  'licenses', 'e_certificates', 'rmas', 'rma_lines', 'reps', 'cases', 'case_events', 'case_number_counters',
] as const;

async function countRows(db: Database): Promise<Record<string, number>> {
  const result = await db.pool.query<{ table_name: string; rows: number }>(
    TABLES.map((table) => `SELECT '${table}' AS table_name, count(*)::int AS rows FROM ${table}`).join(' UNION ALL '),
  );
  return Object.fromEntries(result.rows.map((row) => [row.table_name, row.rows]));
}

async function lastCaseNumbers(db: Database): Promise<Map<string, number>> {
  const result = await db.pool.query<{ day: string; last_value: number }>('SELECT day, last_value FROM case_number_counters');
  return new Map(result.rows.map((row) => [row.day, row.last_value]));
}

export async function seedDemoData(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const say = options.onProgress ?? (() => undefined);
  if (now <= DEMO_CASE_OPENED_AT) {
    throw new RangeError(`the demo data needs now after ${DEMO_CASE_OPENED_AT.toISOString()}, when DEMO.caseNumber was opened`);
  }
  // The cases are written last, in one transaction: with them present, everything else is too.
  const seeded = await db.pool.query('SELECT 1 FROM cases WHERE case_number = $1', [DEMO.caseNumber]);
  if (seeded.rowCount) {
    say(`demo data already present (case ${DEMO.caseNumber}); nothing to do`);
    return { alreadySeeded: true, counts: await countRows(db) };
  }

  const random = createRandom(SEED);
  const installedBase = buildInstalledBase(now, random);
  const cases = buildCases(installedBase.devices, now, random, await lastCaseNumbers(db));

  const dir = await mkdtemp(path.join(os.tmpdir(), 'careline-demo-'));
  try {
    await writeCsvFolder(dir, installedBase.files);
    say(`installed base written as CSV to ${dir}; importing`);
    const report = await importInstalledBase(db, dir, {
      onProgress: (p) => {
        if (p.phase === 'write' && p.rows === p.totalRows) say(`imported ${p.file}: ${p.rows} rows`);
      },
    });
    if (!report.ok) {
      const first = report.errors.slice(0, 5).map((e) => `${e.file}:${e.line} ${e.message}`).join('; ');
      throw new Error(`demo installed base was rejected by the importer: ${first}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  say(`writing ${cases.length} cases with ${cases.reduce((n, c) => n + c.events.length, 0)} transcript entries`);
  await insertDemoCases(db, cases);
  const counts = await countRows(db);
  say(`demo data loaded: ${counts['devices'] ?? 0} devices, ${counts['cases'] ?? 0} cases`);
  return { alreadySeeded: false, counts };
}
