/**
 * Finds and reads Thai dates: "๒๐ กุมภาพันธ์ ๒๕๖๗", "๑๐ ก.พ. ๒๕๖๗", "๓๑ ม.ค.๖๓",
 * "๑๐ มกราคม พ.ศ. ๒๕๖๗", "3 ม.ค. 2567", "๕ มีนาคม ค.ศ. ๒๐๒๔", "25 กย 58", and in figures
 * "๐๖/๐๑/๒๕๖๘" (numeric-date.ts), and a message form's date-time group "๑๕๐๘๓๐ พ.ค. ๖๗".
 * A date is day, month, optional era marker, year, in that order; digits Thai or Arabic (a Latin
 * o read for zero is accepted inside the numbers); stray spaces and doubled or missing dots
 * inside abbreviations tolerated, and, with a day before and a year after, no dots at all.
 */
import { CONSONANTS, LETTERS, toArabicDigits } from '../thai/index.js';
import { checkedDate, type FoundDate, type ThaiDateResult } from './checked-date.js';
import { matchMonth } from './month.js';
import { BUDDHIST_ERA_MARKERS, COMMON_ERA_MARKERS, MONTH_LABEL, THAI_MONTHS } from './months.js';
import { findNumericDates } from './numeric-date.js';
import type { Era } from './year.js';

export type { FoundDate, ThaiDateResult } from './checked-date.js';

export interface DateOptions {
  /** ISO date (YYYY-MM-DD) near which a two-digit year is expected, e.g. the letter's own date */
  near?: string;
}

const DIGIT = '[0-9\\u0E50-\\u0E59]';
/** OCR reads ๐/0 as Latin o: accepted after a first real digit. */
const DIGIT_OR_O = '[0-9\\u0E50-\\u0E59oO]';
const BLANK = '[ \\t\\u00A0]';

/** A day: one or two digits, not part of a longer number, a decimal, a time or a reference. */
const DAY_SOURCE = `(?<![0-9\\u0E50-\\u0E59A-Za-z]|[0-9\\u0E50-\\u0E59][.:/,])${DIGIT}${DIGIT_OR_O}?(?!${DIGIT})`;
/**
 * A day with its two digits apart: a date stamp's, letter-spaced ("2 5 ก.พ. 2553"), or one OCR
 * split with a dot it made of a speck ("1.2เม.ย."): a first digit 1-3 and a second one a blank
 * or a dot apart, opening the text or a line or right after วันที่. Only there: in running text
 * a lone digit before a day is another number ("ข้อ 2 5 มกราคม", "ข้อ 1.5 กันยายน").
 */
const SPACED_DAY_SOURCE = `(?<=^|\\n|วันที่)${BLANK}*([1-3\\u0E51-\\u0E53](?:${BLANK}{1,2}|\\.)${DIGIT})(?!${DIGIT})`;
/**
 * A military date-time group: day, hour and minute as six digits before the month, as message
 * forms date themselves ("๑๕๐๘๓๐ พ.ค. ๖๗" is 15 May 2567 at 08.30). The date is the day's.
 */
const DATE_TIME_GROUP_SOURCE = `(?<![0-9\\u0E50-\\u0E59A-Za-z.:/,-])(${DIGIT}{2})(${DIGIT}{2})(${DIGIT}{2})(?!${DIGIT})`;
/** Between day, month, era and year: spaces, at most one line break. */
const GAP = new RegExp(`${BLANK}*(?:\\r?\\n${BLANK}*)?`, 'y');
/** An abbreviation such as ก.พ. / มี.ค / ก. พ. / ก .พ. / ก..พ. (the last dot may be missing). */
const ABBREVIATION = new RegExp(`[${LETTERS}]{1,3}(?:${BLANK}*\\.){1,2}${BLANK}*[${CONSONANTS}](?:${BLANK}*\\.){0,2}`, 'y');
/** An abbreviation whose dots were left out or lost but for the last: "กย", "พค.". */
const BARE_ABBREVIATION = new RegExp(`[${LETTERS}]{2,3}(?![${LETTERS}])(?:${BLANK}*\\.)?`, 'y');
const LETTER_RUN = new RegExp(`[${LETTERS}]+`, 'y');
const SECOND_PART = new RegExp(`${BLANK}([${LETTERS}]+)`, 'y');
/**
 * Year: four or two digits, not followed by more digits or by a time's separator; two digits
 * glued to a Thai letter are no year but the start of one whose last digits came out as
 * letters ("๒๕วฒ" for ๒๕๖๗ in a typeface OCR does not know).
 */
