/**
 * Reading a receipt stamp's fields, and checking its date for sense: a letter is received
 * on or after its own date and on or before the date of the letter that forwards it. OCR
 * confuses month abbreviations one letter apart (ม.ค./ก.ค.), so an impossible date is
 * repaired when exactly such a change makes it possible; the repair is recorded.
 */
import type { ReceiptStamp, Warning } from '../../schemas/index.js';
import { parseClockTime, parseThaiDate, THAI_MONTHS } from '../dates/index.js';
import { editDistance } from '../thai/index.js';
import { receiptNumber, type StampParts } from './stamps.js';

export interface DateBounds {
  /** the stamped letter's own date */
  notBefore: string | null;
  /** the date of the letter that forwards the stamped one */
  notAfter: string | null;
}

const ABBREVIATION = /[\u0E01-\u0E4E]{1,3}\s*\.\s*[\u0E01-\u0E2E]\s*\.?/u;
const letters = (abbreviation: string) => abbreviation.replace(/[.\s]/gu, '');
const DAY_MS = 86_400_000;

const within = (iso: string, b: DateBounds) =>
  (b.notBefore === null || iso >= b.notBefore) && (b.notAfter === null || iso <= b.notAfter);

/** The same date with its month abbreviation changed by one letter, for each such month. */
function monthVariants(raw: string): string[] {
  const printed = ABBREVIATION.exec(raw)?.[0];
  if (!printed) return [];
  return THAI_MONTHS.filter((m) => editDistance(letters(m.abbreviation), letters(printed)) === 1).map((m) =>
    raw.replace(printed, m.abbreviation),
  );
}

function distanceFrom(iso: string, from: string | null): number {
  return from === null ? 0 : Math.abs(Date.parse(iso) - Date.parse(from)) / DAY_MS;
}

interface DateReading { iso: string | null; warnings: Warning[] }

function readDate(raw: string, bounds: DateBounds): DateReading {
  const read = parseThaiDate(raw, bounds.notBefore ? { near: bounds.notBefore } : {});
  if (!read.ok) {
    return { iso: null, warnings: [{ code: 'receipt-date-unreadable', message: read.reason, field: 'receiptStamps', before: raw }] };
  }
  if (within(read.iso, bounds)) return { iso: read.iso, warnings: [] };
  const repaired = monthVariants(raw)
    .map((variant) => parseThaiDate(variant, bounds.notBefore ? { near: bounds.notBefore } : {}))
    .filter((r): r is Extract<typeof r, { ok: true }> => r.ok && within(r.iso, bounds))
    .sort((a, b) => distanceFrom(a.iso, bounds.notBefore) - distanceFrom(b.iso, bounds.notBefore))[0];
  const range = `${bounds.notBefore ?? '…'} – ${bounds.notAfter ?? '…'}`;
  if (!repaired) {
    const message = `receipt date ${read.iso} ("${raw}") is outside the possible range ${range}`;
    return { iso: read.iso, warnings: [{ code: 'receipt-date-out-of-range', message, field: 'receiptStamps' }] };
  }
  const message =
    `receipt date "${raw}" (${read.iso}) is outside ${range}; read as "${repaired.raw}", ` +
    'a month abbreviation one letter apart';
  return {
    iso: repaired.iso,
    warnings: [{ code: 'receipt-date-repaired', message, field: 'receiptStamps', before: read.iso, after: repaired.iso }],
  };
}

export function readReceiptStamp(parts: StampParts, bounds: DateBounds): { stamp: ReceiptStamp; warnings: Warning[] } {
  const date = parts.dateRaw ? readDate(parts.dateRaw, bounds) : { iso: null, warnings: [] };
  const stamp: ReceiptStamp = {
    receiver: parts.receiver,
    label: parts.label,
    number: receiptNumber(parts.numberRaw),
    date: date.iso,
    time: parts.timeRaw ? parseClockTime(parts.timeRaw) : null,
    raw: parts.lines.map((l) => l.text).join('\n'),
  };
  return { stamp, warnings: date.warnings };
}
