/**
 * How the CLI speaks: human-readable by default, JSON with --json (for scripts), and errors as
 * "error [CODE]: message" with a non-zero exit, never a stack trace (set DEBUG=careline for one).
 */
import { isCarelineError } from '../core/index.ts';
import { ConfigError } from '../app/config.ts';

export interface OutputOptions {
  json?: boolean;
}

export function emit(options: OutputOptions, data: unknown, human: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(data, null, 2)}\n` : `${human()}\n`);
}

/** A plain text table; columns sized to their content. */
export function table(headers: string[], rows: (string | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => c ?? '—'))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

export function fail(options: OutputOptions, error: unknown): never {
  let code = 'INTERNAL';
  let message = error instanceof Error ? error.message : String(error);
  let exitCode = 1;
  if (isCarelineError(error)) {
    code = error.code;
  } else if (error instanceof ConfigError) {
    code = 'CONFIG';
    exitCode = 78; // EX_CONFIG
  } else if (process.env['DEBUG']?.includes('careline') && error instanceof Error) {
    message = error.stack ?? message;
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ error: { code, message } }, null, 2)}\n`);
  else process.stderr.write(`error [${code}]: ${message}\n`);
  process.exit(exitCode);
}

export const date = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
