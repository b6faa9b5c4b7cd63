/**
 * Benchmark plumbing: scratch databases, timing, progress, and the report. Every figure is compared with a
 * baseline measured in the same run on the same machine (these machines are shared and noisy), so results
 * are ratios, not absolute numbers.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { deployMigrations } from '../db/migrations/migrator.ts';

export interface BenchLine {
  name: string;
  unit: string;
  value: number;
  baselineName: string;
  baseline: number;
  /** value / baseline for throughputs (higher is better). */
  ratio: number;
  goal: string;
  met: boolean;
}

export const serverUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function urlOf(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.href;
}

export async function adminSql(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

/** A migrated scratch database, dropped by `drop()`. */
export async function scratchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `careline_bench_${label}_${crypto.randomBytes(3).toString('hex')}`;
  await adminSql(`CREATE DATABASE "${name}"`);
  const url = urlOf(name);
  await deployMigrations(url);
  return { url, drop: () => adminSql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export function progress(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function writeReport(lines: BenchLine[], meta: Record<string, unknown>): string {
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...meta, lines }, null, 2)}\n`);
  return file;
}

export function renderTable(lines: BenchLine[]): string {
  const rows = lines.map((l) => [
    l.name, `${l.value.toFixed(l.unit === '%' ? 1 : 0)} ${l.unit}`,
    Number.isNaN(l.baseline) ? '—' : `${l.baseline.toFixed(0)} ${l.unit} (${l.baselineName})`,
    Number.isNaN(l.ratio) ? '—' : `${(l.ratio * 100).toFixed(0)} %`, l.goal, l.met ? 'met' : 'MISSED',
  ]);
  const headers = ['figure', 'careline', 'baseline, same run', 'ratio', 'goal', ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [headers, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}
