/**
 * A small neural network (one hidden layer) that names a glyph from its features: Thai and Arabic
 * digits, Thai letters that look like digits (ต ธ ด ...), and the punctuation of reference
 * numbers. Trained by tools/ocr-training/train-glyph-classifier.ts on glyphs rendered from Thai
 * fonts; the weights ship in pipeline/ocr/models/glyph-classifier.json (int8, per-neuron scale).
 */
import model from '../models/glyph-classifier.json' with { type: 'json' };
import { FEATURE_COUNT } from './features.js';

export interface GlyphModelFile {
  version: 1;
  labels: string[];
  inputs: number;
  hidden: number;
  /** Base64 int8 weights, row-major [neuron][input], with one float scale per neuron. */
  hiddenWeights: string;
  hiddenScales: number[];
  hiddenBias: number[];
  outputWeights: string;
  outputScales: number[];
  outputBias: number[];
}

export interface GlyphGuess {
  label: string;
  probability: number;
}

/** int8 weights (base64) times one scale per row of `rowLength`: the shipped models' weight format. */
export function dequantize(base64: string, scales: number[], rowLength: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const signed = (bytes[i] as number) > 127 ? (bytes[i] as number) - 256 : (bytes[i] as number);
    weights[i] = signed * (scales[Math.floor(i / rowLength)] as number);
  }
  return weights;
}

export class GlyphClassifier {
  readonly labels: string[];
  private readonly hiddenWeights: Float32Array;
  private readonly outputWeights: Float32Array;

  constructor(private readonly model: GlyphModelFile) {
    if (model.inputs !== FEATURE_COUNT) {
      throw new Error(`glyph model expects ${model.inputs} features, the code makes ${FEATURE_COUNT}: retrain it`);
    }
    this.labels = model.labels;
    this.hiddenWeights = dequantize(model.hiddenWeights, model.hiddenScales, model.inputs);
    this.outputWeights = dequantize(model.outputWeights, model.outputScales, model.hidden);
  }

  /** Probabilities of all labels, in label order. */
  probabilities(features: Float32Array): Float32Array {
    const { inputs, hidden } = this.model;
    const activation = new Float32Array(hidden);
    for (let h = 0; h < hidden; h++) {
      let sum = this.model.hiddenBias[h] as number;
      const row = h * inputs;
      for (let i = 0; i < inputs; i++) sum += (this.hiddenWeights[row + i] as number) * (features[i] as number);
      activation[h] = sum > 0 ? sum : 0;
    }
    const scores = new Float32Array(this.labels.length);
    for (let o = 0; o < scores.length; o++) {
      let sum = this.model.outputBias[o] as number;
      const row = o * hidden;
      for (let h = 0; h < hidden; h++) sum += (this.outputWeights[row + h] as number) * (activation[h] as number);
      scores[o] = sum;
    }
    softmaxInPlace(scores);
    return scores;
  }

  classify(features: Float32Array): GlyphGuess {
    const probabilities = this.probabilities(features);
    let best = 0;
    for (let o = 1; o < probabilities.length; o++) if ((probabilities[o] as number) > (probabilities[best] as number)) best = o;
    return { label: this.labels[best] as string, probability: probabilities[best] as number };
  }
}

let shared: GlyphClassifier | undefined;

/** The shipped model, decoded once. */
export function glyphClassifier(): GlyphClassifier {
  shared ??= new GlyphClassifier(model as GlyphModelFile);
  return shared;
}

/** Turns raw output scores into probabilities; shared with the training tool so both agree. */
export function softmaxInPlace(scores: Float32Array): void {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  let total = 0;
  for (let o = 0; o < scores.length; o++) {
    scores[o] = Math.exp((scores[o] as number) - max);
    total += scores[o] as number;
  }
  for (let o = 0; o < scores.length; o++) scores[o] = (scores[o] as number) / total;
}
