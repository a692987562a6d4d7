/**
 * Training of the handwritten-digit network (pipeline/ocr/handwriting/network.ts): backpropagation
 * through its layers, mini-batches with Adam (tools/ocr-training/mlp.ts), cross-entropy on the
 * softmax, and the int8 export the recognizer reads.
 */
import { softmaxInPlace } from '../../pipeline/ocr/glyphs/classifier.js';
import { createActivations, forward, planeSide } from '../../pipeline/ocr/handwriting/network.js';
import type { Activations, DigitModelFile, DigitNetwork, Layer, LayerFile } from '../../pipeline/ocr/handwriting/network.js';
import { Adam, quantize } from '../ocr-training/mlp.js';

export interface Architecture {
  size: number;
  /** Output channels of each convolution layer. */
  channels: number[];
  /** Widths of the hidden fully connected layers. */
  hidden: number[];
  outputs: number;
}

function layer(inputs: number, outputs: number, fanIn: number, rand: () => number): Layer {
  const limit = Math.sqrt(6 / fanIn);
  return {
    inputs,
    outputs,
    weights: Float32Array.from({ length: outputs * fanIn }, () => (rand() * 2 - 1) * limit),
    bias: new Float32Array(outputs),
  };
}

export function createNetwork(architecture: Architecture, rand: () => number): DigitNetwork {
  const convolutions: Layer[] = [];
  let channels = 1;
  for (const out of architecture.channels) {
    convolutions.push(layer(channels, out, channels * 9, rand));
    channels = out;
  }
  const flat = channels * (architecture.size >> architecture.channels.length) ** 2;
  const widths = [flat, ...architecture.hidden, architecture.outputs];
  const dense = widths.slice(1).map((out, i) => layer(widths[i] as number, out, widths[i] as number, rand));
  return { size: architecture.size, convolutions, dense };
}

interface Gradients {
  convolutions: { weights: Float32Array; bias: Float32Array }[];
  dense: { weights: Float32Array; bias: Float32Array }[];
}

function zeroGradients(network: DigitNetwork): Gradients {
  const of = (l: Layer) => ({ weights: new Float32Array(l.weights.length), bias: new Float32Array(l.bias.length) });
  return { convolutions: network.convolutions.map(of), dense: network.dense.map(of) };
}

/** Buffers for one example's gradients with respect to each stage, reused from example to example. */
interface Scratch {
  /** Per convolution: gradient of its padded input (unused for the first). */
  paddedDelta: Float32Array[];
  /** Per convolution: gradient of its unpadded input (unused for the first). */
  inputDelta: Float32Array[];
  /** Per convolution: gradient of its output before pooling. */
  convolvedDelta: Float32Array[];
  /** Per dense layer: gradient of its input. */
  denseDelta: Float32Array[];
}

function createScratch(network: DigitNetwork): Scratch {
  const side = (i: number) => planeSide(network, i);
  return {
    paddedDelta: network.convolutions.map((l, i) => new Float32Array(l.inputs * (side(i) + 2) ** 2)),
    inputDelta: network.convolutions.map((l, i) => new Float32Array(l.inputs * side(i) ** 2)),
    convolvedDelta: network.convolutions.map((l, i) => new Float32Array(l.outputs * side(i) ** 2)),
    denseDelta: network.dense.map((l) => new Float32Array(l.inputs)),
  };
}

