import { PDFDocument, type PDFPage, rgb, setTextRenderingMode, StandardFonts, TextRenderingMode } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { judgeTextLayerOrigin } from './text-layer-origin.js';

const A4 = { width: 595.28, height: 841.89 };
const LAYER_TEXT = 'Any on Go 2566 the text an earlier OCR read off this scan';

const scanJpeg = (): Promise<Buffer> =>
  sharp({ create: { width: 248, height: 351, channels: 3, background: '#f4f4f0' } }).jpeg().toBuffer();

type Step = 'scan' | 'small-logo' | 'text' | 'invisible-text' | 'invisible-text-in-form';

/** One A4 page painted step by step, in the order given. */
async function page(steps: Step[]): Promise<PDFPage> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const image = await pdf.embedJpg(await scanJpeg());
  const target = pdf.addPage([A4.width, A4.height]);
  const text = (on: PDFPage) => on.drawText(LAYER_TEXT, { x: 60, y: 700, size: 11, font, color: rgb(0, 0, 0) });
  for (const step of steps) {
    if (step === 'scan') target.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
    if (step === 'small-logo') target.drawImage(image, { x: 260, y: 700, width: 60, height: 80 });
    if (step === 'text') text(target);
    if (step === 'invisible-text') {
      target.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
      text(target);
    }
    if (step === 'invisible-text-in-form') {
      const source = pdf.addPage([A4.width, A4.height]);
      source.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
      text(source);
      target.drawPage(await pdf.embedPage(source));
    }
  }
  // Saved and loaded again, as a file read from disk would be.
  return (await PDFDocument.load(await pdf.save())).getPage(0);
}

describe('judgeTextLayerOrigin', () => {
  it('calls invisible text over a page-sized scan an old OCR layer', async () => {
    const origin = judgeTextLayerOrigin(await page(['scan', 'invisible-text']));
    expect(origin).toMatchObject({ oldOcr: true, reason: expect.stringMatching(/invisible/) });
  });

  it('calls text drawn under a page-sized scan an old OCR layer', async () => {
    const origin = judgeTextLayerOrigin(await page(['text', 'scan']));
    expect(origin).toMatchObject({ oldOcr: true, reason: expect.stringMatching(/under the page-sized/) });
  });

  it('finds the invisible layer inside a form XObject', async () => {
    expect(judgeTextLayerOrigin(await page(['scan', 'invisible-text-in-form'])).oldOcr).toBe(true);
  });

  it('keeps a born-digital page, with or without a small logo', async () => {
    expect(judgeTextLayerOrigin(await page(['text'])).oldOcr).toBe(false);
    expect(judgeTextLayerOrigin(await page(['small-logo', 'text'])).oldOcr).toBe(false);
  });

  it('keeps visible text printed over a scan (a layer the reader sees)', async () => {
    expect(judgeTextLayerOrigin(await page(['scan', 'text'])).oldOcr).toBe(false);
  });

  it('keeps invisible text on a page that is not a scan', async () => {
    expect(judgeTextLayerOrigin(await page(['small-logo', 'invisible-text'])).oldOcr).toBe(false);
  });

  it('says nothing of a scan without a text layer', async () => {
    expect(judgeTextLayerOrigin(await page(['scan'])).oldOcr).toBe(false);
  });
});
