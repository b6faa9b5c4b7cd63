/**
 * careline's stand-in for `prisma migrate deploy|status|dev|reset` and `migrate diff` (drift), on the WASM
 * schema engine (see schema-engine.ts). Every function opens the engine, does one thing and frees it.
 */
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- engine results are untyped */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSchemaEngine, type SchemaFile } from './schema-engine.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCHEMA_PATH = path.join(root, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(root, 'prisma', 'migrations');
const noFilters = { externalTables: [], externalEnums: [] };

/** Where the schema and migrations are; tests point these at altered copies. */
export interface MigrationPaths {
  schemaPath?: string;
  migrationsDir?: string;
}
type Paths = Required<MigrationPaths>;

function schemaFiles(paths: Paths): SchemaFile[] {
  return [{ path: paths.schemaPath, content: fs.readFileSync(paths.schemaPath, 'utf8') }];
}

/** The shape of @prisma/migrate's listMigrations(): directories sorted by name. */
function migrationsList(paths: Paths): object {
  const MIGRATIONS_DIR = paths.migrationsDir;
  const read = (p: string): string | null => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null);
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: read(path.join(MIGRATIONS_DIR, 'migration_lock.toml')) },
    migrationDirectories: dirs.sort((a, b) => a.localeCompare(b)).map((name) => {
      const sql = read(path.join(MIGRATIONS_DIR, name, 'migration.sql'));
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: sql === null ? { tag: 'error', value: 'migration.sql not found' } : { tag: 'ok', value: sql },
        },
      };
    }),
    shadowDbInitScript: '',
  };
}

async function withEngine<T>(url: string, at: MigrationPaths, run: (engine: any, paths: Paths) => Promise<T>): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const paths = { schemaPath: at.schemaPath ?? SCHEMA_PATH, migrationsDir: at.migrationsDir ?? MIGRATIONS_DIR };
  const opened = await openSchemaEngine(url, schemaFiles(paths));
  try {
    return await run(opened.engine, paths);
  } finally {
    await opened.close();
  }
}

/** `prisma migrate deploy`: applies pending migrations, recorded in _prisma_migrations. */
export async function deployMigrations(url: string, at: MigrationPaths = {}): Promise<string[]> {
  return withEngine(url, at, async (engine, paths) => {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(paths), filters: noFilters });
    return result.appliedMigrationNames as string[];
  });
}

export interface MigrationStatus {
  upToDate: boolean;
  pending: string[];
  failed: string[];
  edited: string[];
}
/** `prisma migrate status`. */
export async function migrationStatus(url: string, at: MigrationPaths = {}): Promise<MigrationStatus> {
  return withEngine(url, at, async (engine, paths) => {
    const d = await engine.diagnoseMigrationHistory({
      migrationsList: migrationsList(paths), optInToShadowDatabase: false, filters: noFilters,
    });
    const pending: string[] = d.history?.tag === 'databaseIsBehind' ? d.history.unappliedMigrationNames : [];
    const failed: string[] = d.failedMigrationNames ?? [];
    const edited: string[] = d.editedMigrationNames ?? [];
    const upToDate = d.hasMigrationsTable !== false && !d.history && !failed.length && !edited.length;
    return { upToDate, pending, failed, edited };
  });
}

/**
 * `prisma migrate diff --from-migrations --to-schema`: the SQL that schema.prisma has and the migrations
 * lack, or null when they agree. Builds the migrations on a throw-away shadow database.
 */
export async function migrationDrift(url: string, at: MigrationPaths = {}): Promise<string | null> {
  return withEngine(url, at, async (engine, paths) => {
    const r = await engine.diff({
      from: { tag: 'migrations', ...migrationsList(paths) },
      to: { tag: 'schemaDatamodel', files: schemaFiles(paths) },
      script: true, exitCode: true, filters: noFilters,
    });
    return r.exitCode === 2 ? (r.stdout as string) : null;
  });
}

/** `prisma migrate reset --force --skip-seed`: drops everything in the database and reapplies all migrations. */
export async function resetDatabase(url: string, at: MigrationPaths = {}): Promise<string[]> {
  return withEngine(url, at, async (engine, paths) => {
    await engine.reset({ filter: noFilters });
    const result = await engine.applyMigrations({ migrationsList: migrationsList(paths), filters: noFilters });
    return result.appliedMigrationNames as string[];
  });
}

/**
 * `prisma migrate dev --name <name>`: applies pending migrations to the dev database, then writes a new
 * migration for what schema.prisma adds and applies it. Returns the new directory, or null when in sync.
 */
export async function createMigration(url: string, name: string, at: MigrationPaths = {}): Promise<string | null> {
  return withEngine(url, at, async (engine, paths) => {
    // createMigration only works right after devDiagnostic, on a database with no pending migrations:
    // devDiagnostic builds the migrations' schema on the shadow database and caches it.
    const { action } = await engine.devDiagnostic({ migrationsList: migrationsList(paths), filters: noFilters });
    if (action.tag === 'reset') throw new Error(`The dev database must be reset first: ${action.reason as string}`);
    const applied = await engine.applyMigrations({ migrationsList: migrationsList(paths), filters: noFilters });
    if (applied.appliedMigrationNames.length) {
      await engine.devDiagnostic({ migrationsList: migrationsList(paths), filters: noFilters });
    }
    const r = await engine.createMigration({
      draft: false, migrationName: name, migrationsList: migrationsList(paths), schema: { files: schemaFiles(paths) }, filters: noFilters,
    });
    if (r.migrationScript === null) return null;
    const dir = path.join(paths.migrationsDir, r.generatedMigrationName as string);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `migration.${r.extension as string}`), r.migrationScript as string, 'utf8');
    fs.writeFileSync(path.join(paths.migrationsDir, 'migration_lock.toml'),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${r.connectorType as string}"\n`, 'utf8');
    await engine.applyMigrations({ migrationsList: migrationsList(paths), filters: noFilters });
    return dir;
  });
}
