/**
 * The OCR stage: page image → (in a page thread: cleaned raster → text lines → Tesseract
 * (tesseract.js, offline) → Thai digits re-read → text repaired and mended) → PageText with
 * method 'ocr'. See read-page-image.ts for the stages and page-thread.ts for the threads. Once
 * every page is read, what only the whole bundle tells is mended (bundle-abbreviations.ts).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageText } from '../../schemas/index.js';
import { loadPageImage } from './page-image.js';
import { DEFAULT_RECYCLE_AFTER_PAGES, PageThreadPool, resolvePoolSize } from './pool.js';
import type { OcrPoolOptions } from './pool.js';

export { DEFAULT_OCR_WORKERS, resolvePoolSize } from './pool.js';
export type { OcrPoolOptions } from './pool.js';

export interface OcrPool {
  readonly size: number;
  recognizePage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageText>;
  close(): Promise<void>;
}

/** Page images loaded or waiting for a thread, per thread: enough to keep threads busy. */
const PAGES_IN_FLIGHT_PER_THREAD = 2;

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
  const threads = new PageThreadPool(size, opts.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER_PAGES);
  const gate = new Gate(size * PAGES_IN_FLIGHT_PER_THREAD);
  return {
    size,
    recognizePage: (doc, pageNumber) =>
      gate.run(async () => {
        // The image is taken out of the PDF here, where the document is open, while the
        // threads read the pages before it.
        const image = await loadPageImage(doc, pageNumber);
        return threads.use((thread) => thread.read(image, pageNumber));
      }),
    close: () => threads.close(),
  };
}
