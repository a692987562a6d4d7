/**
 * File writes that survive a crash at any instant: write a temporary file beside the target,
 * fsync it, rename it over the target, fsync the folder. Readers see the old file or the new
 * one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Temporary names start with a dot so inbox-style watchers downstream skip them. */
export function temporaryPathBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryPathBeside(target);
  const handle = await fs.open(temporary, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, target);
  await syncFolder(path.dirname(target));
}

/** Copies a file durably (same temp + fsync + rename steps) so the copy is complete or absent. */
export async function copyFileAtomically(source: string, target: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryPathBeside(target);
  await fs.copyFile(source, temporary);
  const handle = await fs.open(temporary, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, target);
  await syncFolder(path.dirname(target));
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
