/**
 * npm run bench — careline's benchmarks against baselines measured in the same run.
 *   BENCH_DEVICES (default 100000)  BENCH_ROUNDS (default 3: medians of three)
 * Writes bench/results/bench-<time>.json and prints a table. Exit 1 if a goal is missed.
 */
import os from 'node:os';
import { benchImport } from './import.bench.ts';
import { progress, renderTable, writeReport } from './support.ts';

const devices = Number(process.env['BENCH_DEVICES'] ?? 100_000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);

progress(`careline bench: ${os.cpus().length} cores, node ${process.version}`);
const lines = [...await benchImport(devices, rounds)];
const file = writeReport(lines, { at: new Date().toISOString(), node: process.version, cores: os.cpus().length, devices, rounds });
console.log(`\n${renderTable(lines)}\n\nreport: ${file}`);
process.exit(lines.every((l) => l.met) ? 0 : 1);
