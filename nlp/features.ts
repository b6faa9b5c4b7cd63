/**
 * Text → the features the intent network sees. Language-aware where NLP.js is good at it (normalising,
 * tokenising and stemming each language), language-blind where customers are messy:
 *
 * - identifier shapes become placeholder features (`#rma`, `#case`, `#serial`, `#number`), so "status of
 *   R2123456" and "status of 2024-0312-0045" differ by what was named, not by digits the model never saw;
 * - text is split into runs of one script, so English words inside a Japanese sentence are tokenised as words
 *   and Japanese inside English as Japanese;
 * - Chinese, Japanese and Korean runs also give character bigrams, which survive segmentation mistakes.
 */
import type { LanguageTools } from './nlpjs.ts';

const IDENTIFIER_SHAPES: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])r\s?\d{6,7}(?:\s?[-–]\s?\d{1,3})?(?![\p{N}])/gu, '#rma'],
  [/(?<![\p{N}])\d{4}[-\s./]?\d{2}[-\s./]?\d{2}[-\s./]?\d{4}#?(?![\p{N}])/gu, '#case'],
  [/(?<![\p{L}\p{N}])(?=[a-z0-9]*\d[a-z0-9]*\d[a-z0-9]*\d)(?=[a-z0-9]*[a-z][a-z0-9]*[a-z])[a-z][a-z0-9]{7,19}(?![\p{L}\p{N}])/gu, '#serial'],
  [/\d+/gu, '#number'],
];

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /[\p{Script=Hangul}]+/gu;
const WORD_CHARACTERS = /[^\p{L}\p{N}\p{M}'’]+/gu;

/** Languages whose tools handle the Latin, Cyrillic and Arabic parts of a text. */
const ALPHABETIC = new Set(['en', 'de', 'fr', 'es', 'nl', 'pl', 'ru', 'ar']);

export class FeatureExtractor {
  readonly #tools: Map<string, LanguageTools>;

  constructor(tools: Map<string, LanguageTools>) {
    this.#tools = tools;
  }

  /** The distinct features of `text`, read as `language` (ISO 639-1, or 'und' when not known). */
  features(text: string, language: string): string[] {
    const features = new Set<string>();
    let rest = text.normalize('NFKC').toLowerCase();
    for (const [shape, placeholder] of IDENTIFIER_SHAPES) {
      rest = rest.replace(shape, () => {
        features.add(placeholder);
        return ' ';
      });
    }
    rest = rest.replace(HAN_OR_KANA, (run) => {
      this.#addCjk(features, run, KANA.test(run) || language === 'ja' ? 'ja' : 'zh');
      return ' ';
    });
    rest = rest.replace(HANGUL, (run) => {
      this.#addCjk(features, run, 'ko');
      return ' ';
    });
    this.#addWords(features, rest, ALPHABETIC.has(language) ? language : 'en');
    return [...features];
  }

  #addCjk(features: Set<string>, run: string, language: 'ja' | 'zh' | 'ko'): void {
    const tools = this.#tools.get(language);
    if (tools) for (const token of tools.tokenizer.innerTokenize(run)) features.add(token);
    const characters = [...run];
    for (let i = 0; i + 1 < characters.length; i += 1) features.add(`${characters[i] ?? ''}${characters[i + 1] ?? ''}`);
    if (characters.length === 1) features.add(run);
  }

  #addWords(features: Set<string>, text: string, language: string): void {
    const tools = this.#tools.get(language);
    const cleaned = text.replace(WORD_CHARACTERS, ' ').trim();
    if (!cleaned || !tools) return;
    const words = tools.tokenizer.innerTokenize(tools.normalizer.normalize(cleaned));
    const stems = tools.stemmer ? tools.stemmer.stem(words) : words;
    for (const stem of stems) if (stem) features.add(stem);
  }
}
