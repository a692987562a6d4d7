/**
 * Reading a receipt stamp's fields, and checking its date for sense: a letter is received
 * on or after its own date and on or before the date of the letter that forwards it. OCR
 * confuses month abbreviations one letter apart (ม.ค./ก.ค.), so an impossible date is
 * repaired when exactly such a change makes it possible; the repair is recorded. A date still
 * outside its bounds is kept with a warning when it is near them (a clerk's slip), left out when
 * it is years away (a misread year).
 */
import type { ReceiptStamp, Warning } from '../../schemas/index.js';
import { daysBetween, parseClockTime, parseThaiDate } from '../dates/index.js';
import { isFarFrom } from './cross-check/consensus.js';
import { monthVariants, onlyDateRepair } from './date-repair.js';
import { receiptNumber, type StampParts } from './stamps.js';

export interface DateBounds {
  /** the stamped letter's own date */
  notBefore: string | null;
  /** the date of the letter that forwards the stamped one */
  notAfter: string | null;
}

const within = (iso: string, b: DateBounds) =>
  (b.notBefore === null || iso >= b.notBefore) && (b.notAfter === null || iso <= b.notAfter);

function distanceFrom(iso: string, from: string | null): number {
  return from === null ? 0 : Math.abs(daysBetween(from, iso));
}

interface DateReading { iso: string | null; warnings: Warning[] }

/**
 * The month reading one letter away that puts the date within its bounds, nearest the
 * letter's date. Without the letter's date there is nothing to check a repair against.
 */
function repairMonth(raw: string, bounds: DateBounds) {
  if (bounds.notBefore === null) return undefined;
  return monthVariants(raw)
    .map((variant) => parseThaiDate(variant, bounds.notBefore ? { near: bounds.notBefore } : {}))
    .filter((r): r is Extract<typeof r, { ok: true }> => r.ok && within(r.iso, bounds))
    .sort((a, b) => distanceFrom(a.iso, bounds.notBefore) - distanceFrom(b.iso, bounds.notBefore))[0];
}

/**
 * A date OCR garbled so that one reading alone repairs it (a year read as twin letters: "๓๐
 * ต.ค.วฒ"; date-repair.ts), when that reading fits the bounds; as with a month, only where the
 * letter's date gives a bound to check it against.
 */
function repairGarbled(raw: string, bounds: DateBounds) {
  if (bounds.notBefore === null) return undefined;
  const repaired = onlyDateRepair(raw);
  return repaired && within(repaired.iso, bounds) ? repaired : undefined;
}

function repairedWarning(raw: string, read: string | null, after: { raw: string; iso: string }, range: string, how: string): Warning {
  const why = read ? `(${read}) is outside ${range}` : 'cannot be read';
  const message = `receipt date "${raw}" ${why}; read as "${after.raw}", ${how}`;
  return { code: 'receipt-date-repaired', message, field: 'receiptStamps', before: read ?? raw, after: after.iso };
}

/**
 * A stamp's date, checked against its bounds. An unreadable or impossible date is repaired
 * when one month abbreviation one letter away (ม.ค./ก.ค., กูค./ก.ค.) fits the bounds.
 */
function readDate(raw: string, bounds: DateBounds): DateReading {
  const read = parseThaiDate(raw, bounds.notBefore ? { near: bounds.notBefore } : {});
  if (read.ok && within(read.iso, bounds)) return { iso: read.iso, warnings: [] };
  const range = `${bounds.notBefore ?? '…'} – ${bounds.notAfter ?? '…'}`;
  const repaired = repairMonth(raw, bounds);
  if (repaired) return { iso: repaired.iso, warnings: [repairedWarning(raw, read.ok ? read.iso : null, repaired, range, 'a month abbreviation one letter apart')] };
  const garbled = read.ok ? undefined : repairGarbled(raw, bounds);
  if (garbled) return { iso: garbled.iso, warnings: [repairedWarning(raw, null, garbled, range, 'the only reading of its garbled day, month or year')] };
  if (!read.ok) {
    return { iso: null, warnings: [{ code: 'receipt-date-unreadable', message: read.reason, field: 'receiptStamps', before: raw }] };
  }
  // More than a year outside the bound it breaks is no clerk's slip but a misreading.
  const broken = bounds.notBefore !== null && read.iso < bounds.notBefore ? bounds.notBefore : bounds.notAfter;
  if (broken !== null && isFarFrom(read.iso, [broken])) {
    const message = `receipt date ${read.iso} ("${raw}") is years outside the possible range ${range}: left out`;
    return { iso: null, warnings: [{ code: 'receipt-date-implausible', message, field: 'receiptStamps', before: read.iso }] };
  }
  const message = `receipt date ${read.iso} ("${raw}") is outside the possible range ${range}`;
  return { iso: read.iso, warnings: [{ code: 'receipt-date-out-of-range', message, field: 'receiptStamps' }] };
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
