/**
 * File writes that survive a crash at any instant: write a temporary file beside the target,
 * fsync it, rename it over the target, fsync the folder. Readers see the old file or the new
 * one, never half of one. A write that fails removes its temporary file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fitToBytes } from './file-names.js';

const COPY_CHUNK_BYTES = 1024 * 1024;

/** Bytes of the target's name kept in a temporary name: the whole stays far below NAME_MAX (255). */
const TEMPORARY_NAME_BYTES = 120;

/** Temporary names start with a dot so inbox-style watchers downstream skip them. */
export function temporaryPathBeside(target: string): string {
  const name = fitToBytes(path.basename(target), TEMPORARY_NAME_BYTES);
  return path.join(path.dirname(target), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates the temporary file (mode 0644, owned by whoever runs the service), lets `fill` write
 * it, fsyncs it and renames it over the target.
 */
async function replaceAtomically(target: string, fill: (handle: fs.FileHandle) => Promise<void>): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryPathBeside(target);
  const handle = await fs.open(temporary, 'wx', 0o644);
  try {
    try {
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}

export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
  await replaceAtomically(target, (handle) => handle.writeFile(content));
}

/**
 * Copies a file durably (same temp + fsync + rename steps) so the copy is complete or absent.
 * The copy is a new file of ours, not a clone of the source's mode: the store's originals are
 * read-only, and a copy that kept that mode could not be opened for its fsync by a non-root user.
 */
export async function copyFileAtomically(source: string, target: string): Promise<void> {
  await replaceAtomically(target, async (handle) => {
    const input = await fs.open(source, 'r');
    try {
      const chunk = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
      for (let read = await input.read(chunk, 0, chunk.length, null); read.bytesRead > 0; read = await input.read(chunk, 0, chunk.length, null)) {
        await handle.write(chunk, 0, read.bytesRead);
      }
    } finally {
      await input.close();
    }
  });
}

/** Appends one line and fsyncs: for small logs kept in the data folder. */
export async function appendLineDurably(file: string, line: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, 'a');
  try {
    await handle.appendFile(line.endsWith('\n') ? line : `${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function readJsonFile(file: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
}

export async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
