/**
 * A key for fuzzy keyword matching: two spellings that OCR or a PDF font make differ only in
 * tone marks, sara am, spacing or digit style get the same key.
 */
import { toArabicDigits } from './digits.js';
import { repairThaiText } from './repair.js';

/** Tone marks, thanthakhat and nikhahit: OCR drops them often. */
const DROPPABLE_MARKS = /[\u0E48-\u0E4D]/g;

/**
 * repairThaiText, then: tone marks (U+0E48–U+0E4C) and nikhahit removed, ำ read as า (a broken
 * font map loses it), all whitespace removed, Thai digits made Arabic, Latin lower-cased.
 * "ว่าด้วย" and "วาดวย" share a key, as do "สำเนา" and "สาเนา", "๕ ก.พ." and "5 ก.พ.".
 */
export function matchKey(text: string): string {
  return toArabicDigits(repairThaiText(text))
    .replace(DROPPABLE_MARKS, '')
    .replaceAll('\u0E33', '\u0E32')
    .replace(/\s+/g, '')
    .toLowerCase();
}
