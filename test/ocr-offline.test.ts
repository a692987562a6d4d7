/**
 * OCR runs offline and leaves the working directory alone: every thread (the main one, the OCR
 * page threads and tesseract.js's threads) gets a preload that throws on fetch, sockets and DNS,
 * and OCR runs from an empty working directory that must still be empty afterwards.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.js';

// The preload refuses the network in this thread and in every thread started from it.
await import(new URL('./fixtures/ocr/no-network.mjs', import.meta.url).href);
const { createOcrPool } = await import('../pipeline/ocr/index.js');
const { openPdfDocument } = await import('../pipeline/pdf/index.js');

// OCR page threads run the compiled page-worker.js.
beforeAll(ensureBuilt, 180_000);

const originalDirectory = process.cwd();
const workingDirectory = mkdtempSync(path.join(os.tmpdir(), 'saraban-ocr-cwd-'));

afterAll(() => {
  process.chdir(originalDirectory);
  rmSync(workingDirectory, { recursive: true, force: true });
});

/** What fetch met in a thread started by a thread started here. */
async function fetchFromNestedThread(): Promise<string> {
  const { Worker } = await import('node:worker_threads');
  const probe = new URL('./fixtures/ocr/fetch-probe.mjs', import.meta.url);
  return new Promise((resolve, reject) => new Worker(probe, { workerData: { depth: 1 } }).once('message', resolve).once('error', reject));
}

describe('the offline preload', () => {
  it('refuses the network in threads started by threads', async () => {
    expect(await fetchFromNestedThread()).toMatch(/network access attempted/);
  });
});

describe('OCR of a scanned memo', () => {
  it('reads the header without the network and writes nothing to the working directory', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/ocr/scanned-memo.pdf', import.meta.url)));
    process.chdir(workingDirectory);
    const pool = createOcrPool({ size: 1 });
    try {
      const doc = await openPdfDocument(bytes);
      const page = await pool.recognizePage(doc, 1);
      await doc.destroy();
      const text = page.lines.join('\n');
      expect(page.method).toBe('ocr');
      expect(text).toContain('บันทึกข้อความ');
      expect(text).toMatch(/ที่\s*มท\s*๐๘๑๙\.๖\/ว\s*๓๒๓๓/);
      expect(text).toMatch(/วันที่\s*๑๓\s*กรกฎาคม\s*๒๕๖๖/);
      expect(text).toContain('เรื่อง');
      expect(page.confidence).toBeGreaterThan(0.7);
    } finally {
      await pool.close();
    }
    expect(readdirSync(workingDirectory)).toEqual([]);
  });
});
