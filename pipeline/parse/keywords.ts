/**
 * Matching Thai keywords at the start of a line. Text layers give exact words; OCR drops
 * tone marks, inserts spaces and misreads a letter, so OCR lines are matched on matchKey
 * with one edit allowed for keywords of four or more characters.
 */
import { editDistance, matchKey } from '../thai/index.js';
import { LABEL_LOOKALIKES } from './lexicon.js';

const COMBINING_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
const FUZZY_MIN_LENGTH = 4;
/** A label this long (สิ่งที่ส่งมาด้วย, บันทึกข้อความ) read with two letters wrong is still no other word. */
const FUZZY_TWO_EDITS_MIN_LENGTH = 12;
/** Every keyword is matched within the opening this long of a line. */
const OPENING = 64;
/** Keys of recently seen line openings: each line is tested against many keywords. */
const openingKeys = new Map<string, string>();
const MAX_CACHED = 4096;

/** Recent answers by line opening: splitting and field reading ask about the same lines again. */
const matches = new Map<string, Candidate | null>();

/** Keys of the keywords themselves (a fixed, small set). */
const keywordKeys = new Map<string, string>();

function keywordKey(keyword: string): string {
  let key = keywordKeys.get(keyword);
  if (key === undefined) {
    key = matchKey(keyword);
    keywordKeys.set(keyword, key);
  }
  return key;
}

function openingKey(text: string): string {
  const opening = text.slice(0, OPENING);
  let key = openingKeys.get(opening);
  if (key === undefined) {
    if (openingKeys.size >= MAX_CACHED) openingKeys.clear();
    key = matchKey(opening);
    openingKeys.set(opening, key);
  }
  return key;
}

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

/** Cheap rejection on the key of the line's opening: most lines open with no keyword. */
function mayStartWith(key: string, target: string, allowed: number): boolean {
  if (allowed === 0) return key.startsWith(target);
  for (let n = target.length - allowed; n <= target.length + allowed; n++) {
    if (editDistance(key.slice(0, n), target) <= allowed) return true;
  }
  return false;
}

/** The smallest prefix end whose key has at least `length` characters (keys grow with the prefix). */
function firstEndReaching(keyAt: (j: number) => string, length: number, limit: number): number {
  let lo = 1;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid).length >= length) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A letter right after a label: the label's letters are the start of a longer word. (Digits
 * may follow a label unspaced: "โทร.๐ ๒๒๔๑", "เลขรับ๑๒๓".)
 */
const GLUED = /^\p{L}$/u;
/** What OCR makes of a speck or dust left of a line: dots, commas, quotes, a bar, a dash set apart. */
const LEADING_SPECKS = /^(?:[\s.,'`‘’|:;·]|-(?=\s))+/u;
/**
 * A dash glued to the label ("-ที่ นม ๐๐๑๗.๒/ว ๑๘๖๘") is a speck too when the label stands as a
 * word of its own: "-ที่ดิน" opens a list item.
 */
const GLUED_DASH = /^-(?=\S)/u;
/** A colon some forms print after a label ("จาก : ปลัดกระทรวงมหาดไทย"). */
const PRINTED_COLON = /^:\s*/u;
/** The same between a label and its value, but for quotes, which may open a value. */
const VALUE_SPECKS = /^(?:[\s.,|:;·]|-(?=\s))+/u;

/**
 * Reads `keyword` at the start of `line`, never in a word that only opens like a label
 * (LABEL_LOOKALIKES). With `fuzzy` (OCR text), specks before the label and its value are skipped and one
 * edit is allowed on the matchKey of keywords of 4+ characters. Returns the rest of the line, or null.
 */
export function matchLabel(line: string, keyword: string, fuzzy = false): LabelMatch | null {
  const unspecked = fuzzy ? line.replace(LEADING_SPECKS, '') : line.trimStart();
  const dashed = fuzzy && GLUED_DASH.test(unspecked);
  const text = dashed ? unspecked.slice(1) : unspecked;
  if (LABEL_LOOKALIKES.some((word) => text.startsWith(word))) return null;
  const cacheKey = `${fuzzy ? 1 : 0}${keyword}\u0000${text.slice(0, OPENING)}`;
  let found = matches.get(cacheKey);
  if (found === undefined) {
    if (matches.size >= MAX_CACHED * 4) matches.clear();
    found = findLabel(text, keyword, fuzzy);
    matches.set(cacheKey, found);
  }
  // A misread label is its own word: one edit away inside a longer word is another word
  // ("เนืองแขม", a name, is no เรื่อง).
  if (!found || (found.distance > 0 && GLUED.test(text.slice(found.end, found.end + 1)))) return null;
  if (dashed && !/^\s/u.test(text.slice(found.end))) return null;
  const rest = text.slice(found.end).trim();
  return { rest: rest.replace(fuzzy ? VALUE_SPECKS : PRINTED_COLON, ''), distance: found.distance };
}

/** Where the keyword ends in the line's opening, and the edits it took. */
function findLabel(text: string, keyword: string, fuzzy: boolean): Candidate | null {
  const target = keywordKey(keyword);
  const allowed = !fuzzy || target.length < FUZZY_MIN_LENGTH ? 0 : target.length < FUZZY_TWO_EDITS_MIN_LENGTH ? 1 : 2;
  const limit = Math.min(text.length, keyword.length * 2 + 6);
  if (!mayStartWith(openingKey(text), target, allowed)) return null;
  const keyAt = (j: number) => matchKey(text.slice(0, j));
  let best: Candidate | null = null;
  for (let j = firstEndReaching(keyAt, target.length - allowed, limit); j <= limit; j++) {
    const key = keyAt(j);
    if (key.length > target.length + allowed) break;
    const distance = allowed ? editDistance(key, target) : key === target ? 0 : 1;
    if (distance > allowed) continue;
    const candidate = { end: extendOverMarks(text, j), distance };
    if (better(best, candidate, text)) best = candidate;
  }
  return best;
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
