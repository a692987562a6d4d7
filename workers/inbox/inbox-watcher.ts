/**
 * Watches the inbox: a catch-up of what is already there at start, then chokidar events (or
 * polling, for network shares where events do not arrive), and a periodic rescan as a safety
 * net for missed events. Files are taken one at a time, once settled. Links are never followed
 * (chokidar included): a link or special file is handed to `refuse` once, and left where it is.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import type { Logger } from '../logger.js';
import { type InboxEntry, MAX_FOLDER_DEPTH, examineInboxEntry, isIgnoredPath, listInboxFiles, looksComplete } from './inbox-files.js';
import { SettleTracker } from './settle-tracker.js';

export interface InboxWatcherOptions {
  inbox: string;
  /** Folders never taken from even when inside the inbox (outbox, quarantine, data). */
  excluded: string[];
  settleMs: number;
  incompleteSettleMs: number;
  polling: boolean;
  pollIntervalMs: number;
  logger: Logger;
  /** Takes a settled file; throwing leaves the file to be tried again later. */
  take(file: string): Promise<void>;
  /** Reports an entry that is not taken (a symbolic link, a FIFO); called once per entry and run. */
  refuse(entry: Exclude<InboxEntry, { kind: 'file' | 'gone' }>): Promise<void>;
}

const RESCAN_INTERVAL_MS = 30_000;

export class InboxWatcher {
  private readonly tracker: SettleTracker;
  private watcher: FSWatcher | undefined;
  private timers: NodeJS.Timeout[] = [];
  private checking: Promise<void> | undefined;
  private stopped = false;
  /** Entries refused in this run (path and what it was), so a rescan does not report them again. */
  private readonly refused = new Set<string>();

  constructor(private readonly options: InboxWatcherOptions) {
    this.tracker = new SettleTracker(options);
  }

  async start(): Promise<void> {
    const { inbox, polling, pollIntervalMs, settleMs } = this.options;
    await fs.mkdir(inbox, { recursive: true });
    await this.rescan();
    this.options.logger.info({ inbox, files: this.tracker.size, polling }, 'watching the inbox');
    this.watcher = watch(inbox, {
      ignoreInitial: true,
      depth: MAX_FOLDER_DEPTH,
      usePolling: polling,
      followSymlinks: false,
      interval: pollIntervalMs,
      binaryInterval: pollIntervalMs,
      ignored: (file) => this.isExcluded(file),
    });
    this.watcher.on('add', (file) => this.notice(file));
    this.watcher.on('change', (file) => this.notice(file));
    this.watcher.on('error', (error) => this.options.logger.warn({ err: String(error) }, 'inbox watcher error'));
    const checkEvery = Math.max(100, Math.min(1000, Math.round(settleMs / 4)));
    this.timers = [
      setInterval(() => this.checkSoon(), checkEvery),
      setInterval(() => void this.rescan(), RESCAN_INTERVAL_MS),
    ];
  }

  /** Stops watching; the file being taken, if any, is finished first. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.watcher?.close();
    await this.checking;
  }

  private isExcluded(file: string): boolean {
    const { inbox, excluded } = this.options;
    return isIgnoredPath(inbox, file) || excluded.some((folder) => file === folder || file.startsWith(folder + path.sep));
  }

  private notice(file: string): void {
    if (!this.stopped && !this.isExcluded(file)) this.tracker.add(file, Date.now());
  }

  private async rescan(): Promise<void> {
    for (const file of await listInboxFiles(this.options.inbox, this.options.excluded)) this.notice(file);
  }

  private checkSoon(): void {
    this.checking ??= this.check().finally(() => (this.checking = undefined));
  }

  private async check(): Promise<void> {
    for (const file of this.tracker.files()) {
      if (this.stopped) return;
      const entry = await examineInboxEntry(this.options.inbox, file);
      if (entry.kind !== 'file') {
        this.tracker.forget(file); // renamed away (e.g. .part -> .pdf), removed, or refused
        if (entry.kind !== 'gone') await this.refuseOnce(entry);
        continue;
      }
      const settled = await this.tracker.isSettled(file, entry.stats, Date.now(), () => looksComplete(file).catch(() => false));
      if (settled) await this.takeOne(file);
    }
  }

  private async refuseOnce(entry: Exclude<InboxEntry, { kind: 'file' | 'gone' }>): Promise<void> {
    const key = `${entry.kind}:${entry.path}:${entry.kind === 'link' ? entry.target : ''}`;
    if (this.refused.has(key)) return;
    try {
      await this.options.refuse(entry);
      this.refused.add(key);
    } catch (error) {
      this.options.logger.warn({ file: entry.path, err: error instanceof Error ? error.message : String(error) }, 'could not report a refused inbox entry yet');
    }
  }

  private async takeOne(file: string): Promise<void> {
    try {
      await this.options.take(file);
      this.tracker.forget(file);
    } catch (error) {
      const retryInMs = this.tracker.postpone(file, Date.now());
      this.options.logger.warn({ file, err: error instanceof Error ? error.message : String(error), retryInMs }, 'could not take file yet');
    }
  }
}
