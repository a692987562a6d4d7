/**
 * The picture of one PDF page as a grayscale raster for OCR.
 *
 * A scanned page is usually a single JPEG (DCTDecode) image drawn over the whole page: its bytes
 * are taken out of the PDF untouched, which is faster and sharper than rendering. Any other page
 * (vector drawings, several images, odd transforms) is rendered with pdfjs at 300 dpi. Either way
 * the pixel count is capped so that no page, however large, can exhaust memory.
 */
import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { pageCoverage, soleXObjectDraw } from '../pdf/content-stream.js';
import type { Matrix } from '../pdf/content-stream.js';
import { PdfInputError } from '../pdf/input-error.js';
import { pdfLibPage } from '../pdf/pdf-lib-document.js';
import { grayAndColour } from './ink.js';

/** An 8-bit, one-channel raster; dark ink on light paper. */
export interface GrayImage {
  data: Buffer;
  width: number;
  height: number;
  /** Resolution of the raster relative to the printed page. */
  dpi: number;
}

export interface PageImage extends GrayImage {
  source: 'embedded-jpeg' | 'rendered';
  /** On colour scans: each pixel's colour (see ink.ts), so that inks can be read apart. */
  colour?: Buffer;
}

/** 300 dpi: what Tesseract is tuned for; a scan at a lower resolution is kept as it is. */
export const RENDER_DPI = 300;
/** An A4 page at 300 dpi is 8.7 MP; 12 MP leaves room for Legal and slightly larger sizes. */
export const MAX_PAGE_PIXELS = 12_000_000;
/**
 * No embedded image larger than this is ever decoded, whatever the settings (a hostile or broken
 * header): a scan claiming more is refused, not rendered by pdfjs instead.
 */
export const MAX_DECODE_PIXELS = 150_000_000;
const POINTS_PER_INCH = 72;

/** True when the image is drawn upright, unflipped, over (nearly) the whole visible page. */
function coversPage(matrix: Matrix, page: PDFPage): boolean {
  const [a, b, c, d] = matrix;
  return b === 0 && c === 0 && a > 0 && d > 0 && pageCoverage(matrix, page) > 0.95;
}

function hasOnlyFilter(stream: PDFRawStream, filter: string): boolean {
  const value = stream.dict.lookup(PDFName.of('Filter'));
  if (value instanceof PDFName) return value.asString() === `/${filter}`;
  if (value instanceof PDFArray && value.size() === 1) {
    const only = value.lookup(0);
    return only instanceof PDFName && only.asString() === `/${filter}`;
  }
  return false;
}

/** Gray or RGB colour, stored plainly: what a JPEG decoder reproduces without PDF-side fixes. */
function hasPlainColour(stream: PDFRawStream): boolean {
  const dict = stream.dict;
  if (dict.get(PDFName.of('Decode')) || dict.get(PDFName.of('SMask')) || dict.get(PDFName.of('Mask'))) return false;
  const space = dict.lookup(PDFName.of('ColorSpace'));
  if (space instanceof PDFName) return ['/DeviceGray', '/DeviceRGB'].includes(space.asString());
  if (space instanceof PDFArray && space.size() === 2) {
    const family = space.lookup(0);
    const profile = space.lookup(1);
    if (!(family instanceof PDFName) || family.asString() !== '/ICCBased') return false;
    const components = profile instanceof PDFRawStream ? profile.dict.lookup(PDFName.of('N')) : undefined;
    return components instanceof PDFNumber && [1, 3].includes(components.asNumber());
  }
  return false;
}

interface EmbeddedJpeg {
  bytes: Uint8Array;
  /** Width of the drawn image in points, before the page's own rotation. */
  widthPoints: number;
  rotate: number;
}

/** The page's JPEG when the page is exactly one plain gray or RGB JPEG drawn over all of it. */
async function embeddedJpeg(doc: PDFDocumentProxy, pageNumber: number): Promise<EmbeddedJpeg | null> {
  const page = await pdfLibPage(doc, pageNumber);
  if (!page) return null;
  const draw = soleXObjectDraw(page);
  const image = draw && coversPage(draw.matrix, page) && draw.stream instanceof PDFRawStream ? draw.stream : null;
  if (!draw || !image || !hasOnlyFilter(image, 'DCTDecode') || !hasPlainColour(image)) return null;
  return { bytes: image.contents, widthPoints: draw.matrix[0], rotate: page.getRotation().angle };
}

