/**
 * Wrapped lines. A PDF text layer or OCR gives visual lines, so a subject or an addressee
 * longer than the text width continues on the next line. Without geometry, a line that
 * nearly fills the widest line of its page is taken as wrapped.
 *
 * Thai separates phrases, not words, with spaces, so a wrap between two Thai letters may or
 * may not stand for a space. The bundle itself is the best witness: letters repeat their
 * subject and cite each other, so the same two words usually occur elsewhere on one line.
 * Without a witness, the spacing conventions of official letters decide (a space before
 * พ.ศ., จำนวน ๑, ลงวันที่, ทุกอำเภอ...), and otherwise Thai joins Thai without a space. A slash
 * in a reference number takes the spacing printed on its other side ("๐๓๕๒.๒ / ๓๔๔").
 */
import { ADDRESSEE_TITLES, SPACED_BEFORE } from './lexicon.js';
import type { Line } from './lines.js';

/** Vowels and marks above or below a consonant take no width of their own. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/gu;
/** A line this close to the page's widest line ran into the right margin. */
export const FULL_LINE_RATIO = 0.8;
const THAI = /[\u0E01-\u0E4E]/u;
const THAI_RUN_END = /[\u0E01-\u0E4E]+$/u;
const THAI_RUN_START = /^[\u0E01-\u0E4E]+/u;
/** No space after an opening bracket, none before a closing mark. */
const GLUED = { after: /[(\-–]$/u, before: /^[),.:;]/u };
/** An abbreviation cut between its dotted letters: "พ." + "ศ. ๒๕๖๗", "ก." + "พ. ๒๕๖๘". */
const ABBREVIATION_CUT = { head: /(?:^|[^\u0E01-\u0E4E])[\u0E01-\u0E2E][\u0E31-\u0E4E]*\.$/u, tail: /^[\u0E01-\u0E2E][\u0E31-\u0E4E]*\./u };
/** A dot right after Thai letters at a wrapped line's end: printed, or a speck OCR read as one. */
const DOT_AFTER_THAI = /[\u0E01-\u0E4E]\.$/u;
/** Witness windows: the end of the first line and the start of the next, longest first. */
const WINDOWS = [8, 5, 3];

export const visualWidth = (text: string): number => text.replace(ZERO_WIDTH, '').length;

export interface JoinOptions {
  /** the field is a list of names (an addressee): each title, and และ before the last, follows a space */
  list?: boolean;
}

export interface Layout {
  /** the line fills its page's width, so its text probably goes on */
  isFull(line: Line): boolean;
  /** joins a line and the line its text wrapped onto */
  join(head: string, tail: string, options?: JoinOptions): string;
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** What the bundle says about a space between two Thai runs, or null when it is silent. */
function witnessedSpace(text: string, head: string, tail: string): boolean | null {
  const end = THAI_RUN_END.exec(head)?.[0] ?? '';
  const start = THAI_RUN_START.exec(tail)?.[0] ?? '';
  for (const size of WINDOWS) {
    if (end.length < size || start.length < size) continue;
    const a = end.slice(-size);
    const b = start.slice(0, size);
    const spaced = count(text, `${a} ${b}`);
    const joined = count(text, `${a}${b}`);
    if (spaced !== joined) return spaced > joined;
  }
  return null;
}

function thaiGlue(text: string, head: string, tail: string, options: JoinOptions): string {
  const witness = witnessedSpace(text, head, tail);
  if (witness !== null) return witness ? ' ' : '';
  if (SPACED_BEFORE.some((p) => p.test(tail))) return ' ';
  if (options.list && ADDRESSEE_TITLES.some((t) => tail.startsWith(t))) return ' ';
  return '';
}

/** The layout of a bundle: page widths and the text that witnesses spacing. */
export function layoutOf(lines: Line[]): Layout {
  const widths = new Map<number, number>();
  const content = lines.filter((l) => l.role === 'content');
  for (const line of content) widths.set(line.page, Math.max(widths.get(line.page) ?? 0, visualWidth(line.text)));
  const text = content.map((l) => l.text).join('\n');
  return {
    isFull(line) {
      const widest = widths.get(line.page) ?? 0;
      return widest > 0 && visualWidth(line.text) >= FULL_LINE_RATIO * widest;
    },
    join(head, tail, options = {}) {
      if (!head) return tail;
      if (!tail) return head;
      if (GLUED.after.test(head) || GLUED.before.test(tail)) return head + tail;
      if (ABBREVIATION_CUT.head.test(head) && ABBREVIATION_CUT.tail.test(tail)) return head + tail;
      if (head.endsWith('/')) return head + (head.endsWith(' /') ? ' ' : '') + tail;
      // A word cut by the wrap, a speck after its first part ("หน่วยงานภาค." + "รัฐ"): the dot
      // goes where the bundle prints the two parts as one word elsewhere.
      if (DOT_AFTER_THAI.test(head) && THAI.test(tail[0]!) && witnessedSpace(text, head.slice(0, -1), tail) === false) return head.slice(0, -1) + tail;
      if (tail.startsWith('/')) return head + (tail.startsWith('/ ') ? ' ' : '') + tail;
      const thai = THAI.test(head.at(-1)!) && THAI.test(tail[0]!);
      return head + (thai ? thaiGlue(text, head, tail, options) : ' ') + tail;
    },
  };
}
