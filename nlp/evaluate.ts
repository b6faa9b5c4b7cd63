/**
 * Measures understanding against a labelled evaluation set (`test/understanding/evaluation-set.jsonl`, texts
 * the model was never trained on): intent accuracy overall, per language and per intent (precision and
 * recall), language-detection accuracy, identifier accuracy where a line lists the identifiers it holds, and
 * throughput. `npm run bench` prints it; a test holds the accuracy above the target.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTENTS, IntentSchema, type Intent } from '../core/understanding/intents.ts';
import { understand, type UnderstandingDeps } from '../core/understanding/understand.ts';
import type { Entities } from '../core/understanding/extract-entities.ts';

const EvaluationItemSchema = z.object({
  text: z.string().min(1),
  intent: IntentSchema,
  language: z.string().min(2).max(3),
  /** The identifiers the text holds, by kind; kinds not listed are not checked. */
  entities: z.record(z.string(), z.unknown()).optional(),
});

export type EvaluationItem = z.infer<typeof EvaluationItemSchema>;

export interface IntentFigures { precision: number; recall: number; support: number }

export interface EvaluationReport {
  texts: number;
  intentAccuracy: number;
  languageAccuracy: number;
  perLanguage: Record<string, { texts: number; intentAccuracy: number; languageAccuracy: number }>;
  perIntent: Record<Intent, IntentFigures>;
  /** Lines with labelled identifiers whose every labelled kind was extracted exactly. */
  identifiers: { labelled: number; exact: number; accuracy: number };
  unsure: number;
  textsPerSecond: number;
  mistakes: { text: string; expected: Intent; got: Intent; confidence: number; language: string }[];
}

export function loadEvaluationSet(file: string): EvaluationItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = EvaluationItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : Math.round((part / whole) * 10000) / 10000);

/** Lists compare as sets: the order identifiers appear in does not matter. */
const canonical = (value: unknown): string => JSON.stringify(Array.isArray(value) ? (value as unknown[]).map(String).sort() : value);

function sameIdentifiers(expected: Record<string, unknown>, entities: Entities): boolean {
  const got = entities as unknown as Record<string, unknown>;
  return Object.entries(expected).every(([kind, value]) => canonical(value) === canonical(got[kind]));
}

/** `minSeconds`: keep timing passes over the set until this much time has passed, for a steady rate. */
export function evaluateUnderstanding(deps: UnderstandingDeps, set: readonly EvaluationItem[], options: { minSeconds?: number } = {}): EvaluationReport {
  const counts = Object.fromEntries(INTENTS.map((intent) => [intent, { truePositives: 0, predicted: 0, actual: 0 }])) as Record<Intent, { truePositives: number; predicted: number; actual: number }>;
  const languages: Record<string, { texts: number; intents: number; detected: number }> = {};
  const mistakes: EvaluationReport['mistakes'] = [];
  let correct = 0; let detected = 0; let unsure = 0; let labelled = 0; let exact = 0;

  for (const item of set) {
    const result = understand(deps, { text: item.text });
    const tally = (languages[item.language] ??= { texts: 0, intents: 0, detected: 0 });
    tally.texts += 1;
    counts[item.intent].actual += 1;
    counts[result.intent].predicted += 1;
    if (result.unsure) unsure += 1;
    if (result.intent === item.intent) {
      correct += 1; tally.intents += 1; counts[item.intent].truePositives += 1;
    } else {
      mistakes.push({ text: item.text, expected: item.intent, got: result.intent, confidence: result.confidence, language: result.language });
    }
    if (result.language === item.language) { detected += 1; tally.detected += 1; }
    if (item.entities) {
      labelled += 1;
      if (sameIdentifiers(item.entities, result.entities)) exact += 1;
    }
  }

  let passes = 0;
  const started = performance.now();
  do {
    for (const item of set) understand(deps, { text: item.text });
    passes += 1;
  } while (performance.now() - started < (options.minSeconds ?? 1) * 1000);
  const seconds = (performance.now() - started) / 1000;

  return {
    texts: set.length,
    intentAccuracy: ratio(correct, set.length),
    languageAccuracy: ratio(detected, set.length),
    perLanguage: Object.fromEntries(Object.entries(languages).map(([language, tally]) => [language, {
      texts: tally.texts, intentAccuracy: ratio(tally.intents, tally.texts), languageAccuracy: ratio(tally.detected, tally.texts),
    }])),
    perIntent: Object.fromEntries(INTENTS.map((intent) => [intent, {
      precision: ratio(counts[intent].truePositives, counts[intent].predicted),
      recall: ratio(counts[intent].truePositives, counts[intent].actual),
      support: counts[intent].actual,
    }])) as Record<Intent, IntentFigures>,
    identifiers: { labelled, exact, accuracy: ratio(exact, labelled) },
    unsure,
    textsPerSecond: Math.round((passes * set.length) / seconds),
    mistakes,
  };
}
