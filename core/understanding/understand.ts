/**
 * Understand a customer's request: what they want (intent), how sure we are, which identifiers they named and
 * which language they wrote in. Chat and email both call this one function, so the two channels can never
 * drift apart. Below `UNSURE_BELOW` the answer says so and names the two best candidates: the channel asks a
 * clarifying question or hands off rather than guessing.
 */
import { z } from 'zod';
import { validate } from '../shared/validate.ts';
import { extractEntities, type Entities } from './extract-entities.ts';
import { UNDETERMINED_LANGUAGE, type Intent } from './intents.ts';
import type { IntentClassifier, IntentScore, LanguageDetector } from './ports.ts';
import { ruleFor, type Rule } from './rules.ts';

/** Longer texts are refused: no customer message is that long, a pasted log file or an attack is. */
export const MAX_TEXT_LENGTH = 100_000;
/**
 * The classifier and the language detector read the first this many characters. The request is at the
 * start of a message; the rest of a long email is detail (entities are still read from all of it).
 */
export const CLASSIFIED_LENGTH = 2_000;
/**
 * Below this confidence the answer is `unsure`. Tuned by cross-validation on the training corpus
 * (`npx tsx nlp/tune-threshold.ts`), never on the evaluation set: below 0.45 the classifier's best guess is
 * wrong more often than right, so asking beats guessing; above it, it is right more often than not.
 */
export const UNSURE_BELOW = 0.45;

export interface UnderstandingDeps {
  classifier: IntentClassifier;
  languages: LanguageDetector;
}

export interface IntentCandidate {
  intent: Intent;
  confidence: number;
}

export interface Understanding {
  intent: Intent;
  /** 0..1. */
  confidence: number;
  /** True when `confidence` is below UNSURE_BELOW: ask which of `candidates` the customer meant. */
  unsure: boolean;
  /** The two best intents, best first; the first is `intent`. */
  candidates: [IntentCandidate, IntentCandidate];
  /** ISO 639-1 code of one of the desk's languages, or 'und'. */
  language: string;
  entities: Entities;
  /** What decided the intent: the classifier, or the named rule (see rules.ts) that overrode it. */
  decidedBy: 'classifier' | Rule;
}

const UnderstandInput = z.object({
  text: z.string().max(MAX_TEXT_LENGTH).refine((text) => text.trim().length > 0, 'is empty'),
  subject: z.string().max(MAX_TEXT_LENGTH).optional(),
});

export type UnderstandInput = z.input<typeof UnderstandInput>;

const round = (value: number): number => Math.round(value * 1000) / 1000;

export function understand(deps: UnderstandingDeps, input: UnderstandInput): Understanding {
  const { text, subject } = validate(UnderstandInput, input);
  const whole = subject?.trim() ? `${subject.trim()}\n${text}` : text;
  const entities = extractEntities(whole);

  let language = deps.languages.detect(text.slice(0, CLASSIFIED_LENGTH));
  if (language === UNDETERMINED_LANGUAGE && subject) language = deps.languages.detect(subject.slice(0, CLASSIFIED_LENGTH));

  const scores = deps.classifier.classify(whole.slice(0, CLASSIFIED_LENGTH), language);
  const best = scores[0] ?? { intent: 'out_of_scope', score: 0 };
  const rule = ruleFor(text, entities, best, UNSURE_BELOW);
  const first: IntentScore = rule ? { intent: rule.intent, score: Math.max(rule.confidence, scoreOf(scores, rule.intent)) } : best;
  const second = scores.find((score) => score.intent !== first.intent) ?? { intent: first.intent === 'out_of_scope' ? 'human_handoff' : 'out_of_scope', score: 0 };

  return {
    intent: first.intent,
    confidence: round(first.score),
    unsure: first.score < UNSURE_BELOW,
    candidates: [
      { intent: first.intent, confidence: round(first.score) },
      { intent: second.intent, confidence: round(second.score) },
    ],
    language,
    entities,
    decidedBy: rule ? rule.name : 'classifier',
  };
}

function scoreOf(scores: IntentScore[], intent: Intent): number {
  return scores.find((score) => score.intent === intent)?.score ?? 0;
}
