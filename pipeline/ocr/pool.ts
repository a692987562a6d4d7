/**
 * A pool of warm OCR engines. Pages wait for a free engine; an engine that has read
 * `recycleAfterPages` pages is replaced by a fresh one (WebAssembly memory only grows, so
 * recycling is what bounds a long run's footprint).
 */
import os from 'node:os';
import { OcrEngine } from './engine.js';
import { LATIN_LANGUAGES } from './language-data.js';

export interface OcrPoolOptions {
  /** Number of engines (worker threads). Default: SARABAN_OCR_WORKERS, else DEFAULT_OCR_WORKERS. */
  size?: number;
  /** Replace an engine after this many pages. */
  recycleAfterPages?: number;
}

/**
 * Two engines on a two-core host measured faster per page than one (tools/bench-ocr.ts); more
 * engines than cores only add memory.
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

/** A started (or starting) engine, boxed: a promise resolved with a promise would be flattened. */
interface Slot {
  engine: Promise<OcrEngine>;
}

interface Waiter {
  resolve: (slot: Slot) => void;
  reject: (error: Error) => void;
}

export class EnginePool {
  private readonly idle: Slot[] = [];
  private readonly waiting: Waiter[] = [];
  private readonly all = new Set<Promise<OcrEngine>>();
  private closed = false;
  /** Engines start on first need: a run of text-layer PDFs never pays for one. */
  private unstarted: number;

  constructor(
    readonly size: number,
    private readonly recycleAfterPages: number,
  ) {
    this.unstarted = size;
  }

  /** Engines started and not yet terminated. */
  get running(): number {
    return this.all.size;
  }

  private startIfRoom(): Slot | undefined {
    if (this.unstarted === 0) return undefined;
    this.unstarted--;
    return this.startEngine();
  }

  private startEngine(): Slot {
    const engine = OcrEngine.start();
    this.all.add(engine);
    engine.catch(() => this.all.delete(engine));
    return { engine };
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error('the OCR pool is closed'));
    const slot = this.idle.shift() ?? this.startIfRoom();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /**
   * Runs `work` on a free engine. Afterwards the engine returns to the pool, or is replaced when
   * it has read its share of pages or failed (a crashed worker thread is not reused).
   */
  async use<T>(work: (engine: OcrEngine) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    let engine: OcrEngine | undefined;
    let healthy = false;
    try {
      engine = await slot.engine;
      const result = await work(engine);
      healthy = true;
      return result;
    } finally {
      if (engine) engine.pagesDone++;
      const replace = !healthy || (engine?.pagesDone ?? 0) >= this.recycleAfterPages;
      if (replace) this.replace(slot);
      else this.release(slot);
    }
  }

  private retire(slot: Slot): void {
    this.all.delete(slot.engine);
    void slot.engine.then((engine) => engine.terminate()).catch(() => undefined);
  }

  /** A retired engine's place is filled at once only when a page is waiting for it. */
  private replace(slot: Slot): void {
    this.retire(slot);
    this.unstarted++;
    const waiter = this.closed ? undefined : this.waiting.shift();
    if (waiter) waiter.resolve(this.startIfRoom()!);
  }

  private release(slot: Slot): void {
    if (this.closed) {
      this.retire(slot);
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve(slot);
    else this.idle.push(slot);
  }

  private latin: Promise<OcrEngine> | undefined;
  private latinQueue: Promise<unknown> = Promise.resolve();

  /**
   * Runs `work` on the one English engine, started on first need (most pages never need it) and
   * used by one page at a time.
   */
  useLatin<T>(work: (engine: OcrEngine) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the OCR pool is closed'));
    if (!this.latin) {
      this.latin = OcrEngine.start(LATIN_LANGUAGES);
      this.all.add(this.latin);
    }
    const engine = this.latin;
    const run = this.latinQueue.then(async () => work(await engine));
    this.latinQueue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('the OCR pool was closed'));
    const engines = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(engines.map((engine) => engine.then((e) => e.terminate()).catch(() => undefined)));
  }
}
