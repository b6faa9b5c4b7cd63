// Runs once per `vitest run`: builds a template database from prisma/migrations with the same offline
// migrator operators use. Each test file then clones it (test/support/database.ts), so files are isolated
// from each other and from the developer's own `careline` database.
import pg from 'pg';
import { deployMigrations } from '../../db/migrations/migrator.ts';
import { adminUrl, databaseUrl, TEMPLATE_DATABASE } from './database-names.ts';

export default async function setup(): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Tests need PostgreSQL at ${adminUrl()} (set TEST_DATABASE_URL): ${(error as Error).message}`);
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  await deployMigrations(databaseUrl(TEMPLATE_DATABASE));
}
