/**
 * Date-range bounds typed by archivists: a year, a month or a day, in Buddhist (พ.ศ.)
 * or Gregorian years, Thai or Arabic digits: "2567", "๒๕๖๗-๐๒", "2024-02-05", "5/2/2567",
 * or in words as letters print them: "ก.พ. ๒๕๖๗", "๕ กุมภาพันธ์ ๒๕๖๗".
 * A year at or above BUDDHIST_YEAR_FLOOR is read as Buddhist (2567 BE = 2024 CE).
 */
import { matchMonth, parseThaiDate } from '../pipeline/dates/index.js';
import { toArabicDigits } from '../pipeline/thai/index.js';

const BUDDHIST_OFFSET = 543;
/** No Gregorian year an archive holds reaches 2300; no Buddhist year of a modern letter falls below it. */
const BUDDHIST_YEAR_FLOOR = 2300;
/** Gregorian years before this are typing mistakes, not archive dates. */
const EARLIEST_YEAR = 1000;

export type BoundEdge = 'start' | 'end';

const YEAR_FIRST = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MONTH_NAME_YEAR = /^(\S+)\s+(?:พ\.\s?ศ\.\s*)?(\d{4})$/u;

/** The ISO date that starts or ends the period `raw` names, or null when `raw` names no valid period. */
export function parseDateBound(raw: string, edge: BoundEdge): string | null {
  const text = toArabicDigits(raw).trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return boundOf(yearFirst[1]!, yearFirst[2], yearFirst[3], edge);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return boundOf(dayFirst[3]!, dayFirst[2], dayFirst[1], edge);
  return wordsBound(text, edge);
}

/** A date or a month written in words, read by the pipeline's own date reader. */
function wordsBound(text: string, edge: BoundEdge): string | null {
  const date = parseThaiDate(text);
  if (date.ok) return date.iso;
  const monthYear = MONTH_NAME_YEAR.exec(text);
  const month = monthYear ? matchMonth(monthYear[1]!) : null;
  return month === null ? null : boundOf(monthYear![2]!, String(month), undefined, edge);
}

function boundOf(yearText: string, monthText: string | undefined, dayText: string | undefined, edge: BoundEdge) {
  const written = Number(yearText);
  const year = written >= BUDDHIST_YEAR_FLOOR ? written - BUDDHIST_OFFSET : written;
  if (year < EARLIEST_YEAR) return null;
  const month = monthText === undefined ? (edge === 'start' ? 1 : 12) : Number(monthText);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  const day = dayText === undefined ? (edge === 'start' ? 1 : lastDay) : Number(dayText);
  if (day < 1 || day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
