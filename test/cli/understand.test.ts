// The operator's window into the bot's reading: `careline understand` for one text, and --jsonl for many,
// in order, where a malformed line yields an error object and processing continues.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function careline(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['bin/careline.mjs', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

interface Line { id: string | number | null; intent?: string; confidence?: number; language?: string; entities?: Record<string, unknown>; error?: string }

describe('careline understand', () => {
  it('reads one text: intent, confidence, language and identifiers', async () => {
    const { code, stdout } = await careline(['understand', "where's my replacement? R2123456-1"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Line;
    expect(result).toMatchObject({ id: null, intent: 'rma_status', language: 'en' });
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.entities).toMatchObject({ rmaNumbers: ['R2123456-1'], caseNumbers: [], serialNumbers: [], contractIds: [], priority: null });
  }, 60_000);

  it('--jsonl answers every line in order, and a malformed line with an error, without stopping', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'ich möchte meinen Fall 2026-1102-0001 eskalieren' }),
      '{not json',
      JSON.stringify({ id: 'c', nottext: 1 }),
      '',
      JSON.stringify({ id: 7, text: 'is JN11A2B3C4D5 still covered' }),
    ].join('\n');
    const { code, stdout } = await careline(['understand', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 7]);
    expect(lines[0]).toMatchObject({ intent: 'escalation', language: 'de', entities: { caseNumbers: ['2026-1102-0001'] } });
    expect(lines[1]?.error).toMatch(/not valid JSON/);
    expect(lines[2]?.error).toMatch(/^text: /);
    expect(lines[3]).toMatchObject({ intent: 'entitlement_check', entities: { serialNumbers: ['JN11A2B3C4D5'] } });
  }, 60_000);

  it('--email strips the quoted history before reading', async () => {
    const body = 'Please tell me the status of case 2026-1102-0001.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Support <support@example.test> wrote:\n> Your RMA R2123456 has shipped.\n';
    const { stdout } = await careline(['understand', '--email', body]);
    const result = JSON.parse(stdout) as Line;
    expect(result).toMatchObject({ intent: 'case_status', entities: { caseNumbers: ['2026-1102-0001'], rmaNumbers: [] } });
  }, 60_000);
});

describe('careline mail inspect', () => {
  it('tells a bounce from customer mail, and reports a file it cannot read instead of crashing', async () => {
    const bounce = await careline(['mail', 'inspect', 'test/fixtures/emails/channel/mimekit/messages/bounce.txt']);
    expect(bounce.code).toBe(0);
    expect(JSON.parse(bounce.stdout)).toMatchObject({ kind: 'bounce', from: 'mailer-daemon@hmail.jitbit.com' });
    const { code, stdout } = await careline(['mail', 'inspect', 'package.json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'unparseable' });
  }, 60_000);
});
