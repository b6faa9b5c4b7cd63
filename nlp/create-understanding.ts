/**
 * Builds understanding's adapters from the corpus in the repository: loads NLP.js's language packs, trains the
 * intent network and the language detector's vocabulary. Training takes about a second on one core (the
 * network converges in under a hundred epochs; loading the packs and the Chinese dictionary about as much
 * again), so it runs at startup and there is no model file that could go stale: edit `nlp/corpus/*.json`,
 * restart, and the bot has learnt the new phrasings.
 */
import type { UnderstandingDeps } from '../core/understanding/understand.ts';
import { LANGUAGES } from '../core/understanding/intents.ts';
import { CORPUS_DIR, loadCorpus } from './corpus.ts';
import { FeatureExtractor } from './features.ts';
import { NeuralIntentClassifier } from './intent-classifier.ts';
import { CorpusLanguageDetector } from './language-detector.ts';
import { loadLanguageTools } from './nlpjs.ts';

export interface CreateUnderstandingOptions {
  /** A folder of `<language>.json` corpus files; the repository's `nlp/corpus/` by default. */
  corpusDir?: string;
}

/**
 * NLP.js's Chinese pack announces "Compiling dictionary" with console.log when it first tokenises: on
 * standard output, where `careline understand --jsonl` writes its answers. Training is synchronous, so its
 * chatter can be sent to standard error for exactly that long.
 */
function withLibraryChatterOnStderr<T>(run: () => T): T {
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  try {
    return run();
  } finally {
    console.log = log;
  }
}

export function createUnderstanding(options: CreateUnderstandingOptions = {}): Promise<UnderstandingDeps> {
  const corpus = loadCorpus(options.corpusDir ?? CORPUS_DIR);
  return Promise.resolve(withLibraryChatterOnStderr(() => {
    const features = new FeatureExtractor(loadLanguageTools(LANGUAGES));
    return {
      classifier: NeuralIntentClassifier.train(corpus.utterances, features),
      languages: new CorpusLanguageDetector(corpus.utterances),
    };
  }));
}
