/**
 * Builds pipeline/ocr/models/glyph-classifier.json, the network that re-reads digits in OCR output.
 *
 *   npm run build && nice -n 10 node dist/tools/ocr-training/train-glyph-classifier.js \
 *     [--strips 140] [--epochs 8] [--hidden 96] [--seed 7] [--samples FILE] \
 *     [--holdout FAMILY[,FAMILY...]|all] [--holdout-share 1] [--out pipeline/ocr/models/glyph-classifier.json] \
 *     [--handwriting ../shared/handwriting/thai-digits [--hand-copies 2]]
 *
 * Every training face (faces.ts: fonts-thai-tlwg and seven @fontsource families, regular and
 * bold) draws `strips` damaged strips of type, cut into labelled glyphs (glyph-samples.ts); the
 * held-out faces of the synthetic scan set draw as many, to be measured on and never trained on.
 * `--samples FILE` keeps the rendering: a second run with the same file and options reuses it.
 * `--holdout FAMILY` trains without that family and reports its digits instead of writing the
 * model; a comma-separated list, or `all`, does so for each of those training families in turn
 * (the leave-one-typeface-out table of the README); `--holdout-share 0.5` trains those runs on
 * half the glyphs, to save time. `--handwriting FOLDER` adds the handwritten Thai digits of the
 * training writers to every run (hand-digits.ts; tried, not shipped: see the README).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FEATURE_COUNT, glyphFeatures } from '../../pipeline/ocr/glyphs/features.js';
import { heldOutFaces, trainingFaces } from './faces.js';
import type { FontFace } from './faces.js';
import { handDigitExamples, loadHandDrawings } from './hand-digits.js';
import { ARABIC_DIGITS, GLYPH_LABELS, loadSamples, random, renderStrip, saveSamples, THAI_DIGITS } from './glyph-samples.js';
import type { GlyphSample } from './glyph-samples.js';
import { createNetwork, exportModel, probabilitiesOf, train } from './mlp.js';
import type { Network, TrainingExample } from './mlp.js';

const { values } = parseArgs({
  options: {
    strips: { type: 'string', default: '140' },
    epochs: { type: 'string', default: '8' },
    hidden: { type: 'string', default: '96' },
    holdout: { type: 'string' },
    'holdout-share': { type: 'string', default: '1' },
    seed: { type: 'string', default: '7' },
    samples: { type: 'string' },
    out: { type: 'string', default: 'pipeline/ocr/models/glyph-classifier.json' },
    handwriting: { type: 'string' },
    'hand-copies': { type: 'string', default: '2' },
  },
});

const log = (line: string) => process.stdout.write(`${line}\n`);
// Rendering and training draw from their own streams: a run that reuses --samples trains exactly
// as the run that rendered them would have.
const renderRand = random(Number(values.seed));
const rand = random(Number(values.seed));
const training = trainingFaces();
const unseen = heldOutFaces();
const faces: FontFace[] = [...training, ...unseen];

async function render(): Promise<GlyphSample[]> {
  const samples: GlyphSample[] = [];
  const strips = Number(values.strips);
  for (const [index, face] of faces.entries()) {
    for (let k = 0; k < strips; k++) samples.push(...(await renderStrip(face, index, renderRand)));
    log(`rendered ${face.family} ${face.weight}: ${samples.length} glyphs so far`);
  }
  return samples;
}

const samples = values.samples && existsSync(values.samples) ? await loadSamples(values.samples) : await render();
if (values.samples && !existsSync(values.samples)) await saveSamples(values.samples, samples);

interface Example extends TrainingExample {
  family: string;
  seen: boolean;
  /** Height against the page's glyph height. */
  height: number;
}

const examples: Example[] = samples.map((s) => ({
  features: glyphFeatures(s.image, s.glyphHeight),
  label: s.label,
  family: (faces[s.face] as FontFace).family,
  seen: s.face < training.length,
  height: s.image.height / s.glyphHeight,
}));

const handSeed = Number(values.seed) + 1;
const drawings = values.handwriting ? await loadHandDrawings(values.handwriting) : [];

/** Trains on every training family but `family`; a leave-one-out run may take a share of the glyphs only, to save time. */
function trainWithout(family: string | undefined): Network {
  const share = family === undefined ? 1 : Number(values['holdout-share']);
  const set = examples.filter((e) => e.seen && e.family !== family && (share >= 1 || rand() < share));
  // Every run draws the same hands, sized by its own faces' digits.
  const hand = handDigitExamples(drawings, set, Number(values['hand-copies']), random(handSeed));
  const network = createNetwork(FEATURE_COUNT, Number(values.hidden), GLYPH_LABELS.length, rand);
  return train(network, [...set, ...hand], Number(values.epochs), rand, family === undefined ? log : () => {});
}

