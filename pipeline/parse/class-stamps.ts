/**
 * Urgency and secrecy as offices stamp them on scans: a red "ด่วนมาก" anywhere in the top of the
 * first page, beside the title ("บันทึกข้อความ  ด่วนมาก") or off the lines altogether (read from
 * the coloured ink after the page's lines). The header reads the class from a line of its own
 * at the top; this finds the stamp where the header does not look.
 */
import type { Secrecy, Urgency } from '../../schemas/index.js';
import { isKeywordLine } from './keywords.js';
import { SECRECIES, URGENCIES } from './lexicon.js';
import type { Line } from './lines.js';

export interface StampedClass {
  urgency: Urgency | null;
  secrecy: Secrecy | null;
}

/** Edge specks OCR leaves around a stamp: quotes, bars, dots. */
const EDGE_SPECKS = /^[\s'"`|.,:;~_-]+|[\s'"`|.,:;~_-]+$/gu;

/** A class word that is a whole line, or stands apart at either end of one. */
function classIn<T extends string>(line: Line, words: readonly T[], headerLine: boolean): T | null {
  const text = line.text.replace(EDGE_SPECKS, '');
  const whole = words.find((w) => isKeywordLine(text, w, line.ocr));
  if (whole || !headerLine) return whole ?? null;
  const tokens = text.split(' ');
  for (const candidate of [tokens[0], tokens.at(-1), tokens.slice(0, 2).join(' '), tokens.slice(-2).join(' ')]) {
    if (candidate === undefined || candidate === text) continue;
    const found = words.find((w) => isKeywordLine(candidate, w, line.ocr));
    if (found) return found;
  }
  return null;
}

/**
 * The class stamped on a letter read by OCR: a whole line anywhere on its first page, or a word
 * apart at an end of one of its header lines.
 */
export function stampedClass(lines: readonly Line[], headerLines: ReadonlySet<Line>): StampedClass {
  const firstPage = lines[0]?.page;
  const candidates = lines.filter((l) => l.ocr && l.page === firstPage && l.role !== 'page-marker');
  const find = <T extends string>(words: readonly T[]): T | null => {
    for (const line of candidates) {
      const found = classIn(line, words, headerLines.has(line));
      if (found) return found;
    }
    return null;
  };
  return { urgency: find(URGENCIES), secrecy: find(SECRECIES) };
}
