/**
 * What understanding needs from a natural-language library, said in the domain's words. `nlp/` implements
 * both with NLP.js; tests use fakes.
 */
import type { Intent } from './intents.ts';

export interface IntentScore {
  intent: Intent;
  /** 0..1; the scores of one answer sum to at most 1. */
  score: number;
}

export interface IntentClassifier {
  /**
   * Every intent the text may mean, best first. `language` is the detected language (or 'und'); a
   * classifier may use it to tokenise, but must still cope with text in another language.
   */
  classify(text: string, language: string): IntentScore[];
}

export interface LanguageDetector {
  /** The ISO 639-1 code of the text's language among the desk's languages, or 'und' when it cannot tell. */
  detect(text: string): string;
}
