/**
 * Cutting a bundle into letters. A bundle holds the newest letter first, then copies of the
 * letters it forwards (each usually on a new page), then non-letter attachments. A letter
 * starts at its header: บันทึกข้อความ (memo), ที่ + reference confirmed by a date or เรื่อง
 * line (external or stamped letter), a directive title; the urgency/secrecy lines and stamp
 * just above belong to it. After a letter's header, a page without a page marker that opens
 * no letter starts an attachment, as does a title (โครงการ..., แบบรายงาน...) after a signature
 * (or, OCR having lost the signer's name, a titled fresh page after the last paragraph).
 * OCR loses page markers, so a letter not yet signed goes on over the next page, and an
 * attachment goes on until a page opens with another title.
 */
import type { PageText } from '../../schemas/index.js';
import {
  closingOf, contactFieldOf, copiesOf, dateLineValue, directiveClosingOf, directiveKindOf, isAttachmentTitle, isClassMarker, isContactLabel,
  isMemoHeading, isMessageFormHeading, isUnitName, memoOfficeOf, referenceLine, salutationOf, signatoryNameOf, subjectOf,
} from './classify.js';
import { matchLabel } from './keywords.js';
import { CONCLUSION } from './lexicon.js';
import { bundleLines, isPageMarker, type Line, markCatchwords } from './lines.js';
import { findReceiptStamps, type StampParts } from './stamps.js';
import { visualWidth } from './wrap.js';

export type SegmentStart = 'memo' | 'letter' | 'directive' | 'message' | 'attachment' | 'unknown';

export interface LetterSegment {
  /** what opened the segment; the document kind is decided from its fields */
  start: SegmentStart;
  pages: { first: number; last: number };
  /** every line of the segment, page furniture and stamps included (see Line.role) */
  lines: Line[];
}

/** Lines with their roles marked, and the receipt stamps found on them. */
export interface Bundle {
  lines: Line[];
  stamps: StampParts[];
}

const HEADER_LOOKAHEAD = 8;
/** A subject wraps over at most this many lines before the salutation. */
const SUBJECT_TO_SALUTATION = 3;
/** A letter header that has not reached เรื่อง/เรียน after this many lines is taken as done. */
const HEADER_MAX_LINES = 14;
const NOISE = /^[^\u0E01-\u0E2E]*$/u;
/** A word this short above a header is a misread mark or logo text, not a letter's content. */
const MARK_WIDTH = 6;

export function readBundle(pages: PageText[]): Bundle {
  const lines = bundleLines(pages);
  const stamps = findReceiptStamps(lines);
  markCatchwords(lines);
  return { lines, stamps };
}

interface Current {
  start: SegmentStart;
  headerDone: boolean;
  signed: boolean;
  /** the closing or the last paragraph (จึงเรียนมา...) was read: only the signature block is left */
  concluded: boolean;
  contentLines: number;
}

const content = (lines: Line[]) => lines.filter((l) => l.role === 'content');

/**
 * A ที่-line opens a letter when nothing but the issuer's name or a memo's วันที่ follows the
 * reference on the line (a cited "ที่ ... ลงวันที่ ..." wrapped to a line start does not).
 */
function isHeaderReferenceLine(line: Line): boolean {
  const ref = referenceLine(line);
  if (!ref) return false;
  return ref.rest === '' || dateLineValue({ ...line, text: ref.rest }) !== null || !/[0-9\u0E50-\u0E59]/u.test(ref.rest);
}

/** A ที่-line opens a letter only if a date, เรื่อง or เรียน line follows closely. */
function confirmsLetterHeader(following: Line[]): boolean {
  return following
    .slice(0, HEADER_LOOKAHEAD)
    .some((l) => dateLineValue(l) !== null || subjectOf(l) !== null || salutationOf(l) !== null);
}

/**
 * เรื่อง with เรียน or ถึง right below opens a letter whose ที่ line could not be read (OCR):
 * taken only at the head of the bundle or after a signed letter, never inside a body.
 */
function opensUnnumberedLetter(cl: Line[], k: number): boolean {
  return subjectOf(cl[k]!) !== null && cl.slice(k + 1, k + 1 + SUBJECT_TO_SALUTATION).some((l) => salutationOf(l) !== null);
}

/** A letter's เรื่อง and เรียน within the first lines of a page that opens no known header. */
const letterAhead = (cl: Line[], k: number): boolean =>
  cl.slice(k, k + HEADER_LOOKAHEAD).some((l, n) => l.page === cl[k]!.page && opensUnnumberedLetter(cl, k + n));

/** A memo's heading, or its ส่วนราชการ line where a stamp over the heading left OCR nothing to match ("บแทกขอคว้า"). */
const memoAhead = (cl: Line[], k: number): boolean =>
  cl.slice(k + 1, k + HEADER_LOOKAHEAD).some((l) => l.page === cl[k]!.page && (isMemoHeading(l) || memoOfficeOf(l) !== null));

