/**
 * A letter dated years away from everything else its bundle shows (the other letters, the
 * receipt stamps), when those agree among themselves, was misread, not written then: "๒๕๖๗"
 * read as "๒๕๒๐" puts a 2024 letter in 1977. So was a letter dated years before a letter it
 * cites or encloses itself, whatever else the bundle holds: no letter cites one not yet
 * written. Such a year is corrected when exactly one year a look-alike digit or two away fits
 * the bundle, else the date is dropped; either way with a warning. A letter it cites or encloses
 * is checked so against the letter itself: OCR read "๒ พ.ย. ๖๖" as "๒ พ.ย. ๒๖", a letter of
 * 1983 cited by one of 2024.
 */
import type { LetterDocument, Warning } from '../../../schemas/index.js';
import { BUDDHIST_ERA_OFFSET, isRealIsoDate } from '../../dates/calendar.js';
import { isDigitLookalike } from './digit-confusions.js';
import { isFarFrom } from './consensus.js';

/** A corrected year must put the letter within half a year of another date of the bundle. */
const FIT_DAYS = 183;

/** Buddhist years with one or two of the printed digits (two different ones) read as look-alikes. */
function lookalikeYears(buddhistYear: number): number[] {
  const digits = [...String(buddhistYear)];
  const swaps = (ds: string[], from: number) =>
    ds.flatMap((d, i) => (i < from ? [] : [...'0123456789'].filter((o) => isDigitLookalike(d, o)).map((o) => ({ ds: [...ds.slice(0, i), o, ...ds.slice(i + 1)], i }))));
  const once = swaps(digits, 0);
  const twice = once.flatMap(({ ds, i }) => swaps(ds, i + 1));
  return [...new Set([...once, ...twice].map(({ ds }) => Number(ds.join(''))))];
}

/**
 * The rest of the bundle outvotes a letter only when it holds two dates that agree (within a
 * year): with one other date, either of the two may be the misread one.
 */
function agreeAmongThemselves(evidence: string[]): boolean {
  return evidence.some((a, i) => evidence.some((b, k) => k !== i && !isFarFrom(a, [b])));
}

/**
 * Checks one letter's year against the bundle's other dates (`evidence`); latest: the date it
 * cannot be after; earliest: the date it cannot be before (the latest date of what it cites).
 */
export function checkYear(doc: LetterDocument, evidence: string[], latest: string | null, earliest: string | null = null): void {
  const date = doc.date;
  if (!date || !isFarFrom(date.iso, evidence)) return;
  const beforeCited = earliest !== null && date.iso < earliest && isFarFrom(date.iso, [earliest]);
  if (!beforeCited && !agreeAmongThemselves(evidence)) return;
  const withYear = (buddhistYear: number) => `${buddhistYear - BUDDHIST_ERA_OFFSET}${date.iso.slice(4)}`;
  const fits = lookalikeYears(date.buddhistYear)
    .map((buddhistYear) => ({ buddhistYear, iso: withYear(buddhistYear) }))
    .filter(({ iso }) => isRealIsoDate(iso) && !isFarFrom(iso, evidence, FIT_DAYS) && (latest === null || iso <= latest) && (earliest === null || iso >= earliest));
  const span = `${[...evidence].sort()[0]} – ${[...evidence].sort().at(-1)}`;
  const far = beforeCited ? `years before ${earliest}, the date of a letter it cites` : `far from every other date of the bundle (${span})`;
  if (fits.length === 1) {
    const [fit] = fits as [{ buddhistYear: number; iso: string }];
    const message = `year ${date.buddhistYear} is ${far}; read as ${fit.buddhistYear}, the only year look-alike digits away that fits`;
    doc.warnings.push({ code: 'date-year-corrected', message, field: 'date', before: date.iso, after: fit.iso });
    doc.date = { ...date, iso: fit.iso, buddhistYear: fit.buddhistYear };
    doc.confidence.date = Math.min(doc.confidence.date ?? 1, 0.5);
    return;
  }
  const message = `year ${date.buddhistYear} ("${date.raw}") is ${far} and no single look-alike reading fits: date left out`;
  doc.warnings.push({ code: 'date-year-implausible', message, field: 'date', before: date.iso });
  doc.date = null;
  doc.confidence.date = 0;
}

/**
 * A cited letter a generation older than the letter citing it: letters cite by number and day
 * what is still being dealt with, not what was written that long before.
 */
const CITED_YEARS_BACK = 20;

/** The cited date as checked against the citing letter's date, with a warning when it changes. */
function checkedCitedDate(iso: string | null, citing: string, field: 'references' | 'enclosures', warnings: Warning[]): string | null {
  if (iso === null || Number(citing.slice(0, 4)) - Number(iso.slice(0, 4)) < CITED_YEARS_BACK) return iso;
  const buddhistYear = Number(iso.slice(0, 4)) + BUDDHIST_ERA_OFFSET;
  const fits = lookalikeYears(buddhistYear)
    .map((year) => `${year - BUDDHIST_ERA_OFFSET}${iso.slice(4)}`)
    .filter((candidate) => isRealIsoDate(candidate) && candidate <= citing && !isFarFrom(candidate, [citing]));
  const far = `years before ${citing}, the date of the letter citing it`;
  if (fits.length === 1) {
    const message = `cited year ${buddhistYear} is ${far}; read as ${Number(fits[0]!.slice(0, 4)) + BUDDHIST_ERA_OFFSET}, the only year look-alike digits away that fits`;
    warnings.push({ code: 'date-year-corrected', message, field, before: iso, after: fits[0]! });
    return fits[0]!;
  }
  warnings.push({ code: 'date-year-implausible', message: `cited year ${buddhistYear} is ${far} and no single look-alike reading fits: date left out`, field, before: iso });
  return null;
}

/** Checks the years of the letters `doc` cites and encloses against its own date. */
export function checkCitedYears(doc: LetterDocument): void {
  const citing = doc.date?.iso;
  if (!citing) return;
  doc.references = doc.references.map((c) => ({ ...c, date: checkedCitedDate(c.date, citing, 'references', doc.warnings) }));
  doc.enclosures = doc.enclosures.map((e) => ({ ...e, date: checkedCitedDate(e.date, citing, 'enclosures', doc.warnings) }));
}
