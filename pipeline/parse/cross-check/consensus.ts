/**
 * The reading a group of mentions agrees on. Readings are weighed (a text layer above OCR, OCR
 * both readers agreed on above OCR they did not, a well-shaped number above a broken one, a
 * dot kept above a dot lost, a digit kept above a digit lost, a circular's ว above a digit read
 * in its place, an office block the bundle prints elsewhere above one it does not; a copy whose
 * code no agency has counts for a known one, one that lost the ว for the circular one); the
 * heaviest wins when no other comes close. Loose readings of
 * damaged copies never win: they only add their weight to the full reading nearest them.
 * Dates are weighed the same way, and a date that cannot be — a letter forwarded before it was
 * written, received before it was written, written before a letter it cites, years away from
 * the rest of the bundle — counts for little, as does one months before the letters that
 * forward it where another reading is not.
 */
import { daysBetween, isRealIsoDate } from '../../dates/index.js';
import { agencyGroupOf } from '../issuer-level.js';
import { readingDistance } from './digit-confusions.js';
import { dateAgreement, type LetterGroup } from './grouping.js';
import type { Mention } from './mentions.js';
import { type DateReading, isoOf, lookAlikeDate } from './partial-readings.js';

/** The winner must outweigh the runner-up by this much: a tie decides nothing. */
const MARGIN = 0.25;
/** A date that breaks a bound keeps this share of its weight. */
const IMPOSSIBLE = 0.2;
/** A partial date (day and month) supports a full one with the same day and month this much. */
const PARTIAL_SUPPORT = 0.8;
/**
 * A date printed with an abbreviation one look-alike letter from another month's (ส.ค./ธ.ค.)
 * supports that month too, this much: never enough to outvote itself, enough to win where the
 * date as read cannot be (a letter dated before the letter it encloses).
 */
const LOOK_ALIKE_SUPPORT = 0.5;
/** A date read only by repairing garbled letters ("๑๕ กุ.ค.๖ว": ว taken for ๖): less than a copy read cleanly, more than half. */
const REPAIRED_SUPPORT = 0.75;

/** "ชร 0369/166" -> "ชร 0369": the agency code and office block, which all of one office's letters share. */
export const officeBlockOf = (reading: string): string => reading.slice(0, reading.lastIndexOf('/'));
/** "มท 0816/ว 429" -> "ว 429". */
const runningNumberOf = (reading: string): string => reading.slice(reading.lastIndexOf('/') + 1);

function winner<T>(scores: Map<T, number>): T | null {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] <= 0) return null;
  return !second || first[1] - second[1] >= MARGIN ? first[0] : null;
}

/**
 * OCR loses the dot of an office number (a speck) far more often than it invents one between
 * two digits: of two readings that differ only by dots, the dotted one gains the margin.
 */
function preferDotted(scores: Map<string, number>): void {
  const undotted = (r: string) => r.replaceAll('.', '');
  for (const reading of scores.keys()) {
    const fewerDots = [...scores.keys()].some((o) => o !== reading && undotted(o) === undotted(reading) && o.split('.').length < reading.split('.').length);
    if (fewerDots) scores.set(reading, scores.get(reading)! + MARGIN);
  }
}

/** Most digits a copy is taken to have lost (a number filled in apart from its prefix loses its tail: "/ ๑" for /๑๔๑). */
const MAX_LOST_DIGITS = 2;

/**
 * `shorter` is `longer` with one or two of its digits left out, each unlike the digits beside
 * it: a digit beside its double may as well be one OCR read twice ("2500" for 250).
 */
function lacksDigits(longer: string, shorter: string, lost = longer.length - shorter.length): boolean {
  if (lost < 1 || lost > MAX_LOST_DIGITS || longer.length !== shorter.length + lost) return false;
  return [...longer].some((c, at) => {
    if (!/[0-9]/.test(c) || c === longer[at - 1] || c === longer[at + 1]) return false;
    const without = longer.slice(0, at) + longer.slice(at + 1);
    return lost === 1 ? without === shorter : lacksDigits(without, shorter, lost - 1);
  });
}

/**
 * OCR drops digits (two glyphs run together, a faint one); it makes one up by reading a glyph
 * twice. Of two readings a digit or two apart, the longer gains the margin when its extra digits
 * are no doubles ("ว 3645" over "ว 345", not "2500" over "250").
 */
function preferFuller(scores: Map<string, number>): void {
  const readings = [...scores.keys()];
  for (const reading of readings) {
    if (readings.some((o) => lacksDigits(reading, o))) scores.set(reading, scores.get(reading)! + MARGIN);
  }
}

/** A copy that is a misreading of another reading counts for it: its weight moves there. */
function creditTo(scores: Map<string, number>, from: string, to: string): void {
  scores.set(to, scores.get(to)! + scores.get(from)!);
  scores.delete(from);
}