const isFooterLine = (line: Line): boolean =>
  contactFieldOf(line) !== null || isContactLabel(line) || copiesOf(line) !== null || isUnitName(line) || signatoryNameOf(line) !== null;

/** The drafting unit's name, whatever OCR made of it, is followed by its phone or fax. */
const opensContactBlock = (cl: Line[], k: number): boolean => cl[k + 1] !== undefined && contactFieldOf(cl[k + 1]!) !== null;

/**
 * Nothing on the page below line k but a letter's footer (its drafting unit, phone and fax) and
 * specks: a scrawl or signature over them opens no attachment; the page ends the letter before.
 */
function onlyFooterBelow(cl: Line[], k: number): boolean {
  let footer = false;
  for (let n = k + 1; n < cl.length && cl[n]!.page === cl[k]!.page; n++) {
    if (isFooterLine(cl[n]!) || opensContactBlock(cl, n)) footer = true;
    else if (!isPreamble(cl[n]!)) return false;
  }
  return footer;
}

/** Stamps, urgency/secrecy marks and noise may stand above a letter's first header line. */
const isPreamble = (l: Line): boolean =>
  l.role === 'stamp' || l.role === 'noise' || l.role === 'running-head' ||
  (l.role === 'content' && (isClassMarker(l) || NOISE.test(l.text) || visualWidth(l.text) <= MARK_WIDTH));

/**
 * A page number OCR left without its dashes ("2,", "๒"; lines.ts): a speck at the top of a new
 * letter's page reads the same, so a letter's header below it still opens the letter there.
 */
const isGuessedPageNumber = (l: Line): boolean => l.role === 'page-marker' && l.ocr && !isPageMarker(l.text);

/** Nothing but preamble lines (and, for a document's header, a guessed page number) stands above this line on its page. */
function opensFreshPage(lines: Line[], line: Line, forHeader = false): boolean {
  for (let i = line.index - 1; i >= 0 && lines[i]!.page === line.page; i--) {
    if (!isPreamble(lines[i]!) && !(forHeader && isGuessedPageNumber(lines[i]!))) return false;
  }
  return true;
}

/**
 * The page before ends with a catchword: this page goes on with what that one held, whatever
 * was signed there (a copy's certification) and though OCR lost the page marker.
 */
function continuesPreviousPage(lines: Line[], line: Line): boolean {
  for (let i = line.index - 1; i >= 0 && lines[i]!.page >= line.page - 1; i--) {
    if (lines[i]!.page === line.page - 1 && lines[i]!.role === 'catchword') return true;
  }
  return false;
}

function startAt(lines: Line[], cl: Line[], k: number, current: Current | null): SegmentStart | null {
  const line = cl[k]!;
  const headerOpen = current !== null && !current.headerDone && current.start !== 'attachment';
  if (isMemoHeading(line)) return 'memo';
  if (!headerOpen && isHeaderReferenceLine(line) && confirmsLetterHeader(cl.slice(k + 1))) return 'letter';
  if ((current === null || current.signed) && opensUnnumberedLetter(cl, k)) return 'letter';
  const continued = continuesPreviousPage(lines, line);
  const fresh = opensFreshPage(lines, line) && !continued;
  // A header of its own opens its document though a speck read as a page number stands above it.
  const freshForHeader = opensFreshPage(lines, line, true) && !continued;
  if (freshForHeader && directiveKindOf(line) && confirmsLetterHeader(cl.slice(k + 1))) return 'directive';
  if (freshForHeader && isMessageFormHeading(line)) return 'message';
  if (!current || !current.headerDone || isFooterLine(line) || opensContactBlock(cl, k) || isPreamble(line)) return null;
  if (!isAttachmentTitle(line) && onlyFooterBelow(cl, k)) return null;
  // The memo's header below opens the memo, and backUp gives it the lines above (a receipt
  // stamp's office line read as text).
  if (fresh && memoAhead(cl, k)) return null;
  if (freshForHeader && letterAhead(cl, k)) return 'letter';
  if (current.start === 'attachment') return fresh && isAttachmentTitle(line) ? 'attachment' : null;
  // A signer's name OCR could not read (the signature's scribble over it) leaves a concluded
  // letter unsigned: a fresh page opening with an attachment's title still starts one.
  if (!current.signed) return current.concluded && fresh && isAttachmentTitle(line) ? 'attachment' : null;
  return fresh || isAttachmentTitle(line) ? 'attachment' : null;
}

