/**
 * Receipt stamps (ตรารับหนังสือ): the receiving office's name, เลขรับ/เลขที่ + register number,
 * วันที่ + date, เวลา + time. They sit at the top right of a letter's first page, but text
 * layers and OCR put them anywhere in the page's text, sometimes with the labels lost
 * ("กรมส่งเสริมการปกครองท้องถิ่น / 3 ก.ค. 2567 / 15:14"). Found here and marked so that the
 * letter's own fields never read them.
 */
import { clockTimeOnly, findDates, matchMonth } from '../dates/index.js';
import { toArabicDigits } from '../thai/index.js';
import { onlyDateRepair, withoutDateSpecks } from './date-repair.js';
import { isKeywordLine, matchAnyLabel, matchLabel } from './keywords.js';
import {
  LABEL, RECEIPT_DATE_LABEL, RECEIPT_NUMBER_LABELS, RECEIPT_TIME_LABEL, RECEIVER_STARTS, SALUTATIONS,
  SECRECIES, URGENCIES,
} from './lexicon.js';
import type { Line } from './lines.js';
import { visualWidth } from './wrap.js';

/** The parts of one stamp as printed; dates are read later, knowing the letter's date. */
export interface StampParts {
  lines: Line[];
  receiver: string | null;
  label: string | null;
  numberRaw: string | null;
  dateRaw: string | null;
  timeRaw: string | null;
}

/**
 * A stamp's number, with a speck OCR read after it ("916 .") or inside it ("26.70" for 2670: a
 * register number has no dot, and no stamp writes a time or date on its number row).
 */