const YEAR = new RegExp(`(?:${DIGIT}${DIGIT_OR_O}{3}|${DIGIT}${DIGIT_OR_O}(?![\\u0E01-\\u0E2E]))(?!${DIGIT}|[.:]${DIGIT})`, 'y');
/**
 * A dot or comma OCR glued after a full month name, before a four-digit year ("กรกฎาคม.2568"):
 * a speck where print sets a space. Not before two digits: a sentence may end at the month.
 */
const SPECK_BEFORE_YEAR = new RegExp(`[.,](?=${BLANK}*${DIGIT}{4}(?!${DIGIT}))`, 'y');

/** "พ.ศ." -> a pattern accepting stray spaces around the dots and a missing last dot. */
function markerPattern(marker: string): string {
  const parts = marker.split('.').filter(Boolean);
  if (parts.length === 1) return marker;
  return parts.join(`${BLANK}*\\.${BLANK}*`) + `(?:${BLANK}*\\.)?`;
}

const ERA_MARKER = new RegExp(
  `(${BUDDHIST_ERA_MARKERS.map(markerPattern).join('|')})|(${COMMON_ERA_MARKERS.map(markerPattern).join('|')})`,
  'y',
);
/** First letters of the dotted era markers, which a letter run may swallow (กุมภาพันธ์พ.ศ.). */
const ERA_INITIALS = new Set(
  [...BUDDHIST_ERA_MARKERS, ...COMMON_ERA_MARKERS].filter((m) => m.includes('.')).map((m) => m[0]!),
);
const ERA_WORDS = [...BUDDHIST_ERA_MARKERS, ...COMMON_ERA_MARKERS].filter((m) => !m.includes('.'));

function matchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

function skipGap(text: string, position: number): number {
  return position + (matchAt(GAP, text, position)?.[0].length ?? 0);
}

/** A month name with an era marker glued to it loses the marker: "กุมภาพันธ์พ" + ".ศ." */
function withoutGluedEra(run: string, next: string | undefined): string {
  const word = ERA_WORDS.find((w) => run.endsWith(w) && run.length > w.length);
  if (word) return run.slice(0, -word.length);
  return next === '.' && ERA_INITIALS.has(run.at(-1)!) ? run.slice(0, -1) : run;
}

interface MonthAt {
  month: number;
  end: number;
  /** Read from the full name ("กรกฎาคม"), not an abbreviation, whose dots are its own. */
  named?: boolean;
}

/**
 * A full month name cut in two by a stray space, as letter-spaced text and OCR do:
 * "กุมภา พันธ์". Exact names only: "มีนาคม พ.ศ." must not read as a misspelt "มีนาคมพ".
 */
function readSplitMonthName(text: string, position: number, firstPart: string): MonthAt | null {
  const second = matchAt(SECOND_PART, text, position + firstPart.length);
  if (!second) return null;
  const month = THAI_MONTHS.find((m) => m.full === firstPart + second[1]);
  return month ? { month: month.number, end: position + firstPart.length + second[0].length, named: true } : null;
}

/** The month at a position (after an optional "เดือน"): its number and where it ends, or null. */
function readMonth(text: string, start: number): MonthAt | null {
  const position = text.startsWith(MONTH_LABEL, start) ? skipGap(text, start + MONTH_LABEL.length) : start;
  for (const pattern of [ABBREVIATION, BARE_ABBREVIATION]) {
    const abbreviation = matchAt(pattern, text, position);
    const abbreviated = abbreviation ? matchMonth(abbreviation[0], { bare: true }) : null;
    if (abbreviation && abbreviated) return { month: abbreviated, end: position + abbreviation[0].length };
  }
  const run = matchAt(LETTER_RUN, text, position);
  if (!run) return null;
  const split = readSplitMonthName(text, position, run[0]);
  if (split) return split;
  const name = withoutGluedEra(run[0], text[position + run[0].length]);
  const month = matchMonth(name);
  return month ? { month, end: position + name.length, named: true } : null;
}

function numberValue(digits: string): number {
  return Number(toArabicDigits(digits).replace(/[oO]/g, '0').replace(/[\s.]/g, ''));
}

