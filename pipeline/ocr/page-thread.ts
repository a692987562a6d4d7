/**
 * One OCR page thread, seen from the thread that starts it. A page thread does the whole OCR of
 * a page (preprocessing, layout, recognition, re-reading) with engines of its own, one page at a
 * time: one thread is one core's worth of work, so N threads scale like N Tesseract processes,
 * and no page's JavaScript holds up another page's engine.
 */
import { Worker } from 'node:worker_threads';
import type { PageText } from '../../schemas/index.js';
import type { GrayImage } from './page-image.js';

export interface PageRequest {
  id: number;
  pageNumber: number;
  image: Omit<GrayImage, 'data'> & { data: Uint8Array };
}

export type PageReply = { id: number; page: PageText } | { id: number; error: string };

/** A message that asks the thread to stop its engines and end. */
export const CLOSE = 'close';

/** How long a closing thread may take to stop its engines before it is terminated. */
const CLOSE_TIMEOUT_MS = 10_000;

/**
 * The thread runs compiled JavaScript. Under the test runner this module is TypeScript, and the
 * thread runs from the build in dist/ instead (tests that OCR build first: test/support/build.ts).
 */
function threadScript(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? new URL('../../dist/pipeline/ocr/page-worker.js', here) : new URL('./page-worker.js', here);
}

interface Pending {
  resolve: (page: PageText) => void;
  reject: (error: Error) => void;
}

export class PageThread {
  /** Pages read since the thread started; the pool recycles it after a number of pages. */
  pagesDone = 0;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private stopped: Error | null = null;
  private readonly worker = new Worker(threadScript());
  private readonly exited: Promise<void>;

  constructor() {
    const worker = this.worker;
    worker.on('message', (reply: PageReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.page);
    });
    worker.on('error', (error) => this.stop(error));
    this.exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.stop(new Error(`the OCR page thread ended (exit code ${code})`));
        resolve();
      }),
    );
  }

  /** A thread that failed or ended fails every page it was reading, and every later one. */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  read(image: GrayImage, pageNumber: number): Promise<PageText> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    const request: PageRequest = { id, pageNumber, image };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  /** Asks the thread to stop its engines and end; terminates it if it does not in time. */
  async terminate(): Promise<void> {
    if (!this.stopped) this.worker.postMessage(CLOSE);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), CLOSE_TIMEOUT_MS);
    });
    if ((await Promise.race([this.exited, late])) === 'late') await this.worker.terminate();
    clearTimeout(timer);
  }
}
