/**
 * The one place a PrismaClient is built. Prisma 7 talks to PostgreSQL through the `pg` driver adapter;
 * `pool` exposes the same connection pool for the few statements Prisma cannot express efficiently
 * (bulk import, atomic counters).
 */
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function openDatabase(url: string, options: { maxConnections?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // Idle connections that PostgreSQL drops (restart, pooler timeout) must not crash the process.
  pool.on('error', (error) => console.error(`postgres pool: ${error.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
