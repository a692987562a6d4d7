/**
 * Text-level mending of OCR lines: Thai repaired (ํา→ำ, mark order, ...) by repairThaiText, then
 * near-misses of frequent official words put right. A near-miss has the word's letters in order
 * with some marks (tone marks, upper and lower vowels) dropped or confused — what OCR does to
 * Thai — and is neither a listed word nor a word of its own for ICU's Thai dictionary (ปลด
 * stays ปลด though ปลัด is listed). Then words whose marks OCR lost, or one of whose letters it
 * read as a look-alike, are mended with the Thai dictionary (pipeline/thai/word-mending.ts).
 * Every change is reported, before and after.
 */
import { COMBINING_MARKS, CONSONANTS, mendWords, OFFICIAL_WORDS, repairThaiText, wordBoundaries } from '../thai/index.js';
import { MENDING_WORDS } from './mending-words.js';

export interface Mend {
  before: string;
  after: string;
  /** what knew better: the official word list (near-misses, stray marks) or the Thai dictionary (lost marks) */
  by: 'official-words' | 'dictionary';
}

const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** A word of fewer letters than this is mended only as a whole token (ที → ที่). */
const MIN_LETTERS_ANYWHERE = 3;
/** More marks wrong than this is another word, not a near-miss. */
const MAX_MARK_EDITS = 2;

interface Entry {
  word: string;
  skeleton: string;
  /** Looked for as spelled with a tone mark and sara aa in place of sara am (see ENTRIES). */
  saraAmAsToneAndAa?: boolean;
}

const skeletonOf = (text: string) => [...text].filter((c) => !MARK.test(c)).join('');

const VOCABULARY = new Set([...OFFICIAL_WORDS, ...MENDING_WORDS]);
const SARA_AM = '\u0E33';
const SARA_AA = '\u0E32';

/**
 * Words whose marks OCR may drop, confuse or add to (จำนวน read as จำนว่น), longest first so a
 * compound wins over its parts. A word with
 * sara am is also looked for as spelled with a tone mark and sara aa: OCR reads the nikhahit of
 * ำ as a tone mark (จำนวน read as จ้านวน). Sara aa alone is not enough (ธิดารัตน์ is no ดำริ).
 */
const ENTRIES: Entry[] = [...VOCABULARY]
  .flatMap((word) => {
    const skeleton = skeletonOf(word);
    const entries: Entry[] = [{ word, skeleton }];
    if (word.includes(SARA_AM)) entries.push({ word, skeleton: skeleton.replaceAll(SARA_AM, SARA_AA), saraAmAsToneAndAa: true });
    return entries;
  })
  .sort((a, b) => b.skeleton.length - a.skeleton.length);

const TONE_AND_SARA_AA = /[\u0E48-\u0E4B]\u0E32/;

function markEdits(a: string, b: string): number {
  const marksA = [...a].filter((c) => MARK.test(c));
  const marksB = [...b].filter((c) => MARK.test(c));
  const remaining = [...marksB];
  let common = 0;
  for (const mark of marksA) {
    const at = remaining.indexOf(mark);
    if (at >= 0) {
      remaining.splice(at, 1);
      common++;
    }
  }
  return Math.max(marksA.length, marksB.length) - common;
}

/** A Thai letter or a dot next to the match: a dot makes a lone letter part of an abbreviation (ป.ป.ท.). */
const isTokenEdge = (char: string | undefined) => char === undefined || !/[\u0E01-\u0E4E.]/.test(char);

/** ICU reads chars[from, to) as one word (Thai is BMP: code point indexes are string offsets). */
function isDictionaryWord(boundaries: Set<number>, chars: string[], from: number, to: number): boolean {
  if (!boundaries.has(from) || !boundaries.has(to)) return false;
  for (let i = from + 1; i < to; i++) if (boundaries.has(i) && !MARK.test(chars[i] as string)) return false;
  return true;
}

/**
 * A Thai mark sits on a consonant (or on the marks above one): marks after a dot, a digit or a
 * Latin letter are specks read as marks (ก.ุพ.), kept with the character before them for the report.
 */
const STRAY_MARKS = new RegExp(`(^|[^${CONSONANTS}${COMBINING_MARKS}])([${COMBINING_MARKS}]+)`, 'g');

function dropStrayMarks(line: string, mends: Mend[]): string {
  return line.replace(STRAY_MARKS, (match, before: string) => {
    mends.push({ before: match, after: before, by: 'official-words' });
    return before;
  });
}

/** Mends one line; returns the new text and what changed. */
export function mendLine(line: string): { text: string; mends: Mend[] } {
  const mends: Mend[] = [];
  const repaired = dropStrayMarks(repairThaiText(line), mends);
  const chars = [...repaired];
  // Index of each non-mark character in `chars`, and the skeleton they spell.
  const letters: number[] = [];
  chars.forEach((c, i) => {
    if (!MARK.test(c)) letters.push(i);
  });
  const skeleton = letters.map((i) => chars[i]).join('');
  const boundaries = wordBoundaries(repaired);
  boundaries.add(repaired.length);
  const taken = new Uint8Array(chars.length);
  const replacements: Array<{ from: number; to: number; word: string }> = [];
  for (const { word, skeleton: target, saraAmAsToneAndAa } of ENTRIES) {
    for (let at = skeleton.indexOf(target); at >= 0; at = skeleton.indexOf(target, at + 1)) {
      const from = letters[at] as number;
      let to = (letters[at + target.length - 1] as number) + 1;
      while (to < chars.length && MARK.test(chars[to] as string)) to++;
      const found = chars.slice(from, to).join('');
      if (taken.subarray(from, to).some((t) => t === 1)) continue;
      if (found === word || VOCABULARY.has(found)) {
        // A listed word already right is claimed too, so no shorter entry mends inside it.
        taken.fill(1, from, to);
        continue;
      }
      if (markEdits(found, word) > MAX_MARK_EDITS || (saraAmAsToneAndAa && !TONE_AND_SARA_AA.test(found))) continue;
      if (target.length < MIN_LETTERS_ANYWHERE) {
        if (!(isTokenEdge(chars[from - 1]) && isTokenEdge(chars[to]))) continue;
      } else if (isDictionaryWord(boundaries, chars, from, to)) {
        continue;
      }
      taken.fill(1, from, to);
      replacements.push({ from, to, word });
    }
  }
  replacements.sort((a, b) => a.from - b.from);
  let text = '';
  let cursor = 0;
  for (const { from, to, word } of replacements) {
    text += chars.slice(cursor, from).join('') + word;
    mends.push({ before: chars.slice(from, to).join(''), after: word, by: 'official-words' });
    cursor = to;
  }
  const dictionary = mendWords(text + chars.slice(cursor).join(''));
  mends.push(...dictionary.mends.map((m) => ({ ...m, by: 'dictionary' as const })));
  return { text: dictionary.text, mends };
}
