/**
 * careline mail inspect FILE…: what careline makes of raw email files — kind (customer, auto_reply, bounce,
 * list, own, unparseable), the stripped text and the understood request — as JSON, one object per file
 * (a JSON array when several files are given). Never crashes on a malformed file: it says "unparseable"
 * and why. Reads the configuration only for MESSAGE_ID_SECRET / MAIL_FROM, to recognise careline's own mail.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../app/config.ts';
import { createUnderstanding } from '../../nlp/create-understanding.ts';
import { inspectionJson, inspectMail, type MailInspection } from '../../mail/inspect-mail.ts';
import { mailSigner } from '../../mail/mail-settings.ts';
import { fail, type OutputOptions } from '../output.ts';

export async function inspectMailFiles(files: string[]): Promise<(MailInspection & { file: string })[]> {
  const signer = mailSigner(loadConfig().mail);
  const understanding = await createUnderstanding();
  const results = [];
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch (error) {
      results.push({ file, kind: 'unparseable' as const, reason: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, messageId: null, from: null, subject: null, text: null, request: null });
      continue;
    }
    results.push({ file, ...inspectionJson(await inspectMail({ signer, understanding }, raw)) });
  }
  return results;
}

export function registerMailCommands(program: Command): void {
  const mail = program.command('mail').description('the email channel');
  mail.command('inspect <files...>')
    .description('print what careline makes of raw email files (kind, stripped text, understood request) as JSON')
    .action(async (files: string[], _opts: unknown, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        const results = await inspectMailFiles(files);
        const printable = results.map(({ file, ...rest }) => (files.length > 1 ? { file, ...rest } : rest));
        process.stdout.write(`${JSON.stringify(printable.length === 1 ? printable[0] : printable, null, 2)}\n`);
      } catch (error) {
        fail(out, error);
      }
    });
}
