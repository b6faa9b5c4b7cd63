/**
 * Imports an installed-base export (accounts, sites, contacts, devices, contracts, licences,
 * e-certificates, RMAs) from a folder of CSV files. All or nothing: every file is validated first, and
 * only when no row anywhere is wrong is everything written, in one transaction. Re-importing a newer
 * export updates rows by their natural identifiers; the importer never deletes. Format: docs/import-format.md.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../client.ts';
import { checkReferences } from './check-references.ts';
import { FILE_KIND_NAMES, fileNameOf, type FileKindName } from './file-kinds.ts';
import { ImportErrors, type ImportRowError } from './import-errors.ts';
import { validateCsvFile, type ValidatedFile } from './validate-csv-file.ts';
import { writeInstalledBase } from './write-installed-base.ts';

export type { ImportRowError } from './import-errors.ts';

export interface ImportProgress {
  file: string;
  phase: 'validate' | 'write';
  rows: number;
  /** Known once the file has been read to the end. */
  totalRows?: number;
}

export interface ImportReport {
  ok: boolean;
  /** In file order (accounts.csv first), then by line; at most `maxErrors`. */
  errors: ImportRowError[];
  /** Rows written per file kind (`devices: 100000`); empty when nothing was written. */
  counts: Record<string, number>;
  durationMs: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Stop collecting (and validating) after this many errors. Default 100. */
  maxErrors?: number;
}

/** The known files present in `dir`, in write order; anything else that looks like an export is an error. */
async function findFiles(dir: string, errors: ImportErrors): Promise<FileKindName[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    errors.add({ file: dir, line: 0, message: `cannot read the folder: ${(error as Error).message}` });
    return [];
  }
  const expected = FILE_KIND_NAMES.map(fileNameOf);
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.csv') && !expected.includes(n)).sort()) {
    errors.add({ file: name, line: 0, message: `unknown file; an installed-base export has ${expected.join(', ')}` });
  }
  const kinds = FILE_KIND_NAMES.filter((kind) => names.includes(fileNameOf(kind)));
  if (kinds.length === 0 && !errors.any) {
    errors.add({ file: dir, line: 0, message: `no installed-base files; expected any of ${expected.join(', ')}` });
  }
  return kinds;
}

function sortedErrors(errors: ImportErrors): ImportRowError[] {
  // Files that are not part of an export (index -1) come first.
  const order = (file: string): number => FILE_KIND_NAMES.findIndex((kind) => fileNameOf(kind) === file);
  return [...errors.list].sort((a, b) => order(a.file) - order(b.file) || a.line - b.line);
}

export async function importInstalledBase(db: Database, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const onProgress = options.onProgress ?? (() => undefined);
  const errors = new ImportErrors(Math.max(1, options.maxErrors ?? 100));
  const report = (counts: Record<string, number>): ImportReport => ({
    ok: !errors.any, errors: sortedErrors(errors), counts, durationMs: Math.round(performance.now() - started),
  });

  const files: Array<ValidatedFile<FileKindName>> = [];
  for (const kind of await findFiles(dir, errors)) {
    if (errors.full) break;
    const file = fileNameOf(kind);
    files.push(await validateCsvFile(kind, path.join(dir, file), file, errors, (rows, done) =>
      onProgress({ file, phase: 'validate', rows, ...(done ? { totalRows: rows } : {}) })));
  }
  if (!errors.full) await checkReferences(db.pool, files, errors);
  if (errors.any) return report({});

  const written = await writeInstalledBase(db.pool, files, (_kind, file, rows, totalRows) =>
    onProgress({ file, phase: 'write', rows, totalRows }));
  if (!written.ok) errors.add(written.error);
  return report(written.ok ? written.counts : {});
}
