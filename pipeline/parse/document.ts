/**
 * One letter segment to a LetterDocument: header, citations, body, foot, issuer and kind.
 * Receipt stamps are attached here as parts; their dates are checked once the whole
 * bundle is read (see index.ts), because the forwarding letter bounds them.
 */
import type { DocumentKind, HandwrittenField, LetterDate, LetterDocument, Warning } from '../../schemas/index.js';
import { findDates, parseThaiDate } from '../dates/index.js';
import { type Citations, readCitations } from './citations.js';
import { dateOnly, directiveClosingOf } from './classify.js';
import { stampedClass } from './class-stamps.js';
import { type Header, readHeader } from './header.js';
import { issuerName } from './issuer.js';
import { agencyGroupOf, issuerLevel, type LevelReading } from './issuer-level.js';
import { matchLabel } from './keywords.js';
import { LABEL } from './lexicon.js';
import { onlyDateRepair } from './date-repair.js';
import { type Line, withoutSpecks } from './lines.js';
import { type Foot, readFoot } from './signatory.js';
import type { LetterSegment } from './split.js';
import { parseReferencePrefix } from './reference.js';
import type { StampParts } from './stamps.js';
import type { Layout } from './wrap.js';

export interface ParsedLetter {
  document: LetterDocument;
  /** the receipt stamps printed on this letter, read once the bundle's dates are known */
  stamps: StampParts[];
  /** bare numbers in the header, candidates for a stamp's lost register number */
  looseNumbers: string[];
  /** the letter was read by OCR */
  ocr: boolean;
}

interface Parts {
  lines: Line[];
  header: Header;
  citations: Citations;
  foot: Foot;
}

const NO_FOOT: Foot = { signatory: null, contact: null, copies: [], bodyEnd: Number.POSITIVE_INFINITY, warnings: [] };

/** A segment that opened like an attachment but carries a letter's เรื่อง and เรียน is a letter. */
const looksLikeLetter = (h: Header): boolean => h.subject !== null && h.addressee !== null;

function kindOf(segment: LetterSegment, h: Header, signed: boolean): DocumentKind {
  if (segment.start === 'attachment' && !looksLikeLetter(h)) return 'attachment';
  if (h.memo) return 'internal_memo';
  if (h.directive) return h.directive;
  if (h.messageForm) return 'message_form';
  if (h.reference && h.stamped && !signed) return 'stamped_letter';
  if (h.reference || looksLikeLetter(h)) return 'external_letter';
  return segment.start === 'unknown' && !h.subject ? 'unknown' : 'attachment';
}

function readParts(segment: LetterSegment, layout: Layout): Parts {
  const lines = segment.lines.filter((l) => l.role === 'content');
  const header = readHeader(lines, layout);
  const letter = segment.start !== 'attachment' || looksLikeLetter(header);
  const citations: Citations = letter
    ? readCitations(lines, header.end, layout)
    : { references: [], enclosures: [], warnings: [], end: 0 };
  const foot = letter ? readFoot(lines, citations.end) : NO_FOOT;
  return { lines, header, citations, foot };
}

/** Directives and notices carry their date in the closing: สั่ง ณ วันที่ ... / ประกาศ ณ วันที่ ... */
function directiveDateRaw(lines: Line[]): string | null {
  for (const line of lines) {
    const found = directiveClosingOf(line) ? findDates(line.text)[0] : undefined;
    if (found) return found.raw;
  }
  return null;
}

