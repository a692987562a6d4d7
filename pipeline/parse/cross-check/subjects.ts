/**
 * One subject read several ways. A letter that forwards another repeats its เรื่อง, so a bundle
 * prints one subject several times, and OCR misreads each copy its own way (ดินโคลนถล่ม,
 * ดินโคลนตล่ม, ดินโคลนดล่ม). Subjects a few letters apart are copies of one: the reading kept is
 * the one likeliest both as Thai (the dictionary's word costs) and as what the copies show (a
 * price per letter a copy reads otherwise), put together from the copies' own differences.
 * A copy in a text layer is the subject as printed, and the OCR copies take it. Only misread
 * letters and marks are put together, and spaces OCR put inside words taken out: copies that
 * differ in digits or signs are told apart by them (ครั้งที่ ๑, ครั้งที่ ๒), and numbers have
 * checks of their own.
 */
import type { LetterDocument } from '../../../schemas/index.js';
import { brackets } from '../lines.js';
import {
  applyDifferences, type Difference, differences, editDistance, readingCost, skeletonOf, THAI_RUN, THAI_RUN_CHARACTER, toArabicDigits,
} from '../../thai/index.js';

/** Copies differ in at most this share of their letters (and always may in this many)... */
const COPY_SHARE = 0.15;
const MIN_COPY_EDITS = 2;
/** ...and are this long at least: short subjects ("แจ้งผล") are too alike to be told apart so. */
const MIN_LETTERS = 10;
/**
 * What one letter of one copy read otherwise costs (nats, like the dictionary's word costs):
 * about what OCR's letter errors on scans make likely, so that two copies agreeing outweigh a
 * third unless the dictionary finds their reading no Thai at all.
 */
const EDIT_PRICE = 4;
/**
 * A copy is rewritten only when the dictionary alone finds the agreed reading this much likelier
 * than the copy's own: copies outvoting one that reads as good Thai (เด็กเล็ก by two of
 * เล็กเล็ก) may all be misread alike.
 */
const MARGIN = 3;
/**
 * OCR misreads a letter or two and the marks on them: a difference of more letters than this
 * (a word put in, การป้องกัน for ป้องกัน) is the letters' own wording, not a misreading.
 */
const MAX_MISREAD = 2;

interface Copy {
  doc: LetterDocument;
  subject: string;
  /** The subject as compared (compact). */
  key: string;
  ocr: boolean;
}

/** A subject as compared: spaces out, digits of either script the same. */
const compact = (text: string): string => toArabicDigits(text.replace(/\s+/gu, ''));

const areCopies = (x: string, y: string): boolean => {
  if (Math.min(x.length, y.length) < MIN_LETTERS) return false;
  return editDistance(x, y) <= Math.max(MIN_COPY_EDITS, COPY_SHARE * Math.max(x.length, y.length));
};

/** How unlikely the subject's Thai reads: its runs of letters cut into the likeliest words. */
const thaiCost = (text: string): number => (text.match(THAI_RUN) ?? []).reduce((sum, run) => sum + readingCost(run), 0);

const isLetters = (text: string): boolean => [...text].every((c) => THAI_RUN_CHARACTER.test(c));

/** A misreading of a letter or two and of marks (a space or a sign moved is no letter misread). */
function inLetters(text: string, d: Difference): boolean {
  const read = text.slice(d.from, d.to);
  return isLetters(read) && isLetters(d.text) && Math.max(skeletonOf(read).length, skeletonOf(d.text).length) <= MAX_MISREAD;
}
const blankOnly = (text: string, d: Difference): boolean => /^\s*$/u.test(text.slice(d.from, d.to) + d.text);

/**
 * Where `b` reads otherwise than `a`, differences one letter apart or less taken as one: an
 * alignment may cut a word put in (การการ for การ) into pieces that each look like a misread letter.
 */
function misreadings(a: string, b: string): Difference[] {
  const joined: Difference[] = [];
  for (const d of differences(a, b)) {
    const last = joined.at(-1);
    if (last && d.from - last.to <= 1) joined[joined.length - 1] = { from: last.from, to: d.to, text: last.text + a.slice(last.to, d.from) + d.text };
    else joined.push(d);
  }
  return joined;
}

