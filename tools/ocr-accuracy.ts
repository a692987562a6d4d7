/**
 * node dist/tools/ocr-accuracy.js CORPUS_DIR [--only TEXT] [--pages N] [--workers N] [--show]
 *
 * OCR accuracy on NAME.scan.pdf files against NAME.truth.json page texts:
 * - CER with whitespace removed, per page and overall;
 * - Thai digit accuracy everywhere on the page (truth digits aligned to the OCR text);
 * - digit accuracy inside the fields that matter: reference numbers, dates, receipt stamp
 *   numbers, dates and times (each field located in its page's OCR text by fuzzy matching).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createOcrPool } from '../pipeline/ocr/index.js';
import { openPdfDocument } from '../pipeline/pdf/index.js';
import { align } from './eval/align.js';
import { characterErrorRate } from './eval/cer.js';

interface Tally {
  correct: number;
  total: number;
}

const THAI_DIGIT = /[๐-๙]/;
const ANY_DIGIT = /[๐-๙0-9]/;
const squeeze = (text: string) => [...text.replace(/\s+/g, '')];

function countDigits(expected: string[], aligned: Array<string | null>, digit: RegExp, tally: Tally): string[] {
  const misses: string[] = [];
  expected.forEach((char, k) => {
    if (!digit.test(char)) return;
    tally.total++;
    if (aligned[k] === char) tally.correct++;
    else misses.push(`${char}→${aligned[k] ?? '∅'}`);
  });
  return misses;
}

interface TruthStamp {
  number_raw?: string;
  date_raw?: string;
  time_raw?: string | null;
}
interface TruthDocument {
  pages: [number, number];
  reference: { raw: string } | null;
  date_raw: string | null;
  receipt_stamps?: TruthStamp[];
}

/** The printed fields made of digits, with the page each one is printed on (a letter's first). */
function digitFields(documents: TruthDocument[]): Array<{ page: number; text: string; stamp: boolean }> {
  return documents.flatMap((doc) => {
    const page = doc.pages[0];
    const stamps = (doc.receipt_stamps ?? []).flatMap((s) => [s.number_raw, s.date_raw, s.time_raw]);
    const hasDigits = (text: string | null | undefined): text is string => typeof text === 'string' && ANY_DIGIT.test(text);
    return [
      ...[doc.reference?.raw, doc.date_raw].filter(hasDigits).map((text) => ({ page, text, stamp: false })),
      ...stamps.filter(hasDigits).map((text) => ({ page, text, stamp: true })),
    ];
  });
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    pages: { type: 'string' },
    workers: { type: 'string' },
    show: { type: 'boolean', default: false },
  },
});
const corpus = positionals[0];
if (!corpus) {
  process.stderr.write('usage: node dist/tools/ocr-accuracy.js CORPUS_DIR [--only TEXT] [--pages N] [--workers N]\n');
  process.exit(2);
}
const maxPages = values.pages ? Number(values.pages) : Infinity;
const items = (await readdir(corpus))
  .filter((name) => name.endsWith('.truth.json'))
  .map((name) => name.slice(0, -'.truth.json'.length))
  .filter((item) => !values.only || new RegExp(values.only).test(item))
  .sort();

const pool = createOcrPool(values.workers ? { size: Number(values.workers) } : {});
const cer = { errors: 0, length: 0 };
const pageDigits: Tally = { correct: 0, total: 0 };
const fieldDigits: Tally = { correct: 0, total: 0 };
const stampDigits: Tally = { correct: 0, total: 0 };
const confusions = new Map<string, number>();
let pagesRead = 0;
const started = performance.now();
try {
  for (const item of items) {
    const truth = JSON.parse(await readFile(join(corpus, `${item}.truth.json`), 'utf8')) as {
      full_text: string;
      documents: TruthDocument[];
    };
    const truthPages = truth.full_text.split('\f');
    const doc = await openPdfDocument(new Uint8Array(await readFile(join(corpus, `${item}.scan.pdf`))));
    const count = Math.min(doc.numPages, maxPages);
    const pages = await Promise.all(Array.from({ length: count }, (_, k) => pool.recognizePage(doc, k + 1)));
    await doc.destroy();
    for (const page of pages) {
      const expected = truthPages[page.number - 1] ?? '';
      const actualText = page.lines.join('\n');
      const pageCer = characterErrorRate(expected, actualText);
      cer.errors += pageCer.errors;
      cer.length += pageCer.length;
      const expectedChars = squeeze(expected);
      const actualChars = squeeze(actualText);
      const misses = countDigits(expectedChars, align(expectedChars, actualChars, false), THAI_DIGIT, pageDigits);
      const fieldMisses = digitFields(truth.documents)
        .filter((field) => field.page === page.number)
        .flatMap((field) => {
          const chars = squeeze(field.text);
          const misses = countDigits(chars, align(chars, actualChars, true), ANY_DIGIT, field.stamp ? stampDigits : fieldDigits);
          return field.stamp ? misses.map((miss) => `stamp:${miss}`) : misses;
        });
      for (const miss of [...misses, ...fieldMisses]) confusions.set(miss, (confusions.get(miss) ?? 0) + 1);
      pagesRead++;
      const rate = ((pageCer.errors / Math.max(1, pageCer.length)) * 100).toFixed(2);
      process.stdout.write(`${item} p${page.number}: CER ${rate}% conf ${page.confidence ?? '-'} digit misses ${misses.length} field misses ${fieldMisses.join(' ') || '-'}\n`);
      if (values.show) process.stdout.write(`${actualText}\n---\n`);
    }
  }
} finally {
  await pool.close();
}
const seconds = (performance.now() - started) / 1000;
const percent = (t: Tally) => `${((t.correct / Math.max(1, t.total)) * 100).toFixed(2)}% (${t.correct}/${t.total})`;
const topConfusions = [...confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
process.stdout.write(
  [
    `pages ${pagesRead}, ${(seconds / Math.max(1, pagesRead)).toFixed(2)} s/page with ${pool.size} worker(s)`,
    `CER (whitespace removed): ${((cer.errors / Math.max(1, cer.length)) * 100).toFixed(2)}%`,
    `Thai digits on pages: ${percent(pageDigits)}`,
    `digits in letters' reference numbers and dates: ${percent(fieldDigits)}`,
    `digits in receipt stamps (number, date, time): ${percent(stampDigits)}`,
    `frequent digit errors: ${topConfusions.map(([k, v]) => `${k}×${v}`).join(' ')}`,
  ].join('\n') + '\n',
);
