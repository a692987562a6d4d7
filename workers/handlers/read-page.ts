/**
 * read-page: one page's text, from its text layer or, when that is missing or broken, by OCR
 * (the same choice processPdf makes for `saraban process`).
 */
import { performance } from 'node:perf_hooks';
import type { OcrPool } from '../../pipeline/ocr/index.js';
import { type PDFDocumentProxy, PdfInputError } from '../../pipeline/pdf/index.js';
import { readPage as readPageOfPdf } from '../../pipeline/process.js';
import type { TextLayerPolicy } from '../../schemas/index.js';
import type { ReadPageData, ReadPageResult } from '../jobs.js';

export interface PageReader {
  document(sha256: string): Promise<PDFDocumentProxy>;
  /** Loaded on first need: children that only meet text-layer pages never start an OCR engine. */
  ocr(): Promise<Pick<OcrPool, 'recognizePage'>>;
  /** What text layers are taken for. */
  textLayer: TextLayerPolicy;
}

export async function readPage(data: ReadPageData, reader: PageReader): Promise<ReadPageResult> {
  const doc = await reader.document(data.sha256);
  await openPage(doc, data.pageNumber);
  const ocr = { recognizePage: async (d: PDFDocumentProxy, n: number) => (await reader.ocr()).recognizePage(d, n) };
  const started = performance.now();
  const page = await readPageOfPdf(doc, data.pageNumber, ocr, reader.textLayer);
  return { page, ocrSeconds: page.method === 'ocr' ? (performance.now() - started) / 1000 : 0 };
}

/**
 * A page whose own objects cannot be parsed (a structure nested 50,000 deep, a broken page
 * dictionary) fails the same way every time: that is bad input, final at once, not a fault to
 * retry. pdfjs keeps the parsed page, so reading it afterwards costs nothing more.
 */
async function openPage(doc: PDFDocumentProxy, pageNumber: number): Promise<void> {
  try {
    await doc.getPage(pageNumber);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PdfInputError('unreadable', `page ${pageNumber} cannot be read: ${reason}`, { cause: error });
  }
}
