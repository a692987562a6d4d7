/**
 * Decides when a file in the inbox is completely written: its size and mtime must stay the same
 * for a while (longer when it does not look complete yet). A file that is still changing is
 * simply watched longer: nothing is ever dropped for taking its time.
 */

export interface FileObservation {
  size: number;
  mtimeMs: number;
}

interface Candidate extends FileObservation {
  unchangedSince: number;
  notBefore: number;
  failures: number;
}

export interface SettleRules {
  settleMs: number;
  incompleteSettleMs: number;
}

const MAX_RETRY_DELAY_MS = 60_000;

export class SettleTracker {
  private readonly candidates = new Map<string, Candidate>();

  constructor(private readonly rules: SettleRules) {}

  /** Starts watching a file (no-op when already watched). */
  add(file: string, now: number): void {
    if (!this.candidates.has(file)) {
      this.candidates.set(file, { size: -1, mtimeMs: -1, unchangedSince: now, notBefore: now, failures: 0 });
    }
  }

  forget(file: string): void {
    this.candidates.delete(file);
  }

  files(): string[] {
    return [...this.candidates.keys()];
  }

  get size(): number {
    return this.candidates.size;
  }

  /**
   * Records what the file looks like now; true when it has been unchanged long enough.
   * `complete` is asked only for a file that passed the short wait, so it is cheap.
   */
  async isSettled(file: string, seen: FileObservation, now: number, complete: () => Promise<boolean>): Promise<boolean> {
    const candidate = this.candidates.get(file);
    if (!candidate) return false;
    if (seen.size !== candidate.size || seen.mtimeMs !== candidate.mtimeMs) {
      Object.assign(candidate, seen, { unchangedSince: now });
      return false;
    }
    const unchangedFor = now - candidate.unchangedSince;
    if (now < candidate.notBefore || unchangedFor < this.rules.settleMs) return false;
    return unchangedFor >= this.rules.incompleteSettleMs || (await complete());
  }

  /** Taking the file failed: look again later, waiting longer after each failure. */
  postpone(file: string, now: number): number {
    const candidate = this.candidates.get(file);
    if (!candidate) return 0;
    candidate.failures += 1;
    const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (candidate.failures - 1));
    candidate.notBefore = now + delay;
    return delay;
  }
}
