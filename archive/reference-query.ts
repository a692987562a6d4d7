/**
 * Reading a reference number the way an archivist types it: Thai or Arabic digits,
 * any spacing, with or without ว. Whole numbers become the normalized form the
 * pipeline stores ("มท 0804.6/ว 569"); fragments become a compact form for
 * substring matching ("0804.6/ว569").
 */
import { findReferenceNumbers } from '../pipeline/parse/index.js';
import { toArabicDigits } from '../pipeline/thai/index.js';

export interface ReferenceQuery {
  normalized: string;
  /** The number was typed with ว; without it, circular and ordinary numbers both match. */
  circular: boolean;
}

/**
 * The normalized reference number when `raw` is one whole reference number (optionally after
 * ที่), read with the parser's own grammar so queries and stored numbers normalize alike.
 */
export function parseReferenceQuery(raw: string): ReferenceQuery | null {
  const text = raw.trim().replace(/^ที่\s*/u, '');
  const first = findReferenceNumbers(text)[0];
  if (!first || first.index !== 0 || first.end !== text.length) return null;
  return { normalized: first.reference.normalized, circular: first.reference.circular };
}

/** A normalized number with the circular marker dropped: "มท 0804.6/ว 569" -> "มท 0804.6/569". */
export function withoutCircularMarker(normalized: string): string {
  return normalized.replace('/ว ', '/');
}

/** Arabic digits, no spaces and no dot after ว: the form both stored numbers and typed fragments reduce to. */
export function compactReference(text: string): string {
  return toArabicDigits(text)
    .replace(/^\s*ที่\s*/u, '')
    .replace(/\s+/g, '')
    .replace(/\/([ก-ฮ])\./u, '/$1');
}

/**
 * Text typed in the main search box that is part of a reference number rather than words:
 * an office block with a running number ("0804.6/ว 569", "๐๘๐๔.๖/ว ๕๖๙", "มท 0804.6/") or an
 * office block alone ("0804.6"). A plain number ("2567") is not: it may be a year in the text.
 */
export function looksLikeReferenceFragment(raw: string): boolean {
  const compact = compactReference(raw);
  return /[./]/.test(compact) && /^(?:[ก-ฮ]{2})?\d+(?:\.\d+)*(?:\/ว?\d*)?$/u.test(compact);
}
