/**
 * One file, streamed: check the header against the file kind, turn every row into a typed record with
 * zod, and catch identifiers that appear twice. Cross-file references are checked later, once every file
 * has been read (check-references.ts).
 */
import { definitionOf, FILE_KINDS, type FileKindName, type RowOf } from './file-kinds.ts';
import type { ImportErrors } from './import-errors.ts';
import { quote } from './fields.ts';
import { CsvSyntaxError, readCsvRecords } from './read-csv-records.ts';

export interface ValidatedRow<Row> {
  line: number;
  row: Row;
}

export interface ValidatedFile<Kind extends FileKindName> {
  kind: Kind;
  fileName: string;
  rows: Array<ValidatedRow<RowOf<Kind>>>;
  /**
   * Identifiers of rows rejected for another reason (a bad date, say), with their account: rows that
   * refer to them should not be reported as well, since the first error already stops the import.
   */
  rejectedIdentifiers: Array<{ identifier: string; owner: string }>;
  /** False when the file could not be read to the end (bad header, CSV syntax error, too many errors). */
  complete: boolean;
}

const PROGRESS_EVERY = 10_000;

type Cells = Record<string, string | null>;

/** Column names from the header, or null (with errors reported) when the header is unusable. */
function readHeader(kind: FileKindName, fileName: string, cells: string[], errors: ImportErrors): string[] | null {
  const shape = definitionOf(kind).schema.shape;
  const known = Object.keys(shape);
  const header = cells.map((cell) => cell.trim().toLowerCase());
  const before = errors.list.length;
  const report = (message: string, column?: string): void =>
    errors.add({ file: fileName, line: 1, ...(column === undefined ? {} : { column }), message });
  header.forEach((name, index) => {
    if (name === '') report(`column ${index + 1} has no name`);
    else if (!known.includes(name)) report(`unknown column ${quote(name)}; ${fileName} has ${known.join(', ')}`, name);
    else if (header.indexOf(name) !== index) report(`column ${name} appears twice`, name);
  });
  for (const [name, schema] of Object.entries(shape)) {
    // An optional column may be left out of the file altogether; a required one may not.
    if (!header.includes(name) && !schema.safeParse(null).success) report(`required column ${name} is missing`, name);
  }
  return errors.list.length === before ? header : null;
}

function isBlank(cells: string[]): boolean {
  return cells.length === 1 && (cells[0] ?? '').trim() === '';
}

function duplicateKey(row: Record<string, unknown>, columns: readonly string[]): string | null {
  const values = columns.map((column) => row[column]);
  return values.some((value) => value === null || value === undefined) ? null : values.join(' + ');
}

function rememberIdentifier(kind: FileKindName, record: Cells, rejected: ValidatedFile<FileKindName>['rejectedIdentifiers']): void {
  const { provides, schema } = definitionOf(kind);
  if (!provides) return;
  const identifier = schema.shape[provides.column]?.safeParse(record[provides.column]);
  const owner = schema.shape[provides.ownerColumn]?.safeParse(record[provides.ownerColumn]);
  if (identifier?.success && owner?.success) rejected.push({ identifier: String(identifier.data), owner: String(owner.data) });
}

function parseRow<Kind extends FileKindName>(
  kind: Kind, header: string[], cells: string[], line: number, fileName: string, errors: ImportErrors,
  rejected: ValidatedFile<FileKindName>['rejectedIdentifiers'],
): RowOf<Kind> | null {
  const schema = FILE_KINDS[kind].schema;
  const record: Cells = {};
  for (const name of Object.keys(schema.shape)) record[name] = null; // a column left out of the file is empty
  header.forEach((name, index) => {
    const cell = (cells[index] ?? '').trim();
    record[name] = cell === '' ? null : cell;
  });
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data as RowOf<Kind>;
  rememberIdentifier(kind, record, rejected);
  for (const issue of parsed.error.issues) {
    const column = String(issue.path[0] ?? '');
    const message = column && !issue.message.startsWith(column) ? `${column} ${issue.message}` : issue.message;
    errors.add({ file: fileName, line, ...(column ? { column } : {}), message });
  }
  return null;
}

export async function validateCsvFile<Kind extends FileKindName>(
  kind: Kind,
  path: string,
  fileName: string,
  errors: ImportErrors,
  onRows: (rows: number, done: boolean) => void,
): Promise<ValidatedFile<Kind>> {
  const uniques = FILE_KINDS[kind].unique.map((spec) => (typeof spec === 'string' ? [spec] : spec) as readonly string[]);
  const seen = uniques.map(() => new Map<string, number>());
  const rows: Array<ValidatedRow<RowOf<Kind>>> = [];
  const rejectedIdentifiers: ValidatedFile<Kind>['rejectedIdentifiers'] = [];
  const records = readCsvRecords(path);
  let complete = false;
  try {
    const first = await records.next();
    if (first.done) errors.add({ file: fileName, line: 1, message: 'the file is empty; a header row is required' });
    const header = first.done ? null : readHeader(kind, fileName, first.value.cells, errors);
    if (header === null) return { kind, fileName, rows, rejectedIdentifiers, complete: false };

    for await (const { line, cells } of records) {
      if (errors.full) break;
      if (isBlank(cells)) continue;
      if (cells.length !== header.length) {
        errors.add({ file: fileName, line, message: `has ${cells.length} fields but the header has ${header.length}` });
        continue;
      }
      const row = parseRow(kind, header, cells, line, fileName, errors, rejectedIdentifiers);
      if (row === null) continue;
      uniques.forEach((columns, index) => {
        const key = duplicateKey(row, columns);
        if (key === null) return;
        const firstLine = seen[index]?.get(key);
        if (firstLine === undefined) seen[index]?.set(key, line);
        else {
          errors.add({
            file: fileName, line, column: columns.at(-1) ?? '',
            message: `duplicate ${columns.join(' + ')} ${key}: already on line ${firstLine}`,
          });
        }
      });
      rows.push({ line, row });
      if (rows.length % PROGRESS_EVERY === 0) onRows(rows.length, false);
    }
    complete = !errors.full;
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    errors.add({ file: fileName, line: error.line, message: error.message });
  } finally {
    await records.return(undefined); // closes the file when validation stopped early
  }
  onRows(rows.length, true);
  return { kind, fileName, rows, rejectedIdentifiers, complete };
}
