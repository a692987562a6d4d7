/**
 * Builds pipeline/ocr/models/handwritten-digit-classifier.json, the network that reads handwritten
 * and stamped digits (pipeline/ocr/handwriting). See README.md beside this file.
 *
 *   npm run build && nice -n 10 node dist/tools/handwriting-training/train-handwritten-digits.js \
 *     --digits ../shared/handwriting/thai-digits [--mnist FOLDER] [--mnist-share 0.4] [--epochs 14] [--per-class 1000] [--hidden 96] [--seed 7] \
 *     [--holdout FAMILIES] [--test-share 0.2] [--cut-share 0.1] [--drawn-share 0.72] [--init MODEL] [--rate 0.002] [--out FILE]
 *
 * Trains on the writers of the handwritten set that fall outside the test share (split by session
 * = file name), with --mnist on MNIST's handwritten Arabic digits outside the same share (split
 * by glyph: MNIST keeps no writer names; see README.md for why the shipped model has none) and
 * on typefaces not held out; reports the writer-disjoint test and the held-out
 * typefaces with a confusion summary, then writes the model. --init starts from a model's weights
 * (same architecture) instead of random ones.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createCanvas } from '@napi-rs/canvas';
import { glyphInput, INPUT_SIZE } from '../../pipeline/ocr/handwriting/glyph-input.js';
import { ARABIC_DIGITS, DIGIT_LABELS, NOT_A_DIGIT, THAI_DIGITS } from '../../pipeline/ocr/handwriting/labels.js';
import type { Script } from '../../pipeline/ocr/handwriting/labels.js';
import { DigitClassifier, networkFromFile } from '../../pipeline/ocr/handwriting/network.js';
import type { DigitModelFile } from '../../pipeline/ocr/handwriting/network.js';
import { labelIndex, MIN_CONFIDENCE, readGlyph } from '../../pipeline/ocr/handwriting/reading.js';
import { random } from '../ocr-training/glyph-samples.js';
import { createNetwork, createTrainer, exportModel } from './cnn.js';
import type { Example } from './cnn.js';
import { DEFAULT_HOLDOUT, loadFaces } from './faces.js';
import { splitterExamples } from './cuts.js';
import { stampImpression } from './ink.js';
import type { Random } from './ink.js';
import { augmented, faceDigitRecipes, GlyphCache, handwrittenRecipe, isTestSession, loadHandwrittenDigits, loadMnistDigits, nonDigitRecipes, slashRecipes } from './samples.js';
import type { Recipe } from './samples.js';
import { randomScanOptions, scannedInput } from './scan.js';

const { values } = parseArgs({
  options: {
    digits: { type: 'string' },
    mnist: { type: 'string' },
    'mnist-share': { type: 'string', default: '0.4' },
    fontsource: { type: 'string', default: 'node_modules/@fontsource' },
    tlwg: { type: 'string', default: '/usr/share/fonts/truetype/tlwg' },
    dejavu: { type: 'string', default: '/usr/share/fonts/truetype/dejavu' },
    holdout: { type: 'string', default: DEFAULT_HOLDOUT.join(',') },
    'test-share': { type: 'string', default: '0.2' },
    epochs: { type: 'string', default: '14' },
    'per-class': { type: 'string', default: '1000' },
    channels: { type: 'string', default: '12,24' },
    hidden: { type: 'string', default: '96' },
    seed: { type: 'string', default: '7' },
    'cut-share': { type: 'string', default: '0.1' },
    'drawn-share': { type: 'string', default: '0.72' },
    init: { type: 'string' },
    rate: { type: 'string', default: '0.002' },
    out: { type: 'string', default: 'pipeline/ocr/models/handwritten-digit-classifier.json' },
    preview: { type: 'string' },
  },
});

const log = (line: string) => process.stdout.write(`${line}\n`);
if (!values.digits) throw new Error('--digits FOLDER (the handwritten Thai digits: FOLDER/0 … FOLDER/9) is required');
const rand = random(Number(values.seed));
const holdout = new Set(values.holdout!.split(',').filter(Boolean));
const testShare = Number(values['test-share']);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

const faces = loadFaces({ fontsource: values.fontsource!, tlwg: values.tlwg!, dejavu: values.dejavu! });
const trainFaces = faces.filter((f) => !holdout.has(f.family));
const heldFaces = faces.filter((f) => holdout.has(f.family));
log(`${faces.length} faces; held out: ${[...new Set(heldFaces.map((f) => f.family))].join(', ')}`);

const handwritten = await loadHandwrittenDigits(values.digits);
const testDigits = handwritten.filter((d) => isTestSession(d.session, testShare));
const trainDigits = handwritten.filter((d) => !isTestSession(d.session, testShare));
const sessions = (list: typeof handwritten) => new Set(list.map((d) => d.session)).size;
log(`handwritten: ${trainDigits.length} training digits from ${sessions(trainDigits)} writers, ${testDigits.length} test digits from ${sessions(testDigits)} other writers (${elapsed()})`);
const mnist = values.mnist ? await loadMnistDigits(values.mnist) : [];
const mnistTest = mnist.filter((d) => isTestSession(d.session, testShare));
const mnistTrain = mnist.filter((d) => !isTestSession(d.session, testShare));
if (values.mnist) log(`MNIST: ${mnistTrain.length} training digits, ${mnistTest.length} test digits (split by glyph)`);

const cache = new GlyphCache();
const byLabel = (recipes: Recipe[]) => {
  const map = new Map<number, Recipe[]>();
  for (const r of recipes) map.set(r.label, [...(map.get(r.label) ?? []), r]);
  return map;
};
const fontDigits = faceDigitRecipes(trainFaces, cache);
const drawnDigits = [...trainDigits, ...mnistTrain].map(handwrittenRecipe);
const pools = {
  hand: byLabel(fontDigits.filter((r) => !r.stamp)),
  stamp: byLabel(fontDigits.filter((r) => r.stamp)),
  drawn: byLabel(drawnDigits),
  slash: slashRecipes(trainFaces, cache),
  none: nonDigitRecipes(trainFaces, cache, [...fontDigits, ...drawnDigits]),
};
/** Digits of one source (a face, or the handwritten set) and one script: the digits of one touching number. */
const numberSources = (() => {
  const sources = new Map<string, Recipe[]>();
  for (const r of [...fontDigits, ...drawnDigits]) {
    const key = `${r.source}:${THAI_DIGITS.includes(DIGIT_LABELS[r.label] as string)}`;
    sources.set(key, [...(sources.get(key) ?? []), r]);
  }
  return [...sources.values()];
})();

