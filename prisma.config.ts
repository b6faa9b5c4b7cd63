// Prisma 7 configuration: the datasource URL lives here, not in schema.prisma.
// Only `prisma generate` runs through the Prisma CLI here; migrations go through db/migrations/
// (the CLI's schema engine is a binary download this network cannot reach).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/careline' },
});
