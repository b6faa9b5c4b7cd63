/**
 * careline understand: what the bot makes of a text — intent, confidence, language, identifiers — so an
 * operator can see why the bot did something. With --jsonl, one JSON object per input line, in order;
 * a malformed line yields {"id": null, "error": "..."} and processing continues.
 */
import readline from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { understand, type Understanding } from '../../core/understanding/understand.ts';
import { createUnderstanding } from '../../nlp/create-understanding.ts';
import { stripReply } from '../../mail/strip-reply.ts';
import { fail, type OutputOptions } from '../output.ts';

const InputLine = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string(),
  subject: z.string().optional(),
});

type Deps = Awaited<ReturnType<typeof createUnderstanding>>;

function answer(deps: Deps, id: string | number | null, text: string, subject: string | undefined, email: boolean): Record<string, unknown> {
  const result: Understanding = understand(deps, { text: email ? stripReply(text) : text, ...(subject ? { subject } : {}) });
  return { id, ...result };
}

async function jsonl(deps: Deps, email: boolean): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let output: Record<string, unknown>;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ id: null, error: `not valid JSON: ${(error as Error).message}` })}\n`);
      continue;
    }
    const input = InputLine.safeParse(parsed);
    const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed && (typeof parsed.id === 'string' || typeof parsed.id === 'number') ? parsed.id : null;
    if (!input.success) {
      output = { id, error: input.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ') };
    } else {
      try {
        output = answer(deps, input.data.id ?? null, input.data.text, input.data.subject, email);
      } catch (error) {
        output = { id, error: (error as Error).message };
      }
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
}

export function registerUnderstandCommand(program: Command): void {
  program.command('understand [text]')
    .description('show how careline understands a text (intent, confidence, language, identifiers)')
    .option('--jsonl', 'read {"id","text"[,"subject"]} JSON lines on standard input, write one JSON line each')
    .option('--subject <subject>', 'an email subject to read with the text')
    .option('--email', 'the text is an email body: strip quoted history and signature first')
    .action(async (text: string | undefined, opts: { jsonl?: boolean; subject?: string; email?: boolean }, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        const deps = await createUnderstanding();
        if (opts.jsonl) {
          await jsonl(deps, opts.email ?? false);
          return;
        }
        if (text === undefined) throw new Error('give a text, or --jsonl to read JSON lines from standard input');
        // The same object a --jsonl line gets, so scripts can treat both alike.
        process.stdout.write(`${JSON.stringify(answer(deps, null, text, opts.subject, opts.email ?? false))}\n`);
      } catch (error) {
        fail(out, error);
      }
    });
}
