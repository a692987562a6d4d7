/**
 * Thai script facts as regular-expression class contents (Unicode ranges), gathered here so
 * every stage spells them the same way.
 */

/** ก..ฮ */
export const CONSONANTS = '\\u0E01-\\u0E2E';
/** เ แ โ ใ ไ: written before the consonant they follow in speech. */
export const LEADING_VOWELS = '\\u0E40-\\u0E44';
/** ะ า ำ ๅ: written after their consonant. */
export const FOLLOWING_VOWELS = '\\u0E30\\u0E32\\u0E33\\u0E45';
/** ั ิ ี ึ ื ุ ู ฺ ็: vowel marks above or below a consonant. */
export const VOWEL_MARKS = '\\u0E31\\u0E34-\\u0E3A\\u0E47';
/** ่ ้ ๊ ๋ */
export const TONE_MARKS = '\\u0E48-\\u0E4B';
/** า and ำ as characters: OCR and broken fonts take one for the other, or ำ for a mark and า. */
export const SARA_AA = '\u0E32';
export const SARA_AM = '\u0E33';
/** ์ ํ ๎: thanthakhat, nikhahit, yamakkan. */
export const OTHER_MARKS = '\\u0E4C-\\u0E4E';
/** Every combining mark: vowel marks, tone marks and the others. */
export const COMBINING_MARKS = `${VOWEL_MARKS}${TONE_MARKS}${OTHER_MARKS}`;
/** Letters that make up Thai words (not digits, ฯ, ๆ or ฿). */
export const LETTERS = `${CONSONANTS}${LEADING_VOWELS}${FOLLOWING_VOWELS}${COMBINING_MARKS}`;
/** No Thai word starts with a following vowel or a combining mark. */
export const NEVER_WORD_INITIAL = `${FOLLOWING_VOWELS}${COMBINING_MARKS}`;
/** A leading vowel needs its consonant; ั and ื always have a final consonant (or อ) after them. */
export const NEVER_WORD_FINAL = `${LEADING_VOWELS}\\u0E31\\u0E37`;

const LETTER = new RegExp(`^[${LETTERS}]$`);
const STARTS_NO_WORD = new RegExp(`^[${NEVER_WORD_INITIAL}]`);
const ENDS_NO_WORD = new RegExp(`[${NEVER_WORD_FINAL}][${TONE_MARKS}\\u0E4C]*$`);

export function isThaiLetter(char: string): boolean {
  return LETTER.test(char);
}

/** True when a space between these two pieces of Thai cannot be a word boundary. */
export function cannotSplitBetween(left: string, right: string): boolean {
  return (
    isThaiLetter(left.slice(-1)) &&
    isThaiLetter(right.charAt(0)) &&
    (ENDS_NO_WORD.test(left) || STARTS_NO_WORD.test(right))
  );
}
