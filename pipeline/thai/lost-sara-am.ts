/**
 * Puts back sara am (ำ) that a broken ToUnicode map turned into sara aa (า): "สาเนา" -> "สำเนา".
 *
 * Only listed official words are repaired, and only when
 * - the form without ำ is long enough not to be a common short word (ทา นา คา are words), and is
 *   not known to occur in correct text (FORMS_IN_CORRECT_TEXT);
 * - after the repair, the ICU Thai word breaker (Intl.Segmenter) sees the repaired word as one
 *   word of the text around it. A real word that merely contains the broken form fails this:
 *   "ประจาน" would become "ประ|จำน", "สารองค์กร" would become "สำ|รอง|ค์|กร".
 * At each position the longest listed form is tried first, then shorter ones ("ชานาญการ๑๒"
 * gives "ชำนาญ|การ": the compound fails, ชำนาญ passes).
 */
import { FORMS_IN_CORRECT_TEXT, OFFICIAL_WORDS } from './official-words.js';
import { isThaiLetter } from './script.js';
import { segmentWords } from './words.js';

/** Shorter forms without ำ are mostly real words (ทา นา คา ค่า น้า). */
const MIN_REPAIRABLE_LENGTH = 4;
/** How far the word breaker looks around a candidate, in UTF-16 units. */
const CONTEXT = 40;

function withoutSaraAm(word: string): string {
  return word.replaceAll('\u0E33', '\u0E32');
}

/** Form without ำ -> listed word; forms shared by two listed words are ambiguous and dropped. */
function buildRepairTable(): Map<string, string> {
  const correct = new Set(FORMS_IN_CORRECT_TEXT);
  const table = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const word of OFFICIAL_WORDS) {
    const broken = withoutSaraAm(word);
    if (broken.length < MIN_REPAIRABLE_LENGTH || correct.has(broken)) continue;
    if (table.has(broken) && table.get(broken) !== word) ambiguous.add(broken);
    table.set(broken, word);
  }
  for (const broken of ambiguous) table.delete(broken);
  return table;
}

const REPAIRS = buildRepairTable();
/** Longest first, so a compound is tried before the word it starts with. */
const BROKEN_FORMS = [...REPAIRS.keys()].sort((a, b) => b.length - a.length);
const ANY_BROKEN_FORM = new RegExp(BROKEN_FORMS.join('|'), 'g');

/** The word breaker only needs the run of Thai letters a candidate sits in. */
function thaiRunBefore(text: string, start: number): string {
  let from = start;
  while (from > Math.max(0, start - CONTEXT) && isThaiLetter(text[from - 1]!)) from--;
  return text.slice(from, start);
}

function thaiRunAfter(text: string, end: number): string {
  let to = end;
  while (to < Math.min(text.length, end + CONTEXT) && isThaiLetter(text[to]!)) to++;
  return text.slice(end, to);
}

/** Would the word breaker read `word`, put in place of text[start, end), as one word? */
function readsAsOneWord(text: string, start: number, end: number, word: string): boolean {
  const before = thaiRunBefore(text, start);
  const window = before + word + thaiRunAfter(text, end);
  for (const segment of segmentWords(window)) {
    if (segment.index === before.length) return segment.segment === word;
    if (segment.index > before.length) return false;
  }
  return false;
}

/** The repair for the broken form at `offset`, longest first, or null. */
function repairAt(text: string, offset: number): { broken: string; word: string } | null {
  for (const broken of BROKEN_FORMS) {
    if (!text.startsWith(broken, offset)) continue;
    const word = REPAIRS.get(broken)!;
    if (readsAsOneWord(text, offset, offset + broken.length, word)) return { broken, word };
  }
  return null;
}

function restoreOnce(text: string): string {
  let output = '';
  let copied = 0;
  const candidates = new RegExp(ANY_BROKEN_FORM.source, 'g');
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const repair = repairAt(text, match.index);
    if (!repair) {
      candidates.lastIndex = match.index + 1;
      continue;
    }
    output += text.slice(copied, match.index) + repair.word;
    copied = match.index + repair.broken.length;
    candidates.lastIndex = copied;
  }
  return output + text.slice(copied);
}

/**
 * Repeats until nothing changes: a repaired word changes how the word breaker reads its
 * neighbours. Each round adds an ำ, so it ends; in practice after one or two rounds.
 */
export function restoreLostSaraAm(text: string): string {
  let current = text;
  for (let next = restoreOnce(current); next !== current; next = restoreOnce(current)) current = next;
  return current;
}
