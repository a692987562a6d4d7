/**
 * The page processes of one worker: forked children (page-process.ts) that open PDFs and read
 * pages, one task at a time each, so that this process only waits and keeps renewing job locks.
 *
 * The pool bounds what any task may cost. Past the time limit, or past the memory ceiling (the
 * child's resident memory, polled ten times a second; its V8 heap is capped at the same size),
 * the child is killed and the task fails with a reason a clerk can read, as bad input: final,
 * never retried. A memory kill of a child that had already read other pages is first tried
 * again in a fresh child, since memory left over from earlier pages may have tipped it over.
 * A child that dies for any other reason fails its task as a fault, which the queue retries.
 * Whatever a child prints (pdfjs and pdf-lib warnings) becomes a log entry, never a raw line.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PdfInputError } from '../../pipeline/pdf/index.js';
import type { Logger } from '../logger.js';
import { type PageProcessReply, type PageProcessSettings, type PageTask, SETTINGS_VARIABLE } from './protocol.js';
import { residentBytes } from './resident-memory.js';

export interface PageProcessPoolOptions {
  /** Children at most (one task each at a time). */
  size: number;
  settings: PageProcessSettings;
  /** A task running longer than this is stopped. */
  timeLimitMs: number;
  /** A child holding more resident memory than this is stopped. */
  memoryLimitMb: number;
  logger: Logger;
}

const MEMORY_POLL_MS = 100;
const MEGABYTE = 1024 * 1024;
/** Lines a child may print per minute before the rest of that minute's output is muted. */
const OUTPUT_LINES_PER_MINUTE = 50;

export function pageProcessFile(): string {
  const file = fileURLToPath(new URL('./page-process.js', import.meta.url));
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);
  return file;
}

type Limit = 'time' | 'memory';

/** The child was stopped at a ceiling. */
class LimitReached extends Error {
  /** The child had finished other tasks before this one. */
  afterEarlierTasks = false;
  constructor(readonly limit: Limit) {
    super(`page process stopped at its ${limit} limit`);
  }
}

class PageProcess {
  /** Tasks finished; a child that has read pages before may hold memory left over from them. */
  served = 0;
  readonly exited: Promise<void>;
  private readonly child: ChildProcess;
  private pending: { id: number; resolve: (reply: PageProcessReply) => void; reject: (error: Error) => void } | null = null;
  private stoppedAt: Limit | null = null;
  private ended: Error | null = null;
  private readonly recentErrors: string[] = [];

  constructor(settings: PageProcessSettings, memoryLimitMb: number, private readonly logger: Logger) {
    this.child = fork(pageProcessFile(), [], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, [SETTINGS_VARIABLE]: JSON.stringify(settings) },
      execArgv: [`--max-old-space-size=${memoryLimitMb}`],
    });
    this.forwardOutput();
    this.child.on('message', (reply: PageProcessReply) => {
      if (this.pending?.id === reply.id) this.pending.resolve(reply);
    });
    this.child.on('error', (error) => this.end(error));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        const heapExhausted = this.recentErrors.some((line) => /heap out of memory|Reached heap limit/i.test(line));
        const stopped = this.stoppedAt ?? (heapExhausted ? 'memory' : null);
        this.end(stopped ? new LimitReached(stopped) : new Error(`the page process ended unexpectedly (${signal ?? `exit code ${code}`})`));
        resolve();
      }),
    );
  }

  get alive(): boolean {
    return this.ended === null;
  }

  private end(error: Error): void {
    this.ended ??= error;
    this.pending?.reject(this.ended);
    this.pending = null;
  }

  /** Library output of the child, as log entries (a hostile file can make pdfjs warn endlessly). */
  private forwardOutput(): void {
    let minute = 0;
    let lines = 0;
    const forward = (line: string, stream: 'stdout' | 'stderr') => {
      if (stream === 'stderr') this.recentErrors.splice(0, Math.max(0, this.recentErrors.length - 19), line);
      const now = Math.floor(Date.now() / 60_000);
      if (now !== minute) [minute, lines] = [now, 0];
      if (++lines > OUTPUT_LINES_PER_MINUTE) return;
      const muted = lines === OUTPUT_LINES_PER_MINUTE ? ' (more output this minute muted)' : '';
      this.logger[stream === 'stderr' ? 'warn' : 'info']({ pageProcess: this.child.pid, output: line }, `page process output${muted}`);
    };
    createInterface({ input: this.child.stdout! }).on('line', (line) => forward(line, 'stdout'));
    createInterface({ input: this.child.stderr! }).on('line', (line) => forward(line, 'stderr'));
  }

  perform(id: number, task: PageTask, limits: { timeLimitMs: number; memoryLimitBytes: number }): Promise<PageProcessReply> {
    if (this.ended) return Promise.reject(this.ended);
    const timer = setTimeout(() => this.stop('time'), limits.timeLimitMs);
    const poll = setInterval(() => {
      void residentBytes(this.child.pid!).then((bytes) => {
        if (bytes !== null && bytes > limits.memoryLimitBytes) this.stop('memory');
      });
    }, MEMORY_POLL_MS);
    return new Promise<PageProcessReply>((resolve, reject) => {
      this.pending = { id, resolve, reject };
      this.child.send({ ...task, id });
    }).finally(() => {
      clearTimeout(timer);
      clearInterval(poll);
      this.pending = null;
      this.served++;
    });
  }

  private stop(limit: Limit): void {
    if (this.stoppedAt || this.ended) return;
    this.stoppedAt = limit;
    this.child.kill('SIGKILL');
  }

  /** Ends the child once its task (if any) is done: it exits when the IPC channel closes. */
  async close(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    await this.exited;
  }
}

