/**
 * A one-hidden-layer network (ReLU, softmax) trained with Adam on cross-entropy, and its int8
 * export in the format pipeline/ocr/glyphs/classifier.ts reads.
 */
import { type GlyphModelFile, softmaxInPlace } from '../../pipeline/ocr/glyphs/classifier.js';

export interface Network {
  inputs: number;
  hidden: number;
  outputs: number;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

export function createNetwork(inputs: number, hidden: number, outputs: number, rand: () => number): Network {
  const init = (n: number, fanIn: number) => Float32Array.from({ length: n }, () => (rand() * 2 - 1) * Math.sqrt(6 / fanIn));
  return {
    inputs,
    hidden,
    outputs,
    w1: init(inputs * hidden, inputs),
    b1: new Float32Array(hidden),
    w2: init(hidden * outputs, hidden),
    b2: new Float32Array(outputs),
  };
}

function forward(net: Network, x: Float32Array, h: Float32Array, p: Float32Array): void {
  for (let j = 0; j < net.hidden; j++) {
    let sum = net.b1[j] as number;
    const row = j * net.inputs;
    for (let i = 0; i < net.inputs; i++) sum += (net.w1[row + i] as number) * (x[i] as number);
    h[j] = sum > 0 ? sum : 0;
  }
  for (let o = 0; o < net.outputs; o++) {
    let sum = net.b2[o] as number;
    const row = o * net.hidden;
    for (let j = 0; j < net.hidden; j++) sum += (net.w2[row + j] as number) * (h[j] as number);
    p[o] = sum;
  }
  softmaxInPlace(p);
}

export function probabilitiesOf(net: Network, x: Float32Array): Float32Array {
  const h = new Float32Array(net.hidden);
  const p = new Float32Array(net.outputs);
  forward(net, x, h, p);
  return p;
}

/** Adam over one parameter array; `update` applies the summed gradient of a batch and clears it. */
export class Adam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private step = 0;
  constructor(private readonly params: Float32Array) {
    this.m = new Float32Array(params.length);
    this.v = new Float32Array(params.length);
  }
  update(grad: Float32Array, rate: number, batch: number): void {
    this.step++;
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** this.step;
    const c2 = 1 - b2 ** this.step;
    for (let i = 0; i < grad.length; i++) {
      const g = (grad[i] as number) / batch;
      this.m[i] = b1 * (this.m[i] as number) + (1 - b1) * g;
      this.v[i] = b2 * (this.v[i] as number) + (1 - b2) * g * g;
      this.params[i]! -= (rate * ((this.m[i] as number) / c1)) / (Math.sqrt((this.v[i] as number) / c2) + 1e-8);
      grad[i] = 0;
    }
  }
}

export interface TrainingExample {
  features: Float32Array;
  label: number;
}

/** Mini-batch training; returns the network after `epochs` passes. */
export function train(net: Network, examples: TrainingExample[], epochs: number, rand: () => number, log: (line: string) => void): Network {
  const grads = {
    w1: new Float32Array(net.w1.length),
    b1: new Float32Array(net.b1.length),
    w2: new Float32Array(net.w2.length),
    b2: new Float32Array(net.b2.length),
  };
  const optimizers = { w1: new Adam(net.w1), b1: new Adam(net.b1), w2: new Adam(net.w2), b2: new Adam(net.b2) };
  const h = new Float32Array(net.hidden);
  const p = new Float32Array(net.outputs);
  const dh = new Float32Array(net.hidden);
  const batch = 32;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = 0.002 * 0.5 ** Math.floor(epoch / Math.max(1, Math.floor(epochs / 3)));
    let loss = 0;
    let correct = 0;
    for (let start = 0; start < order.length; start += batch) {
      const end = Math.min(order.length, start + batch);
      for (let k = start; k < end; k++) {
        const example = examples[order[k] as number] as TrainingExample;
        const x = example.features;
        forward(net, x, h, p);
        loss -= Math.log(Math.max(1e-9, p[example.label] as number));
        let best = 0;
        for (let o = 1; o < net.outputs; o++) if ((p[o] as number) > (p[best] as number)) best = o;
        if (best === example.label) correct++;
        dh.fill(0);
        for (let o = 0; o < net.outputs; o++) {
          const d = (p[o] as number) - (o === example.label ? 1 : 0);
          grads.b2[o]! += d;
          const row = o * net.hidden;
          for (let j = 0; j < net.hidden; j++) {
            grads.w2[row + j]! += d * (h[j] as number);
            dh[j]! += d * (net.w2[row + j] as number);
          }
        }
        for (let j = 0; j < net.hidden; j++) {
          if ((h[j] as number) <= 0) continue;
          const d = dh[j] as number;
          grads.b1[j]! += d;
          const row = j * net.inputs;
          for (let i = 0; i < net.inputs; i++) grads.w1[row + i]! += d * (x[i] as number);
        }
      }
      const size = end - start;
      optimizers.w1.update(grads.w1, rate, size);
      optimizers.b1.update(grads.b1, rate, size);
      optimizers.w2.update(grads.w2, rate, size);
      optimizers.b2.update(grads.b2, rate, size);
    }
    log(`epoch ${epoch + 1}/${epochs}: loss ${(loss / examples.length).toFixed(4)}, training accuracy ${((correct / examples.length) * 100).toFixed(2)}%`);
  }
  return net;
}

/** Per-row int8 quantization, read back by `dequantize` (pipeline/ocr/glyphs/classifier.ts). */
export function quantize(weights: Float32Array, rowLength: number): { base64: string; scales: number[] } {
  const rows = weights.length / rowLength;
  const bytes = new Int8Array(weights.length);
  const scales: number[] = [];
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let i = 0; i < rowLength; i++) max = Math.max(max, Math.abs(weights[r * rowLength + i] as number));
    const scale = max / 127 || 1;
    scales.push(Number(scale.toPrecision(6)));
    for (let i = 0; i < rowLength; i++) bytes[r * rowLength + i] = Math.round((weights[r * rowLength + i] as number) / scale);
  }
  return { base64: Buffer.from(bytes.buffer).toString('base64'), scales };
}

const rounded = (values: Float32Array) => Array.from(values, (v) => Number(v.toPrecision(6)));

export function exportModel(net: Network, labels: string[]): GlyphModelFile {
  const hidden = quantize(net.w1, net.inputs);
  const output = quantize(net.w2, net.hidden);
  return {
    version: 1,
    labels,
    inputs: net.inputs,
    hidden: net.hidden,
    hiddenWeights: hidden.base64,
    hiddenScales: hidden.scales,
    hiddenBias: rounded(net.b1),
    outputWeights: output.base64,
    outputScales: output.scales,
    outputBias: rounded(net.b2),
  };
}
