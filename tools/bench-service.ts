/**
 * npm run bench:service [-- FOLDER] [--responsiveness-only]
 * First, responsiveness: the web page's search and intake-view requests answered by `serve`
 * while it reads 30 PDFs (p50/p95/max; the target is a search p95 within 100 ms).
 * Then throughput of the inbox service (PDFs/min, pages/min) with 1 and 2 worker processes,
 * beside plain processPdf (what `saraban process` runs) with the same number of OCR engines, on
 * the same scans, so the queue's overhead shows. Without FOLDER it uses copies of the scanned
 * sample. Every run starts cold (new OCR engines), as a restarted service would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { createOcrPool } from '../pipeline/ocr/index.js';
import { processPdf } from '../pipeline/process.js';

const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SERVICE_ENTRY = path.join(REPO, 'dist', 'workers', 'cli-commands.js');
const SCANNED_SAMPLE = path.join(REPO, 'samples', 'landtax-memo-scanned.pdf');
const DIGITAL_SAMPLES = ['meeting-circular.pdf', 'phrae-forwarding-bundle.pdf'].map((name) => path.join(REPO, 'samples', name));
const RESPONSIVENESS_PDFS = 30;
const SEARCH_TARGET_P95_MS = 100;
/** What the page asks while clerks receive: searches of each kind, and the intake view it polls. */
const PAGE_REQUESTS = {
  search: [
    '/api/search?group=copies&pageSize=20',
    `/api/search?q=${encodeURIComponent('ทุจริต')}&group=copies&pageSize=20`,
    `/api/search?q=${encodeURIComponent('มท ๐๘๐๔.๖/ว ๕๖๙')}&group=copies`,
    `/api/search?q=${encodeURIComponent('ประชุม')}&sort=newest&group=copies&pageSize=20`,
    `/api/search?q=${encodeURIComponent('0023.4/ว 79')}&group=copies`,
  ],
  intake: ['/api/intake'],
};
const DEFAULT_COPIES = 6;

interface Measurement {
  setup: string;
  seconds: number;
  pdfs: number;
  pages: number;
}

/** Distinct copies (own title, own hash) of the scanned sample. */
async function makeScans(folder: string, count: number): Promise<void> {
  const bytes = await fs.readFile(SCANNED_SAMPLE);
  for (let index = 1; index <= count; index++) {
    const doc = await PDFDocument.load(bytes);
    doc.setTitle(`bench copy ${index}`);
    await fs.writeFile(path.join(folder, `scan-${index}.pdf`), await doc.save());
  }
}

async function listPdfs(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).filter((name) => /\.pdf$/i.test(name)).sort().map((name) => path.join(folder, name));
}

