// DESIGN.md's dependency rule, proven: the lint configuration rejects infrastructure and adapter imports
// in core/, and the real core/ passes it.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
// Snippets are not files of the TypeScript project, so lint them without type information.
const snippetLinter = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await snippetLinter.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('core/ depends on nothing but zod and itself', () => {
  it.each([
    "import { ImapFlow } from 'imapflow';",
    "import { Queue } from 'bullmq';",
    "import { PrismaClient } from '@prisma/client';",
    "import { CloudAdapter } from 'botbuilder';",
    "import nodemailer from 'nodemailer';",
    "import { Redis } from 'ioredis';",
    "import pg from 'pg';",
    "import { openDatabase } from '../../db/client.ts';",
    "import { loadConfig } from '../app/config.ts';",
  ])('lint rejects `%s` in core/', async (line) => {
    const ids = await ruleIdsFor(`${line}\nexport const x = 1;\n`, 'core/cases/example.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('lint rejects reading process.env in core/', async () => {
    expect(await ruleIdsFor("export const tz = process.env['TZ'];\n", 'core/cases/example.ts')).toContain('no-restricted-properties');
  });

  it('allows zod and core-relative imports in core/, and infrastructure in adapters', async () => {
    expect(await ruleIdsFor("import { z } from 'zod';\nimport { CarelineError } from '../shared/errors.ts';\nexport const s = z.string(); export const e = CarelineError;\n", 'core/cases/example.ts'))
      .not.toContain('no-restricted-imports');
    expect(await ruleIdsFor("import pg from 'pg';\nexport const p = pg;\n", 'db/example.ts')).not.toContain('no-restricted-imports');
  });

  it('lint keeps botbuilder inside bot/', async () => {
    const code = "import { CloudAdapter } from 'botbuilder';\nexport const a = CloudAdapter;\n";
    expect(await ruleIdsFor(code, 'app/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor(code, 'mail/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor(code, 'bot/example.ts')).not.toContain('no-restricted-imports');
  });

  it('the real core/ passes the rule', async () => {
    const results = await eslint.lintFiles(['core/**/*.ts']);
    const violations = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-properties')
      .map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(violations).toEqual([]);
  });
});
