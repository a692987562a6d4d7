/**
 * Turns the printed year into a Buddhist year and the era it was printed in.
 *
 * Rules (BE = CE + 543):
 * - 4 digits marked พ.ศ./พุทธศักราช must be 2400–2799; marked ค.ศ. must be 1900–2199.
 * - 4 digits unmarked: 2400–2799 is BE, 1900–2199 is CE (so 2567 is BE and 2024 is CE); any
 *   other year is rejected.
 * - 2 digits: 25yy (BE), or 20yy when marked ค.ศ. With a `near` date (e.g. the date of the
 *   letter a stamp is on), the year ending in yy that puts the date closest to `near` wins: the
 *   candidates are yy in the century of `near`'s year and in the centuries either side.
 */
import { BUDDHIST_ERA_OFFSET } from './calendar.js';

export type Era = 'BE' | 'CE';

export type ResolvedYear =
  | { ok: true; buddhistYear: number; era: Era }
  | { ok: false; reason: string };

const PLAUSIBLE = {
  BE: { first: 2400, last: 2799 },
  CE: { first: 1900, last: 2199 },
} as const;

const DEFAULT_CENTURY = { BE: 2500, CE: 2000 } as const;

function inRange(year: number, era: Era): boolean {
  return year >= PLAUSIBLE[era].first && year <= PLAUSIBLE[era].last;
}

/** A four-digit year some era has: 2400–2799 BE or 1900–2199 CE. */
export const isPlausibleYear = (year: number): boolean => inRange(year, 'BE') || inRange(year, 'CE');

function toBuddhist(year: number, era: Era): number {
  return era === 'BE' ? year : year + BUDDHIST_ERA_OFFSET;
}

function resolveFourDigits(year: number, marked: Era | null): ResolvedYear {
  const era = marked ?? (inRange(year, 'BE') ? 'BE' : inRange(year, 'CE') ? 'CE' : null);
  if (era === null || !inRange(year, era)) {
    const expected = marked ?? 'BE or CE';
    return { ok: false, reason: `year ${year} is not a plausible ${expected} year` };
  }
  return { ok: true, buddhistYear: toBuddhist(year, era), era };
}

/** A day and month in a year, as a time to compare distances with. */
function timeOf(gregorianYear: number, month: number, day: number): number {
  return Date.UTC(gregorianYear, month - 1, Math.min(day, 28));
}

/** The year a calendar shows in `era` at an ISO date. */
function yearAt(iso: string, era: Era): number {
  const gregorianYear = Number(iso.slice(0, 4));
  return era === 'BE' ? gregorianYear + BUDDHIST_ERA_OFFSET : gregorianYear;
}

function resolveTwoDigits(yy: number, marked: Era | null, month: number, day: number, near?: string): ResolvedYear {
  const era = marked ?? 'BE';
  if (near === undefined) return { ok: true, buddhistYear: toBuddhist(DEFAULT_CENTURY[era] + yy, era), era };
  const century = Math.floor(yearAt(near, era) / 100) * 100;
  const target = Date.parse(`${near}T00:00:00Z`);
  const distance = (year: number) =>
    Math.abs(timeOf(toBuddhist(year, era) - BUDDHIST_ERA_OFFSET, month, day) - target);
  const year = [century - 100 + yy, century + yy, century + 100 + yy].reduce((best, candidate) =>
    distance(candidate) < distance(best) ? candidate : best,
  );
  return { ok: true, buddhistYear: toBuddhist(year, era), era };
}

export function resolveYear(
  digits: string,
  marked: Era | null,
  month: number,
  day: number,
  near?: string,
): ResolvedYear {
  const value = Number(digits);
  return digits.length === 2
    ? resolveTwoDigits(value, marked, month, day, near)
    : resolveFourDigits(value, marked);
}
