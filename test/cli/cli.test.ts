// The operator's `careline` command, run as a real process against a real database: help lists the
// commands, every command answers in JSON with --json, customers (--as) see only what is theirs, and
// errors come as a code and a sentence, never a stack trace.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { dateOnly, factories } from '../support/factories.ts';

const run = promisify(execFile);
let db: TestDatabase;

interface Result { code: number; stdout: string; stderr: string }

async function careline(args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run('node', ['bin/careline.mjs', ...args], {
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'development' }, timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function json(args: string[]): Promise<unknown> {
  const result = await careline([...args, '--json']);
  return JSON.parse(result.stdout) as unknown;
}

const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  db = await createTestDatabase();
  const make = factories(db.prisma);
  const acme = await make.account({ accountNumber: 'ACME-1', name: 'Acme Networks' });
  const globex = await make.account({ accountNumber: 'GLOBEX-1', name: 'Globex' });
  const site = await make.site(acme, { siteId: 'S-100200', name: 'Acme HQ' });
  await make.contact(acme, { email: 'alice@acme.example', name: 'Alice Acme' });
  await make.contact(globex, { email: 'gus@globex.example', name: 'Gus Globex' });
  const device = await make.device(acme, { serialNumber: 'JN11A2B3C4D5', platform: 'MX204', siteId: site.id });
  await make.contract(acme, { contractId: 'C-0001', serviceLevel: 'NEXT_DAY', startDate: dateOnly(today, -100), endDate: dateOnly(today, 200) }, [device]);
  await make.rma(acme, { rmaNumber: 'R2123456' }, [{ lineNumber: 1, defectiveSerial: 'JN11A2B3C4D5', status: 'SHIPPED', replacementSerial: 'JN99Z9Y8X7W6' }]);
}, 60_000);

afterAll(async () => { await db.drop(); });

