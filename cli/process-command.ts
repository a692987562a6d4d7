/**
 * `saraban process FILE.pdf [...]`: one result per input, as NDJSON on stdout
 * or as DIR/NAME.json with --out. A bad input costs one stderr line, never the run.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createOcrPool } from '../pipeline/ocr/index.js';
import { resolveTextLayerPolicy } from '../pipeline/pdf/index.js';
import { type PageProgress, processPdf } from '../pipeline/process.js';
import type { ProcessingResult } from '../schemas/index.js';
import { printable } from '../workers/files/file-names.js';
import { parseServiceOptions, pdfLimitsOf } from '../workers/options.js';
import { describeFailure } from './failure.js';

export const PROCESS_USAGE = `usage: saraban process FILE.pdf [FILE.pdf ...] [--out DIR] [--pretty] [--ocr-workers N] [--text-layer auto|trust|ocr]
  Reads each PDF and writes one JSON result per input: one line each on stdout (NDJSON),
  or DIR/NAME.json with --out. Progress and errors go to stderr; exit code 1 if any input failed.
  --ocr-workers N        OCR pool size (default: SARABAN_OCR_WORKERS or the measured default)
  --text-layer P         auto: read real text layers, OCR scans whose text layer is an old OCR
                         layer (invisible or under the page image); trust: read every usable
                         text layer; ocr: OCR every page (default: SARABAN_TEXT_LAYER or auto)
  --max-image-pixels N   --max-stream-mb N   --max-nesting N
                         limits a PDF must keep to (as for \`saraban serve\`; see the README)`;

const LIMIT_FLAGS = ['max-image-pixels', 'max-stream-mb', 'max-nesting'] as const;

export async function processCommand(argv: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      'ocr-workers': { type: 'string' },
      'text-layer': { type: 'string' },
      'max-image-pixels': { type: 'string' },
      'max-stream-mb': { type: 'string' },
      'max-nesting': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || files.length === 0) {
    process.stderr.write(PROCESS_USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const ocrWorkers = values['ocr-workers'] === undefined ? undefined : parsePoolSize(values['ocr-workers']);
  const textLayer = resolveTextLayerPolicy(values['text-layer']);
  // The limits are the service's options (flag, else environment variable, else default).
  const limitArgs = LIMIT_FLAGS.flatMap((flag) => (values[flag] === undefined ? [] : [`--${flag}`, String(values[flag])]));
  const limits = pdfLimitsOf(parseServiceOptions(limitArgs).options);
  if (values.out) await mkdir(values.out, { recursive: true });
  const ocr = createOcrPool(ocrWorkers === undefined ? {} : { size: ocrWorkers });
  const writer = new ResultWriter(values.out, values.pretty);
  let failed = 0;
  try {
    for (const [index, file] of files.entries()) {
      const label = `[${index + 1}/${files.length}] ${printable(file)}`;
      try {
        const bytes = new Uint8Array(await readFile(file));
        const result = await processPdf({ file, bytes }, { ocr, limits, textLayer, onProgress: progressPrinter(label) });
        await writer.write(file, result);
        process.stderr.write(`${label}: ${summarize(result)}\n`);
      } catch (error) {
        failed++;
        process.stderr.write(`saraban: ${printable(file)}: ${describeFailure(error)}\n`);
      }
    }
  } finally {
    await ocr.close();
  }
  return failed > 0 ? 1 : 0;
}

function parsePoolSize(raw: string): number {
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`--ocr-workers must be a whole number >= 1, got "${raw}"`);
  return size;
}

function progressPrinter(label: string): (event: PageProgress) => void {
  return ({ page, pageCount, method }) => process.stderr.write(`${label}: page ${page}/${pageCount} (${method})\n`);
}

function summarize(result: ProcessingResult): string {
  // Counted as the service and the archive count them: every document, attachments included.
  const attachments = result.documents.filter((d) => d.kind === 'attachment').length;
  const kinds = attachments > 0 ? ` (${result.documents.length - attachments} letters, ${attachments} attachments)` : '';
  const chain = result.chain.length > 0 ? `; chain ${result.chain.join(' -> ')}` : '';
  return `${result.source.pageCount} pages, ${result.documents.length} documents${kinds}${chain}`;
}

/** Writes results to stdout as NDJSON, or to one file per input with names kept unique within the run. */
class ResultWriter {
  private readonly usedNames = new Set<string>();

  constructor(
    private readonly outDir: string | undefined,
    private readonly pretty: boolean,
  ) {}

  async write(file: string, result: ProcessingResult): Promise<void> {
    const json = JSON.stringify(result, null, this.pretty ? 2 : undefined);
    if (!this.outDir) {
      process.stdout.write(json + '\n');
      return;
    }
    const target = join(this.outDir, this.uniqueName(basename(file).replace(/\.pdf$/i, '')));
    await writeFile(`${target}.tmp`, json + '\n');
    await rename(`${target}.tmp`, target);
  }

  private uniqueName(stem: string): string {
    let name = `${stem}.json`;
    for (let n = 2; this.usedNames.has(name); n++) name = `${stem}-${n}.json`;
    this.usedNames.add(name);
    return name;
  }
}
