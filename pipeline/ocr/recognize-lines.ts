/**
 * Recognition of the lines found by the layout stage: each line is cut out with a margin of
 * paper and read on its own (PSM 7), so that no header line can be dropped by Tesseract's page
 * layout analysis; a segment taller than a line (a stamp, a wrapped cell) is read as a block.
 */
import sharp from 'sharp';
import type { OcrEngine, RecognizedLine, RecognizedSymbol } from './engine.js';
import { toPgm } from './engine.js';
import type { Box } from './geometry.js';
import type { TextLine } from './layout.js';
import { dropWords } from './line-text.js';
import type { GrayImage } from './page-image.js';

export interface OcrSymbol {
  text: string;
  confidence: number;
  box: Box;
}

export interface OcrWord extends OcrSymbol {
  symbols: OcrSymbol[];
}

export interface OcrLine extends OcrSymbol {
  words: OcrWord[];
}

/**
 * A word of one or two Latin letters, digits or signs that Tesseract itself gives (next to) no
 * confidence is something it saw in a blank (the remains of a dotted line, a speck): left out.
 */
const JUNK_CONFIDENCE = 10;
const isJunk = (word: { text: string; confidence: number }): boolean =>
  word.confidence < JUNK_CONFIDENCE && /^[\x21-\x7e]{1,2}$/.test(word.text);

/** Body glyph height Tesseract gets (see recognitionView). */
const TARGET_GLYPH_PIXELS = 13;
/** A line with dot leaders is read only if it has 1/16 of a line height squared of other ink. */
const MIN_TEXT_INK_SHARE = 16;
/** Paper around a cut-out line, as a share of the line height: Tesseract wants a margin. */
const MARGIN_SHARE = 0.35;

export function crop(image: GrayImage, box: Box): Buffer {
  const width = box.right - box.left + 1;
  const out = Buffer.alloc(width * (box.bottom - box.top + 1));
  for (let y = box.top; y <= box.bottom; y++) {
    const start = y * image.width + box.left;
    image.data.copy(out, (y - box.top) * width, start, start + width);
  }
  return out;
}

/**
 * The line's own pixels surrounded by a margin of blank paper. The margin is not cut from the
 * page: there it would hold the descenders of the line above and the marks of the line below,
 * which make Tesseract misread (or drop) a single line.
 */
function lineImage(image: GrayImage, line: Box & { lineHeight: number }, foreign: Box[] = []): { pgm: Buffer; left: number; top: number } {
  const margin = Math.round(line.lineHeight * MARGIN_SHARE);
  const inner = crop(image, line);
  const innerWidth = line.right - line.left + 1;
  // Marks of the neighbouring lines that reach into this line's box are blanked out.
  for (const box of foreign) {
    for (let y = Math.max(box.top, line.top); y <= Math.min(box.bottom, line.bottom); y++) {
      const row = (y - line.top) * innerWidth;
      inner.fill(255, row + Math.max(0, box.left - line.left), row + Math.min(innerWidth, box.right - line.left + 1));
    }
  }
  const width = innerWidth + 2 * margin;
  const height = line.bottom - line.top + 1 + 2 * margin;
  const out = Buffer.alloc(width * height, 255);
  for (let y = 0; y <= line.bottom - line.top; y++) inner.copy(out, (y + margin) * width + margin, y * innerWidth, (y + 1) * innerWidth);
  return { pgm: toPgm(out, width, height), left: line.left - margin, top: line.top - margin };
}

const shift = (box: Box, dx: number, dy: number): Box => ({
  left: box.left + dx,
  right: box.right + dx,
  top: box.top + dy,
  bottom: box.bottom + dy,
});

function toPage<T extends RecognizedSymbol>(item: T, dx: number, dy: number): OcrSymbol {
  return { text: item.text, confidence: item.confidence, box: shift(item.bbox, dx, dy) };
}

function lineToPage(line: RecognizedLine, dx: number, dy: number): OcrLine {
  return {
    ...toPage(line, dx, dy),
    words: line.words.map((word) => ({ ...toPage(word, dx, dy), symbols: word.symbols.map((s) => toPage(s, dx, dy)) })),
  };
}

