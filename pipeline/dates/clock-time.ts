/**
 * Reads a time of day as stamps and letters print it: "15:14", "๐๙.๓๐ น.", "เวลา ๑๔.๓๐ น.",
 * "08.18" (24-hour clock; น. = นาฬิกา).
 */
import { toArabicDigits } from '../thai/index.js';

/** Hours and minutes with a colon or dot, not part of a longer number or a dotted date. */
const CLOCK_TIME = /(?<![0-9.])([0-9]{1,2})[ \t]*[:.][ \t]*([0-9]{2})(?![0-9]|\.[0-9])/;

/** "HH:MM" for the first time in raw, or null when there is none or it is impossible (25:10). */
export function parseClockTime(raw: string): string | null {
  const match = CLOCK_TIME.exec(toArabicDigits(raw));
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}
