/**
 * A letter whose date line shows its day, its month and some of its year's digits ("๒๐ ก.พ. ๗",
 * "๑๑ มี.ค.วฒ", "22กค.268") is dated in the one year that fits them and the bundle: on or after
 * the latest date the letter cites, on or before the date it was stamped received and those of
 * the letters that cite it, and within half a year of them (a letter answers what it cites, and
 * is received, within months). Nothing where the year stands, or no such date to go by, or two
 * years that fit: the date stays out. So is a date line that reads as a few dates (a day or
 * month garbled two ways): the one that fits.
 */
import { BUDDHIST_ERA_OFFSET, daysBetween, isoDate, isRealIsoDate } from '../../dates/calendar.js';
import type { DateReading } from './partial-readings.js';

const WINDOW_DAYS = 183;

/**
 * The year's digits as read stand in it in order ("?" any digit), the last read being its last
 * (OCR loses a digit or reads one as a letter, and keeps the year's end): "268" in 2568, "7",
 * "?7" and "6?" in 2567, not "5" nor "7?". Letters read after the last digit stand for the
 * year's last digits. Letters alone where a year stands ("อญ") rule none out.
 */
function showsYear(buddhistYear: number, digits: string): boolean {
  // A year read as letters alone rules no year out: the bundle's dates decide.
  if (/^\?+$/u.test(digits)) return true;
  const unread = digits.length - digits.replace(/\?+$/u, '').length;
  const year = String(buddhistYear).slice(0, -unread || undefined);
  const read = digits.slice(0, digits.length - unread);
  if (read.at(-1) !== year.at(-1)) return false;
  let at = 0;
  for (const c of year) if (at < read.length && (read[at] === '?' || read[at] === c)) at++;
  return at === read.length;
}

export interface YearEvidence {
  iso: string;
  why: string;
}

/**
 * The date the reading's year remains allow, given the dates the letter cites and those it was
 * stamped received on or that the letters citing it bear; null when not exactly one.
 */
export function dateFromYearRemains(read: DateReading | null, citedDates: readonly string[], notAfter: readonly string[]): YearEvidence | null {
  if (!read || read.year !== null || read.yearDigits === undefined) return null;
  const bounds = boundsOf(citedDates, notAfter);
  const anchor = bounds.after ?? bounds.before;
  if (anchor === null) return null;
  const year = Number(anchor.slice(0, 4));
  const fits = [year - 1, year, year + 1].map((y) => isoDate(y, read.month, read.day)).filter((iso) =>
    isRealIsoDate(iso) && fitsBounds(iso, bounds) && showsYear(Number(iso.slice(0, 4)) + BUDDHIST_ERA_OFFSET, read.yearDigits!));
  if (fits.length !== 1) return null;
  return { iso: fits[0]!, why: `the date line shows "${read.yearDigits}" of its year; the one year that fits puts the letter ${boundsText(bounds)}` };
}

/**
 * The one of a garbled date line's readings (date-repair.ts: "อต.ค." is the 1st or the 6th,
 * "ถุย." ก.ย. or พ.ย.) that the dates the letter cites, was stamped received on and is cited on allow; null
 * when none bounds it, or not exactly one fits.
 */
export function dateFromRepairs(line: string, readings: readonly string[], citedDates: readonly string[], notAfter: readonly string[]): YearEvidence | null {
  const bounds = boundsOf(citedDates, notAfter);
  if (bounds.after === null && bounds.before === null) return null;
  const fits = readings.filter((iso) => fitsBounds(iso, bounds));
  if (fits.length !== 1) return null;
  return { iso: fits[0]!, why: `the date line "${line}" reads as ${readings.join(' or ')}; only ${fits[0]} puts the letter ${boundsText(bounds)}` };
}

interface Bounds {
  /** the latest date the letter cites */
  after: string | null;
  /** the earliest date it was stamped received, or a letter citing it was written */
  before: string | null;
}

const boundsOf = (citedDates: readonly string[], notAfter: readonly string[]): Bounds => ({
  after: [...citedDates].sort().at(-1) ?? null,
  before: [...notAfter].sort()[0] ?? null,
});

const fitsBounds = (iso: string, { after, before }: Bounds): boolean =>
  (after === null || (iso >= after && daysBetween(after, iso) <= WINDOW_DAYS)) &&
  (before === null || (iso <= before && daysBetween(iso, before) <= WINDOW_DAYS));

const boundsText = ({ after, before }: Bounds): string =>
  [after && `on or after ${after}, the latest date it cites`, before && `on or before ${before}, when it was received or cited`].filter(Boolean).join(' and ');
