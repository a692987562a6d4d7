/**
 * Repairs the Thai text that PDF text layers and OCR hand out, so every later stage sees one
 * spelling: standard code points, marks in Unicode order, no spaces cutting a syllable.
 */
import { restoreLostSaraAm } from './lost-sara-am.js';
import { PUA_GLYPH, PUA_TO_STANDARD } from './pua-glyphs.js';
import {
  COMBINING_MARKS,
  CONSONANTS,
  LETTERS,
  NEVER_WORD_FINAL,
  NEVER_WORD_INITIAL,
  SARA_AM,
  TONE_MARKS,
  VOWEL_MARKS,
} from './script.js';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const SPACES = '[ \\u00A0]+';
/** A space between a letter and a following vowel or mark cuts a syllable. */
const SPACE_BEFORE_MARK = new RegExp(`(?<=[${LETTERS}])${SPACES}(?=[${NEVER_WORD_INITIAL}])`, 'g');
/** A space after เ แ โ ใ ไ, ั or ื (and their tone marks) before a consonant cuts a syllable. */
const SPACE_AFTER_OPEN_SYLLABLE = new RegExp(
  `(?<=[${NEVER_WORD_FINAL}][${TONE_MARKS}\\u0E4C]*)${SPACES}(?=[${CONSONANTS}])`,
  'g',
);

const TONE = `[${TONE_MARKS}]`;
/**
 * Nikhahit and sara aa around tone marks: what OCR and PDF fonts emit for ำ; also sara am
 * followed by sara aa, from fonts that draw ำ as two glyphs and map the first to ำ (Garuda
 * embedded by pdf-lib): ำา is never Thai.
 */
const SPLIT_SARA_AM = new RegExp(`[\\u0E4D\\u0E33](${TONE}*)\\u0E32|\\u0E32(${TONE}*)\\u0E4D`, 'g');

const HAS_SPLIT_SARA_AM = new RegExp(SPLIT_SARA_AM.source);

/** Runs of combining marks and sara am, to be put in order and freed of repeats. */
const MARK_RUN = new RegExp(`[${COMBINING_MARKS}\\u0E33]{2,}`, 'g');
const VOWEL_MARK = new RegExp(`[${VOWEL_MARKS}]`);
/** Unicode canonical combining classes of the Thai marks that have one (the rest are 0). */
const COMBINING_CLASS: Readonly<Record<string, number>> = {
  '\u0E38': 103, '\u0E39': 103, '\u0E3A': 9,
  '\u0E48': 107, '\u0E49': 107, '\u0E4A': 107, '\u0E4B': 107,
};

/**
 * Sort key: vowel marks, then tone and other marks, then sara am (a tone belongs before it:
 * น้ำ); canonical order within each group, so a sorted run is already NFC.
 */
const MARK_RANK: ReadonlyMap<string, number> = new Map(
  [...'\u0E31\u0E33\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E'].map((mark) => {
    const group = mark === SARA_AM ? 2000 : VOWEL_MARK.test(mark) ? 0 : 1000;
    return [mark, group + (COMBINING_CLASS[mark] ?? 0)];
  }),
);

function rank(mark: string | undefined): number {
  return MARK_RANK.get(mark!)!;
}

/** Most runs (ที่, น้ำ) are already in order: they are returned as they are. */
function orderMarks(run: string): string {
  let inOrder = true;
  for (let i = 1; i < run.length && inOrder; i++) inOrder = rank(run[i - 1]) < rank(run[i]);
  if (inOrder) return run;
  const ordered = [...run].sort((a, b) => rank(a) - rank(b));
  return ordered.filter((mark, i) => mark !== ordered[i - 1]).join('');
}

/** The regular-expression form of cannotSplitBetween (script.ts), for speed on whole pages. */
function removeSyllableSpaces(text: string): string {
  return text.replace(SPACE_BEFORE_MARK, '').replace(SPACE_AFTER_OPEN_SYLLABLE, '');
}

/** Nikhahit and sara aa (ํา, with any tone mark between them) written as the one letter ำ. */
export function composeSaraAm(text: string): string {
  return text.replace(
    SPLIT_SARA_AM,
    (_, before: string | undefined, after: string | undefined) => `${before ?? after ?? ''}${SARA_AM}`,
  );
}

/** Characters that mean the text may need more than NFC; text without them is left alone. */
const NEEDS_REPAIR = /[\u0E00-\u0E7F\uF700-\uF8FF\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * Repairs PUA glyphs, split sara am (ํา, ํ่า, าํ), spaces inside a syllable, marks out of order
 * or doubled (่่), invisible characters, and sara am lost from listed official words. NFC, never
 * NFKC (NFKC would split ำ). Idempotent: repairing repaired text changes nothing.
 */
export function repairThaiText(text: string): string {
  if (!NEEDS_REPAIR.test(text)) return text.normalize('NFC');
  const standard = text
    .replace(INVISIBLE, '')
    .replace(PUA_GLYPH, (glyph) => PUA_TO_STANDARD.get(glyph.charCodeAt(0)) ?? glyph)
    .normalize('NFC');
  // Marks are ordered before sara am is composed (ํ may sit before a vowel mark) and after
  // (composing puts a new ำ among the marks).
  const marksInOrder = removeSyllableSpaces(standard).replace(MARK_RUN, orderMarks);
  let composed = composeSaraAm(marksInOrder).replace(MARK_RUN, orderMarks);
  // A new ำ, or marks put in order, may meet another sara aa or nikhahit (ําา, าํา, ำาิา): again
  // until none is left (each pass shortens the text).
  while (HAS_SPLIT_SARA_AM.test(composed)) composed = composeSaraAm(composed).replace(MARK_RUN, orderMarks);
  return restoreLostSaraAm(composed);
}
