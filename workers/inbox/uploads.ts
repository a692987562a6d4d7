/**
 * PDFs uploaded in the browser enter the inbox like any dropped file: written beside it under a
 * hidden temporary name (the watcher skips dotfiles), fsynced, then linked in under their own
 * name in one step, so the watcher only ever sees a complete file, and then takes it through
 * the same checks, content store and queue. A name already in the inbox is never overwritten:
 * the upload gets "NAME (2).pdf".
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from '../files/durable-files.js';

/** An upload the desk refuses, with the reason in Thai for the clerk. */
export class UploadRefused extends Error {
  override readonly name = 'UploadRefused';
  constructor(
    message: string,
    readonly status: 413 | 415,
  ) {
    super(message);
  }
}

export interface StagedUpload {
  sha256: string;
  size: number;
  temporaryPath: string;
}

const PDF_MAGIC = Buffer.from('%PDF-');
const MAX_NAME_CHARACTERS = 120;

/** Writes the body to a hidden file in the inbox while hashing it; refuses non-PDFs and oversize bodies. */
export async function stageUpload(inbox: string, body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StagedUpload> {
  await fs.mkdir(inbox, { recursive: true });
  const temporaryPath = path.join(inbox, `.upload-${randomBytes(8).toString('hex')}.tmp`);
  const handle = await fs.open(temporaryPath, 'wx', 0o644);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new UploadRefused(`แฟ้มใหญ่เกิน ${Math.round(maxBytes / 1024 / 1024)} MB`, 413);
      if (head.length < PDF_MAGIC.length) head = Buffer.concat([head, chunk]).subarray(0, 1024);
      hash.update(chunk);
      await handle.write(chunk);
    }
    if (size === 0 || !head.includes(PDF_MAGIC)) throw new UploadRefused('แฟ้มนี้ไม่ใช่ PDF รับได้เฉพาะแฟ้ม PDF', 415);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temporaryPath, { force: true });
    throw error;
  }
  await handle.close();
  return { sha256: hash.digest('hex'), size, temporaryPath };
}

/** Links the staged file into the inbox under its own name (or "NAME (2).pdf", …); returns the name used. */
export async function publishUpload(inbox: string, staged: StagedUpload, requestedName: string): Promise<string> {
  const { stem, extension } = uploadName(requestedName);
  try {
    for (let copy = 1; copy < 1000; copy++) {
      const name = copy === 1 ? `${stem}${extension}` : `${stem} (${copy})${extension}`;
      try {
        await fs.link(staged.temporaryPath, path.join(inbox, name));
        await syncFolder(inbox);
        return name;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    throw new Error(`no free name in the inbox for ${requestedName}`);
  } finally {
    await fs.rm(staged.temporaryPath, { force: true });
  }
}

/**
 * A safe file name from what the browser sent: the last path part, no control characters or
 * separators, no leading dots (hidden files are skipped by the watcher), at most 120
 * characters, ending in .pdf.
 */
export function uploadName(requested: string): { stem: string; extension: string } {
  const base = requested.split(/[/\\]/).at(-1) ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^[.\s~$]+/, '')
    .trim();
  const stem = cleaned.replace(/\.pdf$/i, '').slice(0, MAX_NAME_CHARACTERS).trim() || 'หนังสือ';
  return { stem, extension: '.pdf' };
}
