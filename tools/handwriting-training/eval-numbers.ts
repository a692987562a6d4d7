/**
 * The recognizer (readHandwrittenNumber, shipped model) on whole numbers rendered in faces the
 * network never trained on and scanned as in training: numbers with their digits apart, digits
 * run together in pairs and triples, dates, times and unit numbers with their separators, digits
 * of numbering and date stamps, and numbers touched by a stamp box's border or a rule. Each
 * number counts as right, unread (the recognizer declined) or misread (a wrong text returned):
 * on a letter, a misread costs more than a blank.
 *
 *   npm run build && nice -n 10 node dist/tools/handwriting-training/eval-numbers.js [--per-set 300] [--seed 11] [--faces held-out|training]
 *
 * --faces training measures on the training faces instead: thresholds are tuned there, and the
 * held-out figures stay a fair test.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { readHandwrittenNumber } from '../../pipeline/ocr/handwriting/index.js';
import type { Script } from '../../pipeline/ocr/handwriting/labels.js';
import { toArabicDigits, toThaiDigits } from '../../pipeline/thai/digits.js';
import { random } from '../ocr-training/glyph-samples.js';
import { DEFAULT_HOLDOUT, loadFaces } from './faces.js';
import type { Face } from './faces.js';
import { between } from './ink.js';
import type { Random } from './ink.js';
import { composeNumber, handOver, randomDigits, touchingNumber } from './numbers.js';
import type { NumberMask } from './numbers.js';
import { scanCrop } from './scan.js';
import type { ScanOptions } from './scan.js';

const { values } = parseArgs({
  options: {
    'per-set': { type: 'string', default: '300' },
    seed: { type: 'string', default: '11' },
    faces: { type: 'string', default: 'held-out' },
    holdout: { type: 'string', default: DEFAULT_HOLDOUT.join(',') },
    fontsource: { type: 'string', default: 'node_modules/@fontsource' },
    tlwg: { type: 'string', default: '/usr/share/fonts/truetype/tlwg' },
    dejavu: { type: 'string', default: '/usr/share/fonts/truetype/dejavu' },
    verbose: { type: 'boolean', default: false },
    only: { type: 'string' },
    dump: { type: 'string' },
  },
});

const holdout = new Set(values.holdout!.split(',').filter(Boolean));
const all = loadFaces({ fontsource: values.fontsource!, tlwg: values.tlwg!, dejavu: values.dejavu! });
const chosen = all.filter((f) => (values.faces === 'training' ? !holdout.has(f.family) : holdout.has(f.family)));
const handFaces = chosen.filter((f) => f.kind === 'hand');
const stampFaces = chosen.filter((f) => f.kind === 'stamp');
const perSet = Number(values['per-set']);
const pick = <T>(items: T[], rand: Random): T => items[Math.floor(rand() * items.length)] as T;

interface Case {
  truth: string;
  script: Script;
  made: NumberMask | null;
  rigid: boolean;
  scan: Partial<ScanOptions>;
}

/** A face that can write `script`'s digits. */
function faceFor(faces: Face[], script: Script, rand: Random): Face {
  const able = faces.filter((f) => (script === 'thai' ? f.thai : f.latin));
  return pick(able, rand);
}

const apart = (rand: Random) => (_k: number, height: number) => between(rand, 0.08, 0.35) * height;

/** Dates, times and unit numbers as offices write them, in Arabic digits (Thai ones by the caller). */
function separatedText(rand: Random): string {
  const two = (max: number) => String(Math.floor(rand() * max)).padStart(2, '0');
  const forms = [
    () => `${two(31)}-${two(12)}-25${two(100)}`,
    () => `${two(31)}.${two(12)}.${two(100)}`,
    () => `${two(24)}.${two(60)}`,
    () => `${two(24)}:${two(60)}:${two(60)}`,
    () => `${two(31)}/${two(12)}/25${two(100)}`,
    () => `0${Math.floor(rand() * 1000)}.${1 + Math.floor(rand() * 30)}.${1 + Math.floor(rand() * 9)}`,
  ];
  return pick(forms, rand)();
}

