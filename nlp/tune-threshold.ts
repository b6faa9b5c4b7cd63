/**
 * `npx tsx nlp/tune-threshold.ts` — how UNSURE_BELOW (core/understanding/understand.ts) was chosen, reproducibly.
 * Five-fold cross-validation on the training corpus only (the evaluation set stays unseen): each phrasing is
 * classified by a model trained without it, and for each candidate threshold the table shows how many answers
 * would be sure and how often those sure answers are right. The recommendation is the lowest threshold above
 * which the best guess is right more often than wrong (in the band just above it): below it, asking beats guessing.
 */
import { LANGUAGES } from '../core/understanding/intents.ts';
import { loadCorpus } from './corpus.ts';
import { FeatureExtractor } from './features.ts';
import { NeuralIntentClassifier } from './intent-classifier.ts';
import { loadLanguageTools } from './nlpjs.ts';

const FOLDS = 5;
/** Width of the confidence band whose accuracy decides: wide enough not to swing on a handful of texts. */
const BAND = 0.1;
const { utterances } = loadCorpus();
const features = new FeatureExtractor(loadLanguageTools(LANGUAGES));
const outcomes: { score: number; right: boolean }[] = [];
for (let fold = 0; fold < FOLDS; fold += 1) {
  const classifier = NeuralIntentClassifier.train(utterances.filter((_, i) => i % FOLDS !== fold), features);
  for (const utterance of utterances.filter((_, i) => i % FOLDS === fold)) {
    const [best] = classifier.classify(utterance.text, utterance.language);
    outcomes.push({ score: best?.score ?? 0, right: best?.intent === utterance.intent });
  }
}
const overall = outcomes.filter((o) => o.right).length / outcomes.length;
console.log(`cross-validated accuracy ${(overall * 100).toFixed(1)} % on ${outcomes.length} phrasings\n`);
console.log(`threshold  sure answers  right when sure  right when unsure  right in [t, t+${BAND})`);
let recommended: number | null = null;
for (let threshold = 0.2; threshold <= 0.901; threshold += 0.05) {
  const sure = outcomes.filter((o) => o.score >= threshold);
  const unsure = outcomes.filter((o) => o.score < threshold);
  const pct = (part: number, whole: number): string => `${whole ? ((part / whole) * 100).toFixed(1) : '-'} %`;
  const band = sure.filter((o) => o.score < threshold + BAND);
  if (recommended === null && band.filter((o) => o.right).length > band.length / 2) recommended = threshold;
  console.log(`${threshold.toFixed(2).padStart(9)}  ${pct(sure.length, outcomes.length).padStart(12)}  ${pct(sure.filter((o) => o.right).length, sure.length).padStart(15)}  ${pct(unsure.filter((o) => o.right).length, unsure.length).padStart(17)}  ${pct(band.filter((o) => o.right).length, band.length).padStart(16)}`);
}
console.log(`\nrecommended UNSURE_BELOW: ${recommended?.toFixed(2) ?? 'none'}`);
