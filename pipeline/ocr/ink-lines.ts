/**
 * Lines read from the coloured ink of a page (see ink.ts) put back among the print's lines: a
 * number written or stamped on a printed line ("ที่ กท ๐๔๐๖/ ๖๕๕๐", "วันที่ ๒๔ กันยายน") joins that
 * line at its place; anything else (a receipt or urgency stamp off the lines, a note in the
 * margin) follows the page's lines, the way framed stamps do, but for the lines the caller names
 * (a date stamped where the letter's date goes), which are put where they stand.
 */
import { heightOf } from './geometry.js';
import type { OcrLine } from './recognize-lines.js';

/** Coloured lines read with less confidence than this are specks and scribbles, left out. */
const MIN_CONFIDENCE = 55;
/** A coloured line joins a printed one when this share of the lower of the two is shared... */
const MIN_VERTICAL_OVERLAP = 0.5;
/** ...it is no taller than this many times the printed line (a stamp's block is)... */
const MAX_HEIGHT_RATIO = 2.2;
/** ...and it starts within this many line heights of the printed line's ends (a stamp beside the
 * header, farther off, is no part of the line it happens to share a row with). */
const MAX_GAP_LINES = 2.5;

function nearAlong(line: OcrLine, target: OcrLine): boolean {
  const reach = MAX_GAP_LINES * heightOf(target.box);
  return line.box.left <= target.box.right + reach && line.box.right >= target.box.left - reach;
}

function verticalOverlap(a: OcrLine, b: OcrLine): number {
  const shared = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) + 1;
  return shared / Math.max(1, Math.min(heightOf(a.box), heightOf(b.box)));
}

/**
 * `print` as read (text and words as Tesseract gave them, where pieces are placed) and as
 * finally written (`printText`: the same lines with their digits re-read), and the coloured lines.
 */
export function mergeInkLines(print: OcrLine[], printText: string[], colour: OcrLine[], inOrder: ReadonlySet<OcrLine> = new Set()): OcrLine[] {
  const joined = new Map<number, OcrLine[]>();
  const apart: OcrLine[] = [];
  for (const line of colour.filter((l) => l.confidence >= MIN_CONFIDENCE)) {
    let best = -1;
    let bestOverlap = MIN_VERTICAL_OVERLAP;
    print.forEach((target, index) => {
      const overlap = verticalOverlap(line, target);
      if (overlap >= bestOverlap && heightOf(line.box) <= MAX_HEIGHT_RATIO * heightOf(target.box) && nearAlong(line, target)) {
        best = index;
        bestOverlap = overlap;
      }
    });
    if (best < 0) apart.push(line);
    else joined.set(best, [...(joined.get(best) ?? []), line]);
  }
  const merged = print.map((line, index) => {
    const final = { ...line, text: printText[index] ?? line.text };
    const added = joined.get(index);
    if (!added) return final;
    // Places found in the text as read are carried over to the final text by counting the
    // characters before them (re-reading digits changes characters, seldom their number).
    const placed = added.map((piece) => ({ piece, place: nonSpaceCount(line.text, textIndexAt(line, (piece.box.left + piece.box.right) / 2)) }));
    // Right to left, so that each place is still counted in text not yet changed.
    placed.sort((a, b) => b.place - a.place);
    return placed.reduce((result, { piece, place }) => insertLine(result, piece, place), final);
  });
  return placeInOrder(merged, apart.filter((l) => !inOrder.has(l)), apart.filter((l) => inOrder.has(l)));
}

/**
 * Lines off the printed ones that go where they stand rather than after the page (a date stamped
 * where the letter's date goes): each before the first printed line below it.
 */
function placeInOrder(lines: OcrLine[], after: OcrLine[], ordered: OcrLine[]): OcrLine[] {
  const result = [...lines];
  for (const line of ordered) {
    const below = result.findIndex((l) => !ordered.includes(l) && l.box.top > line.box.bottom);
    result.splice(below < 0 ? result.length : below, 0, line);
  }
  return [...result, ...after];
}

function nonSpaceCount(text: string, end: number): number {
  return text.slice(0, end).replace(/\s+/g, '').length;
}

const THAI_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** Index in `text` just after its `count`-th non-space character (and the marks on it). */
function indexAfter(text: string, count: number): number {
  let seen = 0;
  let i = 0;
  for (; i < text.length && seen < count; i++) if (!/\s/.test(text[i] as string)) seen++;
  while (i < text.length && THAI_MARK.test(text[i] as string)) i++;
  return i;
}

/**
 * Where in a line's text a piece centred on `x` goes: after the last word that starts left of
 * it. Words are found in the text in order; one that is not (its digits re-read after
 * Tesseract) is passed over.
 */
function textIndexAt(line: OcrLine, x: number): number {
  let cursor = 0;
  let index = 0;
  for (const word of line.words) {
    const at = word.text === '' ? -1 : line.text.indexOf(word.text, cursor);
    if (at < 0) continue;
    cursor = at + word.text.length;
    if (word.box.left < x) index = cursor;
  }
  return index;
}

function insertLine(line: OcrLine, added: OcrLine, place: number): OcrLine {
  const at = indexAfter(line.text, place);
  const text = `${line.text.slice(0, at).trimEnd()} ${added.text.trim()} ${line.text.slice(at).trimStart()}`.trim();
  const words = [...line.words, ...added.words].sort((a, b) => a.box.left - b.box.left);
  const box = {
    left: Math.min(line.box.left, added.box.left),
    right: Math.max(line.box.right, added.box.right),
    top: line.box.top,
    bottom: line.box.bottom,
  };
  return { ...line, text, words, box };
}
