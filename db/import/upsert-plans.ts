/**
 * How each file kind lands in the tables, keyed by its natural identifier. Foreign keys are resolved in
 * SQL by joining on natural identifiers (written earlier in the same transaction), so no id ever has to
 * round-trip through Node. Enum columns arrive as text and are cast to the schema's enum types.
 */
import type { FileKindName, RowOf } from './file-kinds.ts';
import type { InputColumn, UpsertPlan } from './bulk-upsert.ts';

type Plans = { [Kind in FileKindName]: Array<UpsertPlan<RowOf<Kind>>> };

const text = <Row>(value: (row: Row) => string | null): InputColumn<Row> => ({ type: 'text', value });
const date = <Row>(value: (row: Row) => string | null): InputColumn<Row> => ({ type: 'date', value });
const instant = <Row>(value: (row: Row) => string | null): InputColumn<Row> => ({ type: 'timestamptz', value });

const ACCOUNT_JOIN = 'JOIN accounts account ON account.account_number = input.account_number';

export const UPSERT_PLANS: Plans = {
  accounts: [{
    table: 'accounts',
    input: {
      account_number: text((r) => r.account_number), name: text((r) => r.name),
      sales_region: text((r) => r.sales_region), country: text((r) => r.country),
    },
    values: {
      id: 'gen_random_uuid()', account_number: 'input.account_number', name: 'input.name',
      sales_region: 'input.sales_region::"SalesRegion"', country: 'input.country',
    },
    conflict: ['account_number'],
    touch: true,
  }],
  sites: [{
    table: 'sites',
    input: {
      site_id: text((r) => r.site_id), account_number: text((r) => r.account_number), name: text((r) => r.name),
      country: text((r) => r.country), region: text((r) => r.region), city: text((r) => r.city),
    },
    values: {
      id: 'gen_random_uuid()', site_id: 'input.site_id', account_id: 'account.id', name: 'input.name',
      country: 'input.country', region: 'input.region', city: 'input.city',
    },
    joins: ACCOUNT_JOIN,
    conflict: ['site_id'],
    touch: true,
  }],
  contacts: [{
    table: 'contacts',
    input: {
      email: text((r) => r.email), account_number: text((r) => r.account_number), name: text((r) => r.name),
      phone: text((r) => r.phone), preferred_language: text((r) => r.preferred_language), role: text((r) => r.role),
    },
    values: {
      id: 'gen_random_uuid()', email: 'input.email', account_id: 'account.id', name: 'input.name',
      phone: 'input.phone', preferred_language: 'input.preferred_language', role: 'input.role::"ContactRole"',
    },
    joins: ACCOUNT_JOIN,
    conflict: ['email'],
    touch: true,
  }, {
    // The Teams identity comes from the vendor's own directory export, so it counts as verified.
    table: 'channel_identities',
    only: (r) => r.teams_id !== null,
    input: { email: text((r) => r.email), teams_id: text((r) => r.teams_id) },
    values: {
      id: 'gen_random_uuid()', contact_id: 'contact.id', channel: `'TEAMS'::"Channel"`,
      external_id: 'input.teams_id', verified_at: 'now()',
    },
    joins: 'JOIN contacts contact ON contact.email = input.email',
    conflict: ['channel', 'external_id'],
    insertOnly: ['verified_at'],
    touch: false,
  }],
  devices: [{
    table: 'devices',
    input: {
      serial_number: text((r) => r.serial_number), account_number: text((r) => r.account_number),
      site_id: text((r) => r.site_id), platform: text((r) => r.platform), sku: text((r) => r.sku),
      ship_date: date((r) => r.ship_date), sales_order: text((r) => r.sales_order),
      ordered_direct: { type: 'boolean', value: (r) => r.ordered_direct }, warranty_end: date((r) => r.warranty_end),
    },
    values: {
      id: 'gen_random_uuid()', serial_number: 'input.serial_number', account_id: 'account.id', site_id: 'site.id',
      platform: 'input.platform', sku: 'input.sku', ship_date: 'input.ship_date', sales_order: 'input.sales_order',
      ordered_direct: 'input.ordered_direct', warranty_end: 'input.warranty_end',
    },
    joins: `${ACCOUNT_JOIN} LEFT JOIN sites site ON site.site_id = input.site_id`,
    conflict: ['serial_number'],
    touch: true,
  }],
  contracts: [{
    table: 'support_contracts',
    input: {
      contract_id: text((r) => r.contract_id), account_number: text((r) => r.account_number),
      service_level: text((r) => r.service_level), start_date: date((r) => r.start_date), end_date: date((r) => r.end_date),
    },
    values: {
      id: 'gen_random_uuid()', contract_id: 'input.contract_id', account_id: 'account.id',
      service_level: 'input.service_level::"ServiceLevel"', start_date: 'input.start_date', end_date: 'input.end_date',
    },
    joins: ACCOUNT_JOIN,
    conflict: ['contract_id'],
    touch: true,
  }],
  contract_coverage: [{
    table: 'contract_coverages',
    input: { contract_id: text((r) => r.contract_id), serial_number: text((r) => r.serial_number) },
    values: { contract_id: 'contract.id', device_id: 'device.id' },
    joins: `JOIN support_contracts contract ON contract.contract_id = input.contract_id
            JOIN devices device ON device.serial_number = input.serial_number`,
    conflict: ['contract_id', 'device_id'],
    touch: false,
  }],
  // A licence is known by its authorization code when it has one, otherwise by its activation key.
  licenses: [licensePlan('authorization_code'), licensePlan('activation_key')],
  ecertificates: [{
    table: 'e_certificates',
    input: {
      certificate_number: text((r) => r.certificate_number), account_number: text((r) => r.account_number),
      service_level: text((r) => r.service_level), sales_region: text((r) => r.sales_region),
      term_months: { type: 'integer', value: (r) => r.term_months },
      received_at: instant((r) => r.received_at), registered_at: instant((r) => r.registered_at),
    },
    values: {
      id: 'gen_random_uuid()', certificate_number: 'input.certificate_number', account_id: 'account.id',
      service_level: 'input.service_level::"ServiceLevel"', sales_region: 'input.sales_region::"SalesRegion"',
      term_months: 'input.term_months', received_at: 'input.received_at', registered_at: 'input.registered_at',
    },
    joins: ACCOUNT_JOIN,
    conflict: ['certificate_number'],
    // Registration may have happened in careline since the export was taken: an empty cell is not an undo.
    keepWhenNull: ['registered_at'],
    touch: false,
  }],
  rmas: [{
    table: 'rmas',
    input: {
      rma_number: text((r) => r.rma_number), account_number: text((r) => r.account_number),
      type: text((r) => r.type), status: text((r) => r.status), case_number: text((r) => r.case_number),
    },
    values: {
      id: 'gen_random_uuid()', rma_number: 'input.rma_number', account_id: 'account.id', case_id: 'support_case.id',
      type: 'input.type::"RmaType"', status: 'input.status::"RmaStatus"',
    },
    joins: `${ACCOUNT_JOIN} LEFT JOIN cases support_case ON support_case.case_number = input.case_number`,
    conflict: ['rma_number'],
    // careline links an RMA to the case it was issued from; an export without the case keeps that link.
    keepWhenNull: ['case_id'],
    touch: true,
  }],
  rma_lines: [{
    table: 'rma_lines',
    input: {
      rma_number: text((r) => r.rma_number), line_number: { type: 'integer', value: (r) => r.line_number },
      defective_serial: text((r) => r.defective_serial), replacement_serial: text((r) => r.replacement_serial),
      status: text((r) => r.status), carrier: text((r) => r.carrier), shipment_tracking: text((r) => r.shipment_tracking),
      shipped_at: instant((r) => r.shipped_at), delivered_at: instant((r) => r.delivered_at),
      return_due_date: date((r) => r.return_due_date), return_received_at: instant((r) => r.return_received_at),
    },
    values: {
      id: 'gen_random_uuid()', rma_id: 'rma.id', line_number: 'input.line_number',
      defective_serial: 'input.defective_serial', replacement_serial: 'input.replacement_serial',
      status: 'input.status::"RmaLineStatus"', carrier: 'input.carrier', shipment_tracking: 'input.shipment_tracking',
      shipped_at: 'input.shipped_at', delivered_at: 'input.delivered_at', return_due_date: 'input.return_due_date',
      return_received_at: 'input.return_received_at',
    },
    joins: 'JOIN rmas rma ON rma.rma_number = input.rma_number',
    conflict: ['rma_id', 'line_number'],
    touch: true,
  }],
};

function licensePlan(key: 'authorization_code' | 'activation_key'): UpsertPlan<RowOf<'licenses'>> {
  return {
    table: 'licenses',
    only: key === 'authorization_code' ? (r) => r.authorization_code !== null : (r) => r.authorization_code === null,
    input: {
      account_number: text((r) => r.account_number), kind: text((r) => r.kind),
      authorization_code: text((r) => r.authorization_code), activation_key: text((r) => r.activation_key),
      feature: text((r) => r.feature), serial_number: text((r) => r.serial_number), state: text((r) => r.state),
      expires_at: instant((r) => r.expires_at),
    },
    values: {
      id: 'gen_random_uuid()', account_id: 'account.id', kind: 'input.kind::"LicenseKind"',
      authorization_code: 'input.authorization_code', activation_key: 'input.activation_key', feature: 'input.feature',
      device_id: 'device.id', state: 'input.state::"LicenseState"', expires_at: 'input.expires_at',
    },
    joins: `${ACCOUNT_JOIN} LEFT JOIN devices device ON device.serial_number = input.serial_number`,
    conflict: [key],
    touch: true,
  };
}
