/**
 * Builds pipeline/ocr/models/glyph-classifier.json, the network that re-reads digits in OCR output.
 *
 *   npm run build && node dist/tools/ocr-training/train-glyph-classifier.js \
 *     [--fonts /usr/share/fonts/truetype/tlwg] [--per-glyph 14] [--epochs 12] [--hidden 64] \
 *     [--holdout Laksaman] [--seed 7] [--out pipeline/ocr/models/glyph-classifier.json]
 *
 * Needs the Thai fonts of Debian's fonts-thai-tlwg (Laksaman, the metric twin of TH Sarabun PSK,
 * Kinnari, Norasi, Loma, Garuda, ...). Every upright face renders every label `per-glyph` times
 * under random scan damage (see glyph-samples.ts). With --holdout FAMILY that family is left out
 * of training and its accuracy is reported: the test of generalizing to an unseen typeface.
 * Without it, all faces train the shipped model. Takes a few minutes on one core.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FEATURE_COUNT } from '../../pipeline/ocr/glyphs/features.js';
import { createNetwork, exportModel, predict, train } from './mlp.js';
import type { TrainingExample } from './mlp.js';
import { DEFAULT_FONT_FOLDER, GLYPH_LABELS, random, registerFonts, renderSample, THAI_DIGITS } from './glyph-samples.js';

const { values } = parseArgs({
  options: {
    fonts: { type: 'string', default: DEFAULT_FONT_FOLDER },
    'per-glyph': { type: 'string', default: '14' },
    epochs: { type: 'string', default: '12' },
    hidden: { type: 'string', default: '64' },
    holdout: { type: 'string' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string', default: 'pipeline/ocr/models/glyph-classifier.json' },
  },
});

const log = (line: string) => process.stdout.write(`${line}\n`);
const rand = random(Number(values.seed));
const faces = registerFonts(values.fonts!);
if (faces.length === 0) throw new Error(`no fonts in ${values.fonts}: apt-get install fonts-thai-tlwg`);
log(`${faces.length} faces: ${[...new Set(faces.map((f) => f.family))].join(', ')}`);

const trainSet: TrainingExample[] = [];
const testSet: TrainingExample[] = [];
const perGlyph = Number(values['per-glyph']);
for (const face of faces) {
  for (const [label, glyph] of GLYPH_LABELS.entries()) {
    for (let k = 0; k < perGlyph; k++) {
      const features = await renderSample(face, glyph, rand);
      if (!features) continue;
      (face.family === values.holdout ? testSet : trainSet).push({ features, label });
    }
  }
  log(`rendered ${face.alias}: ${trainSet.length} training, ${testSet.length} held out`);
}

const network = train(createNetwork(FEATURE_COUNT, Number(values.hidden), GLYPH_LABELS.length, rand), trainSet, Number(values.epochs), rand, log);

if (testSet.length > 0) {
  const digitLabels = new Set(THAI_DIGITS.map((d) => GLYPH_LABELS.indexOf(d)));
  let correct = 0;
  let digits = 0;
  let digitsCorrect = 0;
  const confusions = new Map<string, number>();
  for (const example of testSet) {
    const guess = predict(network, example.features);
    if (guess === example.label) correct++;
    if (digitLabels.has(example.label)) {
      digits++;
      if (guess === example.label) digitsCorrect++;
      else {
        const key = `${GLYPH_LABELS[example.label]}→${GLYPH_LABELS[guess]}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    }
  }
  log(`held-out ${values.holdout}: all glyphs ${((correct / testSet.length) * 100).toFixed(2)}%, Thai digits ${((digitsCorrect / digits) * 100).toFixed(2)}%`);
  log(`Thai digit confusions: ${[...confusions].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${v}`).join(' ')}`);
} else {
  await writeFile(values.out!, `${JSON.stringify(exportModel(network, GLYPH_LABELS))}\n`);
  log(`wrote ${values.out}`);
}
