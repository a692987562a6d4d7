import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageText } from '../schemas/index.js';
import { PdfInputError } from './pdf/index.js';
import { assembleResult, processPdf } from './process.js';

const samples = join(import.meta.dirname, '..', 'samples');
const sample = (name: string) => ({ file: join(samples, name), bytes: new Uint8Array(readFileSync(join(samples, name))) });

describe('processPdf', () => {
  it('reads a forwarding bundle into its letters and chain, origin first', async () => {
    const result = await processPdf(sample('phrae-forwarding-bundle.pdf'));
    expect(result.source).toMatchObject({ file: 'phrae-forwarding-bundle.pdf', pageCount: 15 });
    expect(result.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.pages.every((p) => p.method === 'text')).toBe(true);
    expect(result.chain).toEqual(['มท 0226.2/20', 'มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
  });

  it('leaves scanned pages marked ocr-needed when no OCR is given', async () => {
    const result = await processPdf(sample('landtax-memo-scanned.pdf'));
    expect(result.pages.map((p) => p.method)).toEqual(['ocr-needed']);
  });

  it('hands scanned pages to the recognizer and keeps why the text layer was passed over', async () => {
    const recognized: PageText = { number: 1, method: 'ocr', lines: ['บันทึกข้อความ'], warnings: [] };
    const result = await processPdf(sample('landtax-memo-scanned.pdf'), {
      ocr: { recognizePage: async () => recognized },
    });
    expect(result.pages[0]?.method).toBe('ocr');
    expect(result.pages[0]?.warnings.map((w) => w.code)).toContain('no-text-layer');
  });

  it('reports a file that is not a PDF as bad input', async () => {
    await expect(processPdf({ file: 'notes.pdf', bytes: new TextEncoder().encode('hello') })).rejects.toBeInstanceOf(
      PdfInputError,
    );
  });
});

describe('assembleResult', () => {
  it('produces a schema-valid result for a bundle with no pages', () => {
    const result = assembleResult({ file: 'empty.pdf', sha256: '0'.repeat(64), pageCount: 0 }, []);
    expect(result).toMatchObject({ schemaVersion: '1', documents: [], chain: [] });
  });
});
