/**
 * The installed-base files careline understands: for each, its columns (a zod schema whose nullable
 * fields are the optional columns), the identifiers that must be unique inside the file, what it refers
 * to and what it lets other files refer to. The order of FILE_KINDS is the order rows are written in.
 */
import { z } from 'zod';
import {
  ContactRole, LicenseKind, LicenseState, RmaLineStatus, RmaStatus, RmaType, SalesRegion, ServiceLevel,
} from '../generated/prisma/enums.ts';
import {
  boolean, caseNumber, country, date, email, language, oneOf, positiveInteger, rmaNumber, serialNumber, text,
  timestamp,
} from './fields.ts';

/** Things a row can point at by their natural identifier. */
export type ReferenceTarget = 'account' | 'site' | 'device' | 'contract' | 'rma' | 'case';

export interface Reference {
  column: string;
  target: ReferenceTarget;
  /** The target must belong to the row's own account_number (a device at another customer's site is a typo). */
  sameAccount?: boolean;
}

/** Any file kind's schema: an object of cell parsers, one per column. */
export type RowSchema = z.ZodObject<Record<string, z.ZodType>>;

export interface FileKindDefinition<Schema extends RowSchema> {
  schema: Schema;
  /** Columns, or column tuples, whose non-empty values may appear only once in the file. The first is the key. */
  unique: ReadonlyArray<string | readonly string[]>;
  references: readonly Reference[];
  /** The identifier this file defines for others to refer to, and the column naming its owning account. */
  provides?: { target: ReferenceTarget; column: string; ownerColumn: string };
}

const accountNumber = text;
const SITE = { column: 'site_id', target: 'site', sameAccount: true } as const;
const ACCOUNT = { column: 'account_number', target: 'account' } as const;

export const FILE_KINDS = {
  accounts: {
    schema: z.object({ account_number: accountNumber, name: text, sales_region: oneOf(SalesRegion), country }),
    unique: ['account_number'],
    references: [],
    provides: { target: 'account', column: 'account_number', ownerColumn: 'account_number' },
  },
  sites: {
    schema: z.object({
      site_id: text, account_number: accountNumber, name: text, country,
      region: text.nullable(), city: text.nullable(),
    }),
    unique: ['site_id'],
    references: [ACCOUNT],
    provides: { target: 'site', column: 'site_id', ownerColumn: 'account_number' },
  },
  contacts: {
    schema: z.object({
      email, account_number: accountNumber, name: text, phone: text.nullable(),
      preferred_language: language.nullable().transform((value) => value ?? 'en'),
      role: oneOf(ContactRole).nullable().transform((value) => value ?? 'CONTACT'),
      teams_id: text.nullable(),
    }),
    unique: ['email', 'teams_id'],
    references: [ACCOUNT],
  },
  devices: {
    schema: z.object({
      serial_number: serialNumber, account_number: accountNumber, site_id: text.nullable(),
      platform: text, sku: text, ship_date: date.nullable(), sales_order: text.nullable(),
      ordered_direct: boolean.nullable().transform((value) => value ?? false),
      warranty_end: date.nullable(),
    }),
    unique: ['serial_number'],
    references: [ACCOUNT, SITE],
    provides: { target: 'device', column: 'serial_number', ownerColumn: 'account_number' },
  },
  contracts: {
    schema: z.object({
      contract_id: text, account_number: accountNumber, service_level: oneOf(ServiceLevel),
      start_date: date, end_date: date,
    }).refine((row) => row.end_date >= row.start_date, {
      path: ['end_date'], message: 'end_date is before start_date',
    }),
    unique: ['contract_id'],
    references: [ACCOUNT],
    provides: { target: 'contract', column: 'contract_id', ownerColumn: 'account_number' },
  },
  contract_coverage: {
    schema: z.object({ contract_id: text, serial_number: serialNumber }),
    unique: [['contract_id', 'serial_number']],
    references: [{ column: 'contract_id', target: 'contract' }, { column: 'serial_number', target: 'device' }],
  },
  licenses: {
    schema: z.object({
      account_number: accountNumber,
      kind: oneOf(LicenseKind).nullable().transform((value) => value ?? 'PRODUCT'),
      authorization_code: text.nullable(), activation_key: text.nullable(), feature: text,
      serial_number: serialNumber.nullable(),
      state: oneOf(LicenseState).nullable().transform((value) => value ?? 'UNACTIVATED'),
      expires_at: timestamp.nullable(),
    }).refine((row) => row.authorization_code !== null || row.activation_key !== null, {
      path: ['authorization_code'], message: 'authorization_code or activation_key is required',
    }),
    unique: ['authorization_code', 'activation_key'],
    references: [ACCOUNT, { column: 'serial_number', target: 'device' }],
  },
  ecertificates: {
    schema: z.object({
      certificate_number: text, account_number: accountNumber, service_level: oneOf(ServiceLevel),
      sales_region: oneOf(SalesRegion),
      term_months: positiveInteger.nullable().transform((value) => value ?? 12),
      received_at: timestamp, registered_at: timestamp.nullable(),
    }),
    unique: ['certificate_number'],
    references: [ACCOUNT],
  },
  rmas: {
    schema: z.object({
      rma_number: rmaNumber, account_number: accountNumber, type: oneOf(RmaType),
      status: oneOf(RmaStatus).nullable().transform((value) => value ?? 'OPEN'),
      case_number: caseNumber.nullable(),
    }),
    unique: ['rma_number'],
    references: [ACCOUNT, { column: 'case_number', target: 'case', sameAccount: true }],
    provides: { target: 'rma', column: 'rma_number', ownerColumn: 'account_number' },
  },
  rma_lines: {
    schema: z.object({
      rma_number: rmaNumber, line_number: positiveInteger, defective_serial: serialNumber,
      replacement_serial: serialNumber.nullable(),
      status: oneOf(RmaLineStatus).nullable().transform((value) => value ?? 'BOOKED'),
      carrier: text.nullable(), shipment_tracking: text.nullable(), shipped_at: timestamp.nullable(),
      delivered_at: timestamp.nullable(), return_due_date: date.nullable(), return_received_at: timestamp.nullable(),
    }),
    unique: [['rma_number', 'line_number'], 'replacement_serial'],
    references: [{ column: 'rma_number', target: 'rma' }, { column: 'defective_serial', target: 'device' }],
  },
} as const satisfies Record<string, FileKindDefinition<RowSchema>>;

export type FileKindName = keyof typeof FILE_KINDS;
export type RowOf<Kind extends FileKindName> = z.output<(typeof FILE_KINDS)[Kind]['schema']>;

/** In dependency order: a file's references are written before the file itself. */
export const FILE_KIND_NAMES = Object.keys(FILE_KINDS) as FileKindName[];

export function fileNameOf(kind: FileKindName): string {
  return `${kind}.csv`;
}

/** A file kind seen through the common interface, for code that handles every kind alike. */
export function definitionOf(kind: FileKindName): FileKindDefinition<RowSchema> {
  return FILE_KINDS[kind];
}