describe('careline CLI', () => {
  it('--help lists the operator commands', async () => {
    const { stdout, code } = await careline(['--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'worker', 'db', 'case', 'entitlement', 'rma', 'handoff', 'understand', 'mail', 'teams-package']) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    const db = await careline(['db', '--help']);
    for (const command of ['migrate', 'status', 'drift', 'seed', 'import', 'reset']) expect(db.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('db status says the test database is up to date, in JSON too', async () => {
    expect(await json(['db', 'status'])).toEqual({ upToDate: true, pending: [], failed: [], edited: [] });
  });

  it('an operator opens a case for a caller, then the caller finds it by its telephone form', async () => {
    const opened = await json(['case', 'open', '--contact', 'alice@acme.example', '--subject', 'Cannot log in to the portal',
      '--description', 'Password reset mail never arrives', '--priority', 'P2', '--serial', 'jn11a2b3c4d5', '--tracking', 'ACME-42']) as {
      case: { caseNumber: string; serialNumber: string; platform: string }; serialVerified: boolean; promise: { firstContactWithinHours: number; responseTarget: string };
    };
    expect(opened.case.caseNumber).toMatch(/^\d{4}-\d{4}-0001$/);
    expect(opened).toMatchObject({ serialVerified: true, promise: { firstContactWithinHours: 24, responseTarget: 'within 24 hours' } });
    expect(opened.case).toMatchObject({ serialNumber: 'JN11A2B3C4D5', platform: 'MX204' });

    const shown = await json(['case', 'show', opened.case.caseNumber.replaceAll('-', ''), '--as', 'alice@acme.example']) as { case: { subject: string } };
    expect(shown.case.subject).toBe('Cannot log in to the portal');

    const found = await json(['case', 'search', 'acme-42', '--as', 'alice@acme.example']) as { rows: { id: string; kind: string }[] };
    expect(found.rows).toEqual([expect.objectContaining({ kind: 'case', id: opened.case.caseNumber })]);

    const human = await careline(['case', 'search', '--as', 'alice@acme.example']);
    expect(human.stdout).toContain('LAST MODIFIED (US PACIFIC)');
    expect(human.stdout).toContain(opened.case.caseNumber);
  });

  it('a customer of another company is told the case does not exist, with a code and no stack trace', async () => {
    const list = await json(['case', 'search', '--as', 'alice@acme.example']) as { rows: { id: string }[] };
    const caseNumber = list.rows[0]?.id ?? '';
    const result = await careline(['case', 'show', caseNumber, '--as', 'gus@globex.example']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`error [CASE_NOT_FOUND]: no case ${caseNumber}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await json(['case', 'show', caseNumber, '--as', 'gus@globex.example'])).toEqual({ error: { code: 'CASE_NOT_FOUND', message: `no case ${caseNumber}` } });
  });

  it('entitlement check answers covered with the service level, and nothing to a stranger', async () => {
    const mine = await json(['entitlement', 'check', '--serial', 'JN11A2B3C4D5', '--as', 'alice@acme.example']) as { answer: { status: string; contract: { serviceLevel: string } } };
    expect(mine.answer).toMatchObject({ status: 'covered', contract: { serviceLevel: 'NEXT_DAY' } });
    const text = await careline(['entitlement', 'check', '--contract', 'C-0001']);
    expect(text.stdout).toContain('Entitles to 24x7 phone and Web support.');
    const stranger = await careline(['entitlement', 'check', '--serial', 'JN11A2B3C4D5', '--as', 'gus@globex.example']);
    expect(stranger.stderr.trim()).toBe('error [DEVICE_NOT_FOUND]: no device JN11A2B3C4D5');
  });

  it('rma status shows the line item, to the owning account only', async () => {
    const answer = await json(['rma', 'status', 'r2123456-1', '--as', 'alice@acme.example']) as { lines: { reference: string; status: string; replacementSerial: string }[] };
    expect(answer.lines).toEqual([expect.objectContaining({ reference: 'R2123456-1', status: 'SHIPPED', replacementSerial: 'JN99Z9Y8X7W6' })]);
    expect((await careline(['rma', 'status', 'R2123456', '--as', 'gus@globex.example'])).stderr.trim()).toBe('error [RMA_NOT_FOUND]: no RMA R2123456');
  });

  it('bad input is refused with the reason', async () => {
    expect((await careline(['case', 'show', '2012-13-01-0001'])).stderr.trim()).toBe('error [INVALID_CASE_NUMBER]: "2012-13-01-0001" is not a case number');
    const missing = await careline(['case', 'open', '--contact', 'alice@acme.example', '--subject', ' ', '--description', 'x']);
    expect(missing.stderr).toContain('error [INVALID_INPUT]: subject: a subject is required');
  });

  it('handoff queue shows who waits for a rep and how long their promise has left', async () => {
    const { requestHandoff } = await import('../../core/index.ts');
    const { handoffDeps, chatRequest } = await import('../handoff/support.ts');
    const { handoff } = await requestHandoff(handoffDeps(db), chatRequest({ reason: 'wants a person' }));
    const queue = await json(['handoff', 'queue']) as { handoff: { id: string; reason: string }; next: { kind: string }; msLeft: number }[];
    expect(queue).toEqual([expect.objectContaining({ handoff: expect.objectContaining({ id: handoff.id, reason: 'wants a person' }) as unknown, next: expect.objectContaining({ kind: 'FIRST_CONTACT' }) as unknown })]);
    expect(queue[0]?.msLeft).toBeGreaterThan(23 * 3600_000);
    const text = await careline(['handoff', 'queue']);
    expect(text.stdout).toMatch(/QUEUED\s+WEB_CHAT\s+de\s+P2\s+wants a person\s+first contact/);
    expect(text.stdout).toMatch(/23 h 5\d min|24 h 0 min/);
  });

  it('a wrong setting stops the command with the setting named', async () => {
    const { stderr, code } = await run('node', ['bin/careline.mjs', 'case', 'search'], {
      env: { ...process.env, DATABASE_URL: 'mysql://nope' },
    }).then(() => ({ stderr: '', code: 0 }), (e: { stderr: string; code: number }) => e);
    expect(code).toBe(78);
    expect(stderr).toContain('DATABASE_URL: must be a URL starting with postgresql:// or postgres://');
  });
});
