/**
 * Every place a bundle prints a letter's number and date: the letter's own ที่ and date lines,
 * and the อ้างถึง and สิ่งที่ส่งมาด้วย items of the letters that cite it. Each mention knows how
 * far it can be trusted and how to write a corrected reading back.
 */
import type { LetterDocument, PageText } from '../../../schemas/index.js';
import { toArabicDigits } from '../../thai/index.js';
import { findReferenceNumbers, hasTwinAfterOwnDigit } from '../reference.js';
import { findDates } from '../../dates/index.js';
import { type DateReading, dateReadingOf, looseDate, looseHeader, looseReference, withLookAlikeMonth } from './partial-readings.js';
import { shapeProblem } from './unit-shape.js';

export type MentionRole = 'own' | 'cited' | 'enclosed';

export interface Mention {
  /** index of the document the mention is printed in */
  doc: number;
  role: MentionRole;
  /** index in the document's references or enclosures */
  item: number;
  /** normalized reference ("มท 0804.6/ว 569"), or the loose reading of a damaged one */
  reading: string | null;
  /** the reading comes from the loose grammar: a hint, not a number */
  loose: boolean;
  /** the number as printed (OCR text) */
  raw: string | null;
  date: DateReading | null;
  /** how much this reading counts against others */
  weight: number;
}

/** A text layer is read as printed; OCR where Tesseract and the glyph classifier agreed, less so where they did not. */
const WEIGHT = { text: 3, ocr: 1, contested: 0.6, loose: 0.3, badShape: 0.3 } as const;

const digitsOnly = (text: string): string => toArabicDigits(text).replace(/[^0-9]/g, '');

/**
 * Digit tokens the two OCR readers disagreed on (the glyph classifier overruled Tesseract), by
 * page: the "ocr-reread" warnings' after-texts.
 */
export function contestedDigits(pages: PageText[]): Map<number, string[]> {
  return new Map(
    pages.map((page) => [
      page.number,
      page.warnings.filter((w) => w.code === 'ocr-reread' && w.after).map((w) => digitsOnly(w.after!)).filter((d) => d.length >= 3),
    ]),
  );
}

function isContested(raw: string, doc: LetterDocument, contested: Map<number, string[]>): boolean {
  const printed = digitsOnly(raw);
  if (printed.length < 3) return false;
  for (let page = doc.pages.first; page <= doc.pages.last; page++) {
    if ((contested.get(page) ?? []).some((t) => printed.includes(t) || t.includes(printed))) return true;
  }
  return false;
}

/**
 * No slash read, and a 7 right before ว ("๐๐๑๗.๑๗ว๒๑๕๔"): the grammar takes the slash as lost
 * and the 7 as a digit, but the 7 may be the slash's stroke (as in "/7ว").
 */
const slashAsSeven = (raw: string): boolean => !raw.includes('/') && /[7\u0E57]\s?ว/u.test(raw);

/**
 * "ปป ๐๐๑๕/@๕": no reference number prints an @; it is what Tesseract makes of a glyph it cannot
 * place. Nor does a running number open with a dot ("ทส 0202.3/.74"). The grammar passes over
 * either as a speck, but it may have been a digit: such a reading counts as little as a broken
 * number; so does one that may have read the slash as a digit (slashAsSeven).
 */
const passedOverGlyph = (raw: string): boolean => raw.includes('@') || /\/\s*\./u.test(raw) || slashAsSeven(raw);

function weightOf(reading: string, raw: string | null, loose: boolean, ocr: boolean, doc: LetterDocument, contested: Map<number, string[]>): number {
  if (!ocr) return WEIGHT.text;
  if (loose) return WEIGHT.loose;
  // "มท 0816/ว 429": the code ends at the first space; a circular number has one of its own.
  const space = reading.indexOf(' ');
  const [unit = '', number = ''] = reading.slice(space + 1).split('/');
  const agencyCode = reading.slice(0, Math.max(0, space));
  const badShape = shapeProblem({ agencyCode, unit, number: number.replace(/^ว\s?/u, ''), circular: number.startsWith('ว') }) !== null;
  const base = raw !== null && isContested(raw, doc, contested) ? WEIGHT.contested : WEIGHT.ocr;
  // A digit read from its twin letter right after its own digit ("/๖๖๗ฒ": ฒ for ๗) may be the
  // glyph before it read twice: such a reading counts as little as a broken number. A twin after
  // another digit ("๐๔๐ต.๗": ๓ read as ต) is one glyph misread, as any digit may be.
  return badShape || (raw !== null && (passedOverGlyph(raw) || hasTwinAfterOwnDigit(raw))) ? Math.min(base, WEIGHT.badShape) : base;
}