/** Adds this example's gradients for convolution `index`; returns the gradient of its input (unless first). */
function convolutionBackward(network: DigitNetwork, activations: Activations, index: number, delta: Float32Array, gradients: Gradients, scratch: Scratch): Float32Array | null {
  const layer = network.convolutions[index] as Layer;
  const side = planeSide(network, index);
  const plane = side * side;
  const pw = side + 2;
  const paddedPlane = pw * pw;
  const padded = activations.padded[index] as Float32Array;
  const gradient = gradients.convolutions[index]!;
  const paddedDelta = index === 0 ? null : (scratch.paddedDelta[index] as Float32Array).fill(0);
  const weights = layer.weights;
  for (let o = 0; o < layer.outputs; o++) {
    const out = o * plane;
    let biasSum = 0;
    for (let p = 0; p < plane; p++) biasSum += delta[out + p] as number;
    gradient.bias[o]! += biasSum;
    for (let i = 0; i < layer.inputs; i++) {
      const k = (o * layer.inputs + i) * 9;
      const w0 = weights[k] as number, w1 = weights[k + 1] as number, w2 = weights[k + 2] as number;
      const w3 = weights[k + 3] as number, w4 = weights[k + 4] as number, w5 = weights[k + 5] as number;
      const w6 = weights[k + 6] as number, w7 = weights[k + 7] as number, w8 = weights[k + 8] as number;
      let g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0, g8 = 0;
      const source = i * paddedPlane;
      for (let y = 0; y < side; y++) {
        const to = out + y * side;
        const r0 = source + y * pw;
        const r1 = r0 + pw;
        const r2 = r1 + pw;
        for (let x = 0; x < side; x++) {
          // After max pooling only one pixel in four carries a gradient.
          const d = delta[to + x] as number;
          if (d === 0) continue;
          g0 += d * (padded[r0 + x] as number);
          g1 += d * (padded[r0 + x + 1] as number);
          g2 += d * (padded[r0 + x + 2] as number);
          g3 += d * (padded[r1 + x] as number);
          g4 += d * (padded[r1 + x + 1] as number);
          g5 += d * (padded[r1 + x + 2] as number);
          g6 += d * (padded[r2 + x] as number);
          g7 += d * (padded[r2 + x + 1] as number);
          g8 += d * (padded[r2 + x + 2] as number);
          if (paddedDelta) {
            paddedDelta[r0 + x]! += w0 * d;
            paddedDelta[r0 + x + 1]! += w1 * d;
            paddedDelta[r0 + x + 2]! += w2 * d;
            paddedDelta[r1 + x]! += w3 * d;
            paddedDelta[r1 + x + 1]! += w4 * d;
            paddedDelta[r1 + x + 2]! += w5 * d;
            paddedDelta[r2 + x]! += w6 * d;
            paddedDelta[r2 + x + 1]! += w7 * d;
            paddedDelta[r2 + x + 2]! += w8 * d;
          }
        }
      }
      const g = gradient.weights;
      g[k]! += g0; g[k + 1]! += g1; g[k + 2]! += g2; g[k + 3]! += g3; g[k + 4]! += g4;
      g[k + 5]! += g5; g[k + 6]! += g6; g[k + 7]! += g7; g[k + 8]! += g8;
    }
  }
  if (!paddedDelta) return null;
  const inputDelta = scratch.inputDelta[index] as Float32Array;
  for (let i = 0; i < layer.inputs; i++) {
    for (let y = 0; y < side; y++) {
      const from = i * paddedPlane + (y + 1) * pw + 1;
      inputDelta.set(paddedDelta.subarray(from, from + side), i * plane + y * side);
    }
  }
  return inputDelta;
}

/** Routes the pooled gradient back to each pool's maximum, through the ReLU before it. */
function poolBackward(convolved: Float32Array, pooledDelta: Float32Array, channels: number, side: number, delta: Float32Array): Float32Array {
  delta.fill(0);
  const half = side >> 1;
  for (let c = 0; c < channels; c++) {
    for (let y = 0; y < half; y++) {
      for (let x = 0; x < half; x++) {
        const at = c * side * side + 2 * y * side + 2 * x;
        let best = at;
        if ((convolved[at + 1] as number) > (convolved[best] as number)) best = at + 1;
        if ((convolved[at + side] as number) > (convolved[best] as number)) best = at + side;
        if ((convolved[at + side + 1] as number) > (convolved[best] as number)) best = at + side + 1;
        if ((convolved[best] as number) > 0) delta[best] = pooledDelta[c * half * half + y * half + x] as number;
      }
    }
  }
  return delta;
}

