/**
 * npm run eval -- CORPUS_DIR [--variant digital|scan] [--details] [--only TEXT] [--except A,B] [--ocr-workers N]
 * Runs the pipeline on every NAME.<variant>.pdf that has a NAME.truth.json and
 * prints per-field accuracy, chain accuracy and the text CER as a table. A corpus of real scans
 * (NAME.pdf beside NAME.truth.json in the real-dev format) is scored as real scans are judged,
 * handwritten numbers and dates apart (eval/real-scans.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOcrPool } from '../pipeline/ocr/index.js';
import { assembleResult, readPdfPages } from '../pipeline/process.js';
import { toolArguments } from './command-line.js';
import { characterErrorRate } from './eval/cer.js';
import { chainMatches, compareDocuments, FIELDS, type FieldOutcome } from './eval/compare.js';
import { isRealScanCorpus, runRealScanEval } from './eval/real-report.js';
import { Truth } from './eval/truth.js';

interface ItemScore {
  item: string;
  outcomes: FieldOutcome[];
  chainOk: boolean;
  cer: { errors: number; length: number };
  seconds: number;
}

const USAGE = 'usage: npm run eval -- CORPUS_DIR [--variant digital|scan] [--details] [--only TEXT] [--except A,B] [--ocr-workers N]';
const { values, positionals } = toolArguments(
  USAGE,
  {
    variant: { type: 'string', default: 'digital' },
    details: { type: 'boolean', default: false },
    only: { type: 'string' },
    'ocr-workers': { type: 'string' },
    except: { type: 'string' },
  },
  1,
);
const corpus = positionals[0]!;
const variant = values.variant!;
const names = await readdir(corpus).catch((error: NodeJS.ErrnoException) => {
  process.stderr.write(`eval: ${corpus}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}\n${USAGE}\n`);
  process.exit(2);
});
const items = names
  .filter((name) => name.endsWith('.truth.json'))
  .map((name) => name.slice(0, -'.truth.json'.length))
  .filter((item) => !values.only || item.includes(values.only))
  .filter((item) => !(values.except ?? '').split(',').includes(item))
  .sort();
if (items.length === 0) {
  process.stderr.write(`eval: ${corpus}: no NAME.truth.json here${values.only ? ` matching --only ${values.only}` : ''}\n`);
  process.exit(2);
}

const ocr = createOcrPool(values['ocr-workers'] ? { size: Number(values['ocr-workers']) } : {});
if (await isRealScanCorpus(corpus, items[0])) {
  try {
    process.stdout.write((await runRealScanEval(corpus, items, ocr, values.details ?? false)) + '\n');
  } finally {
    await ocr.close();
  }
  process.exit(0);
}
const scores: ItemScore[] = [];
const failures: string[] = [];
const started = performance.now();
try {
  for (const item of items) {
    const file = join(corpus, `${item}.${variant}.pdf`);
    try {
      scores.push(await scoreItem(item, file));
      process.stderr.write(`${item}: ${describeScore(scores.at(-1)!)}\n`);
    } catch (error) {
      failures.push(`${item}: ${error instanceof Error ? error.message : String(error)}`);
      process.stderr.write(`${item}: FAILED ${failures.at(-1)}\n`);
    }
  }
} finally {
  await ocr.close();
}
printReport((performance.now() - started) / 1000);

async function scoreItem(item: string, file: string): Promise<ItemScore> {
  const truth = Truth.parse(JSON.parse(await readFile(join(corpus!, `${item}.truth.json`), 'utf8')));
  const t0 = performance.now();
  const bytes = new Uint8Array(await readFile(file));
  const { source, pages } = await readPdfPages({ file, bytes }, { ocr });
  const result = assembleResult(source, pages);
  const seconds = (performance.now() - t0) / 1000;
  const truthPages = truth.full_text.split('\f');
  const cer = { errors: 0, length: 0 };
  truthPages.forEach((expected, i) => {
    const page = characterErrorRate(expected, pages[i]?.lines.join('\n') ?? '');
    cer.errors += page.errors;
    cer.length += page.length;
  });
  return { item, outcomes: compareDocuments(result, truth), chainOk: chainMatches(result, truth), cer, seconds };
}

function describeScore(score: ItemScore): string {
  const wrong = score.outcomes.filter((o) => !o.ok);
  const cer = ((100 * score.cer.errors) / Math.max(1, score.cer.length)).toFixed(2);
  const head = `${wrong.length === 0 ? 'ok' : `${wrong.length} wrong`}, chain ${score.chainOk ? 'ok' : 'WRONG'}, CER ${cer} %, ${score.seconds.toFixed(1)} s`;
  if (!values.details || wrong.length === 0) return head;
  const lines = wrong.map(
    (o) => `    doc ${o.document} ${o.field}: expected ${JSON.stringify(o.expected)} got ${JSON.stringify(o.actual)}`,
  );
  return [head, ...lines].join('\n');
}

function printReport(seconds: number): void {
  const all = scores.flatMap((s) => s.outcomes);
  const row = (name: string, ok: number, total: number) =>
    `${name.padEnd(14)}${String(ok).padStart(8)}${String(total).padStart(8)}${percent(ok, total).padStart(10)}`;
  const lines = [
    '',
    `saraban eval: ${items.length} files (${variant}) in ${seconds.toFixed(1)} s, ${failures.length} failed`,
    `${'field'.padEnd(14)}${'correct'.padStart(8)}${'total'.padStart(8)}${'accuracy'.padStart(10)}`,
    ...FIELDS.map((field) => {
      const outcomes = all.filter((o) => o.field === field);
      return row(field, outcomes.filter((o) => o.ok).length, outcomes.length);
    }),
    row('chain', scores.filter((s) => s.chainOk).length, scores.length),
    `${'text CER'.padEnd(14)}${cerSummary().padStart(26)}`,
    ...failures.map((f) => `FAILED ${f}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

function cerSummary(): string {
  const errors = scores.reduce((sum, s) => sum + s.cer.errors, 0);
  const length = scores.reduce((sum, s) => sum + s.cer.length, 0);
  return length === 0 ? '-' : `${((100 * errors) / length).toFixed(2)} %`;
}

function percent(ok: number, total: number): string {
  return total === 0 ? '-' : `${((100 * ok) / total).toFixed(1)} %`;
}
