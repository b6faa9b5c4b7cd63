/**
 * A fresh, migrated database for one test file: a clone of the template that global-setup.ts built.
 *   const db = await createTestDatabase(); ... afterAll(() => db.drop());
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../db/client.ts';
import { adminUrl, databaseUrl, TEMPLATE_DATABASE } from './database-names.ts';

export interface TestDatabase extends Database {
  url: string;
  name: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: { maxConnections?: number } = {}): Promise<TestDatabase> {
  const name = `careline_test_${crypto.randomBytes(6).toString('hex')}`;
  // CREATE DATABASE ... TEMPLATE fails if another session is connected to the template at that moment;
  // only global setup ever connects to it, and it has finished before any test file starts.
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  const url = databaseUrl(name);
  const database = openDatabase(url, options);
  return {
    ...database,
    url,
    name,
    async drop() {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
