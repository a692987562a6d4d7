/**
 * OCR runs offline and leaves the working directory alone: every thread (the main one and
 * tesseract.js's worker threads) gets a preload that throws on fetch, sockets and DNS, and OCR
 * runs from an empty working directory that must still be empty afterwards.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const preload = new URL('./fixtures/ocr/no-network.mjs', import.meta.url).href;
await import(preload);

// tesseract.js starts its worker threads with worker_threads.Worker: give them the preload too.
const threads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
const PlainWorker = threads.Worker;
threads.Worker = class extends PlainWorker {
  constructor(file: string | URL, options: import('node:worker_threads').WorkerOptions = {}) {
    super(file, { ...options, execArgv: [...(options.execArgv ?? process.execArgv), '--import', preload] });
  }
} as typeof PlainWorker;

const { createOcrPool } = await import('../pipeline/ocr/index.js');
const { openPdfDocument } = await import('../pipeline/pdf/index.js');

const originalDirectory = process.cwd();
const workingDirectory = mkdtempSync(path.join(os.tmpdir(), 'saraban-ocr-cwd-'));

afterAll(() => {
  process.chdir(originalDirectory);
  rmSync(workingDirectory, { recursive: true, force: true });
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
