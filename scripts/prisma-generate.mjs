#!/usr/bin/env node
// `prisma generate` offline. The Prisma CLI insists on a schema-engine binary, which it would download;
// generate never runs it, so an empty, NON-executable placeholder satisfies the check
// (an executable one would make `prisma migrate` silently apply nothing: see README, "Migrations").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'careline-prisma-'));
const placeholder = join(dir, 'schema-engine-placeholder');
writeFileSync(placeholder, '', { mode: 0o600 });
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
