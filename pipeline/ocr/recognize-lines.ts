/**
 * Recognition of the lines found by the layout stage: each line is cut out with a margin of
 * paper and read on its own (PSM 7), so that no header line can be dropped by Tesseract's page
 * layout analysis; a segment taller than a line (a stamp, a wrapped cell) is read as a block.
 */
import type { OcrEngine, RecognizedLine, RecognizedSymbol } from './engine.js';
import { toPgm } from './engine.js';
import type { Box, TextLine } from './layout.js';
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

/** Paper around a cut-out line, as a share of the line height: Tesseract wants a margin. */
const MARGIN_SHARE = 0.35;
/** A segment taller than this many line heights holds more than one line. */
const BLOCK_LINES = 1.6;

export function crop(image: GrayImage, box: Box): Buffer {
  const width = box.right - box.left + 1;
  const out = Buffer.alloc(width * (box.bottom - box.top + 1));
  for (let y = box.top; y <= box.bottom; y++) {
    const start = y * image.width + box.left;
    image.data.copy(out, (y - box.top) * width, start, start + width);
  }
  return out;
}

function withMargin(image: GrayImage, line: TextLine): Box {
  const margin = Math.round(line.lineHeight * MARGIN_SHARE);
  return {
    left: Math.max(0, line.left - margin),
    top: Math.max(0, line.top - margin),
    right: Math.min(image.width - 1, line.right + margin),
    bottom: Math.min(image.height - 1, line.bottom + margin),
  };
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

export async function recognizeLines(engine: OcrEngine, image: GrayImage, lines: TextLine[]): Promise<OcrLine[]> {
  const result: OcrLine[] = [];
  for (const line of lines) {
    const box = withMargin(image, line);
    const width = box.right - box.left + 1;
    const height = box.bottom - box.top + 1;
    const hint = line.bottom - line.top + 1 > BLOCK_LINES * line.lineHeight ? 'block' : 'line';
    const recognized = await engine.recognize(toPgm(crop(image, box), width, height), hint);
    result.push(...recognized.filter((l) => l.text.trim() !== '').map((l) => lineToPage(l, box.left, box.top)));
  }
  return result;
}
