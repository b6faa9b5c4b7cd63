/** careline db migrate|status|drift|seed|import|reset */
import type { Command } from 'commander';
import { loadConfig } from '../../app/config.ts';
import { deployMigrations, migrationDrift, migrationStatus, resetDatabase } from '../../db/migrations/migrator.ts';
import { openDatabase } from '../../db/client.ts';
import { seedDemoData } from '../../db/seed/seed-demo-data.ts';
import { importInstalledBase, type ImportProgress } from '../../db/import/import-installed-base.ts';
import { emit, fail, table, type OutputOptions } from '../output.ts';
import { progressLine } from '../progress.ts';

/** The schema engine leaves an advisory-lock timer running for ~10 s: end migration commands explicitly. */
function done(): never {
  process.exit(process.exitCode ?? 0);
}

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('database: migrations, demo data, installed-base import');

  db.command('migrate')
    .description('apply pending migrations (offline; recorded in _prisma_migrations like `prisma migrate deploy`)')
    .action(async (_opts: unknown, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        const applied = await deployMigrations(loadConfig().databaseUrl);
        emit(out, { applied }, () => applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'No pending migrations: the database is up to date.');
      } catch (error) { fail(out, error); }
      done();
    });

  db.command('status')
    .description('compare prisma/migrations with the database (like `prisma migrate status`); exit 1 when not in sync')
    .action(async (_opts: unknown, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        const status = await migrationStatus(loadConfig().databaseUrl);
        emit(out, status, () => status.upToDate ? 'Database schema is up to date.' : [
          'Database schema is NOT up to date.',
          status.pending.length ? `Pending: ${status.pending.join(', ')} (run: npx careline db migrate)` : '',
          status.failed.length ? `Failed: ${status.failed.join(', ')}` : '',
          status.edited.length ? `Edited after being applied: ${status.edited.join(', ')}` : '',
        ].filter(Boolean).join('\n'));
        if (!status.upToDate) process.exitCode = 1;
      } catch (error) { fail(out, error); }
      done();
    });

  db.command('drift')
    .description('exit 2 when prisma/schema.prisma has changes that no migration holds')
    .action(async (_opts: unknown, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        const sql = await migrationDrift(loadConfig().databaseUrl);
        emit(out, { drift: sql !== null, sql }, () => sql === null ? 'No drift: the migrations produce exactly schema.prisma.'
          : `schema.prisma has changes without a migration (create one: npm run db:migration -- <name>). Missing SQL:\n${sql}`);
        if (sql !== null) process.exitCode = 2;
      } catch (error) { fail(out, error); }
      done();
    });

  db.command('seed')
    .description('load the demo data set (accounts, devices, contracts, RMAs, cases); safe to run twice')
    .action(async (_opts: unknown, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        const summary = await seedDemoData(database, { onProgress: (m) => { if (!out.json) process.stderr.write(`${m}\n`); } });
        emit(out, summary, () => summary.alreadySeeded ? 'The demo data set is already loaded.'
          : `Demo data loaded:\n${table(['TABLE', 'ROWS'], Object.entries(summary.counts).map(([k, v]) => [k, String(v)]))}`);
      } catch (error) { fail(out, error); } finally { await database.close(); }
    });

  db.command('import <dir>')
    .description('import an installed base from CSV files in <dir> (format: docs/import-format.md); all or nothing')
    .action(async (dir: string, _opts: unknown, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        const onProgress = out.json ? undefined : (p: ImportProgress) => progressLine(`${p.phase === 'validate' ? 'checking' : 'writing'} ${p.file}: ${p.rows}${p.totalRows ? `/${p.totalRows}` : ''} rows`);
        const report = await importInstalledBase(database, dir, { onProgress });
        progressLine(null);
        emit(out, report, () => report.ok
          ? `Imported in ${(report.durationMs / 1000).toFixed(1)} s:\n${table(['FILE', 'ROWS'], Object.entries(report.counts).map(([k, v]) => [k, String(v)]))}`
          : `Nothing was imported: ${report.errors.length} problem(s) found.\n${report.errors.map((e) => `${e.file}:${e.line}${e.column ? ` [${e.column}]` : ''}: ${e.message}`).join('\n')}`);
        if (!report.ok) process.exitCode = 1;
      } catch (error) { fail(out, error); } finally { await database.close(); }
    });

  db.command('reset')
    .description('DROP every table and reapply all migrations (development only)')
    .option('--force', 'yes, delete all data')
    .action(async (opts: { force?: boolean }, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        const config = loadConfig();
        if (!opts.force) throw new Error('reset deletes all data: pass --force');
        if (config.env === 'production') throw new Error('reset is refused when NODE_ENV=production');
        const applied = await resetDatabase(config.databaseUrl);
        emit(out, { applied }, () => `Database reset; applied ${applied.length} migration(s).`);
      } catch (error) { fail(out, error); }
      done();
    });
}
