/** Writes demo rows as an installed-base export (docs/import-format.md), one CSV file per file kind. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILE_KINDS, fileNameOf, type FileKindName } from '../import/file-kinds.ts';

export type CsvRow = Record<string, string | number | boolean | null>;

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function writeCsvFolder(dir: string, files: Partial<Record<FileKindName, CsvRow[]>>): Promise<void> {
  for (const [kind, rows] of Object.entries(files) as Array<[FileKindName, CsvRow[]]>) {
    const columns = Object.keys(FILE_KINDS[kind].schema.shape);
    const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
    await writeFile(path.join(dir, fileNameOf(kind)), `${lines.join('\n')}\n`);
  }
}
