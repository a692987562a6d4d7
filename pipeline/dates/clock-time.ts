/**
 * Reads a time of day as stamps and letters print it: "15:14", "๐๙.๓๐ น.", "เวลา ๑๔.๓๐ น.",
 * "08.18", with seconds "๑๙:๑๒:๑๕", and the clerk's hour with a dash for no minutes "15-",
 * "๑๓ - น." (24-hour clock; น. = นาฬิกา). Seconds are read and checked, not kept: a result is
 * "HH:MM".
 */
import { toArabicDigits } from '../thai/index.js';

/** Hours and minutes (and seconds) with a colon or dot, not part of a longer number or a dotted date. */
const CLOCK_TIME = /(?<![0-9.])([0-9]{1,2})[ \t]*([:.])[ \t]*([0-9]{2})(?:[ \t]*\2[ \t]*([0-9]{2}))?(?![0-9]|[.:][0-9])/;
/** An hour and a dash, then น. or nothing: the whole time, so ranges ("15-16 น.") are not read. */
const HOUR_AND_DASH = /(?<![0-9])([0-9]{1,2})[ \t]*[-–][ \t]*(?:น\.?)?[ \t]*$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "HH:MM" for the first time in raw, or null when there is none or it is impossible (25:10). */
export function parseClockTime(raw: string): string | null {
  const text = toArabicDigits(raw);
  const match = CLOCK_TIME.exec(text);
  if (match) {
    const [hours, minutes, seconds] = [match[1], match[3], match[4] ?? '00'].map(Number) as [number, number, number];
    return hours > 23 || minutes > 59 || seconds > 59 ? null : `${pad(hours)}:${pad(minutes)}`;
  }
  const hour = HOUR_AND_DASH.exec(text);
  return hour && Number(hour[1]) <= 23 ? `${pad(Number(hour[1]))}:00` : null;
}

/** A time alone (with น. or not): what the time line of a receipt stamp holds. */
const TIME_ALONE = /^[0-9\u0E50-\u0E59]{1,2}\s*(?:[:.]\s*[0-9\u0E50-\u0E59]{2}(?:\s*[:.]\s*[0-9\u0E50-\u0E59]{2})?|[-–])\s*(?:น\.?)?$/u;

/** "HH:MM" when the whole text is one time of day, else null. */
export function clockTimeOnly(text: string): string | null {
  const trimmed = text.trim();
  return TIME_ALONE.test(trimmed) ? parseClockTime(trimmed) : null;
}
