/**
 * Request understanding: accuracy on the held-out evaluation set (test/understanding/evaluation-set.jsonl),
 * identifier extraction, and throughput on one core against the same run's baseline of identifier
 * extraction alone (the regular expressions every text goes through anyway).
 */
import path from 'node:path';
import { extractEntities } from '../core/understanding/extract-entities.ts';
import { INTENTS } from '../core/understanding/intents.ts';
import { createUnderstanding } from '../nlp/create-understanding.ts';
import { evaluateUnderstanding, loadEvaluationSet, type EvaluationReport } from '../nlp/evaluate.ts';
import { progress, type BenchLine } from './support.ts';

const SET = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'test', 'understanding', 'evaluation-set.jsonl');

function extractionRate(texts: string[], minMs = 1_000): number {
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < minMs) {
    for (const text of texts) extractEntities(text);
    done += texts.length;
  }
  return done / ((performance.now() - started) / 1000);
}

export async function benchUnderstanding(): Promise<{ lines: BenchLine[]; report: EvaluationReport }> {
  progress('understanding: training on the corpus');
  const deps = await createUnderstanding();
  const set = loadEvaluationSet(SET);
  progress(`understanding: evaluating ${set.length} held-out texts`);
  const report = evaluateUnderstanding(deps, set, { minSeconds: 2 });
  const baseline = extractionRate(set.map((item) => item.text));
  const line = (name: string, value: number, goal: string, met: boolean, unit = '%'): BenchLine => ({
    name, unit, value, baselineName: '', baseline: Number.NaN, ratio: Number.NaN, goal, met,
  });
  return {
    report,
    lines: [
      line(`understanding: intent accuracy (${report.texts} held-out texts)`, report.intentAccuracy * 100, '≥ 90 %', report.intentAccuracy >= 0.9),
      line('understanding: language detection accuracy', report.languageAccuracy * 100, '11 languages', report.languageAccuracy >= 0.95),
      line(`understanding: identifiers exact (${report.identifiers.labelled} labelled texts)`, report.identifiers.accuracy * 100, '100 % well-formed', report.identifiers.accuracy >= 0.999),
      {
        name: 'understanding: throughput, one core', unit: 'texts/s', value: report.textsPerSecond,
        baselineName: 'identifier extraction alone', baseline, ratio: report.textsPerSecond / baseline,
        goal: '≥ 2,000 texts/s', met: report.textsPerSecond >= 2_000,
      },
    ],
  };
}

/** The README's evaluation block: written by the benchmark, never typed in. */
export function understandingMarkdown(report: EvaluationReport, at: string): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  const languages = Object.entries(report.perLanguage).sort(([a], [b]) => a.localeCompare(b));
  return [
    `Measured by \`npm run bench\` on ${at} over ${report.texts} held-out texts (\`test/understanding/evaluation-set.jsonl\`, never trained on):`,
    '',
    `- intent accuracy **${pct(report.intentAccuracy)}**, language detection **${pct(report.languageAccuracy)}**, identifiers exact in ${report.identifiers.exact} of ${report.identifiers.labelled} labelled texts, ${Math.round(report.textsPerSecond).toLocaleString('en-US')} texts/s on one core`,
    `- per language: ${languages.map(([lang, f]) => `${lang} ${pct(f.intentAccuracy)}`).join(', ')}`,
    '',
    '| intent | precision | recall | texts |',
    '| --- | --- | --- | --- |',
    ...INTENTS.map((intent) => {
      const f = report.perIntent[intent];
      return `| ${intent} | ${pct(f.precision)} | ${pct(f.recall)} | ${f.support} |`;
    }),
  ].join('\n');
}
