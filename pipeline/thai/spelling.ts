/**
 * Checks of Thai spelling that tell typed text from a scrambled or mis-ordered text layer.
 * The rules are Unicode ranges from script.ts.
 */
import { CONSONANTS, LEADING_VOWELS, LETTERS, TONE_MARKS } from './script.js';

/** ั ิ ี ึ ื ุ ู ฺ: vowels written above or below a consonant (without ็). */
const ABOVE_BELOW_VOWELS = '\\u0E31\\u0E34-\\u0E3A';

const THAI_LETTER = new RegExp(`[${LETTERS}]`, 'g');

export function countThaiLetters(text: string): number {
  return text.match(THAI_LETTER)?.length ?? 0;
}

/**
 * Places where Thai spelling is broken: a vowel or mark with no consonant to sit on, a leading
 * vowel with no consonant after it, two tone marks on one consonant. Scrambled or mis-ordered
 * text layers are full of them; text typed by people has almost none.
 */
const SPELLING_ERRORS = new RegExp(
  [
    // above/below vowels, ็ and ํ sit directly on a consonant
    `(?<![${CONSONANTS}])[${ABOVE_BELOW_VOWELS}\\u0E47\\u0E4D]`,
    // tone marks sit on a consonant or on an above/below vowel
    `(?<![${CONSONANTS}${ABOVE_BELOW_VOWELS}])[${TONE_MARKS}]`,
    // ะ า ำ follow a consonant, possibly through its marks; ะ also closes เ-าะ (เหมาะ)
    `(?<![${CONSONANTS}${ABOVE_BELOW_VOWELS}${TONE_MARKS}\\u0E4C\\u0E4D])[\\u0E32\\u0E33]`,
    `(?<![${CONSONANTS}${ABOVE_BELOW_VOWELS}${TONE_MARKS}\\u0E32])\\u0E30`,
    // a leading vowel is followed by a consonant (เเ is a common typing of แ)
    `[${LEADING_VOWELS}](?![${CONSONANTS}\\u0E40])`,
  ].join('|'),
  'g',
);

export function countSpellingErrors(text: string): number {
  return text.match(SPELLING_ERRORS)?.length ?? 0;
}
