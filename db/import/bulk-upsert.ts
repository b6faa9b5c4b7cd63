/**
 * Upserts many rows with one statement per batch: the values travel as one PostgreSQL array per column
 * and `unnest` turns them back into rows, so 5,000 devices cost one round trip and one plan, not 5,000.
 *
 *   INSERT INTO devices (...) SELECT ... FROM unnest($1::text[], ...) AS input(...) JOIN accounts ...
 *   ON CONFLICT (serial_number) DO UPDATE SET ... WHERE (devices.platform, ...) IS DISTINCT FROM (...)
 *
 * The WHERE clause leaves unchanged rows alone, so re-importing yesterday's export rewrites (and moves
 * `updated_at` of) only what really changed.
 */
import type pg from 'pg';

export const BATCH_SIZE = 5_000;

type Cell = string | number | boolean | null;

export interface InputColumn<Row> {
  type: 'text' | 'date' | 'timestamptz' | 'boolean' | 'integer';
  value: (row: Row) => Cell;
}

export interface UpsertPlan<Row> {
  table: string;
  /** Rows this statement applies to; all when absent. */
  only?: (row: Row) => boolean;
  /** The arrays handed to unnest, by the name the SQL expressions use (`input.name`). */
  input: Record<string, InputColumn<Row>>;
  /** Target column → SQL expression over `input` and the joined tables. */
  values: Record<string, string>;
  joins?: string;
  /** The natural key, as a unique constraint's columns. */
  conflict: readonly string[];
  /** Columns an empty cell must not clear (set by careline itself after the first import). */
  keepWhenNull?: readonly string[];
  /** Columns written on insert only. */
  insertOnly?: readonly string[];
  /** Whether the table has an `updated_at` to move when a row changes. */
  touch: boolean;
}

function upsertSql<Row>(plan: UpsertPlan<Row>): string {
  const inputs = Object.entries(plan.input);
  const source = `unnest(${inputs.map(([, column], index) => `$${index + 1}::${column.type}[]`).join(', ')})`;
  const targets = Object.keys(plan.values);
  const updated = targets.filter(
    (column) => column !== 'id' && !plan.conflict.includes(column) && !plan.insertOnly?.includes(column),
  );
  const newValue = (column: string): string =>
    plan.keepWhenNull?.includes(column) ? `COALESCE(EXCLUDED.${column}, ${plan.table}.${column})` : `EXCLUDED.${column}`;
  const onConflict = updated.length === 0
    ? 'DO NOTHING'
    : `DO UPDATE SET ${[...updated.map((column) => `${column} = ${newValue(column)}`), ...(plan.touch ? ['updated_at = now()'] : [])].join(', ')}
       WHERE (${updated.map((column) => `${plan.table}.${column}`).join(', ')})
             IS DISTINCT FROM (${updated.map(newValue).join(', ')})`;
  return `INSERT INTO ${plan.table} (${targets.join(', ')})
    SELECT ${Object.values(plan.values).join(', ')}
    FROM ${source} AS input(${inputs.map(([name]) => name).join(', ')})
    ${plan.joins ?? ''}
    ON CONFLICT (${plan.conflict.join(', ')}) ${onConflict}`;
}

/** Runs `plan` over `rows` in batches on `client` (inside the caller's transaction); returns the rows sent. */
export async function bulkUpsert<Row>(
  client: pg.PoolClient,
  plan: UpsertPlan<Row>,
  rows: readonly Row[],
  onBatch: (rowsSent: number) => void = () => undefined,
): Promise<number> {
  const selected = plan.only ? rows.filter(plan.only) : rows;
  const sql = upsertSql(plan);
  const inputs = Object.values(plan.input);
  for (let start = 0; start < selected.length; start += BATCH_SIZE) {
    const batch = selected.slice(start, start + BATCH_SIZE);
    await client.query(sql, inputs.map((column) => batch.map(column.value)));
    onBatch(batch.length);
  }
  return selected.length;
}