function example(recipe: Recipe, random: Random): Example | null {
  const written = augmented(recipe, random);
  if (!written) return null;
  // Numbering-machine and date-stamp digits: stamped (uneven ink, a ghost), stamp ink, more blur.
  const mask = recipe.stamp ? stampImpression(written, random) : written;
  const input = scannedInput(mask, { ...randomScanOptions(random), ...(recipe.stamp ? { stamp: true } : {}) }, random);
  return input ? { input, label: recipe.label } : null;
}

const pick = <T>(items: T[], random: Random): T => items[Math.floor(random() * items.length)] as T;

/**
 * Where a digit's training glyphs come from: a Thai digit --drawn-share (72 %) from the
 * handwritten set, an Arabic digit --mnist-share (40 %) from MNIST when it is given; the rest
 * hand and stamp faces 4:3 (an Arabic digit without MNIST: 72 % hand faces, 28 % stamp faces).
 */
function digitPool(label: number): Recipe[] {
  const drawn = pools.drawn.get(label) ?? [];
  const hand = pools.hand.get(label) ?? [];
  const stamp = pools.stamp.get(label) ?? [];
  const r = rand();
  if (drawn.length === 0) return r < 0.72 ? hand : stamp;
  const drawnShare = Number(values[THAI_DIGITS.includes(DIGIT_LABELS[label] as string) ? 'drawn-share' : 'mnist-share']);
  return r < drawnShare ? drawn : r < drawnShare + ((1 - drawnShare) * 4) / 7 ? hand : stamp;
}

/**
 * One epoch's examples, freshly augmented: `perClass` per digit, half as many slashes, twice as
 * many non-digits, and `--cut-share` of the rest from the splitter's own cuts.
 */
