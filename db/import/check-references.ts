/**
 * Every identifier a row points at (account, site, serial, contract, RMA, case) must exist in one of the
 * files being imported or already in the database, and a site or case must belong to the row's own
 * account. The database is asked once per kind of identifier, for all the missing ones at once.
 */
import type pg from 'pg';
import { definitionOf, type FileKindName, type ReferenceTarget } from './file-kinds.ts';
import type { ImportErrors } from './import-errors.ts';
import type { ValidatedFile } from './validate-csv-file.ts';

/** identifier → account_number that owns it */
type Owners = Map<string, string>;

const LOOKUPS: Record<ReferenceTarget, string> = {
  account: 'SELECT account_number AS key, account_number AS owner FROM accounts WHERE account_number = ANY($1::text[])',
  site: `SELECT s.site_id AS key, a.account_number AS owner FROM sites s JOIN accounts a ON a.id = s.account_id
         WHERE s.site_id = ANY($1::text[])`,
  device: `SELECT d.serial_number AS key, a.account_number AS owner FROM devices d JOIN accounts a ON a.id = d.account_id
           WHERE d.serial_number = ANY($1::text[])`,
  contract: `SELECT c.contract_id AS key, a.account_number AS owner FROM support_contracts c
             JOIN accounts a ON a.id = c.account_id WHERE c.contract_id = ANY($1::text[])`,
  rma: `SELECT r.rma_number AS key, a.account_number AS owner FROM rmas r JOIN accounts a ON a.id = r.account_id
        WHERE r.rma_number = ANY($1::text[])`,
  case: `SELECT c.case_number AS key, a.account_number AS owner FROM cases c JOIN accounts a ON a.id = c.account_id
         WHERE c.case_number = ANY($1::text[])`,
};

const PROVIDED_BY: Record<ReferenceTarget, string> = {
  account: 'accounts.csv or the database',
  site: 'sites.csv or the database',
  device: 'devices.csv or the database',
  contract: 'contracts.csv or the database',
  rma: 'rmas.csv or the database',
  case: 'the database',
};

type AnyFile = ValidatedFile<FileKindName>;

function* referencesOf(file: AnyFile) {
  for (const reference of definitionOf(file.kind).references) {
    for (const { line, row } of file.rows) {
      const value = (row as Record<string, unknown>)[reference.column];
      if (typeof value === 'string' || typeof value === 'number') {
        yield { reference, line, value: String(value), row: row as Record<string, unknown> };
      }
    }
  }
}

export async function checkReferences(pool: pg.Pool, files: AnyFile[], errors: ImportErrors): Promise<void> {
  const owners = new Map<ReferenceTarget, Owners>();
  const ownersOf = (target: ReferenceTarget): Owners => {
    let map = owners.get(target);
    if (!map) owners.set(target, (map = new Map<string, string>()));
    return map;
  };

  for (const file of files) {
    const provides = definitionOf(file.kind).provides;
    if (!provides) continue;
    for (const { row } of file.rows) {
      const fields = row as Record<string, unknown>;
      ownersOf(provides.target).set(String(fields[provides.column]), String(fields[provides.ownerColumn]));
    }
    for (const { identifier, owner } of file.rejectedIdentifiers) ownersOf(provides.target).set(identifier, owner);
  }

  // A file read only in part (bad header, broken quoting) may hold what others refer to: say nothing then.
  const unknowable = new Set(files.filter((f) => !f.complete).map((f) => definitionOf(f.kind).provides?.target));

  const missing = new Map<ReferenceTarget, Set<string>>();
  for (const file of files) {
    for (const { reference, value } of referencesOf(file)) {
      if (ownersOf(reference.target).has(value)) continue;
      const set = missing.get(reference.target) ?? new Set<string>();
      missing.set(reference.target, set.add(value));
    }
  }
  for (const [target, keys] of missing) {
    const result = await pool.query<{ key: string; owner: string }>(LOOKUPS[target], [[...keys]]);
    for (const { key, owner } of result.rows) ownersOf(target).set(key, owner);
  }

  for (const file of files) {
    for (const { reference, line, value, row } of referencesOf(file)) {
      if (errors.full) return;
      const owner = ownersOf(reference.target).get(value);
      const at = { file: file.fileName, line, column: reference.column };
      if (owner === undefined) {
        if (unknowable.has(reference.target)) continue;
        errors.add({ ...at, message: `${reference.column} ${value} is not in ${PROVIDED_BY[reference.target]}` });
      } else if (reference.sameAccount && owner !== row['account_number']) {
        errors.add({ ...at, message: `${reference.column} ${value} belongs to account ${owner}, not ${String(row['account_number'])}` });
      }
    }
  }
}
