/**
 * Results (and quarantine reports) waiting for a folder that cannot be written: an outbox made
 * read-only, a full disk, a share gone away. Nothing is dropped for that: the job waits and tries
 * again, ever more slowly up to once every 30 s, until the write succeeds. The waits are kept in
 * Redis so that `status` and /healthz of every process show them; a successful write clears its own.
 */
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { QUEUE_PREFIX } from './jobs.js';

const FAULTS_KEY = `${QUEUE_PREFIX}:output-faults`;
const FIRST_RETRY_MS = 2000;
const LONGEST_RETRY_MS = 30_000;

export const OutputFault = z.object({
  sha256: z.string(),
  file: z.string().describe('the PDF whose result or report waits'),
  folder: z.string(),
  error: z.string(),
  since: z.string(),
  attempts: z.number().int().min(1),
});
export type OutputFault = z.infer<typeof OutputFault>;

/** Wait before the next try after `attempts` failed ones: 2 s, 4 s, 8 s … then every 30 s. */
export function outputRetryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

export class OutputFaults {
  constructor(private readonly redis: Redis) {}

  /** Records one more failed write of a PDF's output; returns how long to wait before the next. */
  async record(sha256: string, failure: { file: string; folder: string; error: string }): Promise<{ attempts: number; retryInMs: number }> {
    const earlier = OutputFault.safeParse(JSON.parse((await this.redis.hget(FAULTS_KEY, sha256)) ?? 'null'));
    const attempts = earlier.success ? earlier.data.attempts + 1 : 1;
    const fault: OutputFault = { sha256, ...failure, since: earlier.success ? earlier.data.since : new Date().toISOString(), attempts };
    await this.redis.hset(FAULTS_KEY, sha256, JSON.stringify(fault));
    return { attempts, retryInMs: outputRetryDelayMs(attempts) };
  }

  async clear(sha256: string): Promise<void> {
    await this.redis.hdel(FAULTS_KEY, sha256);
  }

  /** Every output still waiting, oldest first. */
  async list(): Promise<OutputFault[]> {
    const entries = Object.values(await this.redis.hgetall(FAULTS_KEY));
    const faults = entries.flatMap((json) => {
      const parsed = OutputFault.safeParse(JSON.parse(json));
      return parsed.success ? [parsed.data] : [];
    });
    return faults.sort((a, b) => a.since.localeCompare(b.since));
  }
}