function epochExamples(perClass: number): Example[] {
  const recipes: Recipe[] = [];
  for (const digit of [...THAI_DIGITS, ...ARABIC_DIGITS]) {
    const label = DIGIT_LABELS.indexOf(digit);
    for (let k = 0; k < perClass; k++) recipes.push(pick(digitPool(label), rand));
  }
  for (let k = 0; k < perClass / 2; k++) recipes.push(pick(pools.slash, rand));
  for (let k = 0; k < perClass * 2; k++) recipes.push(pick(pools.none, rand));
  const examples: Example[] = [];
  for (const recipe of recipes) {
    const made = example(recipe, rand);
    if (made) examples.push(made);
  }
  examples.push(...splitterExamples(numberSources, Math.round(recipes.length * Number(values['cut-share'])), rand));
  for (let i = examples.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [examples[i], examples[j]] = [examples[j] as Example, examples[i] as Example];
  }
  return examples;
}

interface TestSet {
  name: string;
  script: Script;
  examples: Example[];
}

/** Fixed test glyphs (their own seed): writer-disjoint drawings clean and scanned, held-out faces scanned. */
async function testSets(): Promise<TestSet[]> {
  const testRand = random(Number(values.seed) + 1000);
  const scanned = (recipes: Recipe[], copies: number) => {
    const out: Example[] = [];
    for (const recipe of recipes) for (let k = 0; k < copies; k++) {
      const made = example(recipe, testRand);
      if (made) out.push(made);
    }
    return out;
  };
  const asDrawn = (digits: typeof handwritten) =>
    digits.flatMap((d) => {
      const input = glyphInput(d.gray);
      return input ? [{ input, label: d.label }] : [];
    });
  const heldDigits = faceDigitRecipes(heldFaces, cache);
  const heldHand = heldDigits.filter((r) => !r.stamp);
  const heldStamp = heldDigits.filter((r) => r.stamp);
  const thaiLabels = new Set(THAI_DIGITS.map((d) => DIGIT_LABELS.indexOf(d)));
  const thai = (r: Recipe) => thaiLabels.has(r.label);
  return [
    { name: 'handwritten Thai, writer-disjoint, as drawn', script: 'thai', examples: asDrawn(testDigits) },
    { name: 'handwritten Thai, writer-disjoint, scanned', script: 'thai', examples: scanned(testDigits.map(handwrittenRecipe), 1) },
    ...(mnist.length > 0
      ? [
          { name: 'handwritten Arabic (MNIST), glyph-disjoint, as drawn', script: 'arabic' as const, examples: asDrawn(mnistTest) },
          { name: 'handwritten Arabic (MNIST), glyph-disjoint, scanned', script: 'arabic' as const, examples: scanned(mnistTest.map(handwrittenRecipe), 1) },
        ]
      : []),
    { name: 'held-out hand faces, Thai digits, scanned', script: 'thai', examples: scanned(heldHand.filter(thai), 20) },
    { name: 'held-out hand faces, Arabic digits, scanned', script: 'arabic', examples: scanned(heldHand.filter((r) => !thai(r)), 20) },
    { name: 'held-out stamp faces, Thai digits, stamped', script: 'thai', examples: scanned(heldStamp.filter(thai), 20) },
    { name: 'held-out stamp faces, Arabic digits, stamped', script: 'arabic', examples: scanned(heldStamp.filter((r) => !thai(r)), 20) },
    { name: 'held-out faces, non-digits, scanned', script: 'thai', examples: scanned(nonDigitRecipes(heldFaces, cache, heldDigits), 1) },
  ];
}

const index = labelIndex(DIGIT_LABELS);

