import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS, LANGUAGES } from '../../core/understanding/intents.ts';
import { understand } from '../../core/understanding/understand.ts';
import { CORPUS_DIR, loadCorpus } from '../../nlp/corpus.ts';
import { createUnderstanding } from '../../nlp/create-understanding.ts';

/** A corpus folder holding only the given files, as `<language>.json` contents. */
function aCorpusDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'careline-corpus-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(content));
  return dir;
}

const english = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'en.json'), 'utf8')) as { language: string; intents: Record<string, string[]> };

describe('the training corpus', () => {
  it('has phrasings for every intent in every language the desk serves', () => {
    const { utterances } = loadCorpus();

    for (const language of LANGUAGES) {
      for (const intent of INTENTS) {
        expect(utterances.filter((u) => u.language === language && u.intent === intent).length, `${language} ${intent}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('when a file names an intent that does not exist, then loading fails and names the file', () => {
    const dir = aCorpusDir({ 'en.json': { ...english, intents: { ...english.intents, order_pizza: ['a large margherita'] } } });

    expect(() => loadCorpus(dir)).toThrow(/en\.json.*order_pizza/);
  });

  it('when a file lacks an intent, then loading fails', () => {
    const { escalation: _dropped, ...intents } = english.intents;

    expect(() => loadCorpus(aCorpusDir({ 'en.json': { ...english, intents } }))).toThrow(/en\.json.*escalation/);
  });

  it('when a phrasing is listed twice, then loading fails and quotes it', () => {
    const intents = { ...english.intents, escalation: [...(english.intents['escalation'] ?? []), 'please escalate this'] };

    expect(() => loadCorpus(aCorpusDir({ 'en.json': { ...english, intents } }))).toThrow(/"please escalate this" is listed twice/);
  });

  it('when a phrasing is added to the corpus, then the next start has learnt it', async () => {
    const phrasing = 'the wibbleflux grumbles at the frobnicator';
    const before = understand(await createUnderstanding({ corpusDir: aCorpusDir({ 'en.json': english }) }), { text: phrasing });
    const taught = { ...english, intents: { ...english.intents, technical_issue: [...(english.intents['technical_issue'] ?? []), phrasing] } };

    const after = understand(await createUnderstanding({ corpusDir: aCorpusDir({ 'en.json': taught }) }), { text: phrasing });

    expect(before.intent).not.toBe('technical_issue');
    expect(after.intent).toBe('technical_issue');
  }, 60_000);
});