function track(current: Current, line: Line): void {
  current.contentLines++;
  // A radio message form names its addressee (ถึง) before its number and date: the header goes on.
  const addressed = salutationOf(line) !== null && current.start !== 'message';
  if (subjectOf(line) !== null || addressed || current.contentLines > HEADER_MAX_LINES) {
    current.headerDone = true;
  }
  if (current.headerDone && (closingOf(line) || matchLabel(line.text, CONCLUSION, line.ocr) !== null)) current.concluded = true;
  // A directive's closing formula ends its text: its signer's name may be read without brackets.
  if (current.headerDone && (signatoryNameOf(line) !== null || (current.start === 'directive' && directiveClosingOf(line)))) current.signed = true;
}

/**
 * Moves a letter's start up to the top of its page when the page is its own: no other
 * letter starts on it and no page marker says it continues the letter before. Whatever
 * stands above the header there (stamps, marks, logo text) was printed on this letter.
 * Sharing a page, the start moves up only over urgency/secrecy lines; a stamp just above
 * stays with the letter before: it was printed on that one.
 */
function backUp(lines: Line[], index: number, floor: number): number {
  const start = lines[index]!;
  const first = lines.findIndex((l) => l.page === start.page);
  const continues = lines.slice(first, index).some((l) => l.role === 'page-marker' && !isGuessedPageNumber(l));
  if (floor < first && !continues) return first;
  let i = index;
  while (i - 1 > floor) {
    const above = lines[i - 1]!;
    if (above.page !== start.page || above.role === 'stamp' || !isPreamble(above)) break;
    i--;
  }
  return i;
}

/** A segment just opened: an attachment has no header to read. */
const opened = (start: SegmentStart): Current => ({ start, headerDone: start === 'attachment', signed: false, concluded: false, contentLines: 0 });

/**
 * A letter header a few lines below the top of a page that opened an attachment without a
 * title (a fresh page after a signature): those lines are the letter's top, not an attachment.
 */
function headsPage(lines: Line[], previous: { index: number; start: SegmentStart }, start: SegmentStart, line: Line): boolean {
  const top = lines[previous.index]!;
  if (start === 'attachment' || previous.start !== 'attachment' || top.page !== line.page || isAttachmentTitle(top)) return false;
  return content(lines.slice(previous.index, line.index)).length <= HEADER_LOOKAHEAD;
}

function toSegment(lines: Line[], start: SegmentStart): LetterSegment {
  return { start, pages: { first: lines[0]!.page, last: lines.at(-1)!.page }, lines };
}

/**
 * Each segment's pages stretched over the pages after it that no text was read on (a blank back,
 * a page OCR found nothing on), up to the next segment; the first over such pages before it. No
 * page of the bundle is left out of every letter.
 */
function withTextlessPages(segments: LetterSegment[], pageNumbers: number[]): LetterSegment[] {
  const first = pageNumbers[0];
  const last = pageNumbers.at(-1);
  if (first === undefined || last === undefined) return segments;
  return segments.map((segment, n) => ({
    ...segment,
    pages: {
      first: n === 0 ? Math.min(first, segment.pages.first) : segment.pages.first,
      // Two letters may share a page (an attachment titled under a signature).
      last: Math.max(segment.pages.last, (segments[n + 1]?.pages.first ?? last + 1) - 1),
    },
  }));
}

/** Splits role-marked bundle lines into letter segments, in bundle order; `pageNumbers` are the bundle's pages. */
export function splitBundle(lines: Line[], pageNumbers: number[]): LetterSegment[] {
  const cl = content(lines);
  const starts: { index: number; start: SegmentStart }[] = [];
  let current: Current | null = null;
  cl.forEach((line, k) => {
    const start = startAt(lines, cl, k, current);
    const previous = starts.at(-1);
    if (start && previous && headsPage(lines, previous, start, line)) {
      // What opened the page was this letter's top (a receipt stamp OCR garbled), no attachment.
      previous.start = start;
      current = opened(start);
    } else if (start) {
      starts.push({ index: backUp(lines, line.index, previous?.index ?? -1), start });
      current = opened(start);
    }
    if (current) track(current, line);
  });
  const segments: LetterSegment[] = [];
  const firstStart = starts[0]?.index ?? lines.length;
  if (firstStart > 0 && content(lines.slice(0, firstStart)).length > 0) {
    segments.push(toSegment(lines.slice(0, firstStart), 'unknown'));
  }
  starts.forEach((s, n) => {
    const end = starts[n + 1]?.index ?? lines.length;
    segments.push(toSegment(lines.slice(s.index, end), s.start));
  });
  return withTextlessPages(segments, pageNumbers);
}

/** The letters of a bundle: its lines cut at each letter's header, in bundle order. */
export function splitLetters(pages: PageText[]): LetterSegment[] {
  return splitBundle(readBundle(pages).lines, pages.map((p) => p.number));
}
