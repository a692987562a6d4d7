import { promises as fsPromises, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPdfDocument, PdfInputError } from './open-document.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${name}`, import.meta.url)));

async function inputErrorOf(bytes: Uint8Array): Promise<PdfInputError> {
  const error: unknown = await openPdfDocument(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfInputError);
  return error as PdfInputError;
}

describe('openPdfDocument', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens a valid PDF and leaves the caller its bytes', async () => {
    const bytes = fixture('standard-font.pdf');
    const doc = await openPdfDocument(bytes);
    expect(doc.numPages).toBe(1);
    expect(bytes.byteLength).toBeGreaterThan(0);
    await doc.destroy();
  });

  it.each([
    ['empty.pdf', 'empty', /empty/],
    ['text-file.pdf', 'not-pdf', /not a PDF/],
    ['encrypted.pdf', 'encrypted', /password/],
    ['truncated.pdf', 'truncated', /incomplete/],
  ] as const)('rejects %s with code %s and a message naming the reason', async (name, code, message) => {
    const error = await inputErrorOf(fixture(name));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('reports a damaged but complete-looking file as unreadable', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body\n%%EOF\n');
    expect((await inputErrorOf(damaged)).code).toBe('unreadable');
  });

  it('reads standard font data from the local pdfjs-dist folder and fetches nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const readSpy = vi.spyOn(fsPromises, 'readFile');
    const doc = await openPdfDocument(fixture('standard-font.pdf'));
    const page = await doc.getPage(1);
    await page.getTextContent();
    await doc.destroy();
    const readPaths = readSpy.mock.calls.map(([file]) => String(file));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(readPaths.some((file) => /pdfjs-dist[/\\]standard_fonts[/\\]/.test(file))).toBe(true);
  });
});
