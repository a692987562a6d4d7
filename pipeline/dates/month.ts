/**
 * Recognises a Thai month token: full name, abbreviation (dots and stray spaces tolerated),
 * spoken short form, or a full name misread by one character.
 */
import { editDistance } from '../thai/index.js';
import { THAI_MONTHS } from './months.js';

/** Letters of an abbreviation without dots or spaces: "มี.ค." -> "มีค". */
function abbreviationLetters(token: string): string {
  return token.replace(/[.\s]/g, '');
}

const BY_ABBREVIATION = new Map(THAI_MONTHS.map((m) => [abbreviationLetters(m.abbreviation), m.number]));
const BY_NAME = new Map(THAI_MONTHS.flatMap((m) => [[m.full, m.number] as const, [m.short, m.number] as const]));
/** Full names are compared without tone marks: a dropped tone or thanthakhat costs nothing. */
function withoutToneMarks(text: string): string {
  return text.replace(/[\u0E48-\u0E4C]/g, '');
}

const FULL_NAME_KEYS = THAI_MONTHS.map((m) => ({ key: withoutToneMarks(m.full), number: m.number }));

/** Misreads of one character are accepted on full names only: short tokens are too alike. */
const MAX_NAME_DISTANCE = 1;
const MIN_FUZZY_LENGTH = 5;
const MAX_FUZZY_LENGTH = Math.max(...FULL_NAME_KEYS.map(({ key }) => key.length)) + MAX_NAME_DISTANCE;

function nearestFullName(token: string): number | null {
  const key = withoutToneMarks(token);
  if (key.length < MIN_FUZZY_LENGTH || key.length > MAX_FUZZY_LENGTH) return null;
  const distances = FULL_NAME_KEYS.map(({ key: name, number }) => ({ number, distance: editDistance(key, name) }));
  const best = Math.min(...distances.map((d) => d.distance));
  const winners = distances.filter((d) => d.distance === best);
  return best <= MAX_NAME_DISTANCE && winners.length === 1 ? winners[0]!.number : null;
}

/**
 * The full name a token misread by one character stands for ("อันวาคม" is ธันวาคม), so that a
 * date read so can be printed as printed; null for a name or short form as it stands, an
 * abbreviation, or anything else.
 */
export function misreadMonthName(token: string): string | null {
  if (token.includes('.') || BY_NAME.has(token)) return null;
  const number = nearestFullName(token);
  return number === null ? null : (THAI_MONTHS.find((m) => m.number === number)?.full ?? null);
}

export interface MonthOptions {
  /**
   * Accept an abbreviation written without dots ("กย", "พค"): only where the token sits
   * between a day and a year, since bare "กค" or "กพ" in running text is anything.
   */
  bare?: boolean;
}

/**
 * Month number 1..12 for a token such as "กุมภาพันธ์", "ก.พ.", "ก. พ.", "มี.ค", "พค.",
 * "พฤษจิกายน" (one character off), or null. An abbreviation needs at least one dot unless
 * `bare` says the token is between a day and a year. Confusable abbreviations (ม.ค./ก.ค.) are
 * taken as read.
 */
export function matchMonth(token: string, options: MonthOptions = {}): number | null {
  const compact = token.replace(/[\s\u200B-\u200D\uFEFF]/g, '').normalize('NFC');
  if (compact.includes('.')) return BY_ABBREVIATION.get(abbreviationLetters(compact)) ?? null;
  const bare = options.bare === true ? BY_ABBREVIATION.get(compact) : undefined;
  return bare ?? BY_NAME.get(compact) ?? nearestFullName(compact);
}

/**
 * Whether a date as printed ("๒๕ ธ.ค. ๒๕๖๖", "25ส.ค.66") gives its month as an abbreviation,
 * dotted or bare: its first Thai word that names a month is no full name or short form.
 */
export function isMonthAbbreviated(printedDate: string): boolean {
  // No month is abbreviated with a tone mark: one there is a speck OCR read as a mark ("ส.ค่.");
  // nor with a comma or colon: one there is a dot OCR misread ("ส,ค.").
  const tokens = printedDate.split(/[\s0-9\u0E50-\u0E59]+/u).map((t) => withoutToneMarks(t).replace(/[,:]/gu, '.'));
  for (const token of tokens) {
    if (matchMonth(token, { bare: true }) === null) continue;
    const compact = token.replace(/[\s\u200B-\u200D\uFEFF]/g, '').normalize('NFC');
    return compact.includes('.') || BY_ABBREVIATION.has(compact);
  }
  return false;
}
