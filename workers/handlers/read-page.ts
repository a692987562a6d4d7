/**
 * read-page: one page's text, from its text layer or, when that is missing or broken, by OCR
 * (the same choice processPdf makes for `saraban process`).
 */
import { performance } from 'node:perf_hooks';
import type { OcrPool } from '../../pipeline/ocr/index.js';
import type { PDFDocumentProxy } from '../../pipeline/pdf/index.js';
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
  const ocr = { recognizePage: async (d: PDFDocumentProxy, n: number) => (await reader.ocr()).recognizePage(d, n) };
  const started = performance.now();
  const page = await readPageOfPdf(doc, data.pageNumber, ocr, reader.textLayer);
  return { page, ocrSeconds: page.method === 'ocr' ? (performance.now() - started) / 1000 : 0 };
}
