/**
 * One PDF in, one validated result out: the stages composed in data-flow order
 * (pdf -> ocr -> parse -> chain -> schema). Workers and the CLI both call this.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type PageText, ProcessingResult, SCHEMA_VERSION, type TextLayerPolicy } from '../schemas/index.js';
import { recoverChain } from './chain/index.js';
import { mendAbbreviationsAcrossBundle } from './ocr/bundle-abbreviations.js';
import type { OcrPool } from './ocr/index.js';
import { parseDocuments } from './parse/index.js';
import { checkPdfLimits, DEFAULT_PDF_LIMITS, openPdfDocument, type PdfLimits, readPageText } from './pdf/index.js';

export type ResultSource = ProcessingResult['source'];
type PdfDocument = Awaited<ReturnType<typeof openPdfDocument>>;
type PageRecognizer = Pick<OcrPool, 'recognizePage'>;

export interface PageProgress {
  page: number;
  pageCount: number;
  method: PageText['method'];
}

export interface ProcessOptions {
  /** Recognizes pages whose text layer is missing or broken; without it they stay 'ocr-needed'. */
  ocr?: PageRecognizer;
  /** What text layers are taken for (default auto: old OCR layers are read again by OCR). */
  textLayer?: TextLayerPolicy;
  onProgress?: (event: PageProgress) => void;
  /** What reading may cost (image pixels, inflated sizes, nesting); a PDF past them is refused. */
  limits?: PdfLimits;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Pure: mend what only the whole bundle's text tells (an abbreviation one page misread), parse
 * the pages into letters, recover the chain, validate against the schema.
 */
export function assembleResult(source: ResultSource, read: PageText[]): ProcessingResult {
  const pages = mendAbbreviationsAcrossBundle(read);
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
  const limits = options.limits ?? DEFAULT_PDF_LIMITS;
  await checkPdfLimits(input.bytes, limits);
  const doc = await openPdfDocument(input.bytes, limits);
  try {
    const pageCount = doc.numPages;
    const pages = await readPages(doc, pageCount, options);
    return { source: { file: basename(input.file), sha256, pageCount }, pages };
  } finally {
    await doc.destroy();
  }
}

/**
 * One page's text: its text layer when that is usable, else OCR when a recognizer is given.
 * Why the text layer was passed over stays among the page's warnings.
 */
export async function readPage(doc: PdfDocument, pageNumber: number, ocr?: PageRecognizer, textLayer: TextLayerPolicy = 'auto'): Promise<PageText> {
  const page = await readPageText(doc, pageNumber, textLayer);
  if (page.method !== 'ocr-needed' || !ocr) return page;
  const recognized = await ocr.recognizePage(doc, pageNumber);
  return { ...recognized, warnings: [...page.warnings, ...recognized.warnings] };
}

/** All pages at once: the OCR pool bounds how many it works on, so all its engines stay busy. */
async function readPages(doc: PdfDocument, pageCount: number, options: ProcessOptions): Promise<PageText[]> {
  const numbers = Array.from({ length: pageCount }, (_, i) => i + 1);
  return Promise.all(
    numbers.map(async (n) => {
      const page = await readPage(doc, n, options.ocr, options.textLayer);
      options.onProgress?.({ page: n, pageCount, method: page.method });
      return page;
    }),
  );
}
