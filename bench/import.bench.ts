/**
 * Installed-base import: careline's CSV importer (parse, validate every row and reference, upsert in one
 * transaction) against the physical baseline of the same rows sent as multi-row INSERTs of 1,000 into a
 * bare table. Goals (issue 2 and the benchmark issue): ≥ 50 % of the baseline's throughput, and 100,000
 * devices well under a minute.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/client.ts';
import { importInstalledBase } from '../db/import/import-installed-base.ts';
import { median, progress, scratchDatabase, timed, type BenchLine } from './support.ts';

const PLATFORMS = ['MX204', 'MX480', 'SRX345', 'EX4300-48P', 'QFX5120-48Y', 'ACX7100-32C'];

interface DeviceRow { serial: string; account: string; site: string; platform: string; sku: string; ship: string; order: string; direct: boolean; warranty: string }

function generate(devices: number): { accounts: string[]; sites: [string, string][]; rows: DeviceRow[] } {
  const accounts = Array.from({ length: 20 }, (_, i) => `BENCH-${String(i + 1).padStart(4, '0')}`);
  const sites = accounts.flatMap((a, i) => [0, 1, 2].map((s): [string, string] => [`BS-${i * 3 + s + 100000}`, a]));
  const rows = Array.from({ length: devices }, (_, i) => {
    const [site, account] = sites[i % sites.length] ?? ['', ''];
    const platform = PLATFORMS[i % PLATFORMS.length] ?? 'MX204';
    return {
      serial: `BN${i.toString(36).toUpperCase().padStart(10, '0')}`, account, site, platform, sku: `${platform}-AC`,
      ship: `20${20 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`, order: `SO${1_000_000 + (i % 50_000)}`, direct: i % 3 === 0,
      warranty: `20${23 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`,
    };
  });
  return { accounts, sites, rows };
}

function writeCsv(dir: string, data: ReturnType<typeof generate>): void {
  fs.writeFileSync(path.join(dir, 'accounts.csv'), `account_number,name,sales_region,country\n${data.accounts.map((a) => `${a},Bench ${a},NORTH_AMERICA,US`).join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'sites.csv'), `site_id,account_number,name,country,region,city\n${data.sites.map(([s, a]) => `${s},${a},Site ${s},US,CA,San Jose`).join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'devices.csv'), `serial_number,account_number,site_id,platform,sku,ship_date,sales_order,ordered_direct,warranty_end\n${
    data.rows.map((r) => `${r.serial},${r.account},${r.site},${r.platform},${r.sku},${r.ship},${r.order},${r.direct},${r.warranty}`).join('\n')}\n`);
}

/** The same device rows, as multi-row INSERTs of 1,000 into a bare table with one unique index. */
async function baseline(url: string, rows: DeviceRow[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS bench_devices; CREATE TABLE bench_devices (serial text PRIMARY KEY, account text, site text, platform text, sku text, ship date, sales_order text, direct boolean, warranty date)');
    const { ms } = await timed(async () => {
      await client.query('BEGIN');
      for (let i = 0; i < rows.length; i += 1000) {
        const batch = rows.slice(i, i + 1000);
        const values = batch.map((_, j) => `($${j * 9 + 1},$${j * 9 + 2},$${j * 9 + 3},$${j * 9 + 4},$${j * 9 + 5},$${j * 9 + 6},$${j * 9 + 7},$${j * 9 + 8},$${j * 9 + 9})`).join(',');
        await client.query(`INSERT INTO bench_devices VALUES ${values}`, batch.flatMap((r) => [r.serial, r.account, r.site, r.platform, r.sku, r.ship, r.order, r.direct, r.warranty]));
      }
      await client.query('COMMIT');
    });
    return ms;
  } finally {
    await client.end();
  }
}

export async function benchImport(devices: number, rounds: number): Promise<BenchLine[]> {
  const data = generate(devices);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careline-bench-import-'));
  writeCsv(dir, data);
  const importMs: number[] = [];
  const baselineMs: number[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const scratch = await scratchDatabase('import');
      const db = openDatabase(scratch.url);
      try {
        progress(`import round ${round}/${rounds}: baseline, ${devices} rows as multi-row INSERT`);
        baselineMs.push(await baseline(scratch.url, data.rows));
        progress(`import round ${round}/${rounds}: careline importer, ${devices} devices`);
        const { ms, result } = await timed(() => importInstalledBase(db, dir, {
          onProgress: (p) => { if (p.rows % 25_000 === 0 && p.rows > 0) progress(`  ${p.phase} ${p.file}: ${p.rows} rows`); },
        }));
        if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
        importMs.push(ms);
      } finally {
        await db.close();
        await scratch.drop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const importRate = devices / (median(importMs) / 1000);
  const baseRate = devices / (median(baselineMs) / 1000);
  return [
    {
      name: `installed-base import, ${devices} devices`, unit: 'rows/s', value: importRate, baselineName: 'multi-row INSERT',
      baseline: baseRate, ratio: importRate / baseRate, goal: '≥ 50 % of baseline', met: importRate / baseRate >= 0.5,
    },
    {
      name: `installed-base import, ${devices} devices, wall time`, unit: 'ms', value: median(importMs), baselineName: 'multi-row INSERT',
      baseline: median(baselineMs), ratio: median(baselineMs) / median(importMs), goal: '100,000 devices < 60 s',
      met: median(importMs) * (100_000 / devices) < 60_000,
    },
  ];
}
