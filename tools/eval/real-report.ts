/** The eval run and report for a corpus of real scans (real-scans.ts): one line per file, then per-field figures and the header-line CER. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OcrPool } from '../../pipeline/ocr/index.js';
import { assembleResult, readPdfPages } from '../../pipeline/process.js';
import { type HeaderScore, REAL_FIELDS, type RealOutcome, RealTruth, scoreHeaderLines, scoreRealScan } from './real-scans.js';

/** True when the corpus's truths are in the real-scan format (NAME.pdf beside NAME.truth.json). */
export async function isRealScanCorpus(corpus: string, item: string | undefined): Promise<boolean> {
  if (item === undefined) return false;
  return RealTruth.safeParse(JSON.parse(await readFile(join(corpus, `${item}.truth.json`), 'utf8'))).success;
}

const percent = (ok: number, total: number): string => (total === 0 ? '-' : `${((100 * ok) / total).toFixed(1)} %`);
const cer = (errors: number, length: number): string => (length === 0 ? '-' : `${((100 * errors) / length).toFixed(2)} %`);

export async function runRealScanEval(corpus: string, items: string[], ocr: OcrPool, details: boolean): Promise<string> {
  const outcomes: RealOutcome[] = [];
  const headers: HeaderScore[] = [];
  const failures: string[] = [];
  const started = performance.now();
  for (const item of items) {
    const truth = RealTruth.parse(JSON.parse(await readFile(join(corpus, `${item}.truth.json`), 'utf8')));
    const file = join(corpus, `${item}.pdf`);
    try {
      const t0 = performance.now();
      const { source, pages } = await readPdfPages({ file, bytes: new Uint8Array(await readFile(file)) }, { ocr });
      const result = assembleResult(source, pages);
      const scored = scoreRealScan(result, truth);
      const header = scoreHeaderLines(result, truth);
      outcomes.push(...scored);
      headers.push(header);
      const wrong = scored.filter((o) => !o.ok);
      process.stderr.write(`${item}: ${wrong.length === 0 ? 'ok' : `${wrong.length} wrong`}, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      if (details) {
        process.stderr.write(`    header-line CER ${cer(header.errors, header.length)} (${header.errors} errors in ${header.length} characters)\n`);
        for (const o of wrong) process.stderr.write(`    doc ${o.document} ${o.field}: expected ${JSON.stringify(o.expected)} got ${JSON.stringify(o.actual)}\n`);
      }
    } catch (error) {
      failures.push(`${item}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const row = (name: string, list: RealOutcome[]) => {
    const ok = list.filter((o) => o.ok).length;
    return `${name.padEnd(22)}${String(ok).padStart(8)}${String(list.length).padStart(8)}${percent(ok, list.length).padStart(10)}`;
  };
  // errors/characters across the correct and total columns, the rate under accuracy
  const cerRow = (name: string, list: HeaderScore[]) => {
    const errors = list.reduce((sum, h) => sum + h.errors, 0);
    const length = list.reduce((sum, h) => sum + h.length, 0);
    return `${name.padEnd(22)}${`${errors}/${length}`.padStart(16)}${cer(errors, length).padStart(10)}`;
  };
  const seconds = (performance.now() - started) / 1000;
  return [
    '',
    `saraban eval: ${items.length} real scans in ${seconds.toFixed(1)} s, ${failures.length} failed`,
    `${'field'.padEnd(22)}${'correct'.padStart(8)}${'total'.padStart(8)}${'accuracy'.padStart(10)}`,
    ...REAL_FIELDS.map((field) => row(field, outcomes.filter((o) => o.field === field))),
    row('handwritten reference', outcomes.filter((o) => o.field === 'reference' && o.handwritten)),
    row('handwritten date', outcomes.filter((o) => o.field === 'date' && o.handwritten)),
    cerRow('header-line CER', headers),
    cerRow('header-line CER memos', headers.filter((h) => h.memo)),
    ...failures.map((f) => `FAILED ${f}`),
  ].join('\n');
}
