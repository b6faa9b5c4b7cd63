/**
 * Writes validated files in one transaction, in dependency order, with one audit_log row per file.
 * Validation has already proved every reference resolvable; what only the database can still refuse is
 * a secondary identifier that another, existing row already holds (an activation key, a replacement
 * serial, a Teams id). That refusal rolls everything back and is reported against the row that caused it.
 */
import pg from 'pg';
import { bulkUpsert } from './bulk-upsert.ts';
import type { FileKindName } from './file-kinds.ts';
import type { ImportRowError } from './import-errors.ts';
import { UPSERT_PLANS } from './upsert-plans.ts';
import type { ValidatedFile } from './validate-csv-file.ts';

export type WriteResult = { ok: true; counts: Record<string, number> } | { ok: false; error: ImportRowError };

// One import at a time: two overlapping upserts of the same export could deadlock on each other's rows.
const IMPORT_LOCK = `SELECT pg_advisory_xact_lock(hashtext('careline.installed_base.import'))`;
const UNIQUE_VIOLATION = '23505';

async function writeFile<Kind extends FileKindName>(
  client: pg.PoolClient,
  file: ValidatedFile<Kind>,
  onRows: (rowsWritten: number) => void,
): Promise<void> {
  const rows = file.rows.map(({ row }) => row);
  const plans = UPSERT_PLANS[file.kind];
  let written = 0;
  for (const plan of plans) {
    // Progress counts the file's rows: statements for side tables (Teams identities) are not rows of it.
    const countsRows = plan.table === plans[0]?.table;
    await bulkUpsert(client, plan, rows, (batch) => {
      if (countsRows) onRows((written += batch));
    });
  }
  await client.query(
    `INSERT INTO audit_log (actor_type, action, entity_type, entity_id, details)
     VALUES ('OPERATOR', 'installed_base.import', $1, $2, $3)`,
    [file.kind, file.fileName, { rows: rows.length }],
  );
}

/** Points a unique violation (`Key (activation_key)=(ABC) already exists.`) at the row holding that value. */
function describeConflict(file: ValidatedFile<FileKindName>, error: pg.DatabaseError): ImportRowError {
  const value = /\)=\((?:[^,]*, )?(.*)\) already exists/.exec(error.detail ?? '')?.[1];
  for (const { line, row } of file.rows) {
    const match = Object.entries(row).find(([, cell]) => value !== undefined && String(cell) === value);
    if (match) {
      return {
        file: file.fileName, line, column: match[0],
        message: `${match[0]} ${value} already belongs to another record in the database`,
      };
    }
  }
  return { file: file.fileName, line: 0, message: `the database refused the file: ${error.detail ?? error.message}` };
}

export async function writeInstalledBase(
  pool: pg.Pool,
  /** In write order (FILE_KIND_NAMES): whatever a file refers to is written before it. */
  files: ReadonlyArray<ValidatedFile<FileKindName>>,
  onProgress: (kind: FileKindName, fileName: string, rowsWritten: number, totalRows: number) => void,
): Promise<WriteResult> {
  const client = await pool.connect();
  let broken: Error | undefined;
  let current: ValidatedFile<FileKindName> | undefined;
  try {
    await client.query('BEGIN');
    await client.query(IMPORT_LOCK);
    const counts: Record<string, number> = {};
    for (const file of files) {
      current = file;
      await writeFile(client, file, (rows) => onProgress(file.kind, file.fileName, rows, file.rows.length));
      counts[file.kind] = file.rows.length;
    }
    await client.query('COMMIT');
    return { ok: true, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    if (error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION && current) {
      return { ok: false, error: describeConflict(current, error) };
    }
    throw error;
  } finally {
    client.release(broken); // a connection that could not roll back is discarded, not reused
  }
}
