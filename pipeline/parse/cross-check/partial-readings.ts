/**
 * What can still be read of a reference number or a date that the full grammar rejects: on a
 * damaged scan "ที่ ดศ ๐๒๐๔./ว๑๙๗" (the sub-unit digit lost) or "๑๓ มกราคม ๒๐๕" (the year cut
 * short). Such a reading proves nothing alone; it only says which copy elsewhere in the bundle
 * the letter agrees with, and which of two disagreeing copies is right.
 */
import { confusableMonth, findDates, isMonthAbbreviated, isPlausibleYear, matchMonth } from '../../dates/index.js';
import { toArabicDigits } from '../../thai/index.js';
import { matchLabel } from '../keywords.js';
import { dateRepairs } from '../date-repair.js';
import { DIGIT_TWIN_LETTERS, LABEL } from '../lexicon.js';

const D = '[0-9\\u0E50-\\u0E59oO]';
/**
 * A letter standing for a digit inside a number: a typeface the glyph classifier never saw
 * turns ๗ into ฒ and ๓ into ต ("๒๕วฒ"), ๐ may come out as a leading vowel ("๐0เ๗"), a
 * sub-block's digit as % ("๐๐๑๗.%/"). Read as an unknown digit, and only with a digit or a dot
 * after it (a % also between a dot and the slash), so that no word is taken for a number.
 */
const STAND_IN = `[\\u0E01-\\u0E2E\\u0E40-\\u0E44%](?=[0-9\\u0E50-\\u0E59oO.])|(?<=\\.)%(?=\\/)`;
const UNIT = `${D}(?:[0-9\\u0E50-\\u0E59oO.\\s]|${STAND_IN}){0,12}?`;
const NUMBER = `${D}(?:${D}|${STAND_IN}){0,5}`;
/**
 * A sub-block's digit and the slash after it read as one letter or a second dot before ว
 * ("๐๐๒๕.เว ๔๖๘", "0023.ฆว 79", "๐๘๑๐..ว ๒๓๖๕"), or as a letter and a dot ("๐๐๑๗.เ.ว๑๙๑๗"):
 * the slash, and an unknown digit.
 */
const SLASH_WITH_LOST_DIGIT = '(?<=\\.)((?:[\\u0E01-\\u0E2E\\u0E40-\\u0E44]\\.?|\\.))(?=ว)';
/** Code, office digits with dots (any count), a slash or its look-alikes, ว, running number. */
const LOOSE_REFERENCE = new RegExp(
  `(?<![\\u0E01-\\u0E2E])([\\u0E01-\\u0E2E])[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]?\\s?([\\u0E01-\\u0E2E])[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]?\\s*\\.?\\s*(${UNIT})\\s*(?:[/)|]|${SLASH_WITH_LOST_DIGIT})\\s*(ว\\s*\\.?)?\\s*(${NUMBER})(?!${D})`,
  'u',
);
/** A loose reading with more unknown digits than this says too little. */
const MAX_UNKNOWN_DIGITS = 2;

/** Arabic digits, spaces out; a letter standing for a digit becomes "?" (an unknown digit). */
const digits = (text: string): string => toArabicDigits(text).replace(/[oO]/g, '0').replace(/\s+/gu, '').replace(/[\u0E01-\u0E2E\u0E40-\u0E44%]/gu, '?');

/** The number as the loose grammar reads it, normalized like a reference ("ดศ 0204./ว 197", "พล 038?.1/ว 79"), or null. */
export function looseReference(text: string): { reading: string; raw: string } | null {
  const m = LOOSE_REFERENCE.exec(text);
  if (!m) return null;
  const [raw, first = '', second = '', unit = '', lostDigit, circular, number = ''] = m;
  // A dot right before the slash stood before a sub-block's digit that was lost ("๐๒๐๔./"): an unknown digit.
  const lost = lostDigit !== undefined || digits(unit).endsWith('.');
  const reading = `${first}${second} ${digits(unit)}${lost ? '?' : ''}/${circular ? 'ว ' : ''}${digits(number)}`;
  return reading.split('?').length - 1 > MAX_UNKNOWN_DIGITS ? null : { reading, raw: raw.trim() };
}

