// The migrations in prisma/migrations are the only way the schema reaches a database: these tests fail
// when schema.prisma changes without a migration, and prove the migrations apply offline and record
// themselves exactly as `prisma migrate deploy` would.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { deployMigrations, migrationDrift, migrationStatus, MIGRATIONS_DIR, SCHEMA_PATH } from '../../db/migrations/migrator.ts';
import { adminUrl, databaseUrl } from '../support/database-names.ts';

const scratch = `careline_test_migrate_${crypto.randomBytes(4).toString('hex')}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'careline-drift-'));

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('migrations', () => {
  it('produce exactly schema.prisma: no drift', async () => {
    expect(await migrationDrift(adminUrl())).toBeNull();
  });

  it('drift is detected when schema.prisma gains a field that no migration creates', async () => {
    const altered = path.join(tmp, 'schema.prisma');
    const schema = fs.readFileSync(SCHEMA_PATH, 'utf8').replace(
      'model Rep {\n', 'model Rep {\n  nickname String?\n',
    ).replace('output       = "../db/generated/prisma"', `output = "${path.join(tmp, 'generated')}"`);
    fs.writeFileSync(altered, schema);
    const sql = await migrationDrift(adminUrl(), { schemaPath: altered });
    expect(sql).toMatch(/ALTER TABLE "reps" ADD COLUMN\s+"nickname" TEXT/);
  });

  it('drift is detected when a migration is missing', async () => {
    const emptyMigrations = path.join(tmp, 'no-migrations');
    fs.mkdirSync(emptyMigrations);
    fs.copyFileSync(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), path.join(emptyMigrations, 'migration_lock.toml'));
    expect(await migrationDrift(adminUrl(), { migrationsDir: emptyMigrations })).toMatch(/CREATE TABLE "cases"/);
  });

  it('apply to a fresh database and record themselves in _prisma_migrations like prisma migrate deploy', async () => {
    await admin(`CREATE DATABASE "${scratch}"`);
    const url = databaseUrl(scratch);
    const names = fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

    expect(await migrationStatus(url)).toMatchObject({ upToDate: false });
    expect(await deployMigrations(url)).toEqual(names);
    expect(await deployMigrations(url)).toEqual([]); // a second run applies nothing
    expect(await migrationStatus(url)).toEqual({ upToDate: true, pending: [], failed: [], edited: [] });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name');
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const row of rows) {
        const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'), 'utf8');
        expect(row.checksum).toBe(crypto.createHash('sha256').update(sql).digest('hex'));
        expect(row.finished_at).not.toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    } finally {
      await client.end();
    }
  });
});
