/**
 * Averages the weights of two handwritten-digit models of one architecture, one fine-tuned from
 * the other ("model soup"): the fine-tuned model's new skills (stamps, the splitter's cuts) with
 * most of the first model's hold on the handwritten set. See README.md beside this file.
 *
 *   node dist/tools/handwriting-training/average-models.js FIRST.json SECOND.json WEIGHT_OF_SECOND OUT.json
 */
import { readFile, writeFile } from 'node:fs/promises';
import { networkFromFile } from '../../pipeline/ocr/handwriting/network.js';
import type { DigitModelFile, Layer } from '../../pipeline/ocr/handwriting/network.js';
import { exportModel } from './cnn.js';

const [firstFile, secondFile, weightText, out] = process.argv.slice(2);
if (!firstFile || !secondFile || !weightText || !out) throw new Error('usage: average-models FIRST.json SECOND.json WEIGHT_OF_SECOND OUT.json');
const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as DigitModelFile;
const [first, second] = [await read(firstFile), await read(secondFile)];
if (JSON.stringify(first.labels) !== JSON.stringify(second.labels)) throw new Error('the models name different labels');
const weight = Number(weightText);
const a = networkFromFile(first);
const b = networkFromFile(second);
const blend = (x: Layer, y: Layer) => {
  if (x.weights.length !== y.weights.length) throw new Error('the models differ in architecture');
  for (let i = 0; i < x.weights.length; i++) x.weights[i] = (1 - weight) * (x.weights[i] as number) + weight * (y.weights[i] as number);
  for (let i = 0; i < x.bias.length; i++) x.bias[i] = (1 - weight) * (x.bias[i] as number) + weight * (y.bias[i] as number);
};
a.convolutions.forEach((layer, i) => blend(layer, b.convolutions[i] as Layer));
a.dense.forEach((layer, i) => blend(layer, b.dense[i] as Layer));
await writeFile(out, `${JSON.stringify(exportModel(a, first.labels))}\n`);
process.stdout.write(`wrote ${out}\n`);