const sets: { name: string; make: (rand: Random) => Case }[] = [
  {
    name: 'numbers, digits apart (2-5 digits), hand faces',
    make: (rand) => {
      const script: Script = rand() < 0.5 ? 'thai' : 'arabic';
      const truth = randomDigits(script, 2 + Math.floor(rand() * 4), rand);
      return { truth, script, made: composeNumber(faceFor(handFaces, script, rand), truth, apart(rand)), rigid: false, scan: {} };
    },
  },
  {
    name: 'touching pairs, hand faces',
    make: (rand) => {
      const script: Script = rand() < 0.5 ? 'thai' : 'arabic';
      const truth = randomDigits(script, 2, rand);
      return { truth, script, made: touchingNumber(faceFor(handFaces, script, rand), truth, rand), rigid: false, scan: {} };
    },
  },
  {
    name: 'touching triples, hand faces',
    make: (rand) => {
      const script: Script = rand() < 0.5 ? 'thai' : 'arabic';
      const truth = randomDigits(script, 3, rand);
      return { truth, script, made: touchingNumber(faceFor(handFaces, script, rand), truth, rand), rigid: false, scan: {} };
    },
  },
  {
    name: 'dates, times, unit numbers (- . : /), hand faces',
    make: (rand) => {
      const script: Script = rand() < 0.5 ? 'thai' : 'arabic';
      const arabic = separatedText(rand);
      const truth = script === 'thai' ? toThaiDigits(arabic) : arabic;
      return { truth, script, made: composeNumber(faceFor(handFaces, script, rand), truth, apart(rand)), rigid: false, scan: {} };
    },
  },
  {
    name: 'numbering and date stamps (digits apart or dates), stamp faces',
    make: (rand) => {
      const script: Script = rand() < 0.5 ? 'thai' : 'arabic';
      const arabic = rand() < 0.6 ? randomDigits('arabic', 1 + Math.floor(rand() * 6), rand) : separatedText(rand);
      const truth = script === 'thai' ? toThaiDigits(arabic) : arabic;
      const gap = (_k: number, height: number) => between(rand, 0.05, 0.2) * height;
      return { truth, script, made: composeNumber(faceFor(stampFaces, script, rand), truth, gap), rigid: true, scan: { stamp: true } };
    },
  },
  {
    name: 'a stamp box border or a rule touching the number, hand faces',
    make: (rand) => {
      const script: Script = rand() < 0.5 ? 'thai' : 'arabic';
      const truth = randomDigits(script, 1 + Math.floor(rand() * 4), rand);
      const scan: Partial<ScanOptions> = rand() < 0.65 ? { border: rand() < 0.5 ? 'left' : 'right', furniture: rand() < 0.3 } : { furniture: true, rule: true };
      return { truth, script, made: composeNumber(faceFor(handFaces, script, rand), truth, apart(rand)), rigid: false, scan };
    },
  },
];

const rand = random(Number(values.seed));
process.stdout.write(`faces (${values.faces}): hand ${[...new Set(handFaces.map((f) => f.family))].join(', ')}; stamp ${[...new Set(stampFaces.map((f) => f.family))].join(', ')}\n`);
process.stdout.write('| set | numbers | right | unread | misread | CPU ms per number |\n|---|---|---|---|---|---|\n');
let cpu = 0;
let timed = 0;
if (values.dump) mkdirSync(values.dump, { recursive: true });
for (const [number, set] of sets.entries()) {
  if (values.only && !values.only.split(',').includes(String(number + 1))) continue;
  let right = 0;
  let unread = 0;
  let setCpu = 0;
  const misreads: string[] = [];
  // Each number read: its confidence (the least sure character) and whether it was right.
  const accepted: { confidence: number; right: boolean }[] = [];
  let n = 0;
  while (n < perSet) {
    const c = set.make(rand);
    if (!c.made) continue;
    const mask = handOver(c.made.mask, c.rigid, rand);
    if (!mask) continue;
    const height = Math.round(Math.exp(between(rand, Math.log(22), Math.log(64))));
    const options: ScanOptions = { height, furniture: rand() < 0.45, ...c.scan };
    const { gray } = scanCrop(mask, options, rand);
    const started = process.cpuUsage();
    const result = readHandwrittenNumber(gray, { script: rand() < 0.5 ? c.script : 'either' });
    const used = process.cpuUsage(started);
    cpu += used.user + used.system;
    setCpu += used.user + used.system;
    timed++;
    n++;
    // Digits compare by value: a lone zero is a ring in both scripts.
    const correct = toArabicDigits(result.text) === toArabicDigits(c.truth);
    if (!result.unread) accepted.push({ confidence: result.confidence, right: correct });
    if (result.unread) unread++;
    else if (correct) right++;
    else misreads.push(`${c.truth}→${result.text}`);
    // --dump DIR: the crops misread, to look at.
    if (values.dump && !result.unread && toArabicDigits(result.text) !== toArabicDigits(c.truth)) {
      await sharp(Buffer.from(gray.data), { raw: { width: gray.width, height: gray.height, channels: 1 } }).png().toFile(path.join(values.dump, `${number + 1}-${n}-${c.truth}-${result.text}.png`.replaceAll('/', '_')));
    }
  }
  const pct = (k: number) => `${((k / n) * 100).toFixed(1)} %`;
  process.stdout.write(`| ${set.name} | ${n} | ${pct(right)} | ${pct(unread)} | ${pct(misreads.length)} | ${(setCpu / n / 1000).toFixed(1)} |\n`);
  if (values.verbose || misreads.length > 0) process.stdout.write(`  misread: ${misreads.slice(0, 16).join(' ')}\n`);
  // What a stricter caller would get, asking for a higher confidence.
  const stricter = [0.9, 0.95, 0.99].map((t) => {
    const kept = accepted.filter((r) => r.confidence >= t);
    return `≥ ${t}: right ${pct(kept.filter((r) => r.right).length)}, misread ${pct(kept.filter((r) => !r.right).length)}`;
  });
  process.stdout.write(`  at confidence ${stricter.join('; ')}\n`);
}
process.stdout.write(`CPU per number: ${(cpu / timed / 1000).toFixed(2)} ms (user+system, ${timed} numbers)\n`);
