/**
 * Which files in the inbox are documents, and whether one looks completely written.
 *
 * Every regular file is taken except names that programs use while a file is still being
 * written or that are not documents (*.part, *.crdownload, ~$*, .~lock*, dotfiles, Thumbs.db).
 * A non-PDF file is taken too, and quarantined with its reason: a clerk sees it, nothing is
 * silently left behind. Folders dropped into the inbox are walked: each PDF inside is taken on
 * its own (output named after the file); the emptied folder is left for the clerk to remove,
 * since deleting it could break a copy still filling it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

const NOT_DOCUMENT_NAMES: readonly RegExp[] = [
  /^\./, // dotfiles, .~lock.*# (LibreOffice), .DS_Store, our own temporary files
  /^~\$/, // Office owner files
  /\.(part|partial|crdownload|download|tmp|temp)$/i, // browsers, rsync, scanners writing
  /^(thumbs\.db|desktop\.ini)$/i,
];

/** Folder levels walked below the inbox; deeper files are ignored (and logged by the caller). */
export const MAX_FOLDER_DEPTH = 8;

export function isIgnoredName(name: string): boolean {
  return NOT_DOCUMENT_NAMES.some((pattern) => pattern.test(name));
}

/** True when any component of the path below the inbox is an ignored name (a dot-folder, …). */
export function isIgnoredPath(inbox: string, file: string): boolean {
  const relative = path.relative(inbox, file);
  if (relative === '' ) return false;
  if (relative.startsWith('..') || path.isAbsolute(relative)) return true;
  return relative.split(path.sep).some(isIgnoredName);
}

/** All candidate files below the inbox, for the catch-up at start and the periodic rescan. */
export async function listInboxFiles(inbox: string, excluded: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (isIgnoredName(entry.name) || excluded.includes(full)) continue;
      if (entry.isDirectory() && depth < MAX_FOLDER_DEPTH) await walk(full, depth + 1);
      else if (entry.isFile()) files.push(full);
    }
  };
  await walk(inbox, 0);
  return files.sort();
}

const TAIL_BYTES = 1024;

/**
 * A PDF is written front to back and ends with %%EOF, so a PDF without it is probably still
 * being written (or cut off). Empty files count as not written yet. Other files have no end
 * marker to wait for.
 */
export async function looksComplete(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const head = Buffer.alloc(Math.min(size, TAIL_BYTES));
    await handle.read(head, 0, head.length, 0);
    if (!head.includes('%PDF-', 0, 'latin1')) return true;
    const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return tail.includes('%%EOF', 0, 'latin1');
  } finally {
    await handle.close();
  }
}
