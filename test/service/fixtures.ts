/**
 * PDFs for the service tests, made from the repository's samples with pdf-lib: each variant
 * gets its own title, hence its own bytes and hash, while keeping the sample's pages (Thai text
 * layer, or a scanned image that needs OCR).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { REPO } from './harness.js';

export const DIGITAL_SAMPLE = path.join(REPO, 'samples', 'meeting-circular.pdf');
export const SCANNED_SAMPLE = path.join(REPO, 'samples', 'landtax-memo-scanned.pdf');
export const BAD_INPUTS = path.join(REPO, 'test', 'fixtures', 'pdf');

async function retitled(sample: string, title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await fs.readFile(sample));
  doc.setTitle(title);
  return doc.save();
}

/** A 2-page digital circular (text layer). */
export const digitalPdf = (variant: string) => retitled(DIGITAL_SAMPLE, `digital ${variant}`);

/** A 1-page scan (image only: OCR). */
export const scannedPdf = (variant: string) => retitled(SCANNED_SAMPLE, `scan ${variant}`);

/** A long digital PDF: the sample's pages repeated. */
export async function longPdf(pageCount: number): Promise<Uint8Array> {
  const sample = await PDFDocument.load(await fs.readFile(DIGITAL_SAMPLE));
  const doc = await PDFDocument.create();
  while (doc.getPageCount() < pageCount) {
    const wanted = Math.min(sample.getPageCount(), pageCount - doc.getPageCount());
    const pages = await doc.copyPages(sample, sample.getPageIndices().slice(0, wanted));
    for (const page of pages) doc.addPage(page);
  }
  return doc.save();
}

/** Writes a file the way a scanner or a copy does: atomically from the watcher's point of view. */
export async function drop(inbox: string, name: string, bytes: Uint8Array | string): Promise<string> {
  const target = path.join(inbox, name);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes);
  return target;
}

/** Writes a file in chunks spread over `seconds`, like a slow network copy. */
export async function dropSlowly(inbox: string, name: string, bytes: Uint8Array, seconds: number): Promise<void> {
  const target = path.join(inbox, name);
  const chunks = seconds + 1;
  const size = Math.ceil(bytes.length / chunks);
  const handle = await fs.open(target, 'w');
  try {
    for (let index = 0; index < chunks; index++) {
      await handle.write(bytes.subarray(index * size, (index + 1) * size));
      await handle.sync();
      if (index < chunks - 1) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await handle.close();
  }
}
