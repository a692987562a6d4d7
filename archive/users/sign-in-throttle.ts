/**
 * Slows password guessing: after a few wrong passwords for one login, that login is refused for
 * a while. Kept in memory: a restart forgets it, which only gives a guesser a few more tries.
 */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 60_000;

interface Failures {
  count: number;
  since: number;
  lockedUntil: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  isLocked(login: string, now = Date.now()): boolean {
    return (this.failures.get(login.toLowerCase())?.lockedUntil ?? 0) > now;
  }

  failed(login: string, now = Date.now()): void {
    const key = login.toLowerCase();
    const earlier = this.failures.get(key);
    const entry = earlier && now - earlier.since < WINDOW_MS ? earlier : { count: 0, since: now, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= MAX_FAILURES) entry.lockedUntil = now + LOCK_MS;
    this.failures.set(key, entry);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(login: string): void {
    this.failures.delete(login.toLowerCase());
  }
}
