/**
 * Wrapped lines. A PDF text layer or OCR gives visual lines, so a subject or an addressee
 * longer than the text width continues on the next line. Without geometry, a line that
 * nearly fills the widest line of its page is taken as wrapped; Thai does not separate words
 * with spaces, so a wrap between two Thai letters joins without one.
 */
import type { Line } from './lines.js';

/** Vowels and marks above or below a consonant take no width of their own. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/gu;
/** A line this close to the page's widest line ran into the right margin. */
const FULL_LINE_RATIO = 0.8;
const THAI_LETTER_OR_VOWEL = /[\u0E01-\u0E4E]/u;

export const visualWidth = (text: string): number => text.replace(ZERO_WIDTH, '').length;

/** The widest content line of each page, the measure of a full line. */
export function pageWidths(lines: Line[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const line of lines) {
    if (line.role !== 'content') continue;
    widths.set(line.page, Math.max(widths.get(line.page) ?? 0, visualWidth(line.text)));
  }
  return widths;
}

/** True when the line fills its page's width, so its text probably goes on. */
export function isFullLine(line: Line, widths: Map<number, number>): boolean {
  const widest = widths.get(line.page) ?? 0;
  return widest > 0 && visualWidth(line.text) >= FULL_LINE_RATIO * widest;
}

/** Joins a wrapped continuation: no space between Thai letters, one space otherwise. */
export function joinWrapped(head: string, tail: string): string {
  if (!head) return tail;
  if (!tail) return head;
  const glue = THAI_LETTER_OR_VOWEL.test(head.at(-1)!) && THAI_LETTER_OR_VOWEL.test(tail[0]!) ? '' : ' ';
  return head + glue + tail;
}
