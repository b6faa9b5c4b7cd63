// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name> for schema.prisma's changes
// (= `prisma migrate dev --name <name>`), against DATABASE_URL (a development database).
import { createMigration } from '../db/migrations/migrator.ts';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run db:migration -- <migration_name>');
  process.exit(64);
}
const url = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/careline';
const dir = await createMigration(url, name);
console.log(dir ? `Created and applied ${dir}` : 'schema.prisma and the migrations already agree: nothing to create.');
process.exit(0); // the engine leaves an advisory-lock timer pending