async function benchProcessPdf(files: string[], ocrEngines: number): Promise<Measurement> {
  const ocr = createOcrPool({ size: ocrEngines });
  let pages = 0;
  const started = performance.now();
  try {
    for (const file of files) {
      const result = await processPdf({ file, bytes: new Uint8Array(await fs.readFile(file)) }, { ocr });
      pages += result.source.pageCount;
    }
  } finally {
    await ocr.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { setup: `saraban process (OCR pool ${ocrEngines})`, seconds, pdfs: files.length, pages };
}

/** `ready` gives the log line that says the process runs (the service's names its HTTP address). */
function startServiceProcess(command: 'serve' | 'worker', args: string[]): { child: ChildProcess; ready: Promise<Record<string, unknown>> } {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' };
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [SERVICE_ENTRY, command, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const marker = command === 'serve' ? 'saraban service running' : 'saraban worker running';
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const line = chunk.toString('utf8').split('\n').find((text) => text.includes(marker));
      if (line) resolve(JSON.parse(line) as Record<string, unknown>);
    });
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before it was ready`)));
  });
  return { child, ready };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function benchService(files: string[], workerProcesses: number, pages: number): Promise<Measurement> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-bench-'));
  const folders = ['--inbox', path.join(root, 'inbox'), '--outbox', path.join(root, 'outbox'), '--data', path.join(root, 'data')];
  const serve = startServiceProcess('serve', [...folders, '--no-workers', '--http-port', '0', '--settle-ms', '200']);
  const workers: ChildProcess[] = [];
  try {
    await serve.ready;
    for (let index = 0; index < workerProcesses; index++) {
      const worker = startServiceProcess('worker', [...folders, '--ocr-workers', '1']);
      workers.push(worker.child);
      await worker.ready;
    }
    const started = performance.now();
    await Promise.all(files.map((file) => fs.copyFile(file, path.join(root, 'inbox', path.basename(file)))));
    while ((await fs.readdir(path.join(root, 'outbox')).catch(() => [])).filter((name) => name.endsWith('.json')).length < files.length) {
      await sleep(100);
    }
    const seconds = (performance.now() - started) / 1000;
    const setup = `service, ${workerProcesses} worker process${workerProcesses > 1 ? 'es' : ''} (1 OCR each)`;
    return { setup, seconds, pdfs: files.length, pages };
  } finally {
    for (const worker of workers) await stopProcess(worker);
    await stopProcess(serve.child);
    await fs.rm(root, { recursive: true, force: true });
  }
}

function formatRow(m: Measurement): string {
  const perMinute = (count: number) => ((count / m.seconds) * 60).toFixed(1).padStart(9);
  return `${m.setup.padEnd(42)} ${m.seconds.toFixed(1).padStart(8)} ${perMinute(m.pdfs)} ${perMinute(m.pages)}`;
}

/** Distinct copies of the digital samples, alternating, for the responsiveness run. */
async function makeDigitalCopies(folder: string, count: number): Promise<number> {
  let pages = 0;
  for (let index = 1; index <= count; index++) {
    const doc = await PDFDocument.load(await fs.readFile(DIGITAL_SAMPLES[index % DIGITAL_SAMPLES.length]!));
    doc.setTitle(`responsiveness copy ${index}`);
    pages += doc.getPageCount();
    await fs.writeFile(path.join(folder, `letter-${String(index).padStart(2, '0')}.pdf`), await doc.save());
  }
  return pages;
}

interface Latencies {
  search: number[];
  intake: number[];
}

/**
 * `serve` as clerks run it (workers in the same process), reading 30 PDFs dropped at once while
 * a page asks what the web page asks, one request after another.
 */
async function benchResponsiveness(): Promise<{ latencies: Latencies; seconds: number; pages: number }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-bench-responsive-'));
  const copies = path.join(root, 'copies');
  await fs.mkdir(copies, { recursive: true });
  const pages = await makeDigitalCopies(copies, RESPONSIVENESS_PDFS);
  const folders = ['--inbox', path.join(root, 'inbox'), '--outbox', path.join(root, 'outbox'), '--data', path.join(root, 'data')];
  const serve = startServiceProcess('serve', [...folders, '--http-port', '0', '--settle-ms', '200']);
  try {
    const http = String((await serve.ready).http);
    const latencies: Latencies = { search: [], intake: [] };
    const ask = async (kind: keyof Latencies, url: string) => {
      const started = performance.now();
      const response = await fetch(`${http}${url}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      latencies[kind].push(performance.now() - started);
    };
    const started = performance.now();
    const files = await listPdfs(copies);
    await Promise.all(files.map((file) => fs.copyFile(file, path.join(root, 'inbox', path.basename(file)))));
    const delivered = async () => (await fs.readdir(path.join(root, 'outbox')).catch(() => [])).filter((name) => name.endsWith('.json')).length;
    for (let round = 0; (await delivered()) < files.length; round++) {
      for (const url of PAGE_REQUESTS.search) await ask('search', url);
      if (round % 2 === 0) await ask('intake', PAGE_REQUESTS.intake[0]!);
      await sleep(50);
    }
    return { latencies, seconds: (performance.now() - started) / 1000, pages };
  } finally {
    await stopProcess(serve.child);
    await fs.rm(root, { recursive: true, force: true });
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function formatLatencies(label: string, values: number[]): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  return `${label.padEnd(34)} ${String(values.length).padStart(6)} ${ms(percentile(values, 50))} ${ms(percentile(values, 95))} ${ms(Math.max(...values))}`;
}

async function main(): Promise<void> {
  const responsivenessOnly = process.argv.includes('--responsiveness-only');
  const { latencies, seconds, pages } = await benchResponsiveness();
  process.stdout.write(`bench:service: the page while \`serve\` reads ${RESPONSIVENESS_PDFS} digital PDFs (${pages} pages, ${seconds.toFixed(1)} s), ${os.availableParallelism()} CPUs\n`);
  process.stdout.write(`${'requests'.padEnd(34)} ${'count'.padStart(6)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'max'.padStart(10)}\n`);
  process.stdout.write(`${formatLatencies('search (words, numbers, browsing)', latencies.search)}\n`);
  process.stdout.write(`${formatLatencies('intake view', latencies.intake)}\n`);
  const p95 = percentile(latencies.search, 95);
  process.stdout.write(`search p95 ${p95.toFixed(1)} ms: ${p95 <= SEARCH_TARGET_P95_MS ? 'within' : 'OVER'} the ${SEARCH_TARGET_P95_MS} ms target\n\n`);
  if (responsivenessOnly) return;
  let folder = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  let generated: string | undefined;
  if (!folder) {
    generated = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-bench-scans-'));
    await makeScans(generated, DEFAULT_COPIES);
    folder = generated;
  }
  const files = await listPdfs(folder);
  if (files.length === 0) throw new Error(`no PDF in ${folder}`);
  process.stdout.write(`bench:service: ${files.length} PDFs from ${generated ? `${DEFAULT_COPIES} copies of the scanned sample` : folder}, ${os.availableParallelism()} CPUs\n`);
  process.stdout.write(`${'setup'.padEnd(42)} ${'seconds'.padStart(8)} ${'PDFs/min'.padStart(9)} ${'pages/min'.padStart(9)}\n`);
  try {
    for (const engines of [1, 2]) {
      const plain = await benchProcessPdf(files, engines);
      process.stdout.write(formatRow(plain) + '\n');
      process.stdout.write(formatRow(await benchService(files, engines, plain.pages)) + '\n');
    }
  } finally {
    if (generated) await fs.rm(generated, { recursive: true, force: true });
  }
  process.stdout.write('service times run from dropping the files to the last result (intake settle: 0.2 s)\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:service: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
