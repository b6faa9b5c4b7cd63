/**
 * NLP.js, typed. The @nlpjs packages are CommonJS without type declarations; this file is the one place
 * that loads them and says which few parts careline uses: each language's normaliser, tokeniser and
 * stemmer, the single-layer neural network that NLP.js trains its intents with, and its trigram language
 * guesser. Everything runs in-process, offline; the packages ship all their data.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Normalizer { normalize(text: string): string }
export interface Tokenizer { innerTokenize(text: string): string[] }
export interface Stemmer { stem(tokens: string[]): string[] }

/** Sparse features in, one score per intent out (a leaky ReLU per intent; 0 when nothing fires). */
export interface NeuralNetwork {
  train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): { iterations: number; error: number };
  run(input: Record<string, number>): Record<string, number> | undefined;
  toJSON(): unknown;
  fromJSON(json: unknown): void;
}

export interface NeuralNetworkSettings {
  iterations?: number;
  errorThresh?: number;
  deltaErrorThresh?: number;
  learningRate?: number;
  momentum?: number;
  alpha?: number;
  log?: boolean;
}

export interface LanguageGuess { alpha2: string; score: number }
export interface LanguageGuesser { guess(text: string, allowList: string[] | null, limit: number): LanguageGuess[] }

interface Container {
  use(plugin: unknown): void;
  get(name: string): unknown;
}

const core = require('@nlpjs/core') as { Container: new () => Container };
const neural = require('@nlpjs/neural') as { NeuralNetwork: new (settings?: NeuralNetworkSettings) => NeuralNetwork };
const language = require('@nlpjs/language') as { Language: new () => LanguageGuesser };

/** The language packs careline loads, by ISO 639-1 code. */
const LANGUAGE_PACKS: Record<string, () => unknown> = {
  en: () => (require('@nlpjs/lang-en') as { LangEn: unknown }).LangEn,
  de: () => (require('@nlpjs/lang-de') as { LangDe: unknown }).LangDe,
  fr: () => (require('@nlpjs/lang-fr') as { LangFr: unknown }).LangFr,
  es: () => (require('@nlpjs/lang-es') as { LangEs: unknown }).LangEs,
  nl: () => (require('@nlpjs/lang-nl') as { LangNl: unknown }).LangNl,
  pl: () => (require('@nlpjs/lang-pl') as { LangPl: unknown }).LangPl,
  ru: () => (require('@nlpjs/lang-ru') as { LangRu: unknown }).LangRu,
  ar: () => (require('@nlpjs/lang-ar') as { LangAr: unknown }).LangAr,
  ja: () => (require('@nlpjs/lang-ja') as { LangJa: unknown }).LangJa,
  zh: () => (require('@nlpjs/lang-zh') as { LangZh: unknown }).LangZh,
  ko: () => (require('@nlpjs/lang-ko') as { LangKo: unknown }).LangKo,
};

export interface LanguageTools {
  normalizer: Normalizer;
  tokenizer: Tokenizer;
  /** Absent where NLP.js's stemmer is asynchronous or needs a dictionary loaded first (ja, zh, ko). */
  stemmer: Stemmer | null;
}

const SYNCHRONOUS_STEMMERS = new Set(['en', 'de', 'fr', 'es', 'nl', 'pl', 'ru', 'ar']);

/** One container with every language pack registered; the tools of each language, ready to call. */
export function loadLanguageTools(languages: readonly string[]): Map<string, LanguageTools> {
  const container = new core.Container();
  const tools = new Map<string, LanguageTools>();
  for (const code of languages) {
    const pack = LANGUAGE_PACKS[code];
    if (!pack) throw new Error(`no NLP.js language pack for "${code}"`);
    container.use(pack());
    tools.set(code, {
      normalizer: container.get(`normalizer-${code}`) as Normalizer,
      tokenizer: container.get(`tokenizer-${code}`) as Tokenizer,
      stemmer: SYNCHRONOUS_STEMMERS.has(code) ? container.get(`stemmer-${code}`) as Stemmer : null,
    });
  }
  return tools;
}

export function createNeuralNetwork(settings?: NeuralNetworkSettings): NeuralNetwork {
  return new neural.NeuralNetwork(settings);
}

export function createLanguageGuesser(): LanguageGuesser {
  return new language.Language();
}