/**
 * OCR loses a circular's thin mark ว ("/ 902") or reads it as a digit (the ว of "ว 902" as 2 or
 * 1: "2902"), and never makes a ว out of nothing or out of a digit's shape: a copy that differs
 * from the circular reading only so counts for it.
 */
function preferCircular(scores: Map<string, number>): void {
  const readings = [...scores.keys()].map((reading) => ({ reading, head: officeBlockOf(reading), number: runningNumberOf(reading) }));
  for (const { reading, head, number } of readings.filter((r) => r.number.startsWith('ว '))) {
    const plain = number.slice(2);
    const withoutMark = (o: { head: string; number: string }) =>
      o.head === head && (o.number === plain || (/^[0-9]$/.test(o.number[0] ?? '') && o.number.slice(1) === plain));
    for (const other of readings.filter((o) => withoutMark(o) && scores.has(o.reading))) creditTo(scores, other.reading, reading);
  }
}

/**
 * A code no agency has is a misreading ("บท" or "M" for มท): such a copy counts for the one
 * reading that has the same office and running number with a known code, not against it.
 */
function creditKnownCode(scores: Map<string, number>): void {
  const readings = [...scores.keys()].map((reading) => ({ reading, code: reading.slice(0, reading.indexOf(' ')), rest: reading.slice(reading.indexOf(' ')) }));
  for (const unknown of readings.filter((r) => agencyGroupOf(r.code) === null)) {
    const known = readings.filter((r) => r.rest === unknown.rest && agencyGroupOf(r.code) !== null);
    if (known.length === 1) creditTo(scores, unknown.reading, known[0]!.reading);
  }
}

/**
 * Of two readings with the same running number, the one whose office block the bundle prints
 * for another letter (of that office) gains the margin over one whose block it prints nowhere
 * else: that block was misread.
 */
function preferBlockSeenElsewhere(scores: Map<string, number>, blocksElsewhere: ReadonlySet<string>): void {
  const readings = [...scores.keys()];
  for (const reading of readings.filter((r) => blocksElsewhere.has(officeBlockOf(r)))) {
    const unseen = (o: string) => o !== reading && runningNumberOf(o) === runningNumberOf(reading) && !blocksElsewhere.has(officeBlockOf(o));
    if (readings.some(unseen)) scores.set(reading, scores.get(reading)! + MARGIN);
  }
}

/**
 * The number the group agrees on, or null when its copies cannot decide. `blocksElsewhere`:
 * the office blocks (officeBlockOf) of the bundle's other numbers.
 */
export function agreedReading(group: LetterGroup, blocksElsewhere: ReadonlySet<string> = new Set()): string | null {
  const scores = new Map<string, number>();
  const full = group.members.filter((m) => !m.loose && m.reading !== null);
  for (const m of full) scores.set(m.reading!, (scores.get(m.reading!) ?? 0) + m.weight);
  creditKnownCode(scores);
  preferDotted(scores);
  preferFuller(scores);
  preferCircular(scores);
  preferBlockSeenElsewhere(scores, blocksElsewhere);
  for (const m of group.members.filter((x) => x.loose)) {
    const nearest = [...scores.keys()].sort((a, b) => readingDistance(m.reading!, a) - readingDistance(m.reading!, b));
    const [first, second] = nearest;
    if (first && (!second || readingDistance(m.reading!, first) < readingDistance(m.reading!, second))) {
      scores.set(first, scores.get(first)! + m.weight);
    }
  }
  return winner(scores);
}

/**
 * A date that bounds another. One printed with a look-alike abbreviation (ส.ค. that may be ธ.ค.)
 * bounds a date of the other month as that month: the bound and the date it bounds may both
 * be misread the same way, and read in the same month they still keep their order.
 */
export interface BoundingDate {
  iso: string;
  /** the date with the month its abbreviation may stand for, or null */
  lookAlike: string | null;
}

export interface DateBounds {
  /** the group's letter was written on or before these (the dates of the letters citing it, its receipt stamps) */
  notAfter: BoundingDate[];
  /** the group's letter was written on or after these (the dates of the letters it cites) */
  notBefore: BoundingDate[];
  /** the bundle's other dates: a date more than a year from all of them is far-fetched */
  bundle: string[];
  /** of `notAfter`, the dates of the letters that forward it (enclose it) and of its receipt stamps */
  forwardedBy: BoundingDate[];
}

/** What `source` bounds `iso` by: its look-alike reading where that is in `iso`'s month. */
export function boundOn(source: BoundingDate, iso: string): string {
  return source.lookAlike !== null && source.lookAlike.slice(5, 7) === iso.slice(5, 7) ? source.lookAlike : source.iso;
}

