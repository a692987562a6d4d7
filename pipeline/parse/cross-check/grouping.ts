/**
 * Which mentions are the same letter. A citation joins the letter of the bundle whose number
 * it matches best: the same number, or one a misread or two away when the dates agree, one
 * away when a date is missing, none when the dates differ by more than a misread. Citations of
 * a letter outside the bundle are grouped with each other the same way.
 */
import { BUDDHIST_ERA_OFFSET } from '../../dates/calendar.js';
import { readingDistance } from './digit-confusions.js';
import type { Mention } from './mentions.js';
import type { DateReading } from './partial-readings.js';

export interface LetterGroup {
  /** the letter's own mention, when the letter is in the bundle */
  own: Mention | null;
  members: Mention[];
}

/** Most misreads allowed between two printings of one number, by how well their dates agree. */
const MAX_DISTANCE = { sameDate: 2, dateMissing: 1, dateMisread: 1 } as const;
/** Two dates one misread apart: a look-alike digit in the day or the year, or one month (a digit, or a look-alike abbreviation). */
const MAX_DATE_DISTANCE = 1;

/** The date as printed in Thai letters (day, month, Buddhist year), for comparing digit by digit. */
function printedForm(d: DateReading, withYear: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.day)}/${pad(d.month)}${withYear && d.year !== null ? `/${d.year + BUDDHIST_ERA_OFFSET}` : ''}`;
}

type DateAgreement = 'same' | 'missing' | 'misread' | 'different';

/** Digits apart, a month one abbreviation could be misread as another's (ส.ค. for ธ.ค.) counting as one misread. */
function dateDistance(a: DateReading, b: DateReading, withYear: boolean): number {
  const lookAlike = a.month !== b.month && (a.lookAlikeMonth === b.month || b.lookAlikeMonth === a.month);
  return readingDistance(printedForm(a, withYear), printedForm(lookAlike ? { ...b, month: a.month } : b, withYear)) + (lookAlike ? 1 : 0);
}

export function dateAgreement(a: DateReading | null, b: DateReading | null): DateAgreement {
  if (a === null || b === null) return 'missing';
  const withYear = a.year !== null && b.year !== null;
  const distance = dateDistance(a, b, withYear);
  if (distance === 0) return withYear ? 'same' : 'misread';
  // The year is what an unseen typeface garbles most (๒๕๖๗ read as ๒๕๒๐): day and month agreeing is a misread year.
  const sameDay = a.day === b.day && a.month === b.month;
  return distance <= MAX_DATE_DISTANCE || sameDay ? 'misread' : 'different';
}

/** How far apart two mentions' numbers are, or null when they cannot be one letter. */
export function matchDistance(a: Mention, b: Mention): number | null {
  if (a.reading === null || b.reading === null) return null;
  const agreement = dateAgreement(a.date, b.date);
  if (agreement === 'different') return null;
  const distance = readingDistance(a.reading, b.reading);
  const limit = agreement === 'same' ? MAX_DISTANCE.sameDate : agreement === 'missing' ? MAX_DISTANCE.dateMissing : MAX_DISTANCE.dateMisread;
  return distance <= limit ? distance : null;
}

/** The one group a citation matches best; none when two match equally well. */
function bestGroup(groups: LetterGroup[], mention: Mention): LetterGroup | null {
  const scored = groups
    .filter((g) => g.own === null || g.own.doc !== mention.doc)
    .map((g) => ({ g, distance: Math.min(...g.members.map((m) => matchDistance(m, mention) ?? Infinity)) }))
    .filter((s) => Number.isFinite(s.distance))
    .sort((x, y) => x.distance - y.distance);
  const [first, second] = scored;
  return first && (!second || second.distance > first.distance) ? first.g : null;
}

export function groupMentions(mentions: Mention[]): LetterGroup[] {
  const letters: LetterGroup[] = mentions.filter((m) => m.role === 'own' && m.reading !== null).map((own) => ({ own, members: [own] }));
  const outside: LetterGroup[] = [];
  for (const mention of mentions.filter((m) => m.role !== 'own' && m.reading !== null)) {
    const group = bestGroup(letters, mention) ?? bestGroup(outside, mention);
    if (group) group.members.push(mention);
    else outside.push({ own: null, members: [mention] });
  }
  return [...letters, ...outside].filter((g) => g.members.length >= 2);
}