/** A date of which at least day and month were read; year is Gregorian, null when unreadable. */
export interface DateReading {
  day: number;
  month: number;
  year: number | null;
  /** as printed, when read loosely */
  raw?: string;
  /** the month OCR may have misread as this one: the date was printed with an abbreviation one look-alike letter from another's (ส.ค./ธ.ค.) */
  lookAlikeMonth?: number;
  /** read only by repairing a garbled day, month or year (a letter taken for its twin digit): a guess, not a reading */
  repaired?: boolean;
  /**
   * What is left of an unreadable year, in order, "?" for a letter standing for a digit: "7" of
   * "๒๐ ก.พ. ๗", "?7" of "มี.ค.วฒ", "268" of "กค.268", "??" of "ก.พ.อญ".
   */
  yearDigits?: string;
}

export const isoOf = (d: DateReading): string | null =>
  d.year === null ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function dateReadingOf(iso: string): DateReading {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { day, month, year };
}

/** The reading with the look-alike month its printed abbreviation leaves open, if any. */
export function withLookAlikeMonth(reading: DateReading, printed: string | undefined): DateReading {
  const other = printed !== undefined && isMonthAbbreviated(printed) ? confusableMonth(reading.month) : null;
  return other === null ? reading : { ...reading, lookAlikeMonth: other };
}

/** The reading with its month changed to the look-alike one (same day and year), or null. */
export function lookAlikeDate(reading: DateReading): DateReading | null {
  return reading.lookAlikeMonth === undefined ? null : { day: reading.day, month: reading.lookAlikeMonth, year: reading.year };
}

/** Day, then a month token of one or two pieces ("มกราคม", "ก. พ.", "กย"). */
const DAY_AND_MONTH = /(?<![0-9\u0E50-\u0E59])([0-9\u0E50-\u0E59]{1,2})\s*([\u0E01-\u0E4E.]+(?:\s?[\u0E01-\u0E4E.]+)?)/gu;
/** What follows the month where a year stood: up to four digits or letters (or a paiyannoi) standing for them, nothing after. */
const YEAR_REMAINS = /^\s*((?:[0-9\u0E50-\u0E59]|[\u0E01-\u0E2F](?![\u0E30-\u0E4E])){1,4})\s*$/u;

/**
 * The digits of what remains of a year, a twin letter as its digit and any other letter as "?",
 * when one digit at least is there, or when no digit is but the signs are as many as a year's
 * (two or four: "ก.พ.อญ" is a year read as letters, not a word), or three, one of four lost or
 * two read as one ("ธ.ค.วงญ"). Four digits that make no year of any era ("๓๕๒๐") are all
 * misread: nothing of the year is known but its place.
 */
function yearDigitsOf(remains: string): string | undefined {
  const read = [...remains].map((c) => toArabicDigits(DIGIT_TWIN_LETTERS[c] ?? c)).map((c) => (/[0-9]/.test(c) ? c : '?')).join('');
  if (/^[0-9]{4}$/u.test(read) && !isPlausibleYear(Number(read))) return '????';
  return /[0-9]/.test(read) || read.length >= 2 ? read : undefined;
}

/**
 * The month a token names and where it ends: the token whole, its first piece, or an
 * abbreviation with up to four signs glued after its last dot (a year read as letters: "มี.ค.วฒ", "เม.ย.วงฯฒ").
 */
function monthIn(token: string): { month: number; end: number } | null {
  const first = token.split(/\s/u)[0]!;
  const cuts = [token, first, ...[1, 2, 3, 4].map((k) => token.slice(0, -k))].filter((c, k) => k < 2 || c.endsWith('.'));
  for (const cut of cuts) {
    const month = cut === '' ? null : matchMonth(cut, { bare: true });
    if (month !== null) return { month, end: cut.length };
  }
  return null;
}

