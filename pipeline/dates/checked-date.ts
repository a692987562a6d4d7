/**
 * A day, month and printed year checked for sense: the year resolved to a Buddhist year
 * (see year.ts), the day checked against the month's length. Every date reader ends here, so
 * "๓๐ ก.พ. ๒๕๖๗" and "30/02/2567" are rejected with the same reason.
 */
import { BUDDHIST_ERA_OFFSET, daysInMonth, isoDate } from './calendar.js';
import { THAI_MONTHS } from './months.js';
import { resolveYear, type Era } from './year.js';

export type ThaiDateResult =
  | { ok: true; raw: string; iso: string; buddhistYear: number; era: Era }
  | { ok: false; raw: string; reason: string };

export interface FoundDate {
  raw: string;
  /** UTF-16 offset of raw in the searched text */
  index: number;
  result: ThaiDateResult;
}

/** yearDigits: Arabic digits as printed (2 or 4); marked: the era a marker (พ.ศ./ค.ศ.) names. */
export function checkedDate(
  raw: string, day: number, month: number, yearDigits: string, marked: Era | null, near?: string,
): ThaiDateResult {
  const year = resolveYear(yearDigits, marked, month, day, near);
  if (!year.ok) return { ok: false, raw, reason: year.reason };
  const gregorianYear = year.buddhistYear - BUDDHIST_ERA_OFFSET;
  const days = daysInMonth(gregorianYear, month);
  if (day < 1 || day > days) {
    const name = THAI_MONTHS[month - 1]!.full;
    return {
      ok: false,
      raw,
      reason: `day ${day} does not exist in ${name} ${year.buddhistYear} (${gregorianYear}), which has ${days} days`,
    };
  }
  return { ok: true, raw, iso: isoDate(gregorianYear, month, day), buddhistYear: year.buddhistYear, era: year.era };
}
