/** The problems an import found, in the shape operators read: file, physical line, column, message. */

export interface ImportRowError {
  file: string;
  /** Physical line in the file, 1 being the header; 0 when the problem is the file as a whole. */
  line: number;
  column?: string;
  message: string;
}

/** Collects errors up to a limit; past it, validation stops early (the first hundred are enough to fix). */
export class ImportErrors {
  readonly list: ImportRowError[] = [];

  constructor(readonly limit: number) {}

  add(error: ImportRowError): void {
    if (this.list.length < this.limit) this.list.push(error);
  }

  get full(): boolean {
    return this.list.length >= this.limit;
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}