interface Score {
  thai: string;
  thaiInNumber: string;
  arabic: string;
  arabicInNumber: string;
  all: string;
  confusions: string;
}

const DIGITS = new Set([...THAI_DIGITS, ...ARABIC_DIGITS].map((d) => GLYPH_LABELS.indexOf(d)));

function argmax(values: Float32Array, among?: number[]): number {
  const candidates = among ?? Array.from(values, (_, i) => i);
  return candidates.reduce((bestIndex, i) => ((values[i] as number) > (values[bestIndex] as number) ? i : bestIndex), candidates[0] as number);
}

const percent = ([right, total]: number[]) => (total === 0 ? '—' : `${((right! / total!) * 100).toFixed(1)} %`);

/**
 * How a held-out face's glyphs are read. A digit "as a glyph" is read right when the network's
 * best label is a digit and the best digit of its script is the right one (๐ for 0 is no error:
 * digits.ts reads a line in one script); "in a number" when the best digit of its script is the
 * right one, whatever letter the network may have preferred (digits.ts reads glyphs standing in
 * a number among digits only). Confusions are those "as a glyph".
 */
function score(network: Network, set: Example[]): Score {
  const tally = { thai: [0, 0], thaiInNumber: [0, 0], arabic: [0, 0], arabicInNumber: [0, 0], all: [0, 0] };
  const confusions = new Map<string, number>();
  const count = (counts: number[], right: boolean) => {
    counts[0]! += right ? 1 : 0;
    counts[1]! += 1;
  };
  for (const example of set) {
    const probabilities = probabilitiesOf(network, example.features);
    const guess = argmax(probabilities);
    const truth = GLYPH_LABELS[example.label] as string;
    const script = THAI_DIGITS.includes(truth) ? THAI_DIGITS : ARABIC_DIGITS.includes(truth) ? ARABIC_DIGITS : null;
    if (!script) {
      count(tally.all, guess === example.label);
      continue;
    }
    const digit = argmax(probabilities, script.map((d) => GLYPH_LABELS.indexOf(d)));
    const readAs = DIGITS.has(guess) ? digit : guess;
    count(tally.all, readAs === example.label);
    count(script === THAI_DIGITS ? tally.thai : tally.arabic, readAs === example.label);
    count(script === THAI_DIGITS ? tally.thaiInNumber : tally.arabicInNumber, digit === example.label);
    if (readAs !== example.label) {
      const key = `${truth}→${GLYPH_LABELS[readAs]}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  }
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 4);
  return {
    thai: `${percent(tally.thai)} (${tally.thai[1]})`,
    thaiInNumber: percent(tally.thaiInNumber),
    arabic: `${percent(tally.arabic)} (${tally.arabic[1]})`,
    arabicInNumber: percent(tally.arabicInNumber),
    all: percent(tally.all),
    confusions: top.map(([k, v]) => `${k} ×${v}`).join(', '),
  };
}

const row = (name: string, s: Score) => `| ${name} | ${s.thai} | ${s.thaiInNumber} | ${s.arabic} | ${s.arabicInNumber} | ${s.all} | ${s.confusions} |`;
const HEADER =
  '| typeface | Thai digits as a glyph (glyphs) | Thai digits in a number | Arabic digits as a glyph (glyphs) | Arabic digits in a number | all glyphs | commonest digit confusions |\n|---|---|---|---|---|---|---|';
const families = [...new Set(training.map((f) => f.family))];
const unseenFamilies = [...new Set(unseen.map((f) => f.family))];
log(`${examples.length} glyphs: ${examples.filter((e) => e.seen).length} from ${families.length} training families, ${examples.filter((e) => !e.seen).length} from ${unseenFamilies.length} held-out families; ${drawings.length} handwritten digits`);

if (values.holdout) {
  const heldOut = values.holdout === 'all' ? families : values.holdout.split(',').map((name) => name.trim());
  const unknown = heldOut.filter((family) => !families.includes(family));
  if (unknown.length > 0) throw new Error(`not a training family: ${unknown.join(', ')} (families: ${families.join(', ')})`);
  log(`leave one typeface out (${values.epochs} epochs, hidden ${values.hidden}):\n${HEADER}`);
  for (const family of heldOut) {
    const network = trainWithout(family);
    log(row(family, score(network, examples.filter((e) => e.family === family))));
    // One family left out: the faces no run trains on are measured too.
    if (heldOut.length === 1) for (const face of unseenFamilies) log(row(`${face} (never trained on)`, score(network, examples.filter((e) => e.family === face))));
  }
} else {
  const network = trainWithout(undefined);
  log(`faces never trained on:\n${HEADER}`);
  for (const family of unseenFamilies) log(row(family, score(network, examples.filter((e) => e.family === family))));
  await writeFile(values.out!, `${JSON.stringify(exportModel(network, GLYPH_LABELS))}\n`);
  log(`wrote ${values.out}`);
}
