/**
 * Matching Thai keywords at the start of a line. Text layers give exact words; OCR drops
 * tone marks, inserts spaces and misreads a letter, so OCR lines are matched on matchKey
 * with one edit allowed for keywords of four or more characters.
 */
import { editDistance, matchKey } from '../thai/index.js';

const COMBINING_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
const FUZZY_MIN_LENGTH = 4;

export interface LabelMatch {
  /** the text after the keyword, trimmed */
  rest: string;
  /** edits needed to read the keyword (0 on a clean match) */
  distance: number;
}

/** Moves an end offset past the marks that sit on the last matched consonant. */
function extendOverMarks(line: string, end: number): number {
  let j = end;
  while (j < line.length && COMBINING_MARK.test(line[j] ?? '')) j++;
  return j;
}

interface Candidate { end: number; distance: number }

function better(a: Candidate | null, b: Candidate, line: string): boolean {
  if (!a) return true;
  if (b.distance !== a.distance) return b.distance < a.distance;
  const atBoundary = (c: Candidate) => c.end >= line.length || /\s/u.test(line[c.end] ?? '');
  return atBoundary(b) && !atBoundary(a);
}

/**
 * Reads `keyword` at the start of `line`. With `fuzzy`, one edit is allowed on the
 * matchKey of keywords of 4+ characters. Returns the rest of the line, or null.
 */
export function matchLabel(line: string, keyword: string, fuzzy = false): LabelMatch | null {
  const target = matchKey(keyword);
  const allowed = fuzzy && target.length >= FUZZY_MIN_LENGTH ? 1 : 0;
  const text = line.trimStart();
  let best: Candidate | null = null;
  const limit = Math.min(text.length, keyword.length * 2 + 6);
  for (let j = 1; j <= limit; j++) {
    const key = matchKey(text.slice(0, j));
    if (key.length > target.length + allowed) break;
    if (key.length < target.length - allowed) continue;
    const distance = allowed ? editDistance(key, target) : key === target ? 0 : 1;
    if (distance > allowed) continue;
    const candidate = { end: extendOverMarks(text, j), distance };
    if (better(best, candidate, text)) best = candidate;
  }
  return best ? { rest: text.slice(best.end).trim(), distance: best.distance } : null;
}

/** The first keyword of a list (longest first) that opens the line. */
export function matchAnyLabel<T extends string>(
  line: string,
  keywords: readonly T[],
  fuzzy = false,
): (LabelMatch & { keyword: T }) | null {
  let best: (LabelMatch & { keyword: T }) | null = null;
  for (const keyword of keywords) {
    const m = matchLabel(line, keyword, fuzzy);
    if (m && (!best || m.distance < best.distance)) best = { ...m, keyword };
    if (best?.distance === 0) return best;
  }
  return best;
}

/** True when the whole line is the keyword (urgency, secrecy or heading alone on a line). */
export function isKeywordLine(line: string, keyword: string, fuzzy = false): boolean {
  const m = matchLabel(line, keyword, fuzzy);
  return m !== null && m.rest === '';
}