/**
 * Decodes any sharp-readable picture to one gray channel, rotated and scaled as asked. Ink of any
 * colour becomes dark: the darkest of the colour channels is kept, so a red urgency stamp or blue
 * pen reads as strongly as black print (luminance would render red as mid-gray); what colour
 * each pixel had is kept beside it (ink.ts), so inks can be read apart.
 */
async function toGray(
  pipeline: Sharp,
  options: { rotate: number; scale: number },
): Promise<{ data: Buffer; width: number; height: number; colour?: Buffer }> {
  const meta = await pipeline.metadata();
  const isColour = (meta.channels ?? 1) - (meta.hasAlpha ? 1 : 0) >= 3;
  let image = meta.hasAlpha ? pipeline.flatten({ background: '#ffffff' }) : pipeline;
  if (options.rotate) image = image.rotate(options.rotate);
  if (options.scale < 1) {
    const width = Math.max(1, Math.floor((meta.width ?? 1) * options.scale));
    image = image.resize({ width, kernel: 'lanczos3' });
  }
  if (!isColour) {
    const { data, info } = await image.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }
  const { data, info } = await image.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const { gray, colour } = grayAndColour(data, info.width, info.height, info.channels);
  return { data: gray, width: info.width, height: info.height, ...(colour ? { colour } : {}) };
}

async function fromEmbeddedJpeg(jpeg: EmbeddedJpeg, pageNumber: number): Promise<PageImage | null> {
  const input = sharp(jpeg.bytes, { limitInputPixels: MAX_DECODE_PIXELS, failOn: 'none' });
  const meta = await input.metadata().catch(() => null);
  if (!meta?.width || !meta.height) return null;
  if (meta.width * meta.height > MAX_DECODE_PIXELS) {
    const limit = MAX_DECODE_PIXELS.toLocaleString('en-US');
    throw new PdfInputError('over-limit', `page ${pageNumber}: image of ${meta.width} × ${meta.height} pixels is larger than the limit of ${limit} pixels`);
  }
  // A hair under the exact ratio, so rounding of the other side cannot step over the cap.
  const scale = Math.min(1, Math.sqrt(MAX_PAGE_PIXELS / (meta.width * meta.height)) * 0.999);
  const rotate = ((jpeg.rotate % 360) + 360) % 360;
  const gray = await toGray(input, { rotate, scale });
  const drawnWidth = rotate % 180 === 0 ? gray.width : gray.height;
  const dpi = Math.round(drawnWidth / (jpeg.widthPoints / POINTS_PER_INCH));
  return { ...gray, dpi, source: 'embedded-jpeg' };
}

async function rendered(doc: PDFDocumentProxy, pageNumber: number): Promise<PageImage> {
  const page = await doc.getPage(pageNumber);
  try {
    const unscaled = page.getViewport({ scale: 1 });
    const area = unscaled.width * unscaled.height;
    const scale = Math.min(RENDER_DPI / POINTS_PER_INCH, Math.sqrt(MAX_PAGE_PIXELS / area));
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.floor(viewport.width), Math.floor(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    const raw = { width: canvas.width, height: canvas.height, channels: 4 as const };
    const gray = await toGray(sharp(canvas.data(), { raw }), { rotate: 0, scale: 1 });
    return { ...gray, dpi: Math.round(scale * POINTS_PER_INCH), source: 'rendered' };
  } finally {
    page.cleanup();
  }
}

/** The page as a gray raster: the embedded scan when the page is exactly one JPEG, else a render. */
export async function loadPageImage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageImage> {
  const jpeg = await embeddedJpeg(doc, pageNumber);
  const image =
    jpeg &&
    (await fromEmbeddedJpeg(jpeg, pageNumber).catch((error: unknown) => {
      if (error instanceof PdfInputError) throw error;
      return null; // a JPEG sharp cannot read: pdfjs renders the page instead
    }));
  return image ?? rendered(doc, pageNumber);
}
