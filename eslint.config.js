// Lint: typescript-eslint's type-aware rules, plus the architecture rule of DESIGN.md — core/ imports only
// zod and itself (no infrastructure, no adapter folder, no environment). test/architecture.test.ts proves
// the rule fires.
import tseslint from 'typescript-eslint';

const INFRASTRUCTURE = ['botbuilder', 'botbuilder-*', 'botframework-*', 'imapflow', 'nodemailer', 'mailparser', 'bullmq', 'ioredis',
  'redis', '@prisma/*', 'prisma', 'pg', 'express', 'commander', 'csv-parse', 'csv-parse/*', 'date-holidays', '@nlpjs/*', 'email-reply-parser'];
const ADAPTER_FOLDERS = ['bot', 'mail', 'db', 'queue', 'console', 'cli', 'app', 'bench', 'scripts', 'test', 'nlp'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'db/generated/**', 'coverage/**', 'bench/results/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'bin/*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Every botbuilder import stays in bot/, so a move to the Microsoft 365 Agents SDK touches one folder.
    files: ['**/*.ts'],
    ignores: ['bot/**', 'test/bot/**', 'core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'botbuilder is used only inside bot/.' }],
      }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: INFRASTRUCTURE, message: 'core/ is the domain: it imports only zod and itself. Define a port in core/ports.ts and implement it in an adapter.' },
          { group: ADAPTER_FOLDERS.flatMap((f) => [`../${f}/*`, `../../${f}/*`, `../../../${f}/*`, `**/${f}/**`]), message: 'core/ never depends on an adapter folder; adapters depend on core.' },
        ],
      }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'core/ never reads configuration: app/config.ts injects it.' }],
    },
  },
);
