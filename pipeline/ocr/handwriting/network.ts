/**
 * A small convolutional network for one glyph: (3×3 convolution, ReLU, 2×2 max pool) per
 * convolution layer, then fully connected layers (ReLU between them), then softmax. Its weights
 * ship as int8 with one scale per output (pipeline/ocr/models/handwritten-digit-classifier.json,
 * built by tools/handwriting-training/). The training tool runs the same `forward`.
 */
import { dequantize, softmaxInPlace } from '../glyphs/classifier.js';
import { conv3x3, dense, maxPool2, reluInPlace } from './layers.js';

export interface Layer {
  inputs: number;
  outputs: number;
  /** Convolutions: [output][input][3×3]; dense: [output][input]. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface DigitNetwork {
  /** Side of the square input image. */
  size: number;
  convolutions: Layer[];
  dense: Layer[];
}

/** Every stage's output for one input, kept so that training can propagate back through it. */
export interface Activations {
  input: Float32Array;
  /** Each convolution's input with a zero border (see layers.ts padPlanes). */
  padded: Float32Array[];
  /** After ReLU, before pooling. */
  convolved: Float32Array[];
  pooled: Float32Array[];
  /** After ReLU, except the last layer's: raw scores. */
  dense: Float32Array[];
}

export interface LayerFile {
  kind: 'conv3x3' | 'dense';
  inputs: number;
  outputs: number;
  /** Base64 int8, one row per output, with one scale per row. */
  weights: string;
  scales: number[];
  bias: number[];
}

export interface DigitModelFile {
  version: 1;
  labels: string[];
  size: number;
  layers: LayerFile[];
}

/** Side of the planes entering convolution layer `index` (each pooling halves it). */
export function planeSide(network: DigitNetwork, index: number): number {
  return network.size >> index;
}

export function createActivations(network: DigitNetwork): Activations {
  return {
    input: new Float32Array(network.size * network.size),
    padded: network.convolutions.map((layer, i) => new Float32Array(layer.inputs * (planeSide(network, i) + 2) ** 2)),
    convolved: network.convolutions.map((layer, i) => new Float32Array(layer.outputs * planeSide(network, i) ** 2)),
    pooled: network.convolutions.map((layer, i) => new Float32Array(layer.outputs * planeSide(network, i + 1) ** 2)),
    dense: network.dense.map((layer) => new Float32Array(layer.outputs)),
  };
}

/** Runs the network on `activations.input`; returns the last layer's raw scores (not softmaxed). */
export function forward(network: DigitNetwork, activations: Activations): Float32Array {
  let current = activations.input;
  network.convolutions.forEach((layer, i) => {
    const side = planeSide(network, i);
    const convolved = activations.convolved[i] as Float32Array;
    conv3x3(current, layer.inputs, side, side, layer.weights, layer.bias, layer.outputs, convolved, activations.padded[i] as Float32Array);
    reluInPlace(convolved);
    maxPool2(convolved, layer.outputs, side, side, activations.pooled[i] as Float32Array);
    current = activations.pooled[i] as Float32Array;
  });
  network.dense.forEach((layer, i) => {
    const out = activations.dense[i] as Float32Array;
    dense(current, layer.inputs, layer.weights, layer.bias, layer.outputs, out);
    if (i < network.dense.length - 1) reluInPlace(out);
    current = out;
  });
  return current;
}

export function networkFromFile(file: DigitModelFile): DigitNetwork {
  const layer = (l: LayerFile): Layer => ({
    inputs: l.inputs,
    outputs: l.outputs,
    weights: dequantize(l.weights, l.scales, l.kind === 'conv3x3' ? l.inputs * 9 : l.inputs),
    bias: Float32Array.from(l.bias),
  });
  return {
    size: file.size,
    convolutions: file.layers.filter((l) => l.kind === 'conv3x3').map(layer),
    dense: file.layers.filter((l) => l.kind === 'dense').map(layer),
  };
}

/** A network with its labels and a reusable activation buffer: label probabilities for an input. */
export class DigitClassifier {
  readonly labels: string[];
  readonly size: number;
  private readonly network: DigitNetwork;
  private readonly activations: Activations;

  constructor(file: DigitModelFile) {
    this.network = networkFromFile(file);
    this.labels = file.labels;
    this.size = file.size;
    this.activations = createActivations(this.network);
    const last = this.network.dense.at(-1);
    if (!last || last.outputs !== this.labels.length) throw new Error('handwritten-digit model: output layer does not match its labels');
  }

  /** Probabilities of all labels, in label order, for a size×size input image (ink 0..1). */
  probabilities(input: Float32Array): Float32Array {
    this.activations.input.set(input);
    const scores = Float32Array.from(forward(this.network, this.activations));
    softmaxInPlace(scores);
    return scores;
  }
}
