/**
 * Which files in the inbox are documents, and whether one looks completely written.
 *
 * Every regular file is taken except names that programs use while a file is still being
 * written or that are not documents (*.part, *.crdownload, ~$*, .~lock*, dotfiles, Thumbs.db).
 * A non-PDF file is taken too, and quarantined with its reason: a clerk sees it, nothing is
 * silently left behind. Folders dropped into the inbox are walked: each PDF inside is taken on
 * its own (output named after the file); the emptied folder is left for the clerk to remove,
 * since deleting it could break a copy still filling it.
 *
 * The inbox never reaches outside itself: entries are looked at with lstat, never followed. A
 * symbolic link (to a file or a folder, or a folder on the way to a file) and anything that is
 * not a regular file (a FIFO, a device) is refused, never read and never deleted through.
 */
import { constants as fsConstants, type Stats } from 'node:fs';
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

/**
 * All candidate entries below the inbox, for the catch-up at start and the periodic rescan:
 * files, and links and other non-folders to be refused (folders are walked, links never).
 */
export async function listInboxFiles(inbox: string, excluded: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (isIgnoredName(entry.name) || excluded.includes(full)) continue;
      if (entry.isDirectory()) {
        if (depth < MAX_FOLDER_DEPTH) await walk(full, depth + 1);
      } else {
        files.push(full);
      }
    }
  };
  await walk(inbox, 0);
  return files.sort();
}

export type InboxEntry =
  | { kind: 'file'; path: string; stats: Stats }
  /** A symbolic link: `path` is the link itself (the file, or a folder on the way to it). */
  | { kind: 'link'; path: string; target: string }
  /** A FIFO, socket or device. */
  | { kind: 'special'; path: string }
  | { kind: 'gone'; path: string };

/**
 * What an inbox path is, every component from the inbox down looked at with lstat: a regular
 * file reached through real folders only, a link on the way, a special file, or nothing (gone,
 * or a folder). The inbox folder itself may be a link: that is the operator's choice.
 */
export async function examineInboxEntry(inbox: string, file: string): Promise<InboxEntry> {
  const parts = path.relative(inbox, file).split(path.sep);
  if (parts[0] === '..' || path.isAbsolute(parts.join(path.sep))) return { kind: 'gone', path: file };
  let current = inbox;
  for (const [index, part] of parts.entries()) {
    current = path.join(current, part);
    const stats = await fs.lstat(current).catch(() => null);
    if (!stats) return { kind: 'gone', path: file };
    if (stats.isSymbolicLink()) return { kind: 'link', path: current, target: await fs.readlink(current).catch(() => '?') };
    const last = index === parts.length - 1;
    if (!last && !stats.isDirectory()) return { kind: 'gone', path: file };
    if (last && stats.isFile()) return { kind: 'file', path: file, stats };
    if (last && !stats.isDirectory()) return { kind: 'special', path: file };
  }
  return { kind: 'gone', path: file };
}

const TAIL_BYTES = 1024;

/**
 * A PDF is written front to back and ends with %%EOF, so a PDF without it is probably still
 * being written (or cut off). Empty files count as not written yet. Other files have no end
 * marker to wait for.
 */
export async function looksComplete(file: string): Promise<boolean> {
  const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0));
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
