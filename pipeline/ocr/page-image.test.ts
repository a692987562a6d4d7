import { degrees, PDFDocument, rgb, setTextRenderingMode, StandardFonts, TextRenderingMode } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openPdfDocument } from '../pdf/index.js';
import { soleXObjectDraw } from '../pdf/content-stream.js';
import { loadPageImage, MAX_PAGE_PIXELS } from './page-image.js';

const A4 = { width: 595.28, height: 841.89 };

/** A gray JPEG with a dark bar, like a scanned line of text, at `dpi` over an A4 page. */
async function scanJpeg(dpi: number, channels: 1 | 3 = 1): Promise<{ bytes: Buffer; width: number; height: number }> {
  const width = Math.round((A4.width / 72) * dpi);
  const height = Math.round((A4.height / 72) * dpi);
  const bar = await sharp({ create: { width: Math.round(width / 2), height: 20, channels: 3, background: '#000000' } })
    .png()
    .toBuffer();
  let image = sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite([
    { input: bar, left: 100, top: 200 },
  ]);
  if (channels === 1) image = image.toColourspace('b-w');
  return { bytes: await image.jpeg({ quality: 80 }).toBuffer(), width, height };
}

async function pdfWithImagePage(jpeg: Buffer, options: { rotate?: number; draw?: (page: PDFPage) => void } = {}) {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(jpeg);
  const page = pdf.addPage([A4.width, A4.height]);
  page.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  if (options.rotate) page.setRotation(degrees(options.rotate));
  options.draw?.(page);
  return new Uint8Array(await pdf.save());
}

describe('soleXObjectDraw', () => {
  it('finds the one image a scanned page draws, with its placement', async () => {
    const { bytes } = await scanJpeg(50);
    const pdf = await PDFDocument.load(await pdfWithImagePage(bytes));
    const draw = soleXObjectDraw(pdf.getPage(0));
    expect(draw?.matrix[0]).toBeCloseTo(A4.width, 1);
    expect(draw?.matrix[3]).toBeCloseTo(A4.height, 1);
  });

  it('rejects a page that also draws text', async () => {
    const { bytes } = await scanJpeg(50);
    const withText = await pdfWithImagePage(bytes, {
      draw: (page) => page.drawText('hello', { x: 50, y: 50, size: 12, color: rgb(0, 0, 0) }),
    });
    const pdf = await PDFDocument.load(withText);
    expect(soleXObjectDraw(pdf.getPage(0))).toBeNull();
  });

  it('still finds the image under an invisible text layer (an OCR tool layer paints nothing)', async () => {
    const { bytes } = await scanJpeg(50);
    const withLayer = await pdfWithImagePage(bytes, {
      draw: (page) => {
        page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
        page.drawText('hello', { x: 50, y: 50, size: 12, color: rgb(0, 0, 0) });
      },
    });
    const pdf = await PDFDocument.load(withLayer);
    expect(soleXObjectDraw(pdf.getPage(0))?.matrix[0]).toBeCloseTo(A4.width, 1);
  });
});

describe('loadPageImage', () => {
  it('takes the embedded JPEG of a scanned page as gray pixels at the scan resolution', async () => {
    const scan = await scanJpeg(150);
    const doc = await openPdfDocument(await pdfWithImagePage(scan.bytes));
    const image = await loadPageImage(doc, 1);
    expect(image.source).toBe('embedded-jpeg');
    expect([image.width, image.height]).toEqual([scan.width, scan.height]);
    expect(image.dpi).toBe(150);
    expect(image.data.length).toBe(image.width * image.height);
    await doc.destroy();
  });

  it('keeps red ink dark when a colour scan becomes gray', async () => {
    const width = 400;
    const height = 566;
    const red = await sharp({ create: { width: 200, height: 30, channels: 3, background: '#e03030' } }).png().toBuffer();
    const jpeg = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
      .composite([{ input: red, left: 50, top: 50 }])
      .jpeg()
      .toBuffer();
    const doc = await openPdfDocument(await pdfWithImagePage(jpeg));
    const image = await loadPageImage(doc, 1);
    const stampPixel = image.data[65 * image.width + 150] as number;
    expect(stampPixel).toBeLessThan(90);
    await doc.destroy();
  });

  it('renders a page that is not a single picture at 300 dpi', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([A4.width, A4.height]).drawText('A vector page', { x: 72, y: 700, size: 24, font });
    const doc = await openPdfDocument(new Uint8Array(await pdf.save()));
    const image = await loadPageImage(doc, 1);
    expect(image.source).toBe('rendered');
    expect(image.dpi).toBe(300);
    expect(image.width).toBe(Math.floor((A4.width / 72) * 300));
    await doc.destroy();
  });

  it('caps the pixel count of a huge vector page', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([72 * 60, 72 * 60]).drawRectangle({ x: 10, y: 10, width: 100, height: 100, color: rgb(0, 0, 0) });
    const doc = await openPdfDocument(new Uint8Array(await pdf.save()));
    const image = await loadPageImage(doc, 1);
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_PAGE_PIXELS);
    expect(image.dpi).toBeLessThan(300);
    await doc.destroy();
  });

  it('caps the pixel count of a huge embedded scan', async () => {
    const jpeg = await sharp({ create: { width: 5000, height: 5000, channels: 3, background: '#ffffff' } }).toColourspace('b-w').jpeg().toBuffer();
    const doc = await openPdfDocument(await pdfWithImagePage(jpeg));
    const image = await loadPageImage(doc, 1);
    expect(image.source).toBe('embedded-jpeg');
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_PAGE_PIXELS);
    await doc.destroy();
  });

  it('turns the embedded image with the page rotation', async () => {
    const scan = await scanJpeg(60);
    const doc = await openPdfDocument(await pdfWithImagePage(scan.bytes, { rotate: 90 }));
    const image = await loadPageImage(doc, 1);
    expect(image.source).toBe('embedded-jpeg');
    expect([image.width, image.height]).toEqual([scan.height, scan.width]);
    await doc.destroy();
  });
});
