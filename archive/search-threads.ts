/**
 * Searches off the HTTP server's event loop: worker threads, each with its own read-only
 * connection to the archive (SQLite in WAL mode reads beside the writer). A costly search (a word
 * in nearly every letter of a large archive) then delays other searches at most, never /healthz,
 * the rest of the API or the service's own work. A search past the time limit is answered with
 * SearchTimeLimitError and its thread replaced (SQLite cannot be interrupted, so the old thread
 * ends on its own when its query does).
 */
import { Worker } from 'node:worker_threads';
import type { SearchPage, SearchParams } from './api-schemas.js';
import type { SearchReply, SearchRequest } from './search-thread.js';

export const SEARCH_TIME_LIMIT_MS = 10_000;
const DEFAULT_THREADS = 2;

export class SearchTimeLimitError extends Error {
  override readonly name = 'SearchTimeLimitError';
}

/**
 * The thread runs compiled JavaScript: under the test runner this module is TypeScript, and the
 * thread then runs from the build in dist/ (tests that use search threads build first).
 */
function threadScript(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? new URL('../dist/archive/search-thread.js', here) : new URL('./search-thread.js', here);
}

class SearchThread {
  readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (page: SearchPage) => void; reject: (error: Error) => void }>();
  private failed: Error | null = null;

  constructor(dataDir: string) {
    this.worker = new Worker(threadScript(), { workerData: { dataDir } });
    this.worker.on('message', (reply: SearchReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.page as SearchPage);
    });
    const fail = (error: Error) => {
      this.failed ??= error;
      for (const waiting of this.pending.values()) waiting.reject(this.failed);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the search thread ended (exit code ${code})`)));
  }

  get usable(): boolean {
    return this.failed === null;
  }

  /** Stops using the thread; it ends once its current query returns. */
  abandon(): void {
    this.failed ??= new Error('the search thread was abandoned');
    void this.worker.terminate();
  }

  search(id: number, params: SearchParams): Promise<SearchPage> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, params } satisfies SearchRequest);
    });
  }
}

export class SearchThreads {
  private readonly idle: SearchThread[] = [];
  private readonly waiting: Array<(thread: SearchThread) => void> = [];
  private started = 0;
  private nextId = 0;
  private closed = false;

  /** One thread starts at once, so the first search does not wait for it to load. */
  constructor(
    private readonly dataDir: string,
    private readonly options: { size?: number; timeLimitMs?: number } = {},
  ) {
    this.started = 1;
    this.idle.push(new SearchThread(dataDir));
  }

  async search(params: SearchParams): Promise<SearchPage> {
    const thread = await this.acquire();
    let timer: NodeJS.Timeout | undefined;
    const limit = this.options.timeLimitMs ?? SEARCH_TIME_LIMIT_MS;
    const overTime = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SearchTimeLimitError(`the search took longer than ${limit / 1000} s`)), limit);
    });
    try {
      return await Promise.race([thread.search(this.nextId++, params), overTime]);
    } catch (error) {
      if (error instanceof SearchTimeLimitError) thread.abandon(); // replaced below
      throw error;
    } finally {
      clearTimeout(timer);
      this.release(thread);
    }
  }

  private acquire(): Promise<SearchThread> {
    if (this.closed) return Promise.reject(new Error('the search threads are closed'));
    const thread = this.idle.shift();
    if (thread) return Promise.resolve(thread);
    if (this.started < (this.options.size ?? DEFAULT_THREADS)) {
      this.started++;
      return Promise.resolve(new SearchThread(this.dataDir));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(thread: SearchThread): void {
    if (this.closed) return thread.abandon();
    const next = thread.usable ? thread : new SearchThread(this.dataDir);
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
  }

  /** Idle threads end now, busy ones when their search returns. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((thread) => thread.worker.terminate()));
  }
}