/**
 * A difference one copy may take from another: misread letters and marks, or a space OCR put
 * inside a word ("เด็กเล็ ก"; a space is only ever taken out, since the dictionary never finds
 * words likelier apart).
 */
const mendable = (text: string, d: Difference): boolean => inLetters(text, d) || blankOnly(text, d);

/** Whether `copy` differs from `reading` only by misread letters and marks and by spacing. */
const inReach = (reading: string, copy: string): boolean => misreadings(copy, reading).every((d) => mendable(copy, d));

/** The copies of each subject printed more than once and read more than one way (a chain of copies is one group). */
function groupsOf(copies: Copy[]): Copy[][] {
  const groups: Copy[][] = [];
  for (const copy of copies) {
    const joined = groups.filter((g) => g.some((c) => areCopies(c.key, copy.key)));
    const merged = [...joined.flat(), copy];
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.filter((g) => g.length > 1 && new Set(g.map((c) => c.subject)).size > 1);
}

/** The reading likeliest as Thai and as what the copies show (lower is likelier). */
function score(reading: string, copies: Copy[]): number {
  const key = compact(reading);
  return thaiCost(reading) + EDIT_PRICE * copies.reduce((sum, c) => sum + editDistance(key, c.key), 0);
}

/**
 * A copy's own reading with the letters of the other copies taken where they differ, one
 * difference at a time, while that makes the reading likelier. Each copy starts from its own
 * reading, so that its digits stay its own (one copy prints ๒๕๖๘, another 2568).
 */
function likeliest(own: string, copies: Copy[]): string {
  const scored = (reading: string) => ({ reading, score: score(reading, copies) });
  const readings = [...new Set(copies.map((c) => c.subject))];
  let best = scored(own);
  for (;;) {
    const tried = readings
      .flatMap((other) => misreadings(best.reading, other).filter((d) => mendable(best.reading, d)).map((d) => applyDifferences(best.reading, [d])))
      .map(scored)
      .sort((a, b) => a.score - b.score)[0];
    if (!tried || tried.score >= best.score) return best.reading;
    best = tried;
  }
}

/**
 * The reading an OCR copy takes: the subject as a text layer prints it, when the copy differs
 * from it only by misreadings; else its likeliest reading, when the dictionary alone finds that
 * clearly likelier than the copy as read. Null when the copy stays.
 */
function agreedReading(copy: Copy, group: Copy[]): { reading: string; printed: boolean } | null {
  const printed = [...new Set(group.filter((c) => !c.ocr).map((c) => c.subject))];
  if (printed.length === 1) return inReach(printed[0]!, copy.subject) ? { reading: printed[0]!, printed: true } : null;
  const reading = likeliest(copy.subject, group);
  return thaiCost(copy.subject) - thaiCost(reading) >= MARGIN ? { reading, printed: false } : null;
}

/** A Latin acronym of two capitals or more, as a Thai subject prints it: "(ITA)", "PM", "e-GP". */
const LATIN_ACRONYM = /[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*/u;
/** Thai letters more than this where a copy has an acronym are a word of the letter's own wording, not what OCR made of Latin. */
const MAX_TRACE_LETTERS = 2;
/**
 * What Tesseract's Thai model leaves of Latin capitals: signs, digits, a letter or two ("(|!7)",
 * "9๒", "ง"); no capitals of its own. Something, not nothing: a copy without the acronym may be
 * worded without it.
 */
const isLatinTrace = (text: string): boolean =>
  text.trim() !== '' && !/[A-Z]{2}/u.test(text) && skeletonOf(text.replace(/[^\u0E01-\u0E4E]/gu, '')).length <= MAX_TRACE_LETTERS;

/**
 * Nothing where another copy has an acronym opening a bracket, in a copy that closes a bracket
 * it never opened ("ขนาดเล็ก ๒.๕)"): OCR lost the acronym with its bracket, for the close shows it was printed.
 */
const isLostOpening = (copy: string, read: string, taken: string): boolean =>
  read.trim() === '' && taken.includes('(') && brackets(copy, ')') > brackets(copy, '(');

/**
 * A copy given the Latin acronyms another copy reads where it has only what the Thai model
 * makes of Latin. The dictionary cannot weigh Latin, so one clean copy is the evidence.
 */
function withAcronymsOfCopies(copy: Copy, group: Copy[]): string {
  for (const other of group.filter((c) => c !== copy && LATIN_ACRONYM.test(c.subject))) {
    const taken = misreadings(copy.subject, other.subject).filter((d) => {
      const read = copy.subject.slice(d.from, d.to);
      return LATIN_ACRONYM.test(d.text) && (isLatinTrace(read) || isLostOpening(copy.subject, read, d.text));
    });
    if (taken.length > 0) return applyDifferences(copy.subject, taken);
  }
  return copy.subject;
}

/** Where among a subject's other characters each of its spaces stands. */
function spacePlaces(subject: string): Set<number> {
  const places = new Set<number>();
  let n = 0;
  for (const c of subject) {
    if (/\s/u.test(c)) places.add(n);
    else n++;
  }
  return places;
}

/** Copies that must agree on a space where one copy reads otherwise: a single copy may as well have lost a printed space. */
const SPACE_VOTES = 2;

/**
 * A copy spaced as every other copy of the same letters, two at least, reads it: without a space
 * it reads between two Thai letters where the others read none ("คุณธรรม และ" where a speck
 * stood), with one where they all read one ("(กชช.๒ค) ปี๒๕๖๘"). The dictionary cannot tell words
 * apart from words together, the copies can.
 */
function withSpacingOfOthers(copy: Copy, group: Copy[]): string {
  const others = group.filter((c) => c !== copy && c.key === copy.key).map((c) => spacePlaces(c.subject));
  if (others.length < SPACE_VOTES) return copy.subject;
  const chars = [...copy.subject];
  let n = 0;
  let spaced = '';
  chars.forEach((c, i) => {
    const space = /\s/u.test(c);
    const betweenLetters = THAI_RUN_CHARACTER.test(chars[i - 1] ?? '') && THAI_RUN_CHARACTER.test(chars[i + 1] ?? '');
    if (space && betweenLetters && others.every((places) => !places.has(n))) return;
    if (!space && n > 0 && !/\s/u.test(chars[i - 1] ?? '') && others.every((places) => places.has(n))) spaced += ' ';
    spaced += c;
    if (!space) n++;
  });
  return spaced;
}

function reconcileSubject(copy: Copy, reading: string, why: string): void {
  const message = `subject read "${copy.subject}"; took "${reading}": ${why}`;
  copy.doc.warnings.push({ code: 'subject-reconciled', message, field: 'subject', before: copy.subject, after: reading });
  copy.doc.subject = reading;
  copy.subject = reading;
  copy.key = compact(reading);
}

/** Each OCR copy of a subject printed several times given its agreed reading, with a warning. */
export function reconcileSubjects(documents: LetterDocument[], ocr: ReadonlySet<LetterDocument>): void {
  const copies = documents.filter((d) => d.subject !== null).map((doc) => ({ doc, subject: doc.subject!, key: compact(doc.subject!), ocr: ocr.has(doc) }));
  for (const group of groupsOf(copies)) {
    const letters = group.map((c) => documents.indexOf(c.doc) + 1).join(', ');
    for (const copy of group.filter((c) => c.ocr)) {
      const reading = withAcronymsOfCopies(copy, group);
      if (reading !== copy.subject) reconcileSubject(copy, reading, `the same subject is printed in letters ${letters} of the bundle, one of them with its Latin acronym read`);
    }
    const agreed = group.map((copy) => (copy.ocr ? agreedReading(copy, group) : null));
    group.forEach((copy, k) => {
      const taken = agreed[k];
      if (!taken || taken.reading === copy.subject) return;
      const why = taken.printed ? 'as a text layer prints it' : 'and reads likelier so';
      reconcileSubject(copy, taken.reading, `the same subject is printed in letters ${letters} of the bundle, ${why}`);
    });
    // Spaces last, once the copies' letters agree: a copy misread elsewhere still votes on them.
    const spaced = group.map((copy) => (copy.ocr ? withSpacingOfOthers(copy, group) : copy.subject));
    group.forEach((copy, k) => {
      if (spaced[k] !== copy.subject) reconcileSubject(copy, spaced[k]!, `the same subject is printed in letters ${letters} of the bundle, the others spaced otherwise`);
    });
  }
}