export class PageProcessPool {
  private readonly idle: PageProcess[] = [];
  private readonly waiting: Array<{ resolve: (child: PageProcess) => void; reject: (error: Error) => void }> = [];
  private readonly all = new Set<PageProcess>();
  private readonly busy = new Set<Promise<unknown>>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PageProcessPoolOptions) {}

  /**
   * Runs a task in a page process. `subject` names what is read in a limit's reason ("page 3",
   * "the PDF"). Bad input rejects with a PdfInputError (its reason for the clerk), anything else
   * with an ordinary Error.
   */
  run(task: PageTask, subject: string): Promise<unknown> {
    const running = this.runWithRetry(task, subject);
    this.busy.add(running);
    void running.catch(() => undefined).finally(() => this.busy.delete(running));
    return running;
  }

  private async runWithRetry(task: PageTask, subject: string): Promise<unknown> {
    try {
      return await this.runOnce(task, subject, false);
    } catch (error) {
      if (!(error instanceof LimitReached && error.limit === 'memory' && error.afterEarlierTasks)) throw this.reason(error, subject);
      this.options.logger.warn({ subject }, 'page process over its memory ceiling after earlier pages: trying again in a fresh one');
      try {
        return await this.runOnce(task, subject, true);
      } catch (again) {
        throw this.reason(again, subject);
      }
    }
  }

  private async runOnce(task: PageTask, subject: string, fresh: boolean): Promise<unknown> {
    const child = await this.acquire(fresh);
    const servedBefore = child.served;
    try {
      const reply = await child.perform(this.nextId++, task, {
        timeLimitMs: this.options.timeLimitMs,
        memoryLimitBytes: this.options.memoryLimitMb * MEGABYTE,
      });
      if ('error' in reply) throw reply.code ? new PdfInputError(reply.code, reply.error) : new Error(reply.error);
      return reply.value;
    } catch (error) {
      if (error instanceof LimitReached) error.afterEarlierTasks = servedBefore > 0;
      throw error;
    } finally {
      this.release(child);
    }
  }

  /** Limits reached become the clerk's reason; other errors pass as they are. */
  private reason(error: unknown, subject: string): unknown {
    if (!(error instanceof LimitReached)) return error;
    const { timeLimitMs, memoryLimitMb } = this.options;
    return new PdfInputError(
      'over-limit',
      error.limit === 'time'
        ? `${subject}: reading it took longer than the limit of ${Math.round(timeLimitMs / 1000)} s`
        : `${subject}: reading it needed more than ${memoryLimitMb} MB of memory, more than the limit`,
    );
  }

  private start(): PageProcess {
    const child = new PageProcess(this.options.settings, this.options.memoryLimitMb, this.options.logger);
    this.all.add(child);
    void child.exited.then(() => {
      this.all.delete(child);
      const index = this.idle.indexOf(child);
      if (index >= 0) this.idle.splice(index, 1);
      this.handOver();
    });
    return child;
  }

  /** A free child (a new one when there is room); `fresh` asks for one that has read nothing yet. */
  private acquire(fresh: boolean): Promise<PageProcess> {
    if (this.closed) return Promise.reject(new Error('the page processes are closing'));
    return new Promise((resolve, reject) => {
      this.waiting.push({
        resolve: (child) => {
          if (!fresh || child.served === 0) return resolve(child);
          void child.close(); // its place is filled by a fresh one once it has exited
          this.waiting.unshift({ resolve, reject });
        },
        reject,
      });
      this.handOver();
    });
  }

  private handOver(): void {
    while (this.waiting.length > 0) {
      const child = this.idle.shift() ?? (this.all.size < this.options.size ? this.start() : undefined);
      if (!child) return;
      this.waiting.shift()!.resolve(child);
    }
  }

  private release(child: PageProcess): void {
    if (!child.alive) return; // its exit frees the place
    if (this.closed) {
      void child.close();
      return;
    }
    this.idle.push(child);
    this.handOver();
  }

  /** Tasks in hand finish first; then every child ends. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('the page processes are closing'));
    await Promise.all([...this.busy].map((task) => task.catch(() => undefined)));
    await Promise.all([...this.all].map((child) => child.close()));
  }
}