/** The line image Tesseract gets for a box in page pixels, and where it sits in the view. */
export function lineImageOf(view: RecognitionView, line: Box & { lineHeight: number; foreign?: Box[] }): { pgm: Buffer; left: number; top: number } {
  const scaled = { ...scaleBox(line, view.scale, view.image), lineHeight: line.lineHeight * view.scale };
  const foreign = (line.foreign ?? []).map((box) => scaleBox(box, view.scale, view.image));
  return lineImage(view.image, scaled, foreign);
}

/**
 * Whether the line holds ink enough for a word: a line of dot leaders may hold no more than the
 * tips of the line above's descenders, which Tesseract would only turn into stray signs.
 */
function holdsText(ink: Uint8Array, width: number, line: TextLine): boolean {
  const enough = (line.lineHeight * line.lineHeight) / MIN_TEXT_INK_SHARE;
  let inked = 0;
  for (let y = line.top; y <= line.bottom; y++) {
    const row = y * width;
    for (let x = line.left; x <= line.right; x++) if ((ink[row + x] as number) < 128 && ++inked >= enough) return true;
  }
  return line.leaders.length === 0 && inked > 0;
}

/** The page as Tesseract gets it: scaled down so body glyphs are about TARGET_GLYPH_PIXELS tall. */
export interface RecognitionView {
  image: GrayImage;
  /** Recognition pixels per page pixel (at most 1). */
  scale: number;
  /** Size of the page itself. */
  page: { width: number; height: number };
}

/**
 * Tesseract rescales every line to its network's input height anyway; handing it smaller line
 * images saves its own thresholding and layout work on each line (measured: ~20 % less time on
 * corpus pages at no loss of accuracy; 11–18 px were tried). Pages already that small are left
 * alone.
 */
export async function recognitionView(gray: GrayImage, glyphHeight: number): Promise<RecognitionView> {
  const scale = Math.min(1, TARGET_GLYPH_PIXELS / Math.max(1, glyphHeight));
  const page = { width: gray.width, height: gray.height };
  if (scale > 0.95) return { image: gray, scale: 1, page };
  const pipe = sharp(gray.data, { raw: { width: gray.width, height: gray.height, channels: 1 } });
  const { data, info } = await pipe
    .resize(Math.max(1, Math.round(gray.width * scale)), Math.max(1, Math.round(gray.height * scale)), { fit: 'fill', kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { image: { data, width: info.width, height: info.height, dpi: Math.round(gray.dpi * scale) }, scale: info.width / gray.width, page };
}

function scaleBox<T extends Box>(box: T, factor: number, limit: { width: number; height: number }): T {
  return {
    ...box,
    left: Math.max(0, Math.floor(box.left * factor)),
    top: Math.max(0, Math.floor(box.top * factor)),
    right: Math.min(limit.width - 1, Math.ceil(box.right * factor)),
    bottom: Math.min(limit.height - 1, Math.ceil(box.bottom * factor)),
  };
}

function lineToPageScale(line: OcrLine, factor: number, page: { width: number; height: number }): OcrLine {
  const back = <T extends OcrSymbol>(item: T): T => ({ ...item, box: scaleBox(item.box, factor, page) });
  return { ...back(line), words: line.words.map((w) => ({ ...back(w), symbols: w.symbols.map(back) })) };
}

/**
 * Reads each line. `ink` is the cleaned binary page (page pixels): a line whose only ink was its
 * dot leaders is not sent to Tesseract at all. Leaders are form furniture, not text: erased from
 * the image, they are not put back. Boxes come back in page pixels.
 */
export async function recognizeLines(engine: OcrEngine, view: RecognitionView, ink: Uint8Array, lines: TextLine[]): Promise<OcrLine[]> {
  const pageSize = view.page;
  const result: OcrLine[] = [];
  for (const line of lines) {
    let recognized: OcrLine[] = [];
    if (holdsText(ink, pageSize.width, line)) {
      const { pgm, left, top } = lineImageOf(view, line);
      const read = await engine.recognize(pgm, line.hint);
      // Tesseract's line box can miss glyphs it did not read: keep the segment's full width.
      recognized = read
        .map((l) => lineToPageScale(lineToPage(l, left, top), 1 / view.scale, pageSize))
        .map((l) => dropWords(l, isJunk))
        .filter((l) => l.text.trim() !== '')
        .map((l) => ({ ...l, box: { ...l.box, left: Math.min(l.box.left, line.left), right: Math.max(l.box.right, line.right) } }));
    }
    result.push(...recognized);
  }
  return result;
}
