/**
 * How well Tesseract's Thai model alone reads each typeface: printed lines of the corpus's
 * letters are drawn in every training and held-out face (regular, x-height of Laksaman at 16 pt,
 * 300 dpi, clean or with the synthetic scanner's damage) and read one line at a time as the
 * pipeline reads lines. Only the encoding of Tesseract's text is put right (NFC, ํา written as
 * ำ), as the pipeline does first: a split sara am is the same letter, not a misreading. Nothing
 * of ours corrects a reading (no word mending, no digit re-reading).
 *
 *   npm run build && nice -n 10 node dist/tools/ocr-training/tesseract-by-face.js \
 *     [--corpus ../shared/corpus] [--lines 200] [--damage clean|light|medium|heavy|extreme] [--seed 5]
 *
 * Prints, per face: CER of the Thai letters (digits left out on both sides), CER of the whole
 * line, and the share of Thai and of Arabic digits Tesseract read right.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { OcrEngine, toPgm } from '../../pipeline/ocr/engine.js';
import { composeSaraAm } from '../../pipeline/thai/index.js';
import { characterErrorRate } from '../eval/cer.js';
import { align } from '../eval/align.js';
import { type DamageLevel, damageRaster, drawProfile } from '../synth-scans/scan-damage.js';
import { SourceTruth, pageLines } from '../synth-scans/source-truth.js';
import { heldOutFaces, trainingFaces } from './faces.js';
import type { FontFace } from './faces.js';
import { drawStrip, glyphHeightPerEm, random } from './glyph-samples.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    lines: { type: 'string', default: '200' },
    damage: { type: 'string', default: 'clean' },
    seed: { type: 'string', default: '5' },
  },
});

const DPI = 300;
const THAI_LETTER = /[\u0E01-\u0E4E]/;
const THAI_DIGIT = /[๐-๙]/;
const ARABIC_DIGIT = /[0-9]/;

/** Printed lines of the corpus's letters with Thai on them, a fair sample of what letters say. */
async function corpusLines(folder: string, count: number, rand: () => number): Promise<string[]> {
  const lines: string[] = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.truth.json')).sort()) {
    const truth = SourceTruth.parse(JSON.parse(await readFile(path.join(folder, file), 'utf8')));
    for (const document of truth.documents) {
      for (const line of pageLines(document).flat()) {
        const text = line.trim().replace(/\s+/g, ' ');
        if (text.length >= 12 && text.length <= 70 && THAI_LETTER.test(text) && !/\.{4,}/.test(text)) lines.push(text);
      }
    }
  }
  // A seeded shuffle, then the first `count`: the same lines for every face.
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
  }
  return lines.slice(0, count);
}

interface Tally {
  letters: { errors: number; length: number };
  all: { errors: number; length: number };
  thai: [number, number];
  arabic: [number, number];
}

function countDigits(expected: string, actual: string, tally: Tally): void {
  const truth = [...expected.replace(/\s+/g, '')];
  const read = align(truth, [...actual.replace(/\s+/g, '')], false);
  truth.forEach((char, i) => {
    const counts = THAI_DIGIT.test(char) ? tally.thai : ARABIC_DIGIT.test(char) ? tally.arabic : null;
    if (!counts) return;
    counts[1]++;
    if (read[i] === char) counts[0]++;
  });
}

async function lineImage(face: FontFace, text: string, em: number, rand: () => number): Promise<{ data: Uint8Array; width: number; height: number }> {
  const strip = drawStrip(face, text, em);
  const picture = values.damage === 'clean' ? strip.png : await damageRaster(strip.png, { ...drawProfile(values.damage as DamageLevel, rand), dpi: DPI, colour: false }, 0, rand);
  const { data, info } = await sharp(picture).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

const DAMAGE_LEVELS = ['clean', 'light', 'medium', 'heavy', 'extreme'];
if (!DAMAGE_LEVELS.includes(values.damage!)) throw new Error(`--damage must be one of ${DAMAGE_LEVELS.join(', ')}`);
const rand = random(Number(values.seed));
// Half the lines printed with Arabic digits (both kinds of letter occur); the same lines for every face.
const lines = (await corpusLines(values.corpus!, Number(values.lines), rand)).map((text) =>
  rand() < 0.5 ? text : text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)),
);
const faces = [...trainingFaces(), ...heldOutFaces()].filter((f) => f.weight === 'regular');
const laksaman = faces.find((f) => f.family === 'Laksaman') as FontFace;
const engine = await OcrEngine.start();
const percent = (right: number, total: number) => (total === 0 ? '—' : `${((right / total) * 100).toFixed(1)} %`);
process.stdout.write(`${lines.length} corpus lines per face, ${values.damage}, ${DPI} dpi\n`);
process.stdout.write('| typeface | Thai letters CER | whole line CER | Thai digits right | Arabic digits right |\n|---|---|---|---|---|\n');
for (const face of faces) {
  // Every face at the x-height Laksaman has at 16 pt, as the synthetic letters size them.
  const em = ((16 * DPI) / 72) * (glyphHeightPerEm(laksaman) / glyphHeightPerEm(face));
  const tally: Tally = { letters: { errors: 0, length: 0 }, all: { errors: 0, length: 0 }, thai: [0, 0], arabic: [0, 0] };
  for (const printed of lines) {
    const image = await lineImage(face, printed, em, rand);
    const recognized = await engine.recognize(toPgm(image.data, image.width, image.height), 'line');
    const read = composeSaraAm(recognized.map((l) => l.text).join(' ').normalize('NFC'));
    const letters = characterErrorRate(printed.replace(/[๐-๙0-9]/g, ''), read.replace(/[๐-๙0-9]/g, ''));
    const all = characterErrorRate(printed, read);
    tally.letters.errors += letters.errors;
    tally.letters.length += letters.length;
    tally.all.errors += all.errors;
    tally.all.length += all.length;
    countDigits(printed, read, tally);
  }
  const cer = (t: { errors: number; length: number }) => `${((t.errors / t.length) * 100).toFixed(2)} %`;
  process.stdout.write(
    `| ${face.family} | ${cer(tally.letters)} | ${cer(tally.all)} | ${percent(...tally.thai)} (${tally.thai[1]}) | ${percent(...tally.arabic)} (${tally.arabic[1]}) |\n`,
  );
}
await engine.terminate();
