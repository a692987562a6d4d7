/**
 * Tests that run saraban as real processes or OCR page threads use the compiled dist/ (the
 * sandboxed page processor, the CLI and the page threads run from there). CI builds on `npm ci`;
 * during development a stale build is rebuilt once, under a lock shared by test files running in
 * parallel.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ENTRY = path.join(REPO, 'dist', 'cli', 'main.js');
const REQUIRED_BUILD = [
  ENTRY,
  path.join(REPO, 'dist', 'workers', 'cli-commands.js'),
  path.join(REPO, 'dist', 'workers', 'page-processes', 'page-process.js'),
  path.join(REPO, 'dist', 'archive', 'search-thread.js'),
  path.join(REPO, 'dist', 'pipeline', 'ocr', 'page-worker.js'),
];
const SOURCE_FOLDERS = ['pipeline', 'workers', 'schemas', 'cli', 'archive'];

function newestSourceTime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  if (!REQUIRED_BUILD.every((file) => existsSync(file))) return false;
  const built = statSync(ENTRY).mtimeMs;
  return SOURCE_FOLDERS.every((folder) => newestSourceTime(path.join(REPO, folder)) <= built);
}

/**
 * The sandboxed page processor runs from dist/, so the service is tested as built. CI builds on
 * `npm ci`; during development a stale build is rebuilt (one test file at a time, under a lock).
 */
export async function ensureBuilt(): Promise<void> {
  const lock = path.join(os.tmpdir(), 'saraban-service-test-build.lock');
  for (;;) {
    try {
      await fs.mkdir(lock);
      break;
    } catch {
      const age = Date.now() - ((await fs.stat(lock).catch(() => null))?.mtimeMs ?? 0);
      if (age > 180_000) await fs.rm(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (buildIsCurrent()) return;
    try {
      execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'pipe' });
    } catch {
      // Type errors elsewhere in the tree still emit JavaScript; what matters is below.
    }
    for (const file of REQUIRED_BUILD) {
      if (!existsSync(file)) throw new Error(`build did not produce ${file}`);
    }
  } finally {
    await fs.rm(lock, { recursive: true, force: true });
  }
}
