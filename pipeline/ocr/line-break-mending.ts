/**
 * Words a line break cut in two. Thai wraps a line between two words with no space, so a
 * compound is often split across lines (นายก|เทศมนตรี, ส่วนท้อง|ถิ่น), and each half is a word of
 * its own or too short to mend: a mark OCR lost or added on either half ("นายก่", "ถิน") is mended
 * only with the other half in view. The run of Thai letters ending one line and the run starting
 * the next are mended as one (mendLine, after each line was mended alone), and the result is put
 * back on the two lines. A mend of letters on one side only, which the other side's words
 * made possible (ไน mended to ใน with a word after it), is not made on a short line that is that
 * run alone: such a line is a cell of a table or a list more often than half a sentence (a
 * surname under its given name, whose title is out of view here).
 */
import { COMBINING_MARKS, LETTERS, skeletonOf } from '../thai/index.js';
import { type Mend, mendLine } from './mend.js';

/** Thai letters and marks: the run a line ends with, or the next line starts with. */
const THAI_AT_END = new RegExp(`[${LETTERS}]+$`, 'u');
const THAI_AT_START = new RegExp(`^[${LETTERS}]+`, 'u');
const MARK = new RegExp(`[${COMBINING_MARKS}]`, 'u');
const MARKS_AT_START = new RegExp(`^[${COMBINING_MARKS}]+`, 'u');
/** A letter alone at a line's end or start may be a speck or a table's cell as well as half a word. */
const MIN_SIDE_LETTERS = 2;

/** Letters of a run, its marks not counted. */
const lettersIn = (text: string): number => skeletonOf(text).length;

/** A line of fewer letters than this, all one run of Thai, is a word standing alone (a name, a list's cell). */
const MIN_SENTENCE_LETTERS = 12;
const isCell = (line: string): boolean => THAI_AT_START.exec(line)?.[0] === line && lettersIn(line) < MIN_SENTENCE_LETTERS;

/** Whether `before`, a mend's text as read, stands in `joined` across `at`. */
function spans(joined: string, at: number, before: string): boolean {
  for (let from = joined.indexOf(before); from >= 0; from = joined.indexOf(before, from + 1)) {
    if (from < at && at < from + before.length) return true;
  }
  return false;
}

/** Where in `text` the first `letters` letters from `from` (marks not counted) end. */
function afterLetters(text: string, from: number, letters: number): number {
  let at = from;
  for (let seen = 0; at < text.length && seen < letters; at++) if (!MARK.test(text[at]!)) seen++;
  return at;
}

/**
 * `mended`, the mend of tail + head, cut where the break was. The text both share at their ends
 * stays on its side (the end compared first, so that a letter read twice goes from the tail); a
 * change on one side stays there; one across the break keeps as many letters on the tail's side
 * as the tail had. Marks cannot start a line: they go with their letter.
 */
function cutAtBreak(tail: string, head: string, mended: string): [string, string] {
  const joined = tail + head;
  let end = 0;
  while (end < Math.min(joined.length, mended.length) && joined.at(-1 - end) === mended.at(-1 - end)) end++;
  let start = 0;
  while (start < Math.min(joined.length, mended.length) - end && joined[start] === mended[start]) start++;
  const cut =
    start >= tail.length ? tail.length : joined.length - end <= tail.length ? mended.length - head.length : afterLetters(mended, start, lettersIn(tail.slice(start)));
  const marks = MARKS_AT_START.exec(mended.slice(cut))?.[0].length ?? 0;
  return [mended.slice(0, cut + marks), mended.slice(cut + marks)];
}

/** The lines with words split across line breaks mended, and each mend (the break shown as |). */
export function mendAcrossLineBreaks(lines: string[]): { lines: string[]; mends: Mend[] } {
  const out = [...lines];
  const mends: Mend[] = [];
  for (let i = 0; i + 1 < out.length; i++) {
    const tail = THAI_AT_END.exec(out[i]!)?.[0];
    const head = THAI_AT_START.exec(out[i + 1]!)?.[0];
    if (!tail || !head || lettersIn(tail) < MIN_SIDE_LETTERS || lettersIn(head) < MIN_SIDE_LETTERS) continue;
    const mended = mendLine(tail + head);
    if (mended.mends.length === 0) continue;
    const [newTail, newHead] = cutAtBreak(tail, head, mended.text);
    const across = mended.mends.some((m) => spans(tail + head, tail.length, m.before));
    const alone = (newTail !== tail && isCell(out[i]!)) || (newHead !== head && isCell(out[i + 1]!));
    if (alone && !across) continue;
    out[i] = out[i]!.slice(0, out[i]!.length - tail.length) + newTail;
    out[i + 1] = newHead + out[i + 1]!.slice(head.length);
    mends.push({ before: `${tail}|${head}`, after: `${newTail}|${newHead}`, by: mended.mends[0]!.by });
  }
  return { lines: out, mends };
}
