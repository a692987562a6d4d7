/**
 * The content-addressed store: every PDF the service accepted, named by the SHA-256 of its bytes
 * (data/store/ab/abcdef….pdf). Files are copied in, fsynced and renamed into place, and made
 * read-only; nothing in the store is ever changed or deleted, so every outcome can be redone.
 * A source is read only if it is a regular file itself: a symbolic link is never followed.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileExists, syncFolder, temporaryPathBeside } from './durable-files.js';

export interface StoredContent {
  sha256: string;
  size: number;
  /** mtime of the source when it was copied: tells a re-seen arrival from a new one. */
  sourceMtimeMs: number;
  /** Device and inode of the source: the very file that was copied, for a safe removal. */
  sourceIdentity: FileIdentity;
  storedPath: string;
}

export interface FileIdentity {
  dev: number;
  ino: number;
}

/** Opening fails on a symbolic link (ELOOP) and never waits on a FIFO. */
const OPEN_SOURCE = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The source changed while it was being copied: it is still being written. */
export class SourceChangedError extends Error {
  override readonly name = 'SourceChangedError';
}

export class ContentStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), `${sha256}.pdf`);
  }

  has(sha256: string): Promise<boolean> {
    return fileExists(this.pathOf(sha256));
  }

  /**
   * Copies a regular file into the store while hashing it (the source is read once). With
   * `expected`, the file opened must be that one (the one the caller examined).
   */
  async add(sourcePath: string, expected?: FileIdentity): Promise<StoredContent> {
    const source = await fs.open(sourcePath, OPEN_SOURCE);
    try {
      return await this.copyIn(sourcePath, source, expected);
    } finally {
      await source.close();
    }
  }

  private async copyIn(sourcePath: string, source: fs.FileHandle, expected?: FileIdentity): Promise<StoredContent> {
    const before = await source.stat();
    if (!before.isFile()) throw new Error(`${sourcePath} is not a regular file`);
    if (expected && (before.dev !== expected.dev || before.ino !== expected.ino)) {
      throw new SourceChangedError(`${sourcePath} was replaced before it was copied`);
    }
    const incoming = path.join(this.root, 'incoming', 'copy');
    await fs.mkdir(path.dirname(incoming), { recursive: true });
    const temporary = temporaryPathBeside(incoming);
    const hash = createHash('sha256');
    const target = await fs.open(temporary, 'w');
    try {
      for await (const chunk of source.createReadStream({ autoClose: false, start: 0 }) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        await target.write(chunk);
      }
      await target.sync();
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    } finally {
      await target.close();
    }

    const after = await source.stat();
    const copied = (await fs.stat(temporary)).size;
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || copied !== after.size) {
      await fs.rm(temporary, { force: true });
      throw new SourceChangedError(`${sourcePath} changed while it was copied`);
    }
    const sha256 = hash.digest('hex');
    const storedPath = this.pathOf(sha256);
    if (await fileExists(storedPath)) {
      await fs.rm(temporary, { force: true }); // same bytes already kept
    } else {
      await fs.mkdir(path.dirname(storedPath), { recursive: true });
      await fs.chmod(temporary, 0o444);
      await fs.rename(temporary, storedPath);
      await syncFolder(path.dirname(storedPath));
    }
    return { sha256, size: after.size, sourceMtimeMs: after.mtimeMs, sourceIdentity: { dev: after.dev, ino: after.ino }, storedPath };
  }
}
