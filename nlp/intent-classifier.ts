/**
 * The intent classifier: NLP.js's neural network (one perceptron per intent over sparse features, the model
 * behind NLP.js's own NLU) trained on the whole multilingual corpus at once. One model for all languages is
 * deliberate: customers mix languages ("Hallo, my RMA ist noch nicht da"), and a text whose language was
 * misdetected still finds the words it was trained on.
 *
 * NLP.js trains the network; careline reads its weights into a table and scores with them directly. NLP.js's
 * own `run` clips every negative activation to 0, so a text of unseen words scores 0 for every intent and
 * cannot be ranked; the raw activations, turned into probabilities with a softmax, always can.
 */
import type { IntentClassifier, IntentScore } from '../core/understanding/ports.ts';
import { IntentSchema, type Intent } from '../core/understanding/intents.ts';
import type { Utterance } from './corpus.ts';
import type { FeatureExtractor } from './features.ts';
import { createNeuralNetwork } from './nlpjs.ts';

/** NLP.js's defaults, with the epochs capped (training converges in under a hundred). */
export const NETWORK_SETTINGS = { iterations: 2000, errorThresh: 0.00005, deltaErrorThresh: 0.000001, learningRate: 0.6, momentum: 0.5, alpha: 0.07, log: false };
/** Softmax temperature over activations (a trained intent's activation is about 1). */
export const TEMPERATURE = 0.15;

interface NetworkJson {
  features: string[];
  intents: string[];
  /** Per intent: one weight per feature, then the bias. */
  perceptrons: number[][];
}

export class NeuralIntentClassifier implements IntentClassifier {
  readonly #intents: Intent[];
  readonly #weights = new Map<string, Float64Array>();
  readonly #bias: Float64Array;
  readonly #features: FeatureExtractor;

  private constructor(json: NetworkJson, features: FeatureExtractor) {
    this.#features = features;
    this.#intents = json.intents.map((intent) => IntentSchema.parse(intent));
    this.#bias = Float64Array.from(json.perceptrons, (weights) => weights[weights.length - 1] ?? 0);
    json.features.forEach((feature, index) => {
      this.#weights.set(feature, Float64Array.from(json.perceptrons, (weights) => weights[index] ?? 0));
    });
  }

  static train(utterances: readonly Utterance[], features: FeatureExtractor): NeuralIntentClassifier {
    const network = createNeuralNetwork(NETWORK_SETTINGS);
    network.train(utterances.map((utterance) => ({
      input: Object.fromEntries(features.features(utterance.text, utterance.language).map((feature) => [feature, 1])),
      output: { [utterance.intent]: 1 },
    })));
    return new NeuralIntentClassifier(network.toJSON() as NetworkJson, features);
  }

  classify(text: string, language: string): IntentScore[] {
    const sums = Float64Array.from(this.#bias);
    for (const feature of this.#features.features(text, language)) {
      const weights = this.#weights.get(feature);
      if (!weights) continue;
      for (let i = 0; i < sums.length; i += 1) sums[i] = (sums[i] ?? 0) + (weights[i] ?? 0);
    }
    const activations = Array.from(sums, (sum) => (NETWORK_SETTINGS.alpha * sum) / TEMPERATURE);
    const top = Math.max(...activations);
    const exponentials = activations.map((activation) => Math.exp(activation - top));
    const total = exponentials.reduce((a, b) => a + b, 0);
    return this.#intents
      .map((intent, i) => ({ intent, score: (exponentials[i] ?? 0) / total }))
      .sort((a, b) => b.score - a.score);
  }
}