/** The reading of a citation item: its reference, else what the loose grammar makes of it. */
function citedReading(text: string, normalized: string | null, ocr: boolean) {
  if (normalized !== null) {
    const raw = findReferenceNumbers(text, { ocr }).find((m) => m.reference.normalized === normalized)?.reference.raw ?? null;
    return { reading: normalized, raw, loose: false };
  }
  const loose = ocr ? looseReference(text) : null;
  return { reading: loose?.reading ?? null, raw: loose?.raw ?? null, loose: loose !== null };
}

/** The date a citation item names after ลงวันที่ (or after its number). */
function citedDate(text: string, iso: string | null, ocr: boolean): DateReading | null {
  if (iso !== null && !ocr) return dateReadingOf(iso);
  if (iso !== null) return withLookAlikeMonth(dateReadingOf(iso), findDates(text).find((d) => d.result.ok && d.result.iso === iso)?.raw);
  if (!ocr) return null;
  const at = text.indexOf('ลงวันที่');
  return at >= 0 ? looseDate(text.slice(at)) : null;
}

export function mentionsIn(documents: LetterDocument[], ocr: ReadonlySet<LetterDocument>, contested: Map<number, string[]>): Mention[] {
  return documents.flatMap((doc, i): Mention[] => {
    const read = ocr.has(doc);
    const mention = (role: MentionRole, item: number, r: { reading: string | null; raw: string | null; loose: boolean }, date: DateReading | null): Mention => ({
      doc: i, role, item, ...r, date, weight: r.reading === null ? 0 : weightOf(r.reading, r.raw, r.loose, read, doc, contested),
    });
    const own = ownMention(doc, read);
    return [
      ...(own ? [mention('own', 0, own, own.date)] : []),
      ...doc.references.map((r, k) => mention('cited', k, citedReading(r.raw, r.normalized, read), citedDate(r.raw, r.date, read))),
      ...doc.enclosures.map((e, k) => mention('enclosed', k, citedReading(e.text, e.reference, read), citedDate(e.text, e.date, read))),
    ];
  });
}

/** The letter's own number and date; read loosely from its head when the full grammar found none. */
function ownMention(doc: LetterDocument, ocr: boolean) {
  if (doc.kind === 'attachment' || doc.kind === 'unknown') return null;
  const date = doc.date ? ownDate(doc, doc.date, ocr) : ocr ? unreadDate(doc) : null;
  // A running number left unread (filled in by hand) is no reading to weigh: only its date is.
  if (doc.reference) return { reading: doc.reference.number === null ? null : doc.reference.normalized, raw: doc.reference.raw, loose: false, date };
  if (!ocr) return null;
  const head = looseHeader(doc.text);
  return { reading: head.reference?.reading ?? null, raw: head.reference?.raw ?? null, loose: true, date: date ?? head.date };
}

/**
 * An OCR date printed with a look-alike abbreviation may be another month, and one read only by
 * repairing its garbled letters may be another date; a text layer's is as printed.
 */
function ownDate(doc: LetterDocument, date: NonNullable<LetterDocument['date']>, ocr: boolean): DateReading {
  if (!ocr) return dateReadingOf(date.iso);
  const repaired = doc.warnings.some((w) => w.code === 'date-repaired' && w.field === 'date' && w.after === date.iso) && !showsDigitsOf(date);
  return { ...withLookAlikeMonth(dateReadingOf(date.iso), date.raw), ...(repaired ? { repaired } : {}) };
}

/** The date line as printed shows the day and the year read, as digits: only its month's letters were repaired. */
function showsDigitsOf(date: NonNullable<LetterDocument['date']>): boolean {
  const shown: string[] = toArabicDigits(date.raw).match(/\d+/gu) ?? [];
  const day = String(Number(date.iso.slice(8, 10)));
  const year = String(date.buddhistYear);
  return shown.includes(day) && (shown.includes(year) || shown.includes(year.slice(2)));
}

/** What the letter's date line still shows when the date could not be read ("๗๖ พฤษภาคม", "๒๕วฒ"). */
function unreadDate(doc: LetterDocument): DateReading | null {
  const line = doc.warnings.find((w) => w.code === 'date-invalid' && w.field === 'date')?.before;
  return line ? looseDate(line) : null;
}
