/**
 * The OCR stage: page image → cleaned raster → text lines → Tesseract (tesseract.js, offline)
 * → Thai digits re-read → text repaired and mended → PageText with method 'ocr'.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageText } from '../../schemas/index.js';
import { rereadDigits } from './digits.js';
import { rereadLatin } from './latin.js';
import { findTextLines } from './layout.js';
import { loadPageImage } from './page-image.js';
import { buildPageText } from './page-text.js';
import { DEFAULT_RECYCLE_AFTER_PAGES, EnginePool, resolvePoolSize } from './pool.js';
import type { OcrPoolOptions } from './pool.js';
import { preparePage } from './preprocess.js';
import { recognitionView, recognizeLines } from './recognize-lines.js';

export { DEFAULT_OCR_WORKERS, resolvePoolSize } from './pool.js';
export type { OcrPoolOptions } from './pool.js';

export interface OcrPool {
  readonly size: number;
  recognizePage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageText>;
  close(): Promise<void>;
}

/** Pages being prepared or waiting for an engine, per engine: enough to keep engines busy. */
const PAGES_IN_FLIGHT_PER_ENGINE = 2;

class Gate {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}

export function createOcrPool(opts: OcrPoolOptions = {}): OcrPool {
  const size = resolvePoolSize(opts.size);
  const engines = new EnginePool(size, opts.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER_PAGES);
  const gate = new Gate(size * PAGES_IN_FLIGHT_PER_ENGINE);
  return {
    size,
    recognizePage: (doc, pageNumber) =>
      gate.run(async () => {
        const image = await loadPageImage(doc, pageNumber);
        const page = await preparePage(image);
        const lines = findTextLines(page);
        const view = await recognitionView(page.gray, page.glyphHeight);
        const recognized = await engines.use((engine) => recognizeLines(engine, view, page.ink, lines));
        const latin = await rereadLatin(recognized, view, (work) => engines.useLatin(work));
        const reread = rereadDigits(latin.lines, page);
        return buildPageText(pageNumber, reread.lines, [...latin.changes, ...reread.changes]);
      }),
    close: () => engines.close(),
  };
}
