/**
 * Thai spelling facts the text-layer checks rely on, and word boundaries from ICU's Thai
 * dictionary (Node's Intl.Segmenter). Thai data only; the rules are Unicode ranges.
 */

/** Consonants ก..ฮ. */
const CONSONANTS = '\u0e01-\u0e2e';
/** Vowels written above or below a consonant, and phinthu: ั ิ ี ึ ื ุ ู ฺ. */
const ABOVE_BELOW_VOWELS = '\u0e31\u0e34-\u0e3a';
/** Tone marks ่ ้ ๊ ๋. */
const TONE_MARKS = '\u0e48-\u0e4b';
/** Vowels written before the consonant they follow in speech: เ แ โ ใ ไ. */
const LEADING_VOWELS = '\u0e40-\u0e44';

/** Letters that make up Thai words: consonants, vowels and marks (not digits, ฯ, ๆ or ฿). */
function isThaiLetterCode(code: number): boolean {
  return (
    (code >= 0x0e01 && code <= 0x0e2e) ||
    (code >= 0x0e30 && code <= 0x0e3a) ||
    (code >= 0x0e40 && code <= 0x0e45) ||
    (code >= 0x0e47 && code <= 0x0e4e)
  );
}


export function countThaiLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isThaiLetterCode(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Places where Thai spelling is broken: a vowel or mark with no consonant to sit on, a leading
 * vowel with no consonant after it, two tone marks on one consonant. Scrambled or mis-ordered
 * text layers are full of them; text typed by people has almost none.
 */
const SPELLING_ERRORS = new RegExp(
  [
    // above/below vowels, ็ and ํ sit directly on a consonant
    `(?<![${CONSONANTS}])[${ABOVE_BELOW_VOWELS}\\u0e47\\u0e4d]`,
    // tone marks sit on a consonant or on an above/below vowel
    `(?<![${CONSONANTS}${ABOVE_BELOW_VOWELS}])[${TONE_MARKS}]`,
    // ะ า ำ follow a consonant, possibly through its marks; ะ also closes เ-าะ (เหมาะ)
    `(?<![${CONSONANTS}${ABOVE_BELOW_VOWELS}${TONE_MARKS}\\u0e4c\\u0e4d])[\\u0e32\\u0e33]`,
    `(?<![${CONSONANTS}${ABOVE_BELOW_VOWELS}${TONE_MARKS}\\u0e32])\\u0e30`,
    // a leading vowel is followed by a consonant (เเ is a common typing of แ)
    `[${LEADING_VOWELS}](?![${CONSONANTS}\\u0e40])`,
  ].join('|'),
  'g',
);

export function countSpellingErrors(text: string): number {
  return text.match(SPELLING_ERRORS)?.length ?? 0;
}

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** ICU's word segments of a text (dictionary-based for Thai). */
export function wordSegments(text: string): string[] {
  return Array.from(wordSegmenter.segment(text), (s) => s.segment);
}

/** Offsets in the text where ICU's Thai dictionary puts a word boundary. */
export function wordBoundaries(text: string): Set<number> {
  return new Set(Array.from(wordSegmenter.segment(text), (s) => s.index));
}
