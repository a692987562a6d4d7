/**
 * A pool of warm OCR page threads. Pages wait for a free thread; a thread that has read
 * `recycleAfterPages` pages is replaced by a fresh one (WebAssembly memory only grows, so
 * recycling is what bounds a long run's footprint).
 */
import os from 'node:os';
import { PageThread } from './page-thread.js';

export interface OcrPoolOptions {
  /** Number of page threads, each one core's work. Default: SARABAN_OCR_WORKERS, else DEFAULT_OCR_WORKERS. */
  size?: number;
  /** Replace an engine after this many pages. */
  recycleAfterPages?: number;
}

/**
 * Two threads on a two-core host measured faster per page than one (tools/bench-ocr.ts); more
 * threads than cores only add memory.
 */
export const DEFAULT_OCR_WORKERS = Math.max(1, Math.min(2, os.availableParallelism()));
export const DEFAULT_RECYCLE_AFTER_PAGES = 50;

export function resolvePoolSize(requested?: number, environment: NodeJS.ProcessEnv = process.env): number {
  const fromEnvironment = environment.SARABAN_OCR_WORKERS ? Number(environment.SARABAN_OCR_WORKERS) : undefined;
  const size = requested ?? fromEnvironment ?? DEFAULT_OCR_WORKERS;
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`OCR pool size must be a whole number >= 1, got ${String(requested ?? environment.SARABAN_OCR_WORKERS)}`);
  }
  return size;
}

interface Waiter {
  resolve: (thread: PageThread) => void;
  reject: (error: Error) => void;
}

export class PageThreadPool {
  private readonly idle: PageThread[] = [];
  private readonly waiting: Waiter[] = [];
  private readonly all = new Set<PageThread>();
  private closed = false;
  /** Threads start on first need: a run of text-layer PDFs never pays for one. */
  private unstarted: number;

  constructor(
    readonly size: number,
    private readonly recycleAfterPages: number,
  ) {
    this.unstarted = size;
  }

  /** Threads started and not yet terminated. */
  get running(): number {
    return this.all.size;
  }

  private startIfRoom(): PageThread | undefined {
    if (this.unstarted === 0) return undefined;
    this.unstarted--;
    const thread = new PageThread();
    this.all.add(thread);
    return thread;
  }

  private acquire(): Promise<PageThread> {
    if (this.closed) return Promise.reject(new Error('the OCR pool is closed'));
    const thread = this.idle.shift() ?? this.startIfRoom();
    if (thread) return Promise.resolve(thread);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /**
   * Runs `work` on a free thread. Afterwards the thread returns to the pool, or is replaced when
   * it has read its share of pages or failed (a thread that failed a page is not trusted again).
   */
  async use<T>(work: (thread: PageThread) => Promise<T>): Promise<T> {
    const thread = await this.acquire();
    let healthy = false;
    try {
      const result = await work(thread);
      healthy = true;
      return result;
    } finally {
      thread.pagesDone++;
      if (!healthy || thread.pagesDone >= this.recycleAfterPages) this.replace(thread);
      else this.release(thread);
    }
  }

  /** Threads being ended: close() waits for them too. */
  private readonly ending = new Set<Promise<void>>();

  private retire(thread: PageThread): Promise<void> {
    this.all.delete(thread);
    const ended = thread.terminate().catch(() => undefined);
    this.ending.add(ended);
    void ended.then(() => this.ending.delete(ended));
    return ended;
  }

  /**
   * A retired thread's place is filled once it has ended (so no more than `size` threads ever
   * hold memory), and only when a page is waiting for it.
   */
  private replace(thread: PageThread): void {
    void this.retire(thread).then(() => {
      this.unstarted++;
      const waiter = this.closed ? undefined : this.waiting.shift();
      if (waiter) waiter.resolve(this.startIfRoom()!);
    });
  }

  private release(thread: PageThread): void {
    if (this.closed) {
      void this.retire(thread);
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve(thread);
    else this.idle.push(thread);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('the OCR pool was closed'));
    this.idle.length = 0;
    for (const thread of [...this.all]) void this.retire(thread);
    await Promise.all(this.ending);
  }
}
