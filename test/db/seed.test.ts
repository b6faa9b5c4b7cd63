import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, seedDemoData, type SeedSummary } from '../../db/seed/seed-demo-data.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const now = new Date();
const today = now.toISOString().slice(0, 10);

let db: TestDatabase;
let summary: SeedSummary;
const progress: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  summary = await seedDemoData(db, { now, onProgress: (message) => progress.push(message) });
});
afterAll(() => db.drop());

async function values<T = string>(sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await db.pool.query<{ value: T }>(sql, params);
  return result.rows.map((row) => row.value);
}

async function one<Row>(sql: string, params: unknown[] = []): Promise<Row> {
  const result = await db.pool.query(sql, params);
  return result.rows[0] as Row;
}

/** The state of every contract covering a serial, as the entitlement rules see it today. */
async function contractsOf(serial: string): Promise<Array<{ contract_id: string; service_level: string; state: string }>> {
  const result = await db.pool.query(
    `SELECT c.contract_id, c.service_level,
            CASE WHEN c.start_date > $2::date THEN 'not_started' WHEN c.end_date < $2::date THEN 'expired' ELSE 'active' END AS state
     FROM support_contracts c JOIN contract_coverages cc ON cc.contract_id = c.id JOIN devices d ON d.id = cc.device_id
     WHERE d.serial_number = $1 ORDER BY c.contract_id`,
    [serial, today],
  );
  return result.rows as Array<{ contract_id: string; service_level: string; state: string }>;
}