/** Forward and backward for one example; adds its gradients; returns its loss and whether it was right. */
function backpropagate(network: DigitNetwork, activations: Activations, input: Float32Array, label: number, gradients: Gradients, scratch: Scratch): { loss: number; correct: boolean } {
  activations.input.set(input);
  const probabilities = Float32Array.from(forward(network, activations));
  softmaxInPlace(probabilities);
  let best = 0;
  for (let o = 1; o < probabilities.length; o++) if ((probabilities[o] as number) > (probabilities[best] as number)) best = o;
  const loss = -Math.log(Math.max(1e-9, probabilities[label] as number));
  let delta: Float32Array = probabilities;
  delta[label]! -= 1;
  for (let l = network.dense.length - 1; l >= 0; l--) {
    const layer = network.dense[l] as Layer;
    const input = l === 0 ? (activations.pooled.at(-1) as Float32Array) : (activations.dense[l - 1] as Float32Array);
    const gradient = gradients.dense[l]!;
    const inputDelta = (scratch.denseDelta[l] as Float32Array).fill(0);
    for (let o = 0; o < layer.outputs; o++) {
      const d = delta[o] as number;
      if (d === 0) continue;
      gradient.bias[o]! += d;
      const row = o * layer.inputs;
      for (let i = 0; i < layer.inputs; i++) {
        gradient.weights[row + i]! += d * (input[i] as number);
        inputDelta[i]! += (layer.weights[row + i] as number) * d;
      }
    }
    // Hidden dense outputs passed a ReLU; pooled outputs are maxima of ReLU outputs (handled below).
    if (l > 0) for (let i = 0; i < layer.inputs; i++) if ((input[i] as number) <= 0) inputDelta[i] = 0;
    delta = inputDelta;
  }
  for (let c = network.convolutions.length - 1; c >= 0; c--) {
    const layer = network.convolutions[c] as Layer;
    const convolvedDelta = poolBackward(activations.convolved[c] as Float32Array, delta, layer.outputs, planeSide(network, c), scratch.convolvedDelta[c] as Float32Array);
    const next = convolutionBackward(network, activations, c, convolvedDelta, gradients, scratch);
    if (!next) break;
    delta = next;
  }
  return { loss, correct: best === label };
}

export interface Example {
  input: Float32Array;
  label: number;
}

export interface Trainer {
  /** One pass over the examples in the given order, at the given learning rate. */
  epoch(examples: Example[], rate: number): { loss: number; accuracy: number };
}

export function createTrainer(network: DigitNetwork, batch = 32): Trainer {
  const gradients = zeroGradients(network);
  const pairs = [
    ...network.convolutions.map((l, i) => [l, gradients.convolutions[i]!] as const),
    ...network.dense.map((l, i) => [l, gradients.dense[i]!] as const),
  ];
  const optimizers = pairs.map(([l, g]) => ({ weights: [new Adam(l.weights), g.weights] as const, bias: [new Adam(l.bias), g.bias] as const }));
  const activations = createActivations(network);
  const scratch = createScratch(network);
  return {
    epoch(examples, rate) {
      let loss = 0;
      let correct = 0;
      for (let start = 0; start < examples.length; start += batch) {
        const end = Math.min(examples.length, start + batch);
        for (let k = start; k < end; k++) {
          const example = examples[k] as Example;
          const result = backpropagate(network, activations, example.input, example.label, gradients, scratch);
          loss += result.loss;
          if (result.correct) correct++;
        }
        for (const o of optimizers) {
          o.weights[0].update(o.weights[1], rate, end - start);
          o.bias[0].update(o.bias[1], rate, end - start);
        }
      }
      return { loss: loss / examples.length, accuracy: correct / examples.length };
    },
  };
}

export function exportModel(network: DigitNetwork, labels: string[]): DigitModelFile {
  const file = (kind: LayerFile['kind'], l: Layer): LayerFile => {
    const { base64, scales } = quantize(l.weights, kind === 'conv3x3' ? l.inputs * 9 : l.inputs);
    return { kind, inputs: l.inputs, outputs: l.outputs, weights: base64, scales, bias: Array.from(l.bias, (v) => Number(v.toPrecision(6))) };
  };
  return {
    version: 1,
    labels,
    size: network.size,
    layers: [...network.convolutions.map((l) => file('conv3x3', l)), ...network.dense.map((l) => file('dense', l))],
  };
}
