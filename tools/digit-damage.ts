/**
 * npm run digit-damage -- CORPUS_DIR [--rate 0.01] [--seeds 6]
 * How well the parser's cross-checks stand OCR-like digit damage, apart from OCR itself: the
 * text layers of every NAME.digital.pdf are read, then each digit is misread as a look-alike
 * (at `rate`) or dropped (at rate × 0.3) and each dot between digits lost (at rate × 3), with a
 * seeded generator, the pages are marked as OCR and parsed. Prints reference, date, citation and
 * chain accuracy per seed and their mean.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageText } from '../schemas/index.js';
import { assembleResult, readPdfPages } from '../pipeline/process.js';
import { chainMatches, compareDocuments } from './eval/compare.js';
import { Truth } from './eval/truth.js';
import { toolArguments } from './command-line.js';

/** Digits a scan or an unseen typeface turns each digit into. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '๐': '๑๘', '๑': '๓๗๐', '๒': '๖๗', '๓': '๑๘๗', '๔': '๕', '๕': '๔๖๘', '๖': '๒๕', '๗': '๓๑', '๘': '๙๓', '๙': '๘๕',
  '0': '86', '1': '7', '2': '7', '3': '8', '4': '9', '5': '6', '6': '58', '7': '1', '8': '36', '9': '4',
};
const FIELDS = ['reference', 'date', 'references', 'enclosures'] as const;

const { values, positionals } = toolArguments('usage: npm run digit-damage -- CORPUS_DIR [--rate 0.01] [--seeds 6]', { rate: { type: 'string', default: '0.01' }, seeds: { type: 'string', default: '6' } }, 1);
const corpus = positionals[0]!;
const rate = Number(values.rate);

/** A linear congruential generator: the same seed, the same damage. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function damage(line: string, random: () => number): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const draw = random();
    const alternatives = LOOKALIKES[c];
    if (alternatives && draw < rate) out += alternatives[Math.floor(random() * alternatives.length)];
    else if (alternatives && draw < rate * 1.3) continue;
    else if (c === '.' && /[0-9๐-๙]/u.test(line[i - 1] ?? '') && /[0-9๐-๙]/u.test(line[i + 1] ?? '') && draw < rate * 3) continue;
    else out += c;
  }
  return out;
}

const items = (await readdir(corpus)).filter((n) => n.endsWith('.truth.json')).map((n) => n.slice(0, -'.truth.json'.length)).sort();
const read = await Promise.all(
  items.map(async (item) => {
    const file = join(corpus, `${item}.digital.pdf`);
    const truth = Truth.parse(JSON.parse(await readFile(join(corpus, `${item}.truth.json`), 'utf8')));
    return { truth, ...(await readPdfPages({ file, bytes: new Uint8Array(await readFile(file)) })) };
  }),
);
const means: Record<string, number[]> = {};
for (let seed = 1; seed <= Number(values.seeds); seed++) {
  const random = generator(seed);
  const tally = Object.fromEntries([...FIELDS, 'chain'].map((f) => [f, [0, 0]])) as Record<string, [number, number]>;
  for (const { truth, source, pages } of read) {
    const damaged: PageText[] = pages.map((p) => ({ ...p, method: 'ocr', confidence: 0.9, lines: p.lines.map((l) => damage(l, random)) }));
    const result = assembleResult(source, damaged);
    for (const o of compareDocuments(result, truth).filter((x) => (FIELDS as readonly string[]).includes(x.field))) {
      tally[o.field]![1]++;
      if (o.ok) tally[o.field]![0]++;
    }
    tally.chain![1]++;
    if (chainMatches(result, truth)) tally.chain![0]++;
  }
  const row = Object.entries(tally).map(([field, [ok, total]]) => {
    (means[field] ??= []).push((100 * ok) / total);
    return `${field} ${((100 * ok) / total).toFixed(1)} %`;
  });
  process.stdout.write(`seed ${seed}: ${row.join(', ')}\n`);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
process.stdout.write(`mean at rate ${rate}: ${Object.entries(means).map(([f, xs]) => `${f} ${mean(xs).toFixed(1)} %`).join(', ')}\n`);
