/**
 * OCR garbles month abbreviations by a letter or a stray mark ("พุย.", "ก.ุค.", "กูค."). A date
 * whose month token is one edit from exactly the abbreviations listed here can be read again
 * with each; the caller decides which reading stands (by bounds, or by being the only one).
 *
 * On a form's dotted leader the abbreviation's own dots merge with the leader's: OCR makes a
 * dot under a letter into ุ or ู ("ธุค." for ธ.ค., "มูค." for ม.ค.) and the dots after it into
 * ๒ or ย ("พค๒ย"). No month abbreviation has a below vowel, so a token that is one once its
 * below marks go is read as that month alone (not also as the months one edit away, such as
 * มี.ค. for "มูค.").
 */
import { parseThaiDate, THAI_MONTHS } from '../dates/index.js';
import { editDistance } from '../thai/index.js';

/**
 * Day, month token, leader noise glued to it (a ๒ and dots, only before a gap), year: "3 ก.ค. 2567",
 * "19 กูค. 67", "๑๘ พุย. ๒๕๖๗", "๓ พค๒ย ๖๗".
 */
export const DAY_MONTH_YEAR = /^([0-9\u0E50-\u0E59]{1,2})\s*([\u0E01-\u0E4E.:,\s]+?)([.,]?๒[.,๒ย]?(?=\s))?\s*([0-9\u0E50-\u0E59]{2,4})$/u;
/** The abbreviation's letters: its dots (or what OCR made of them, a colon or a comma) left out. */
const letters = (token: string) => token.replace(/[.:,\s]/gu, '');
/** What a leader's dot under a letter becomes: ุ ู ฺ. */
const BELOW_MARKS = /[\u0E38-\u0E3A]/gu;

/** The same date with its month abbreviation one letter (or mark) away, for each such month. */
export function monthVariants(raw: string): string[] {
  const m = DAY_MONTH_YEAR.exec(raw.trim());
  if (!m) return [];
  const [, day, token = '', noise, year] = m;
  const bare = letters(token).replace(BELOW_MARKS, '');
  // A month printed as it should be is one whose neighbours are asked for; one whose letters are
  // all there but whose dots were garbled ("ก.ย:") or marked by the leader is that month alone.
  const asPrinted = noise === undefined && THAI_MONTHS.some((month) => month.abbreviation === token.replace(/\s/gu, ''));
  const whole = asPrinted ? undefined : THAI_MONTHS.find((month) => letters(month.abbreviation) === bare);
  const months = whole ? [whole] : THAI_MONTHS.filter((month) => editDistance(letters(month.abbreviation), letters(token)) === 1);
  return months.map((month) => `${day} ${month.abbreviation} ${year}`);
}

/** The reading of a garbled date when exactly one month abbreviation one edit away makes it a date. */
export function onlyMonthRepair(raw: string): { raw: string; iso: string; buddhistYear: number } | null {
  const readings = monthVariants(raw)
    .map((variant) => parseThaiDate(variant))
    .filter((r): r is Extract<typeof r, { ok: true }> => r.ok);
  const [only, ...more] = readings;
  return only && more.length === 0 ? { raw: only.raw, iso: only.iso, buddhistYear: only.buddhistYear } : null;
}
