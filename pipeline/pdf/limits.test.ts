import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  assemblePdf,
  contentFlateBomb,
  deepArray,
  imageFlateBomb,
  jpegClaiming,
  jpegSizeClaim,
  nestedGraphicsStates,
  streamObject,
} from '../../test/support/hostile-pdfs.js';
import { checkPdfLimits, DEFAULT_PDF_LIMITS } from './limits.js';

const sample = (name: string) => new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)));

async function refusal(bytes: Uint8Array, limits = DEFAULT_PDF_LIMITS): Promise<{ code: string; message: string } | null> {
  try {
    await checkPdfLimits(bytes, limits);
    return null;
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
}

describe('checkPdfLimits', () => {
  it('passes every sample, digital and scanned', async () => {
    for (const name of ['meeting-circular.pdf', 'phrae-forwarding-bundle.pdf', 'landtax-memo-scanned.pdf']) {
      expect(await refusal(sample(name)), name).toBeNull();
    }
  });

  it('refuses a JPEG claiming 60000 × 60000 pixels, in words a clerk understands', async () => {
    expect(await refusal(await jpegSizeClaim())).toEqual({
      code: 'over-limit',
      message: 'page 1: image of 60000 × 60000 pixels is larger than the limit of 100,000,000 pixels',
    });
  });

  it('reads the size a JPEG claims in its own header, whatever the dictionary says', async () => {
    const jpeg = await jpegClaiming(50_000, 40_000);
    const pdf = assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>',
      streamObject('', Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q')),
      streamObject('/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', jpeg),
    ]);
    expect((await refusal(pdf))?.message).toBe('page 1: image of 50000 × 40000 pixels is larger than the limit of 100,000,000 pixels');
  });

  it('refuses a Flate bomb in the drawing instructions without inflating it all', async () => {
    const started = process.cpuUsage();
    expect((await refusal(contentFlateBomb()))?.message).toBe('page 1: its drawing instructions unpack to more than 64 MB, more than the limit');
    const cpuSeconds = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1e6;
    expect(cpuSeconds).toBeLessThan(5);
  });

  it('refuses a 40000 × 30000 Flate-compressed image by its size, before decoding', async () => {
    expect((await refusal(imageFlateBomb()))?.message).toBe('page 1: image of 40000 × 30000 pixels is larger than the limit of 100,000,000 pixels');
  });

  it('refuses drawing instructions nested deeper than the limit, and accepts them under it', async () => {
    expect((await refusal(nestedGraphicsStates(20_000)))?.message).toBe(
      'page 1: its drawing instructions are nested more than 1,000 levels deep, more than the limit',
    );
    expect(await refusal(nestedGraphicsStates(500))).toBeNull();
    expect(await refusal(nestedGraphicsStates(500), { ...DEFAULT_PDF_LIMITS, maxNesting: 100 })).not.toBeNull();
  });

  it('sees inline images and forms, and names the page', async () => {
    const inline = Buffer.from('q BI /W 20000 /H 20000 /BPC 8 /CS /G /F /Fl ID \x00\xff EI Q');
    const form = streamObject('/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter /FlateDecode', zlib.deflateSync(inline));
    const pdf = assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /XObject << /Fm0 6 0 R >> >> >>',
      streamObject('', Buffer.from('/Fm0 Do')),
      form,
    ]);
    expect((await refusal(pdf))?.message).toBe('page 2: image of 20000 × 20000 pixels is larger than the limit of 100,000,000 pixels');
  });

  it('leaves a file pdf-lib cannot walk to pdfjs and the reading limits', async () => {
    const chatter = vi.spyOn(console, 'log').mockImplementation(() => undefined); // pdf-lib's parse warnings
    try {
      expect(await refusal(deepArray())).toBeNull();
    } finally {
      chatter.mockRestore();
    }
  });
});
