import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTENTS, LANGUAGES } from '../../core/understanding/intents.ts';
import type { UnderstandingDeps } from '../../core/understanding/understand.ts';
import { loadCorpus } from '../../nlp/corpus.ts';
import { createUnderstanding } from '../../nlp/create-understanding.ts';
import { evaluateUnderstanding, loadEvaluationSet, type EvaluationReport } from '../../nlp/evaluate.ts';

const EVALUATION_SET = fileURLToPath(new URL('./evaluation-set.jsonl', import.meta.url));
const set = loadEvaluationSet(EVALUATION_SET);

/** Texts compared as a customer's words: case, punctuation and spacing do not make a text new. */
const comparable = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

let deps: UnderstandingDeps;
let report: EvaluationReport;
beforeAll(async () => {
  deps = await createUnderstanding();
  report = evaluateUnderstanding(deps, set, { minSeconds: 0 });
}, 60_000);

describe('the evaluation set is fit to measure with', () => {
  it('holds no text the model was trained on', () => {
    const trained = new Set(loadCorpus().utterances.map((utterance) => comparable(utterance.text)));

    expect(set.filter((item) => trained.has(comparable(item.text))).map((item) => item.text)).toEqual([]);
  });

  it.each(LANGUAGES)('has at least 25 texts in %s, covering every intent', (language) => {
    const texts = set.filter((item) => item.language === language);

    expect(texts.length).toBeGreaterThanOrEqual(25);
    expect(new Set(texts.map((item) => item.intent))).toEqual(new Set(INTENTS));
  });
});

describe('understanding, measured on texts it never saw', () => {
  it('gets at least 90 % of the intents right', () => {
    expect(report.mistakes, 'the texts it got wrong').toBeDefined();
    expect(report.intentAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.each(LANGUAGES)('gets at least 80 %% of the intents right in %s', (language) => {
    expect(report.perLanguage[language]?.intentAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('detects the language of at least 95 % of the texts', () => {
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('reports precision and recall for every intent', () => {
    expect(Object.keys(report.perIntent).sort()).toEqual([...INTENTS].sort());
    for (const figures of Object.values(report.perIntent)) {
      expect(figures.precision).toBeGreaterThanOrEqual(0);
      expect(figures.recall).toBeLessThanOrEqual(1);
    }
    expect(report.textsPerSecond).toBeGreaterThan(0);
  });
});
