/**
 * Which of the desk's languages a text is in. The script settles most of them (Hangul → ko, kana → ja,
 * other Han → zh, Arabic → ar, Cyrillic → ru). Latin-script text is scored two ways and the scores added:
 * NLP.js's trigram guesser (good on a sentence, shaky on two words) and the words of the training corpus
 * (good on "thanks, bye" and "escalate pls", where trigrams guess Sesotho). A Latin text whose words are
 * mostly unknown to the corpus and that the guesser places outside the desk's languages (Italian, Portuguese)
 * is 'und' rather than a wrong guess.
 */
import type { LanguageDetector } from '../core/understanding/ports.ts';
import { UNDETERMINED_LANGUAGE } from '../core/understanding/intents.ts';
import type { Utterance } from './corpus.ts';
import { createLanguageGuesser, type LanguageGuesser } from './nlpjs.ts';

const LATIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'pl'];
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Latin}/gu, 'latin'],
];
/** Addresses, and runs of Latin letters and digits with a digit in them (identifiers, numbers), say nothing
 * about the language around them. */
const ADDRESSES = /https?:\/\/\S+|[\w.+-]+@[\w.-]+/gu;
const LATIN_OR_DIGIT_RUN = /[\p{Script=Latin}\p{N}_#/.-]+/gu;
const DIGIT = /\p{N}/u;

function withoutIdentifiers(text: string): string {
  return text.replace(ADDRESSES, ' ').replace(LATIN_OR_DIGIT_RUN, (run) => (DIGIT.test(run) ? ' ' : run));
}
const WORD = /[\p{L}'’]+/gu;
/** Fewer Latin letters than this (after identifiers are removed) is too little to tell. */
const MIN_LATIN_LETTERS = 2;
/** A Latin text of this many words, fewer than this share of them known from the corpus, may be foreign. */
const MIN_WORDS_FOR_FOREIGN = 4;
const MIN_KNOWN_SHARE = 0.5;
/** Weight of corpus-word evidence against the trigram score (whose best is 1). */
const WORD_WEIGHT = 1.2;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export class CorpusLanguageDetector implements LanguageDetector {
  readonly #guesser: LanguageGuesser;
  /** word → the Latin-script languages whose corpus uses it. */
  readonly #vocabulary = new Map<string, Set<string>>();

  constructor(utterances: readonly Utterance[], guesser: LanguageGuesser = createLanguageGuesser()) {
    this.#guesser = guesser;
    for (const { text, language } of utterances) {
      if (!LATIN_LANGUAGES.includes(language)) continue;
      for (const word of wordsOf(withoutIdentifiers(text))) {
        const languages = this.#vocabulary.get(word) ?? new Set<string>();
        languages.add(language);
        this.#vocabulary.set(word, languages);
      }
    }
  }

  detect(text: string): string {
    const letters = withoutIdentifiers(text);
    let best = UNDETERMINED_LANGUAGE;
    let bestCount = 0;
    for (const [script, language] of SCRIPTS) {
      const count = letters.match(script)?.length ?? 0;
      // Japanese writes kanji too: any kana makes Han-script text Japanese.
      const weighted = language === 'ja' && count > 0 ? count + (letters.match(/\p{Script=Han}/gu)?.length ?? 0) : count;
      if (weighted > bestCount) {
        best = language;
        bestCount = weighted;
      }
    }
    if (best !== 'latin') return best;
    if (bestCount < MIN_LATIN_LETTERS) return UNDETERMINED_LANGUAGE;
    return this.#latin(letters);
  }

  #latin(text: string): string {
    const scores = new Map<string, number>(LATIN_LANGUAGES.map((language) => [language, 0]));
    for (const guess of this.#guesser.guess(text, LATIN_LANGUAGES, LATIN_LANGUAGES.length)) {
      scores.set(guess.alpha2, guess.score);
    }
    const words = wordsOf(text);
    let known = 0;
    for (const word of words) {
      const languages = this.#vocabulary.get(word);
      if (!languages) continue;
      known += 1;
      for (const language of languages) {
        scores.set(language, (scores.get(language) ?? 0) + WORD_WEIGHT / words.length / languages.size);
      }
    }
    const [winner] = [...scores].sort((a, b) => b[1] - a[1]);
    if (!winner || winner[1] === 0) return UNDETERMINED_LANGUAGE;
    if (words.length >= MIN_WORDS_FOR_FOREIGN && known / words.length < MIN_KNOWN_SHARE) {
      const [overall] = this.#guesser.guess(text, null, 1);
      if (overall && !LATIN_LANGUAGES.includes(overall.alpha2)) return UNDETERMINED_LANGUAGE;
    }
    return winner[0];
  }
}
