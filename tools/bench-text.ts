/**
 * npm run bench -- [FOLDER...] [--pages N]
 * Speed of the text-layer stage: builds an N-page PDF (default 200) from the pages with a good
 * text layer found in the PDFs under the folders (default: samples/ and test/fixtures/, repeated
 * as needed), then times readPdfText on it (after one warm-up read) and prints pages/s of each
 * run (wall clock and per CPU second), the best, and the peak resident memory. `--runs N` sets
 * the number of timed runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { readPdfText } from '../pipeline/pdf/index.js';
import { toolArguments } from './command-line.js';

interface TextPage {
  file: string;
  bytes: Uint8Array;
  /** 0-based, as pdf-lib counts. */
  pageIndex: number;
}

const { values, positionals } = toolArguments('usage: npm run bench -- [FOLDER ...] [--pages 200] [--runs 3]', {
  pages: { type: 'string', default: '200' },
  runs: { type: 'string', default: '3' },
});
const pageTarget = Number(values.pages);
const folders = positionals.length > 0 ? positionals : ['samples', 'test/fixtures'];

async function pdfFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.pdf'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Pages that the stage reads from their text layer; unreadable or scanned files add none. */
async function textPagesOf(file: string): Promise<TextPage[]> {
  const bytes = new Uint8Array(await readFile(file));
  try {
    const { pages } = await readPdfText(bytes);
    return pages.filter((page) => page.method === 'text').map((page) => ({ file, bytes, pageIndex: page.number - 1 }));
  } catch {
    return [];
  }
}

/**
 * Copies whole source documents (their text pages) in turn until the target page count: pages
 * copied together keep sharing their fonts, as pages of one real document do.
 */
async function buildBenchPdf(sources: TextPage[], pageCount: number): Promise<Uint8Array> {
  const byFile = new Map<string, TextPage[]>();
  for (const source of sources) byFile.set(source.file, [...(byFile.get(source.file) ?? []), source]);
  const target = await PDFDocument.create();
  while (target.getPageCount() < pageCount) {
    for (const pages of byFile.values()) {
      const doc = await PDFDocument.load(pages[0]!.bytes);
      const wanted = pages.slice(0, pageCount - target.getPageCount()).map((p) => p.pageIndex);
      for (const page of await target.copyPages(doc, wanted)) target.addPage(page);
      if (target.getPageCount() >= pageCount) break;
    }
  }
  return target.save();
}

const files = (await Promise.all(folders.map(pdfFilesUnder))).flat();
const sources = (await Promise.all(files.map(textPagesOf))).flat();
if (sources.length === 0) {
  process.stderr.write(`no PDF with a text layer under ${folders.join(', ')}\n`);
  process.exit(1);
}
const benchPdf = await buildBenchPdf(sources, pageTarget);
const sourceFiles = new Set(sources.map((s) => s.file)).size;
console.log(
  `bench PDF: ${pageTarget} pages from ${sources.length} text pages of ${sourceFiles} files, ${(benchPdf.length / 1024 / 1024).toFixed(1)} MiB`,
);

// The first read pays for loading the pdfjs worker code: not what a long-running service sees.
await readPdfText(sources[0]!.bytes);
const rates: number[] = [];
const methods = new Map<string, number>();
for (let run = 1; run <= Number(values.runs); run++) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { pages } = await readPdfText(benchPdf);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rates.push(pages.length / seconds);
  methods.clear();
  for (const page of pages) methods.set(page.method, (methods.get(page.method) ?? 0) + 1);
  // CPU time says what one core does even when the machine is busy with other work.
  console.log(
    `run ${run}: ${pages.length} pages in ${seconds.toFixed(2)} s = ${(pages.length / seconds).toFixed(1)} pages/s` +
      ` (${cpuSeconds.toFixed(2)} CPU s = ${(pages.length / cpuSeconds).toFixed(1)} pages per CPU second)`,
  );
}
console.log(`best: ${Math.max(...rates).toFixed(1)} pages/s; page methods: ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