const NUMBER = /^[:.]?\s*([0-9\u0E50-\u0E59oO]{1,6}|[0-9\u0E50-\u0E59]{1,4}[.,'`][0-9\u0E50-\u0E59]{1,4})(?:\s*[.,'`|])?$/u;
const INNER_SPECK = /[.,'`]/gu;
const PARTIAL_DATE = /^[0-9\u0E50-\u0E59]{1,2}\s*([\u0E01-\u0E4E.\s]+?)\s*$/u;
/** Day, month as OCR garbled it (a comma for a dot: "ธ,ค."), year. */
const GARBLED_DATE = /^[0-9\u0E50-\u0E59]{1,2}\s*[\u0E01-\u0E4E.,]{2,8}\s*[0-9\u0E50-\u0E59]{2,4}$/u;
/** Scratches OCR reads at the edge of the stamp box: "- อำเภอหางดง". */
const LEADING_NOISE = /^[^\u0E01-\u0E2E]+/u;
const YEAR_ONLY = /^[0-9\u0E50-\u0E59]{2}(?:[0-9\u0E50-\u0E59]{2})?$/u;
const MAX_FORWARD = 4;
/** Characters a line of a stamp box holds (2.5 x 5 cm): longer lines are not wrapped stamp text. */
const STAMP_BOX_WIDTH = 26;
const MAX_RECEIVER_LINES = 4;

const MARKERS: readonly string[] = [...URGENCIES, ...SECRECIES];
const STRUCTURAL: readonly string[] = [LABEL.memoHeading, LABEL.subject, LABEL.memoOffice, ...SALUTATIONS];

function numberField(line: Line): { label: string; numberRaw: string } | null {
  const m = matchAnyLabel(line.text, RECEIPT_NUMBER_LABELS, line.ocr);
  const number = m ? NUMBER.exec(m.rest) : null;
  if (!m || !number?.[1]) return null;
  const label = line.text.slice(0, line.text.length - m.rest.length).replace(/[\s:.]+$/u, '');
  return { label, numberRaw: number[1] };
}

/**
 * A number label standing alone: the stamp's number was written by hand and not read surely
 * (pipeline/ocr/receipt-numbers.ts leaves it out rather than guess). The label, or null.
 */
function bareNumberLabel(line: Line): string | null {
  const m = matchAnyLabel(line.text, RECEIPT_NUMBER_LABELS, line.ocr);
  return m && m.rest.trim() === '' ? line.text.replace(/[\s:.]+$/u, '') : null;
}

/** The text after an optional label, if the label is there or the line is the bare value. */
function labelled(line: Line, label: string): { value: string; hasLabel: boolean } {
  const m = matchLabel(line.text, label, line.ocr);
  return m ? { value: m.rest, hasLabel: true } : { value: line.text, hasLabel: false };
}

function isWholeDate(text: string): boolean {
  const [first, ...more] = findDates(text);
  return first !== undefined && more.length === 0 && first.index === 0 && first.raw.length === text.trim().length;
}

/** Day and month without the year: stamp boxes wrap the year onto a line of its own. */
function isDayAndMonth(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  return m?.[1] !== undefined && matchMonth(m[1]) !== null;
}

/**
 * A stamp's date line: a whole date, a day and month (the year wrapped), or, after the
 * วันที่ label, day + word + year that OCR garbled ("วันที่ 19 กูค. 67"): read later against bounds.
 */
function dateField(line: Line): { value: string; hasLabel: boolean; complete: boolean } | null {
  const labelledValue = labelled(line, RECEIPT_DATE_LABEL);
  const { hasLabel } = labelledValue;
  // OCR specks inside or after the stamped date ("๑๖ ก.ย ๒๕๖๖ว") are no part of it; a date garbled
  // in a way only one reading repairs ("๓๐ ต.ค.วฒ") is a date too, read later (receipt.ts).
  const value = line.ocr ? withoutDateSpecks(labelledValue.value) : labelledValue.value;
  const complete = isWholeDate(value) || (hasLabel && GARBLED_DATE.test(value)) || (line.ocr && onlyDateRepair(value) !== null);
  if (complete) return { value, hasLabel, complete: true };
  return isDayAndMonth(value) ? { value, hasLabel, complete: false } : null;
}

/** A date row whose label was read though the stamped date after it was not. */
function hasDateLabel(line: Line): boolean {
  return matchLabel(line.text, RECEIPT_DATE_LABEL, line.ocr) !== null;
}

/**
 * After the เวลา label, digits and separators as OCR read a time ("๐๖๘.๐๑" for 08.01), with a
 * speck or a slash among them ("14.2/ '").
 */
const GARBLED_TIME = /^[0-9\u0E50-\u0E59][0-9\u0E50-\u0E59.:\s/'`,-]{2,9}(?:น\.?)?$/u;

function timeField(line: Line): string | null {
  const { value } = labelled(line, RECEIPT_TIME_LABEL);
  return clockTimeOnly(value) ? value : null;
}

/**
 * Under a stamp's date (labelled, when it is what makes the stamp), its labelled time row
 * whatever OCR made of the time ("วันที่๓๐ ต.ค.๖๗" / "เวลา๐๖๘.๐๑"). Kept as read.
 */
function garbledTimeRow(line: Line): string | null {
  const m = matchLabel(line.text, RECEIPT_TIME_LABEL, line.ocr);
  return m && GARBLED_TIME.test(m.rest.trim()) ? m.rest : null;
}

function isMarkerLine(line: Line): boolean {
  return MARKERS.some((m) => isKeywordLine(line.text, m, line.ocr));
}

/** Could this line be the receiving office's name printed at the head of the stamp? */
function isReceiverLine(line: Line, page: number): boolean {
  if (line.page !== page || line.role !== 'content') return false;
  const text = line.text;
  if (/[0-9\u0E50-\u0E59()]/u.test(text) || /(?:\.{3}|…)$/u.test(text) || text.length > 70) return false;
  if (isMarkerLine(line) || STRUCTURAL.some((k) => matchLabel(text, k, line.ocr))) return false;
  return /[\u0E01-\u0E2E]/u.test(text);
}

interface Anchor { index: number; parts: StampParts }

function anchorAt(lines: Line[], i: number): Anchor | null {
  const line = lines[i]!;
  if (line.role !== 'content') return null;
  const blank: StampParts = { lines: [line], receiver: null, label: null, numberRaw: null, dateRaw: null, timeRaw: null };
  const number = numberField(line);
  if (number) return { index: i, parts: { ...blank, ...number } };
  const next = lines[i + 1];
  const bare = bareNumberLabel(line);
  if (bare !== null && next && next.page === line.page && next.role === 'content' && (dateField(next) || timeField(next) || hasDateLabel(next))) {
    return { index: i, parts: { ...blank, label: bare } };
  }
  const date = dateField(line);
  if (date?.complete && next && next.page === line.page && (timeField(next) || (date.hasLabel && garbledTimeRow(next)))) {
    return { index: i, parts: { ...blank, dateRaw: date.value } };
  }
  return null;
}

/** Date, year fragment and time lines after the anchor, skipping urgency/secrecy lines. */
function extendForward(lines: Line[], anchor: Anchor): void {
  const { parts } = anchor;
  let dateComplete = parts.dateRaw !== null;
  for (let j = anchor.index + 1; j <= anchor.index + MAX_FORWARD; j++) {
    const line = lines[j];
    if (!line || line.page !== parts.lines[0]!.page || line.role !== 'content') break;
    const date = parts.dateRaw === null ? dateField(line) : null;
    const time = parts.timeRaw === null ? (timeField(line) ?? (parts.dateRaw !== null ? garbledTimeRow(line) : null)) : null;
    if (date) {
      parts.dateRaw = date.value;
      dateComplete = date.complete;
    } else if (!dateComplete && parts.dateRaw !== null && YEAR_ONLY.test(line.text)) {
      parts.dateRaw = `${parts.dateRaw} ${line.text}`;
      dateComplete = true;
    } else if (time) {
      parts.timeRaw = time;
    } else if (isMarkerLine(line)) {
      continue;
    } else {
      break;
    }
    parts.lines.push(line);
  }
}

/**
 * The receiver's name just above the anchor. The stamp box wraps it over short lines
 * ("องค์การบริหาร" / "ส่วนตำบลดอน" / "มูล"), and an urgency or secrecy line may stand
 * between (the stamp shares the page's top band with it). Going up over short lines, the
 * name starts at the highest one that opens with an office word (สำนักงาน..., องค์การ...,
 * อำเภอ...), so a signer's position line above is left out; without one, only the nearest
 * line is taken.
 */
function extendBackward(lines: Line[], anchor: Anchor): void {
  const page = anchor.parts.lines[0]!.page;
  const above: Line[] = [];
  for (let k = anchor.index - 1; lines[k]?.page === page && above.length < MAX_RECEIVER_LINES; k--) {
    const line = lines[k]!;
    if (line.role === 'content' && isMarkerLine(line)) continue;
    if (!isReceiverLine(line, page)) break;
    above.unshift(line);
    if (visualWidth(line.text) > STAMP_BOX_WIDTH) break;
  }
  if (above.length === 0) return;
  const top = above.findIndex((l) => RECEIVER_STARTS.some((w) => l.text.startsWith(w)));
  const receiverLines = top >= 0 && above.slice(top + 1).every((l) => visualWidth(l.text) <= STAMP_BOX_WIDTH)
    ? above.slice(top)
    : above.slice(-1);
  anchor.parts.receiver = receiverLines.map((l) => l.text).join('').replace(LEADING_NOISE, '');
  anchor.parts.lines.unshift(...receiverLines);
}

/** Finds every receipt stamp in the bundle and marks its lines with the role 'stamp'. */
export function findReceiptStamps(lines: Line[]): StampParts[] {
  const stamps: StampParts[] = [];
  for (let i = 0; i < lines.length; i++) {
    const anchor = anchorAt(lines, i);
    if (!anchor) continue;
    extendForward(lines, anchor);
    extendBackward(lines, anchor);
    for (const line of anchor.parts.lines) line.role = 'stamp';
    stamps.push(anchor.parts);
    i = Math.max(i, ...anchor.parts.lines.map((l) => l.index));
  }
  return stamps;
}

/** The register number in Arabic digits (a Latin o in an OCR'd number is a zero, a speck inside it nothing). */
export function receiptNumber(raw: string | null): string | null {
  return raw === null ? null : toArabicDigits(raw).replace(/[oO]/g, '0').replace(INNER_SPECK, '');
}
