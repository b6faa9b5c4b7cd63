/**
 * Prisma's schema engine (migrate/diff) compiled to WebAssembly, driven through @prisma/adapter-pg.
 *
 * Why: the Prisma 7 CLI runs migrations through a native `schema-engine` binary that it downloads at run
 * time, which this network (and many air-gapped customer sites) cannot reach. The `prisma` package already
 * ships the very same engine as `build/schema_engine_bg.wasm`; @prisma/schema-engine-wasm supplies its JS
 * glue. The migration logic (the `_prisma_migrations` table, checksums, history diagnosis, SQL rendering) is
 * Prisma's own Rust code, so `prisma migrate deploy/status` on a connected machine agree with what we record.
 * Research and evidence: shared/reference/prisma-offline.md. Three adapter bugs are shimmed below.
 */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- the wasm glue ships no types */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
const adapterRequire = createRequire(require.resolve('@prisma/adapter-pg'));
const pg = adapterRequire('pg'); // the very pg instance @prisma/adapter-pg uses
const { parse: parseConnectionString } = createRequire(adapterRequire.resolve('pg'))('pg-connection-string');

// Shim 1: adapter-pg rejects PostgreSQL's one-byte type "char" (OID 18), which the engine's catalog queries
// return (pg_class.relkind, ...). Report it as text (OID 25). Process-wide, so only migration tooling loads this.
let charShimInstalled = false;
function installCharShim(): void {
  if (charShimInstalled) return;
  charShimInstalled = true;
  const addFields = pg.Result.prototype.addFields;
  pg.Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

const ownWasm = (): string =>
  path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
function bundledWasm(): string | null {
  const f = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
  return fs.existsSync(f) ? f : null;
}

let loaded: { SchemaEngine: any; file: string; version: string } | undefined;
/** Instantiates the engine once per process (wasm-bindgen keeps global state). */
async function loadSchemaEngine(): Promise<NonNullable<typeof loaded>> {
  if (loaded) return loaded;
  installCharShim();
  const runtime: any = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasm = (globalThis as any).WebAssembly; // not in lib ES2023's types
  const candidates = [bundledWasm(), ownWasm()].filter((f): f is string => f !== null);
  let lastError: unknown;
  for (const file of candidates) {
    try {
      const instance = new wasm.Instance(new wasm.Module(fs.readFileSync(file)), {
        './schema_engine_bg.js': runtime,
      });
      runtime.__wbg_set_wasm(instance.exports);
      (instance.exports).__wbindgen_start();
      loaded = { SchemaEngine: runtime.SchemaEngine, file, version: runtime.version() };
      return loaded;
    } catch (error) {
      lastError = error; // glue and .wasm disagree on imports: try the package's own .wasm
    }
  }
  throw lastError;
}

export async function engineInfo(): Promise<{ file: string; version: string }> {
  const { file, version } = await loadSchemaEngine();
  return { file, version };
}

// Shim 2: adapter-pg's executeScript splits on every ';' (breaking $$ bodies) and runs pieces one by one.
// Send the whole migration as one simple-protocol query, as the native engine does: one implicit transaction.
function wholeScript(adapter: any): any {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

export interface PgConfig {
  config: Record<string, unknown>;
  options: { schema: string } | undefined;
}
export function pgConfig(url: string): PgConfig {
  const { schema, ...config } = parseConnectionString(url); // ?schema= is Prisma's, not libpq's
  // allowExitOnIdle: idle pooled connections must not keep node alive (engine.free() does not close them)
  return { config: { ...config, allowExitOnIdle: true }, options: schema ? { schema } : undefined };
}

export async function adminSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client(pgConfig(url).config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface SchemaFile {
  path: string;
  content: string;
}

/**
 * Opens the engine on `url`. Shim 3: adapter-pg's connectToShadowDb either points the "shadow" at the main
 * database (URL form) or leaks it; we create prisma_migrate_shadow_db_<uuid> ourselves and drop it after use.
 * The role needs CREATEDB for commands that use a shadow database (drift, new migrations).
 */
export async function openSchemaEngine(url: string, schemaFiles: SchemaFile[]): Promise<{ engine: any; close: () => Promise<void> }> {
  const { SchemaEngine } = await loadSchemaEngine();
  const { config, options } = pgConfig(url);
  const main = new PrismaPg(config, options);
  const opened: any[] = [];
  const factory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => {
      const adapter = await main.connect();
      opened.push(adapter);
      return wholeScript(adapter);
    },
    connectToShadowDb: async () => {
      const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await adminSql(url, `CREATE DATABASE "${database}"`);
      const shadow: any = await new PrismaPg({ ...config, database }, options).connect();
      const close = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await close();
        await adminSql(url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      };
      return wholeScript(shadow);
    },
  };
  const datamodels = schemaFiles.length ? schemaFiles.map((f) => [f.path, f.content]) : undefined;
  const log = (message: string): void => {
    if (process.env['DEBUG_SCHEMA_ENGINE']) console.error('[schema-engine]', message);
  };
  const engine = await SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory as any));
  return {
    engine,
    // engine.free() leaves the pool open, and with it the session that holds the migration advisory lock:
    // the next engine would wait ~10 s for it. Closing the pool releases the lock at once.
    async close() {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}
