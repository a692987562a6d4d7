import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfInputError } from './open-document.js';
import { readPdfText } from './read-text.js';
import { scanWithOldOcrLayer } from '../../test/support/old-ocr-layer.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${name}`, import.meta.url)));
const fixtureText = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/pdf/${name}`, import.meta.url), 'utf8');
const normalizeSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();
const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

async function pdfWithText(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 20, size: 12, font }));
  return doc.save();
}

describe('readPdfText on a Chromium-made memo', () => {
  it('reads every character of the page in reading order, Thai repaired', async () => {
    const { pageCount, pages } = await readPdfText(fixture('rabies-memo.digital.pdf'));
    expect(pageCount).toBe(1);
    expect(pages[0]?.method).toBe('text');
    const text = pages[0]?.lines.join('\n') ?? '';
    expect(withoutSpaces(text)).toBe(withoutSpaces(fixtureText('rabies-memo.truth.txt')));
  });

  it('groups items into lines that each lie within one line of the typed text', async () => {
    const { pages } = await readPdfText(fixture('rabies-memo.digital.pdf'));
    const truthLines = fixtureText('rabies-memo.truth.txt').split('\n').map(normalizeSpaces);
    const lines = pages[0]?.lines ?? [];
    expect(lines.length).toBeGreaterThan(truthLines.length / 2);
    for (const line of lines) {
      expect(truthLines.some((truth) => truth.includes(normalizeSpaces(line))), line).toBe(true);
    }
  });

  it('puts the memo header fields on separate lines although they share a baseline', async () => {
    const { pages } = await readPdfText(fixture('rabies-memo.digital.pdf'));
    expect(pages[0]?.lines).toContain('ที่ กษ ๐๒๐๘.๑/๒๗๑');
    expect(pages[0]?.lines).toContain('วันที่ ๔ กันยายน ๒๕๖๖');
  });

  it('notes the Thai repair with a before/after sample', async () => {
    const { pages } = await readPdfText(fixture('rabies-memo.digital.pdf'));
    const repaired = pages[0]?.warnings.find((w) => w.code === 'text-layer-repaired');
    expect(repaired?.before).not.toBe(repaired?.after);
    expect(repaired?.after).toMatch(/[\u0e01-\u0e4e]/);
  });
});

describe('readPdfText on bad input', () => {
  it.each([
    ['empty.pdf', 'empty'],
    ['text-file.pdf', 'not-pdf'],
    ['encrypted.pdf', 'encrypted'],
    ['truncated.pdf', 'truncated'],
  ] as const)('rejects %s as %s', async (name, code) => {
    await expect(readPdfText(fixture(name))).rejects.toSatisfy(
      (error: unknown) => error instanceof PdfInputError && error.code === code,
    );
  });
});

describe('readPdfText page verdicts', () => {
  it('sends a page without text to OCR', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const { pages } = await readPdfText(await doc.save());
    expect(pages[0]).toMatchObject({ method: 'ocr-needed', lines: [] });
    expect(pages[0]?.warnings[0]?.code).toBe('no-text-layer');
  });

  it('sends a page whose Thai came out as Latin-1 mojibake to OCR', async () => {
    // TIS-620 bytes of Thai read as Latin-1: what a font without a ToUnicode map yields.
    const thai = 'กระทรวงมหาดไทยได้รับแจ้งจากสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริต';
    const mojibake = thai.replace(/[\u0e01-\u0e5b]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e00 + 0xa0));
    const { pages } = await readPdfText(await pdfWithText([mojibake, mojibake, mojibake]));
    expect(pages[0]).toMatchObject({ method: 'ocr-needed', lines: [] });
    expect(pages[0]?.warnings[0]).toMatchObject({ code: 'text-layer-broken' });
    expect(pages[0]?.warnings[0]?.message).toMatch(/garbage/);
  });

  it('keeps an English text page', async () => {
    const { pages } = await readPdfText(
      await pdfWithText(['Integrity and Transparency Assessment', 'No Gift Policy of the department']),
    );
    expect(pages[0]).toMatchObject({ method: 'text', lines: ['Integrity and Transparency Assessment', 'No Gift Policy of the department'] });
  });
});

describe('readPdfText text-layer policies on a scan with an old OCR layer', () => {
  it.each(['invisible', 'under-image'] as const)('auto sends the page to OCR when the layer is %s, saying why', async (placement) => {
    const { pages } = await readPdfText(await scanWithOldOcrLayer(placement));
    expect(pages[0]).toMatchObject({ method: 'ocr-needed', lines: [] });
    expect(pages[0]?.warnings[0]).toMatchObject({ code: 'text-layer-old-ocr', message: expect.stringMatching(/old OCR layer/) });
  });

  it('trust reads the layer as before', async () => {
    const { pages } = await readPdfText(await scanWithOldOcrLayer('invisible'), 'trust');
    expect(pages[0]?.method).toBe('text');
    expect(pages[0]?.lines).toContain('ที่ กษ ๐๒๐๘.๑/๒๗๑');
  });

  it('ocr sends even a born-digital page to OCR, auto keeps it', async () => {
    const digital = fixture('rabies-memo.digital.pdf');
    expect((await readPdfText(digital, 'ocr')).pages[0]).toMatchObject({ method: 'ocr-needed', warnings: [{ code: 'text-layer-ignored' }] });
    expect((await readPdfText(digital, 'auto')).pages[0]?.method).toBe('text');
  });
});
