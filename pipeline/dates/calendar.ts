/** Gregorian calendar facts; Thai dates are checked on the Gregorian year (BE − 543). */
import { toArabicDigits } from '../thai/index.js';

export const BUDDHIST_ERA_OFFSET = 543;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1..12) of a Gregorian year. */
export function daysInMonth(gregorianYear: number, month: number): number {
  return month === 2 && isLeapYear(gregorianYear) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function isoDate(gregorianYear: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(gregorianYear, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const DAY_MS = 86_400_000;

/** Days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/** Whether an ISO date (YYYY-MM-DD) names a day that exists: 2024-02-29 does, 2023-02-29 does not. */
export function isRealIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days a month can have. */
const MAX_DAY = 31;

/** Digits (either script) that a day of a month can be. */
export function isDayOfMonth(digits: string): boolean {
  const day = Number(toArabicDigits(digits));
  return day >= 1 && day <= MAX_DAY;
}