/** The bound `iso` breaks, or null: after a date it cannot be after, or before one it cannot be before. */
export function brokenBound(iso: string, bounds: DateBounds): { side: 'after' | 'before'; bound: string } | null {
  const after = bounds.notAfter.map((b) => boundOn(b, iso)).find((bound) => iso > bound);
  if (after !== undefined) return { side: 'after', bound: after };
  const before = bounds.notBefore.map((b) => boundOn(b, iso)).find((bound) => iso < bound);
  return before === undefined ? null : { side: 'before', bound: before };
}

/**
 * A letter is forwarded and received within weeks of being written: a circular goes down from a
 * ministry to a department, a province and a district in days. Of a date and its look-alike
 * month's (ส.ค. or ธ.ค. in every copy, a looped face's ธ read as ส), one this near the letters
 * that forward it and one months before them, the far one keeps FAR_SHARE of its weight (less
 * than LOOK_ALIKE_SUPPORT, so the near look-alike wins). A letter only cited (อ้างถึง) may be
 * as old as it likes.
 */
const NEAR_DAYS = 62;
const FAR_SHARE = 0.25;

/** The forwarding or receipt date nearest after `iso` when every one is more than NEAR_DAYS after it, with the days between; else null. */
export function farBeforeForwarding(iso: string, bounds: DateBounds): { bound: string; days: number } | null {
  const gaps = bounds.forwardedBy
    .map((b) => boundOn(b, iso))
    .filter((bound) => bound >= iso)
    .map((bound) => ({ bound, days: Math.round(daysBetween(iso, bound)) }))
    .sort((a, b) => a.days - b.days);
  const [nearest] = gaps;
  return nearest !== undefined && nearest.days > NEAR_DAYS ? nearest : null;
}

/** Letters of one bundle are written within months of each other: a year away is far. */
const FAR_DAYS = 366;

/** More than `days` (a year unless said) from every one of the other dates (none: never far). */
export function isFarFrom(iso: string, others: string[], days = FAR_DAYS): boolean {
  if (others.length === 0) return false;
  return others.every((o) => Math.abs(daysBetween(iso, o)) > days);
}

function plausible(iso: string, bounds: DateBounds): boolean {
  return brokenBound(iso, bounds) === null && !isFarFrom(iso, bounds.bundle);
}

function candidateDates(dates: DateReading[]): string[] {
  const full = [...dates, ...dates.map(lookAlikeDate).filter((d) => d !== null)].map(isoOf).filter((iso): iso is string => iso !== null);
  const years = [...new Set(dates.flatMap((d) => (d.year === null ? [] : [d.year])))];
  const completed = dates.filter((d) => d.year === null).flatMap((d) => years.map((year) => isoOf({ ...d, year })!));
  // A day and month read loosely may not exist in the year they are given (30 February).
  return [...new Set([...full, ...completed])].filter(isRealIsoDate);
}

/** The date the group agrees on, or null when its copies cannot decide. */
export function agreedDate(group: LetterGroup, bounds: DateBounds): string | null {
  const dated = group.members.filter((m): m is Mention & { date: DateReading } => m.date !== null);
  const scores = new Map<string, number>();
  for (const iso of candidateDates(dated.map((m) => m.date))) {
    const [, month, day] = iso.split('-').map(Number);
    const support = dated.reduce((sum, m) => {
      // A copy's date counts as one copy at least: a doubtful number says nothing of its date; a
      // date read only by repairing its garbled letters counts for less than one read as printed.
      const weight = Math.max(m.weight, 1) * (m.date.repaired ? REPAIRED_SUPPORT : 1);
      const share = m.date.month === month ? 1 : m.date.lookAlikeMonth === month ? LOOK_ALIKE_SUPPORT : 0;
      if (m.date.year === null) return sum + (m.date.day === day ? PARTIAL_SUPPORT * share * weight : 0);
      return sum + (m.date.day === day && m.date.year === Number(iso.slice(0, 4)) ? share * weight : 0);
    }, 0);
    scores.set(iso, support * (plausible(iso, bounds) ? 1 : IMPOSSIBLE));
  }
  // Months before its forwarding only where another reading is not: all far, none is doubted.
  const far = [...scores.keys()].filter((iso) => farBeforeForwarding(iso, bounds) !== null);
  if (far.length < scores.size) for (const iso of far) scores.set(iso, scores.get(iso)! * FAR_SHARE);
  // A date that cannot be may outvote nothing: it only keeps another from winning.
  const agreed = winner(scores);
  return agreed !== null && plausible(agreed, bounds) ? agreed : null;
}

/** The mentions whose date reads otherwise than the agreed one (and could be a misread of it). */
export function datesToCorrect(group: LetterGroup, agreed: string): Mention[] {
  const [year, month, day] = agreed.split('-').map(Number) as [number, number, number];
  const target: DateReading = { year, month, day };
  return group.members.filter((m) => m.date === null || isoOf(m.date) !== agreed).filter((m) => m.date === null || dateAgreement(m.date, target) !== 'different');
}