/** The first date in the text, whole or at least its day and month. */
export function looseDate(text: string): DateReading | null {
  const whole = findDates(text)[0]?.result;
  if (whole?.ok) return withLookAlikeMonth({ ...dateReadingOf(whole.iso), raw: whole.raw }, whole.raw);
  for (const m of text.matchAll(DAY_AND_MONTH)) {
    const day = Number(toArabicDigits(m[1]!));
    const token = m[2]!;
    const month = monthIn(token);
    if (month === null || day < 1 || day > 31) continue;
    const monthEnd = (m.index ?? 0) + m[0].length - token.length + month.end;
    const remains = YEAR_REMAINS.exec(text.slice(monthEnd));
    const yearDigits = remains ? yearDigitsOf(remains[1]!) : undefined;
    const raw = yearDigits ? text.slice(m.index, monthEnd) + remains![0].trimEnd() : m[0];
    return withLookAlikeMonth({ day, month: month.month, year: null, raw, ...(yearDigits ? { yearDigits } : {}) }, m[0]);
  }
  return null;
}

/** Lines at the head of a letter where its ที่ and date lines stand. */
const HEADER_LINES = 14;

/** Specks OCR read left of a line's first word. */
const LEADING_SPECKS = /^[\s.,'`|:;]+/u;

/**
 * A memo's ที่ line whose label OCR lost (".ทส ๐๒๐๓./๒๗๔ วันที่ ๑๕ พค. ๒๕๖๘"): a number opening
 * the line with the memo's วันที่ after it on the same line.
 */
function unlabeledMemoNumber(line: string): { rest: string } | null {
  const rest = line.replace(LEADING_SPECKS, '');
  const number = looseReference(rest);
  return number !== null && rest.startsWith(number.raw) && rest.includes(LABEL.dateLine, number.raw.length) ? { rest } : null;
}

/**
 * The first line of a letter's head, above its เรื่อง, that reads as no date but as a few once
 * its garbled day or month is read again ("อต.ค. ๒๕๖๘": the 1st or the 6th), with those dates.
 */
export function garbledDateLine(text: string): { line: string; isos: string[] } | null {
  for (const line of text.split(/[\n\f]/u).slice(0, HEADER_LINES)) {
    if (matchLabel(line, LABEL.subject, true)) return null;
    if (findDates(line).some((d) => d.result.ok)) continue;
    const isos = dateRepairs(line.trim()).map((r) => r.iso);
    if (isos.length > 0) return { line: line.trim(), isos };
  }
  return null;
}

/** What the header still shows of the letter's own number and date (the text as printed). */
export function looseHeader(text: string, numberRaw?: string): { reference: { reading: string; raw: string } | null; date: DateReading | null } {
  const lines = text.split(/[\n\f]/u).slice(0, HEADER_LINES);
  let reference: { reading: string; raw: string } | null = null;
  let date: DateReading | null = null;
  // The date line stands under the ที่ line even where the loose grammar cannot read its number ("ชร อ๓๒๘/๒๔๐").
  let underNumber = false;
  let beforeNumber: DateReading | null = null;
  for (const line of lines) {
    // The date line stands above เรื่อง: a date below it is one the letter cites.
    if (matchLabel(line, LABEL.subject, true)) break;
    // The line of the number the parser read, its label misread ("กี่ พร๐๐๑๗.๓/..."), is the ที่ line too.
    const label = matchLabel(line, LABEL.reference, true) ?? (numberRaw && line.includes(numberRaw) ? { rest: line.slice(line.indexOf(numberRaw)) } : unlabeledMemoNumber(line));
    if (reference === null && label) {
      reference = looseReference(label.rest);
      underNumber = true;
      const dateLabel = line.indexOf(LABEL.dateLine);
      if (dateLabel >= 0) date ??= looseDate(line.slice(dateLabel + LABEL.dateLine.length));
      continue;
    }
    const dated = matchLabel(line, LABEL.dateLine, true);
    // A วันที่ line above the ที่ line is a receipt stamp's, unless no ที่ line is found at all.
    if (dated && !underNumber) beforeNumber ??= looseDate(dated.rest);
    else if (date === null && (dated || underNumber)) date = looseDate(dated ? dated.rest : line);
    if (reference !== null && date !== null) break;
  }
  return { reference, date: date ?? (reference === null ? beforeNumber : null) };
}
