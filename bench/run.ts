/**
 * npm run bench — careline's benchmarks against baselines measured in the same run.
 *   BENCH_DEVICES (default 100000)  BENCH_ROUNDS (default 3: medians of three)
 * Writes bench/results/bench-<time>.json, prints a table, and rewrites the README's evaluation block.
 * Exit 1 if a goal is missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchImport } from './import.bench.ts';
import { benchUnderstanding, understandingMarkdown } from './understanding.bench.ts';
import { progress, renderTable, writeReport } from './support.ts';

const devices = Number(process.env['BENCH_DEVICES'] ?? 100_000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);

progress(`careline bench: ${os.cpus().length} cores, node ${process.version}`);
const understanding = await benchUnderstanding();
const lines = [...understanding.lines, ...await benchImport(devices, rounds)];

// The README's figures come from here, so they cannot drift from what the code does.
const readme = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'README.md');
const block = /(<!-- bench:understanding:start -->\n)[\s\S]*?(\n<!-- bench:understanding:end -->)/;
const text = fs.readFileSync(readme, 'utf8');
if (block.test(text)) {
  fs.writeFileSync(readme, text.replace(block, `$1${understandingMarkdown(understanding.report, new Date().toISOString().slice(0, 10))}$2`));
  progress('README.md: understanding figures updated');
}
const file = writeReport(lines, { at: new Date().toISOString(), node: process.version, cores: os.cpus().length, devices, rounds });
console.log(`\n${renderTable(lines)}\n\nreport: ${file}`);
process.exit(lines.every((l) => l.met) ? 0 : 1);