/**
 * Reads a date whose day was found at dayStart..dayEnd (its month after monthAfter, where a
 * date-time group's hour and minute end); null when no month and year follow.
 */
function readDateAt(text: string, dayStart: number, dayEnd: number, near?: string, monthAfter = dayEnd): FoundDate | null {
  const month = readMonth(text, skipGap(text, monthAfter));
  if (!month) return null;
  let position = skipGap(text, month.end);
  if (month.named) position = skipGap(text, position + (matchAt(SPECK_BEFORE_YEAR, text, position)?.[0].length ?? 0));
  const era = matchAt(ERA_MARKER, text, position);
  const marked: Era | null = era ? (era[1] ? 'BE' : 'CE') : null;
  if (era) position = skipGap(text, position + era[0].length);
  const year = matchAt(YEAR, text, position);
  if (!year) return null;
  const raw = text.slice(dayStart, position + year[0].length);
  const day = numberValue(text.slice(dayStart, dayEnd));
  return { raw, index: dayStart, result: checkedDate(raw, day, month.month, toArabicDigits(year[0]).replace(/[oO]/g, '0'), marked, near) };
}

function checkNear(near: string | undefined): void {
  if (near !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(near) || Number.isNaN(Date.parse(near)))) {
    throw new TypeError(`near must be an ISO date YYYY-MM-DD, got "${near}"`);
  }
}

/**
 * Every day-month-year date in running text, in order, with its offset. Impossible dates
 * (๓๐ ก.พ.) are returned with ok: false and a reason, never shifted. Numbers without a month
 * name after them (phone numbers, reference numbers, times) are not dates.
 */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  checkNear(options.near);
  const found: FoundDate[] = [];
  const spaced = spacedDayDates(text, options.near);
  const days = new RegExp(DAY_SOURCE, 'g');
  for (let day = days.exec(text); day; day = days.exec(text)) {
    const stamped = spaced.find((d) => d.index <= day.index && day.index < d.index + d.raw.length);
    if (stamped) {
      found.push(stamped);
      days.lastIndex = stamped.index + stamped.raw.length;
      continue;
    }
    const date = readDateAt(text, day.index, day.index + day[0].length, options.near);
    if (!date) continue;
    found.push(date);
    days.lastIndex = date.index + date.raw.length;
  }
  return withOtherDates(found, [...dateTimeGroups(text, options.near), ...findNumericDates(text, options.near)]);
}

/** Dates of date-time groups (DATE_TIME_GROUP_SOURCE) with a real hour and minute. */
function dateTimeGroups(text: string, near?: string): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const group of text.matchAll(new RegExp(DATE_TIME_GROUP_SOURCE, 'gu'))) {
    const [digits, , hour = '', minute = ''] = group;
    if (numberValue(hour) > 23 || numberValue(minute) > 59) continue;
    const start = group.index as number;
    const date = readDateAt(text, start, start + 2, near, start + digits.length);
    if (date) dates.push(date);
  }
  return dates;
}

/** Dates whose day is a date stamp's letter-spaced pair of digits (SPACED_DAY_SOURCE), valid days only. */
function spacedDayDates(text: string, near?: string): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const day of text.matchAll(new RegExp(SPACED_DAY_SOURCE, 'gu'))) {
    const digits = day[1] as string;
    const start = (day.index as number) + day[0].length - digits.length;
    const date = readDateAt(text, start, start + digits.length, near);
    if (date?.result.ok) dates.push(date);
  }
  return dates;
}

/**
 * Dates with a day of one or two digits, then date-time groups and numeric dates, in text
 * order; a date overlapping one before it in that list is no date of its own.
 */
function withOtherDates(named: FoundDate[], others: FoundDate[]): FoundDate[] {
  if (others.length === 0) return named;
  const kept = [...named];
  const overlaps = (d: FoundDate) => kept.some((n) => d.index < n.index + n.raw.length && n.index < d.index + d.raw.length);
  for (const date of others) if (!overlaps(date)) kept.push(date);
  return kept.sort((a, b) => a.index - b.index);
}

/**
 * Reads the first date in raw (a field such as "ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗"; labels around the
 * date are ignored). The result echoes raw as given.
 */
export function parseThaiDate(raw: string, options: DateOptions = {}): ThaiDateResult {
  const [first] = findDates(raw, options);
  if (!first) return { ok: false, raw, reason: 'no date (day, month name, year) found' };
  return { ...first.result, raw };
}
