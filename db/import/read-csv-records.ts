/**
 * Streams a CSV file record by record with the physical line each record starts on, so an error can
 * point at the line a person sees in their editor even when quoted fields span several lines.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';

export interface CsvRecord {
  /** 1-based physical line the record starts on (1 is the header). */
  line: number;
  cells: string[];
}

/** The file is not valid CSV from `line` on (e.g. an unterminated quote); nothing after it can be trusted. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;
const TRAILING_LINE_BREAK = /(?:\r\n|\r|\n)$/;

function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field that starts in this record is never closed (unterminated quote)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside a quoted field must be doubled ("") and a closing quote must end the field';
    case 'CSV_MAX_RECORD_SIZE':
      return 'the record is too long (a missing closing quote?)';
    default:
      return error.message;
  }
}

export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  // raw: csv-parse's own line counter counts a CRLF inside a quoted field twice, so lines are counted here.
  // relax_column_count: a short or long row is reported by the caller, which knows the header.
  const parser = parse({ bom: true, raw: true, relax_column_count: true });
  // pipeline, not pipe: a read error reaches the loop below, and leaving the loop early closes the file.
  // Its callback has nothing to add: every error also surfaces through the parser being iterated.
  pipeline(createReadStream(path), parser, () => undefined);
  let line = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      yield { line, cells: record };
      line += 1 + (raw.replace(TRAILING_LINE_BREAK, '').match(LINE_BREAK)?.length ?? 0);
    }
  } catch (error) {
    if (error instanceof CsvError) throw new CsvSyntaxError(line, describe(error));
    throw error;
  }
}
