/**
 * Dates written in figures, day first as Thai offices write them: "๐๖/๐๑/๒๕๖๘", "6/1/68",
 * "06-01-2568", "10.02.2567". Both separators must be the same, the year has 4 digits (BE or
 * CE, see year.ts) or 2 (a Buddhist year, or the one nearest a `near` date; not with dots,
 * which section numbers use). A month above 12
 * is no date at all; a day past the month's end is an impossible date, reported as such.
 */
import { toArabicDigits } from '../thai/index.js';
import { checkedDate, type FoundDate } from './checked-date.js';

const D = '[0-9\\u0E50-\\u0E59]';
/**
 * Not inside a longer number, a reference ("0203.1/250") or a time: nothing number-like
 * touches either end.
 */
const NUMERIC_DATE = new RegExp(
  `(?<![0-9\\u0E50-\\u0E59./:-])(${D}{1,2}) ?([/.-]) ?(${D}{1,2}) ?\\2 ?(${D}{4}|${D}{2})(?![0-9\\u0E50-\\u0E59]|[./:-]${D})`,
  'gu',
);

/** Every numeric date in the text, in order, with its offset. */
export function findNumericDates(text: string, near?: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [raw, day = '', , month = '', year = ''] = m;
    const monthNumber = Number(toArabicDigits(month));
    // Section numbers (๓.๑.๒๕) are dotted too: a dotted date needs its whole year.
    if (monthNumber < 1 || monthNumber > 12 || (m[2] === '.' && year.length === 2)) continue;
    const result = checkedDate(raw, Number(toArabicDigits(day)), monthNumber, toArabicDigits(year), null, near);
    found.push({ raw, index: m.index, result });
  }
  return found;
}