describe('seeding the demo data into a fresh database', () => {
  it('loads a few accounts across the sales regions, each with sites, contacts and an account admin', async () => {
    expect(summary.alreadySeeded).toBe(false);
    expect(summary.counts).toMatchObject({ accounts: 7, reps: 4, cases: 40 });
    expect(summary.counts['devices']).toBeGreaterThanOrEqual(200);
    expect(progress.at(-1)).toMatch(/demo data loaded/);

    const accounts = await db.pool.query<{ region: string; country: string; sites: number; contacts: number; admins: number }>(
      `SELECT a.sales_region AS region, a.country,
              (SELECT count(*)::int FROM sites s WHERE s.account_id = a.id) AS sites,
              (SELECT count(*)::int FROM contacts c WHERE c.account_id = a.id) AS contacts,
              (SELECT count(*)::int FROM contacts c WHERE c.account_id = a.id AND c.role = 'ACCOUNT_ADMIN') AS admins
       FROM accounts a`,
    );
    expect(new Set(accounts.rows.map((a) => a.region))).toEqual(new Set(['NORTH_AMERICA', 'LATIN_AMERICA', 'EMEA', 'APAC']));
    expect(accounts.rows.map((a) => a.country)).toEqual(expect.arrayContaining(['US', 'DE', 'FR', 'BR', 'JP', 'CA']));
    for (const account of accounts.rows) {
      expect(account.sites).toBeGreaterThanOrEqual(2);
      expect(account.sites).toBeLessThanOrEqual(4);
      expect(account.contacts).toBeGreaterThanOrEqual(3);
      expect(account.contacts).toBeLessThanOrEqual(6);
      expect(account.admins).toBeGreaterThanOrEqual(1);
    }
    expect(await values(`SELECT DISTINCT region AS value FROM sites WHERE country = 'US'`)).toContain('HI');
    expect(await values(`SELECT DISTINCT preferred_language AS value FROM contacts`)).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'ja', 'es']));
    expect(await values(`SELECT DISTINCT role AS value FROM reps`)).toEqual(expect.arrayContaining(['REP', 'ESCALATION', 'MANAGER']));
  });

  it('has contracts in every state, and devices with no contract both inside and outside warranty', async () => {
    const states = await values(
      `SELECT DISTINCT CASE WHEN service_level = 'PAR' AND start_date <= $1::date AND end_date >= $1::date THEN 'active PAR'
                            WHEN start_date > $1::date THEN 'not started'
                            WHEN end_date < $1::date THEN 'expired'
                            WHEN end_date <= $1::date + 30 THEN 'expiring within 30 days'
                            ELSE 'active' END AS value
       FROM support_contracts`,
      [today],
    );
    expect(new Set(states)).toEqual(new Set(['active', 'active PAR', 'not started', 'expired', 'expiring within 30 days']));

    const uncovered = await values(
      `SELECT DISTINCT (d.warranty_end >= $1::date)::text AS value FROM devices d
       WHERE NOT EXISTS (SELECT 1 FROM contract_coverages cc WHERE cc.device_id = d.id)`,
      [today],
    );
    expect(new Set(uncovered)).toEqual(new Set(['true', 'false']));
    expect(summary.counts['licenses']).toBeGreaterThan(0);
    expect(await values(`SELECT DISTINCT (registered_at IS NOT NULL)::text AS value FROM e_certificates`)).toHaveLength(2);
  });

  it('has RMAs of every type with lines in every status, Advance Replacements due back 10 business days after shipping', async () => {
    expect(new Set(await values('SELECT DISTINCT type::text AS value FROM rmas')))
      .toEqual(new Set(['ADVANCE_REPLACEMENT', 'RETURN_TO_FACTORY', 'DEAD_ON_ARRIVAL', 'NON_CONTRACTED']));
    expect(new Set(await values('SELECT DISTINCT status::text AS value FROM rma_lines')))
      .toEqual(new Set(['BOOKED', 'SHIPPED', 'DELIVERED', 'RETURN_RECEIVED', 'CLOSED', 'CANCELLED']));

    const shipped = await db.pool.query<{ shipped_at: Date; due: string }>(
      `SELECT l.shipped_at, to_char(l.return_due_date, 'YYYY-MM-DD') AS due FROM rma_lines l JOIN rmas r ON r.id = l.rma_id
       WHERE r.type = 'ADVANCE_REPLACEMENT' AND l.shipped_at IS NOT NULL`,
    );
    expect(shipped.rows.length).toBeGreaterThan(0);
    for (const { shipped_at: shippedAt, due } of shipped.rows) {
      let businessDays = 0;
      for (let day = new Date(shippedAt); day.toISOString().slice(0, 10) < due;) {
        day = new Date(day.getTime() + 86_400_000);
        if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) businessDays += 1;
      }
      expect(businessDays).toBe(10);
    }
  });

  it('has cases of both types and every priority, open and closed, with transcripts and linked RMAs, over the last 60 days', async () => {
    expect(new Set(await values('SELECT DISTINCT type::text AS value FROM cases'))).toEqual(new Set(['ADMIN_SERVICE_REQUEST', 'TECHNICAL']));
    expect(new Set(await values('SELECT DISTINCT priority::text AS value FROM cases'))).toEqual(new Set(['P1', 'P2', 'P3', 'P4']));
    expect(new Set(await values('SELECT DISTINCT status::text AS value FROM cases'))).toEqual(new Set(['OPEN', 'CLOSED']));
    expect(new Set(await values('SELECT DISTINCT actor_type::text AS value FROM case_events'))).toEqual(new Set(['CUSTOMER', 'BOT', 'REP']));
    expect(await one('SELECT count(*)::int AS n FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id)'))
      .toEqual({ n: 0 });
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM rmas WHERE case_id IS NOT NULL')).n).toBeGreaterThanOrEqual(2);
    // DEMO.caseNumber alone is opened on a fixed day, so that its number never changes.
    expect(await one(
      `SELECT count(*)::int AS n FROM cases
       WHERE case_number <> $2 AND (created_at < $1::timestamptz - interval '61 days' OR created_at > $1)`,
      [now, DEMO.caseNumber],
    )).toEqual({ n: 0 });
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE customer_tracking_number IS NOT NULL')).n).toBeGreaterThan(2);
  });

  it('numbers cases by their Los Angeles day and leaves counters at the highest number used each day', async () => {
    expect(await one(
      `SELECT count(*)::int AS n FROM cases
       WHERE left(case_number, 9) <> to_char(created_at AT TIME ZONE 'America/Los_Angeles', 'YYYY-MMDD')`,
    )).toEqual({ n: 0 });
    const counters = await db.pool.query<{ day: string; last_value: number; highest: number | null }>(
      `SELECT k.day, k.last_value, max(right(c.case_number, 4)::int) AS highest
       FROM case_number_counters k LEFT JOIN cases c ON left(c.case_number, 9) = k.day GROUP BY k.day, k.last_value`,
    );
    expect(counters.rows.length).toBeGreaterThan(0);
    for (const counter of counters.rows) expect(counter.last_value).toBe(counter.highest);
    expect(await one(
      `SELECT count(DISTINCT left(case_number, 9))::int AS n FROM cases`,
    )).toEqual({ n: counters.rows.length });
  });

  it('provides the DEMO identifiers, related as documented', async () => {
    const contact = await one<{ role: string; account: string }>(
      `SELECT c.role, a.account_number AS account FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.email = $1`,
      [DEMO.contactEmail],
    );
    expect(contact).toEqual({ role: 'CONTACT', account: DEMO.accountNumber });
    expect(await one(`SELECT a.country FROM accounts a WHERE a.account_number = $1`, [DEMO.accountNumber])).toEqual({ country: 'US' });
    expect(await one(
      `SELECT c.role, a.account_number AS account FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.email = $1`,
      [DEMO.adminEmail],
    )).toEqual({ role: 'ACCOUNT_ADMIN', account: DEMO.accountNumber });
    const stranger = await one<{ account: string }>(
      `SELECT a.account_number AS account FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.email = $1`,
      [DEMO.strangerEmail],
    );
    expect(stranger.account).not.toBe(DEMO.accountNumber);
    expect(await one(
      `SELECT c.email FROM channel_identities i JOIN contacts c ON c.id = i.contact_id WHERE i.channel = 'TEAMS' AND i.external_id = $1`,
      [DEMO.contactTeamsId],
    )).toEqual({ email: DEMO.contactEmail });

    const opener = `SELECT c.status, c.customer_tracking_number AS tracking, k.email FROM cases c JOIN contacts k ON k.id = c.opened_by_id`;
    expect(await one(`${opener} WHERE c.case_number = $1`, [DEMO.caseNumber]))
      .toEqual({ status: 'OPEN', tracking: DEMO.trackingNumber, email: DEMO.contactEmail });
    expect((await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases c JOIN contacts k ON k.id = c.opened_by_id WHERE k.email = $1 AND c.status = 'OPEN'`,
      [DEMO.contactEmail],
    )).n).toBeGreaterThanOrEqual(2);

    expect(await contractsOf(DEMO.coveredSerial)).toEqual([{ contract_id: DEMO.contractId, service_level: 'NEXT_DAY', state: 'active' }]);
    expect(await contractsOf(DEMO.parOnlySerial)).toEqual([expect.objectContaining({ service_level: 'PAR', state: 'active' })]);
    expect(await contractsOf(DEMO.expiredContractSerial)).toEqual([expect.objectContaining({ state: 'expired' })]);
    expect(await contractsOf(DEMO.expiredWarrantySerial)).toEqual([]);
    expect(await contractsOf(DEMO.inWarrantySerial)).toEqual([]);
    const warranty = `SELECT (warranty_end >= $2::date) AS in_warranty, a.account_number AS account
                      FROM devices d JOIN accounts a ON a.id = d.account_id WHERE serial_number = $1`;
    expect(await one(warranty, [DEMO.expiredWarrantySerial, today])).toEqual({ in_warranty: false, account: DEMO.accountNumber });
    expect(await one(warranty, [DEMO.inWarrantySerial, today])).toEqual({ in_warranty: true, account: DEMO.accountNumber });

    const [rmaNumber, line] = DEMO.rmaLine.split('-');
    expect(rmaNumber).toBe(DEMO.rmaNumber);
    expect(await one(
      `SELECT l.status, a.account_number AS account, k.email AS case_opened_by
       FROM rma_lines l JOIN rmas r ON r.id = l.rma_id JOIN accounts a ON a.id = r.account_id
       LEFT JOIN cases c ON c.id = r.case_id LEFT JOIN contacts k ON k.id = c.opened_by_id
       WHERE r.rma_number = $1 AND l.line_number = $2`,
      [rmaNumber, Number(line)],
    )).toEqual({ status: 'SHIPPED', account: DEMO.accountNumber, case_opened_by: DEMO.contactEmail });
  });

  it('is safe to run again: the second run notices and changes nothing', async () => {
    const again = await seedDemoData(db, { now });

    expect(again.alreadySeeded).toBe(true);
    expect(again.counts).toEqual(summary.counts);
  });

  it('draws the same identifiers on every run, whatever the date', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other, { now: new Date(now.getTime() + 17 * 86_400_000) });
      const serials = async (database: TestDatabase): Promise<string[]> =>
        (await database.pool.query<{ s: string }>('SELECT serial_number AS s FROM devices ORDER BY 1')).rows.map((r) => r.s);
      expect(await serials(other)).toEqual(await serials(db));
    } finally {
      await other.drop();
    }
  });
});
