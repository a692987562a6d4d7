/**
 * Reading a reference number the way an archivist types it: Thai or Arabic digits,
 * any spacing, with or without ว. Full numbers become the normalized form the
 * pipeline stores ("มท 0804.6/ว 569"); fragments become a compact form for
 * substring matching ("0804.6/ว569").
 */
import { toArabicDigits } from './text-forms.js';

/** Code, office block with optional dotted sub-units, slash, optional one-letter marker, running number. */
const FULL_REFERENCE =
  /^(?:ที่\s*)?([ก-ฮ]{2})\s*(\d{4,5}(?:\s*\.\s*\d{1,3})*)\s*\/\s*(?:([ก-ฮ])\s*\.?\s*)?(\d{1,6})$/u;

export interface ReferenceQuery {
  normalized: string;
}

/** The normalized reference number when `raw` is one whole reference number, else null. */
export function parseReferenceQuery(raw: string): ReferenceQuery | null {
  const match = FULL_REFERENCE.exec(toArabicDigits(raw).trim());
  if (!match) return null;
  const [, code, unit, marker, number] = match as unknown as [string, string, string, string | undefined, string];
  const office = unit.replace(/\s+/g, '');
  const prefix = marker ? `${marker} ` : '';
  return { normalized: `${code} ${office}/${prefix}${number}` };
}

/** Arabic digits, no spaces and no dot after ว: the form both stored numbers and typed fragments reduce to. */
export function compactReference(text: string): string {
  return toArabicDigits(text)
    .replace(/^\s*ที่\s*/u, '')
    .replace(/\s+/g, '')
    .replace(/\/([ก-ฮ])\./u, '/$1');
}