/** Lines that follow an attachment's title without being part of it: its year, its owner, a numbered section. */
const TITLE_FOLLOWERS = /^(?:ประจำปี|[0-9\u0E50-\u0E59]|\(|กอง|กลุ่ม|สำนัก|ฝ่าย|หน่วยงาน|วันที่|ณ\s)/u;

/** An attachment's title: its first line, and the next when the first ran full width; in OCR text without the specks at its ends. */
function attachmentTitle(lines: Line[], layout: Layout): string | null {
  const [first, second] = lines;
  if (!first) return null;
  const follows = (line: Line) => TITLE_FOLLOWERS.test(line.ocr ? withoutSpecks(line.text) : line.text);
  const alone = !second || second.page !== first.page || !layout.isFull(first) || follows(second);
  const title = alone ? first.text : layout.join(first.text, second.text);
  return first.ocr ? withoutSpecks(title) : title;
}

/**
 * The letter's date; in OCR text, a day or month garbled in a way only one reading explains is
 * read so — also where a date reads inside the garble ("ต๑ ก.ค." holds ๑ ก.ค. but is ๓๑ ก.ค.).
 */
function letterDate(raw: string | null, ocr: boolean, warnings: Warning[]): LetterDate | null {
  if (raw === null) return null;
  const read = parseThaiDate(raw);
  const whole = read.ok && dateOnly(raw) !== null;
  const repaired = ocr && !whole ? onlyDateRepair(raw) : null;
  if (repaired !== null && !(read.ok && read.iso === repaired.iso)) {
    const message = `date "${raw}" read as "${repaired.raw}": the only reading of its garbled day or month`;
    warnings.push({ code: 'date-repaired', message, field: 'date', before: raw, after: repaired.iso });
    return { raw, iso: repaired.iso, buddhistYear: repaired.buddhistYear };
  }
  if (read.ok) return { raw, iso: read.iso, buddhistYear: read.buddhistYear };
  warnings.push({ code: 'date-invalid', message: read.reason, field: 'date', before: raw });
  return null;
}

/** The letter's text as printed: lines joined by newlines, pages by form feeds. */
function fullText(lines: Line[]): string {
  return lines.reduce((text, line, i) => {
    if (i === 0) return line.printed;
    return text + (line.page !== lines[i - 1]!.page ? '\f' : '\n') + line.printed;
  }, '');
}

function missingFieldWarnings(kind: DocumentKind, d: Pick<LetterDocument, 'reference' | 'date' | 'subject'>): Warning[] {
  if (kind === 'attachment' || kind === 'unknown') return [];
  const required = kind === 'order' || kind === 'announcement' ? (['date', 'subject'] as const) : (['reference', 'date', 'subject'] as const);
  const missing = required.filter((f) => d[f] === null);
  return missing.map((field) => ({ code: `${field}-missing`, message: `no ${field} found in the letter`, field }));
}

function levelWarnings(level: LevelReading | null): Warning[] {
  if (!level?.conflict) return [];
  const { byReference, byName } = level.conflict;
  const message = `the reference number says ${byReference}, the issuer's name ${byName}; took ${byReference}`;
  return [{ code: 'issuer-level-conflict', message, field: 'issuer' }];
}

/** Per-field confidence: the least trusted page of the letter, lowered where a field is missing or doubtful. */
function confidenceOf(lines: Line[], d: LetterDocument, levelConfidence: number): Record<string, number> {
  const base = lines.reduce((least, l) => Math.min(least, l.trust), 1);
  const known = (v: unknown) => (v === null ? 0 : base);
  const unknownCode = d.reference !== null && agencyGroupOf(d.reference.agencyCode) === null;
  return {
    kind: d.kind === 'unknown' ? 0.3 : base,
    reference: unknownCode ? base * 0.6 : known(d.reference),
    date: known(d.date),
    subject: known(d.subject),
    addressee: known(d.addressee),
    signatory: known(d.signatory),
    issuerLevel: Math.min(base, levelConfidence),
  };
}

/** The issuer's name as printed and its level (attachments have an owner, not a level of their own). */
function readIssuer(kind: DocumentKind, header: Header, foot: Foot, layout: Layout) {
  const name = issuerName(kind, header, layout);
  if (kind === 'attachment') return { name, level: null };
  const position = foot.signatory?.positionLines.at(-1) ?? null;
  return { name, level: issuerLevel({ reference: header.reference, issuerName: name, position, addressee: header.addressee }) };
}

/** What pages said they could not read: kinds of filled-in fields left unread, by page. */
export type UnreadFields = ReadonlyMap<number, ReadonlySet<HandwrittenField['kind']>>;

/**
 * A running number filled in by hand and left unread by OCR: the printed prefix stands, with
 * the number null (and the letter is still a letter).
 */
function withUnreadReference(header: Header, lines: Line[], unread: ReadonlySet<HandwrittenField['kind']>): { header: Header; warnings: Warning[] } {
  if (header.reference !== null || !unread.has('reference-number')) return { header, warnings: [] };
  for (const line of lines.slice(0, Math.max(header.end, 1))) {
    const rest = matchLabel(line.text, LABEL.reference)?.rest;
    const reference = rest === undefined ? null : parseReferencePrefix(rest, { ocr: line.ocr });
    if (!reference) continue;
    const message = `the running number after "${reference.raw}" was filled in by hand or stamp and could not be read surely`;
    return { header: { ...header, reference }, warnings: [{ code: 'handwritten-number-unread', field: 'reference', message }] };
  }
  return { header, warnings: [] };
}

const UNREAD_DAY: Warning = {
  code: 'handwritten-number-unread',
  field: 'date',
  message: 'the day of the date was filled in by hand or stamp and could not be read surely',
};

export function parseSegment(segment: LetterSegment, stamps: StampParts[], layout: Layout, unread: UnreadFields = new Map()): ParsedLetter {
  const parts = readParts(segment, layout);
  const { lines, citations, foot } = parts;
  // The page its header is on: a blank page before it may belong to the segment too.
  const firstPageUnread = unread.get(segment.lines[0]?.page ?? segment.pages.first) ?? new Set();
  const unreadNumber = withUnreadReference(parts.header, lines, firstPageUnread);
  const kind = kindOf(segment, unreadNumber.header, foot.signatory !== null);
  // An attachment has a title, not a letter's header: its dates are the schedule's, not its own.
  const header = kind === 'attachment' ? readHeader([], layout) : unreadNumber.header;
  const directive = kind === 'order' || kind === 'announcement';
  const warnings: Warning[] = [...citations.warnings, ...(kind === 'attachment' ? [] : unreadNumber.warnings), ...foot.warnings];
  const date = letterDate(directive ? directiveDateRaw(lines) : header.dateRaw, lines.some((l) => l.ocr), warnings);
  const { name, level } = readIssuer(kind, header, foot, layout);
  if (date === null && kind !== 'attachment' && (firstPageUnread.has('date-day') || firstPageUnread.has('date-stamp'))) warnings.push(UNREAD_DAY);
  const stamped = kind === 'attachment' ? { urgency: null, secrecy: null } : stampedClass(segment.lines, new Set(lines.slice(0, header.end)));
  const document: LetterDocument = {
    pages: segment.pages,
    kind,
    urgency: header.urgency ?? stamped.urgency,
    secrecy: header.secrecy ?? stamped.secrecy,
    reference: header.reference,
    date,
    issuer: { name, level: level?.level ?? 'other' },
    subject: kind === 'attachment' ? attachmentTitle(lines, layout) : header.subject,
    addressee: header.addressee,
    references: citations.references,
    enclosures: citations.enclosures,
    signatory: foot.signatory,
    contact: foot.contact,
    copies: foot.copies,
    receiptStamps: [],
    body: lines.slice(citations.end, foot.bodyEnd).map((l) => l.text).join('\n'),
    text: fullText(segment.lines),
    confidence: {},
    warnings: [...warnings, ...levelWarnings(level)],
  };
  document.warnings.push(...missingFieldWarnings(kind, document));
  document.confidence = confidenceOf(lines, document, level?.confidence ?? 0.8);
  return { document, stamps, looseNumbers: header.looseNumbers, ocr: lines.some((l) => l.ocr) };
}