/** Accuracy (best digit of the script), and the share read at MIN_CONFIDENCE with its accuracy. */
function evaluate(classifier: DigitClassifier, set: TestSet): string {
  let right = 0;
  let read = 0;
  let readRight = 0;
  const confusions = new Map<string, number>();
  for (const e of set.examples) {
    const truth = DIGIT_LABELS[e.label] as string;
    const reading = readGlyph(classifier.probabilities(e.input), index, set.script, set.script);
    const accepted = reading.char !== NOT_A_DIGIT && reading.confidence >= MIN_CONFIDENCE;
    if (truth === NOT_A_DIGIT) {
      // For non-digits, "right" is not being read as a digit or slash.
      if (!accepted) right++;
      else confusions.set(`${truth}→${reading.char}`, (confusions.get(`${truth}→${reading.char}`) ?? 0) + 1);
      continue;
    }
    if (reading.char === truth) right++;
    else confusions.set(`${truth}→${reading.char}`, (confusions.get(`${truth}→${reading.char}`) ?? 0) + 1);
    if (accepted) {
      read++;
      if (reading.char === truth) readRight++;
    }
  }
  const pct = (a: number, b: number) => `${((a / Math.max(1, b)) * 100).toFixed(2)} %`;
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}×${v}`).join(' ');
  const n = set.examples.length;
  if (set.examples.every((e) => DIGIT_LABELS[e.label] === NOT_A_DIGIT)) return `${set.name} (${n}): rejected ${pct(right, n)}; read as: ${top}`;
  return `${set.name} (${n}): ${pct(right, n)} right; read at ≥ ${MIN_CONFIDENCE}: ${pct(read, n)} of glyphs, ${pct(readRight, read)} of them right; confusions ${top}`;
}

function writePreview(examples: Example[], file: string): Promise<void> {
  const columns = 24;
  const rows = Math.ceil(examples.length / columns);
  const cell = INPUT_SIZE + 12;
  const canvas = createCanvas(columns * cell, rows * cell);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const image = context.createImageData(INPUT_SIZE, INPUT_SIZE);
  examples.forEach((e, k) => {
    for (let i = 0; i < INPUT_SIZE * INPUT_SIZE; i++) {
      const v = 255 - Math.round((e.input[i] as number) * 255);
      image.data.set([v, v, v, 255], i * 4);
    }
    const x = (k % columns) * cell;
    const y = Math.floor(k / columns) * cell;
    context.putImageData(image, x, y);
    context.fillStyle = '#c00000';
    context.font = '10px hw-Loma';
    context.fillText(DIGIT_LABELS[e.label] === NOT_A_DIGIT ? '×' : (DIGIT_LABELS[e.label] as string), x + 2, y + cell - 1);
  });
  return writeFile(file, canvas.toBuffer('image/png'));
}

if (values.preview) {
  await writePreview(epochExamples(12).slice(0, 24 * 20), values.preview);
  log(`wrote ${values.preview}`);
  process.exit(0);
}

const tests = await testSets();
log(`test sets ready: ${tests.map((t) => `${t.name} ${t.examples.length}`).join('; ')} (${elapsed()})`);
const network = values.init
  ? networkFromFile(JSON.parse(await readFile(values.init, 'utf8')) as DigitModelFile)
  : createNetwork({ size: INPUT_SIZE, channels: values.channels!.split(',').map(Number), hidden: values.hidden!.split(',').map(Number), outputs: DIGIT_LABELS.length }, rand);
if (values.init) log(`starting from ${values.init}`);
const baseRate = Number(values.rate);
const trainer = createTrainer(network);
const epochs = Number(values.epochs);
for (let epoch = 0; epoch < epochs; epoch++) {
  const examples = epochExamples(Number(values['per-class']));
  // Cosine decay from --rate: large steps while the fresh augmentations teach, small at the end.
  const rate = (baseRate / 2) * (1 + Math.cos((Math.PI * epoch) / epochs)) + 0.00005;
  const { loss, accuracy } = trainer.epoch(examples, rate);
  log(`epoch ${epoch + 1}/${epochs}: ${examples.length} examples, loss ${loss.toFixed(4)}, training accuracy ${(accuracy * 100).toFixed(2)} % (${elapsed()})`);
  if (epoch === epochs - 1 || epoch % 4 === 3) {
    const classifier = new DigitClassifier(exportModel(network, DIGIT_LABELS));
    log(`  ${evaluate(classifier, tests[0] as TestSet)}`);
  }
}

const model = exportModel(network, DIGIT_LABELS);
const shipped = new DigitClassifier(model);
log(`figures of the int8 model (${elapsed()}):`);
for (const set of tests) log(`  ${evaluate(shipped, set)}`);
await writeFile(values.out!, `${JSON.stringify(model)}\n`);
log(`wrote ${values.out} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB)`);
