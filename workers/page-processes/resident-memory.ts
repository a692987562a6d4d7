/**
 * Resident memory of another process, for the page processes' memory ceiling: read from /proc
 * on Linux (cheap enough to ask ten times a second), from ps elsewhere.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const KILOBYTE = 1024;

async function fromProc(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) * KILOBYTE : null;
}

function fromPs(pid: number): Promise<number | null> {
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'rss=', '-p', String(pid)], (error, stdout) => {
      const kilobytes = Number(stdout.trim());
      resolve(error || !Number.isFinite(kilobytes) ? null : kilobytes * KILOBYTE);
    });
  });
}

/** Bytes resident, or null when the process is gone or cannot be measured. */
export async function residentBytes(pid: number): Promise<number | null> {
  if (process.platform === 'linux') return fromProc(pid).catch(() => null);
  return fromPs(pid);
}
