/**
 * Puts back sara am (ำ) that a broken ToUnicode map turned into sara aa (า): "สาเนา" -> "สำเนา".
 *
 * Only listed official words are repaired, and only when
 * - the form without ำ is long enough not to be a common short word (ทา นา คา are words), and is
 *   not a known real word (REAL_WORDS_WITHOUT_SARA_AM);
 * - the match starts and ends on word boundaries of the surrounding text, as the ICU Thai word
 *   breaker (Intl.Segmenter) sees them. This keeps "ประจา" from firing inside the real word
 *   "ประจาน" and "สารอง" inside "สารองค์กร".
 */
import { OFFICIAL_WORDS, REAL_WORDS_WITHOUT_SARA_AM } from './official-words.js';

/** Shorter forms without ำ are mostly real words (ทา นา คา ค่า น้า). */
const MIN_REPAIRABLE_LENGTH = 4;

function withoutSaraAm(word: string): string {
  return word.replaceAll('\u0E33', '\u0E32');
}

/** Form without ำ -> listed word; forms shared by two listed words are ambiguous and dropped. */
function buildRepairTable(): Map<string, string> {
  const realWords = new Set(REAL_WORDS_WITHOUT_SARA_AM);
  const table = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const word of OFFICIAL_WORDS) {
    const broken = withoutSaraAm(word);
    if (broken.length < MIN_REPAIRABLE_LENGTH || realWords.has(broken)) continue;
    if (table.has(broken) && table.get(broken) !== word) ambiguous.add(broken);
    table.set(broken, word);
  }
  for (const broken of ambiguous) table.delete(broken);
  return table;
}

const REPAIRS = buildRepairTable();

/** Longest forms first, so a compound wins over the word it starts with. */
const BROKEN_WORD = new RegExp(
  [...REPAIRS.keys()].sort((a, b) => b.length - a.length).join('|'),
  'g',
);

const wordBreaker = new Intl.Segmenter('th', { granularity: 'word' });

function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([text.length]);
  for (const { index } of wordBreaker.segment(text)) boundaries.add(index);
  return boundaries;
}

function restoreOnce(text: string): string {
  let boundaries: Set<number> | undefined;
  return text.replace(BROKEN_WORD, (broken: string, offset: number) => {
    boundaries ??= wordBoundaries(text);
    const isWholeWord = boundaries.has(offset) && boundaries.has(offset + broken.length);
    return isWholeWord ? REPAIRS.get(broken)! : broken;
  });
}

/**
 * Repeats until nothing changes: a repaired word moves the word boundaries around it, which can
 * make a neighbour whole. Each round adds an ำ, so it ends; in practice after one or two rounds.
 */
export function restoreLostSaraAm(text: string): string {
  let current = text;
  for (let next = restoreOnce(current); next !== current; next = restoreOnce(current)) current = next;
  return current;
}
