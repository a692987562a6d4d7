/**
 * One PDF in, one validated result out: the stages composed in data-flow order
 * (pdf -> ocr -> parse -> chain -> schema). Workers and the CLI both call this.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type PageText, ProcessingResult, SCHEMA_VERSION } from '../schemas/index.js';
import { recoverChain } from './chain/index.js';
import type { OcrPool } from './ocr/index.js';
import { parseDocuments } from './parse/index.js';
import { openPdfDocument, readPageText } from './pdf/index.js';

export type ResultSource = ProcessingResult['source'];

export interface PageProgress {
  page: number;
  pageCount: number;
  method: PageText['method'];
}

export interface ProcessOptions {
  /** Recognizes pages whose text layer is missing or broken; without it they stay 'ocr-needed'. */
  ocr?: Pick<OcrPool, 'recognizePage'>;
  onProgress?: (event: PageProgress) => void;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Pure: parse the pages into letters, recover the chain, validate against the schema. */
export function assembleResult(source: ResultSource, pages: PageText[]): ProcessingResult {
  const documents = parseDocuments(pages);
  return ProcessingResult.parse({
    schemaVersion: SCHEMA_VERSION,
    source,
    pages: pages.map(({ number, method, warnings }) => ({ number, method, warnings })),
    documents,
    chain: recoverChain(documents),
  });
}

export async function processPdf(
  input: { file: string; bytes: Uint8Array },
  options: ProcessOptions = {},
): Promise<ProcessingResult> {
  const { source, pages } = await readPdfPages(input, options);
  return assembleResult(source, pages);
}

/** The reading half of processPdf: every page's text, from its text layer or OCR. */
export async function readPdfPages(
  input: { file: string; bytes: Uint8Array },
  options: ProcessOptions = {},
): Promise<{ source: ResultSource; pages: PageText[] }> {
  const sha256 = sha256Hex(input.bytes);
  const doc = await openPdfDocument(input.bytes);
  try {
    const pageCount = doc.numPages;
    const pages = await readPages(doc, pageCount, options);
    return { source: { file: basename(input.file), sha256, pageCount }, pages };
  } finally {
    await doc.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof openPdfDocument>>;

/** Text-layer pages are read in order; pages needing OCR go to the pool together so all its workers run. */
async function readPages(doc: PdfDocument, pageCount: number, options: ProcessOptions): Promise<PageText[]> {
  const report = (page: PageText) => options.onProgress?.({ page: page.number, pageCount, method: page.method });
  const pages: PageText[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const page = await readPageText(doc, n);
    if (page.method === 'text' || !options.ocr) report(page);
    pages.push(page);
  }
  const { ocr } = options;
  if (!ocr) return pages;
  return Promise.all(
    pages.map(async (page) => {
      if (page.method !== 'ocr-needed') return page;
      const recognized = await ocr.recognizePage(doc, page.number);
      report(recognized);
      return recognized;
    }),
  );
}
