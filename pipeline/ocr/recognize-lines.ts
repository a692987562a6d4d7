/**
 * Recognition of the lines found by the layout stage: each line is cut out with a margin of
 * paper and read on its own (PSM 7), so that no header line can be dropped by Tesseract's page
 * layout analysis; a segment taller than a line (a stamp, a wrapped cell) is read as a block.
 */
import type { OcrEngine, RecognizedLine, RecognizedSymbol } from './engine.js';
import { toPgm } from './engine.js';
import type { Box } from './geometry.js';
import type { Leader, TextLine } from './layout.js';
import { rewriteLine } from './line-text.js';
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
function lineImage(image: GrayImage, line: TextLine): { pgm: Buffer; left: number; top: number } {
  const margin = Math.round(line.lineHeight * MARGIN_SHARE);
  const inner = crop(image, line);
  const innerWidth = line.right - line.left + 1;
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

function leaderWord(leader: Leader): OcrWord {
  const box = { left: leader.left, right: leader.right, top: leader.top, bottom: leader.bottom };
  return { text: '.'.repeat(leader.dots), confidence: 100, box, symbols: [] };
}

/** Puts a line's dot leaders back among its words, by position. */
function withLeaders(lines: OcrLine[], leaders: Leader[], area: Box): OcrLine[] {
  if (leaders.length === 0) return lines;
  const result: OcrLine[] = lines.length > 0 ? [...lines] : [{ text: '', confidence: 100, box: area, words: [] }];
  const byLine = new Map<number, OcrWord[]>();
  for (const leader of leaders) {
    const middle = (leader.top + leader.bottom) / 2;
    const index = result.findIndex((l) => l.box.top <= middle && l.box.bottom + (l.box.bottom - l.box.top) / 2 >= middle);
    const target = index >= 0 ? index : result.length - 1;
    byLine.set(target, [...(byLine.get(target) ?? []), leaderWord(leader)]);
  }
  return result.map((line, index) => {
    const added = byLine.get(index);
    return added ? rewriteLine(line, (word) => word, added) : line;
  });
}

function hasInk(ink: Uint8Array, width: number, box: Box): boolean {
  for (let y = box.top; y <= box.bottom; y++) {
    const row = y * width;
    for (let x = box.left; x <= box.right; x++) if ((ink[row + x] as number) < 128) return true;
  }
  return false;
}

/**
 * Reads each line. `ink` is the cleaned binary page: a line whose only ink was its dot leaders is
 * not sent to Tesseract at all.
 */
export async function recognizeLines(engine: OcrEngine, image: GrayImage, ink: Uint8Array, lines: TextLine[]): Promise<OcrLine[]> {
  const result: OcrLine[] = [];
  for (const line of lines) {
    let recognized: OcrLine[] = [];
    if (hasInk(ink, image.width, line)) {
      const { pgm, left, top } = lineImage(image, line);
      const read = await engine.recognize(pgm, line.hint);
      // Tesseract's line box can miss glyphs it did not read: keep the segment's full width.
      recognized = read
        .filter((l) => l.text.trim() !== '')
        .map((l) => lineToPage(l, left, top))
        .map((l) => ({ ...l, box: { ...l.box, left: Math.min(l.box.left, line.left), right: Math.max(l.box.right, line.right) } }));
    }
    result.push(...withLeaders(recognized, line.leaders, line));
  }
  return result;
}
