/**
 * The letter reference number (เลขที่หนังสือ, the `ที่` field): agency code, office number
 * block, optional circular marker ว, running number. OCR and typists put spaces anywhere and
 * mix Thai and Arabic digits, so the grammar allows both and the normalized form fixes them.
 */
import type { ReferenceNumber } from '../../schemas/index.js';
import { toArabicDigits } from '../thai/index.js';
import { agencyGroupOf } from './issuer-level.js';

export interface ReferenceMatch {
  reference: ReferenceNumber;
  /** offset of the reference (its agency code) in the searched text */
  index: number;
  /** offset just after the running number */
  end: number;
}

export interface ReferenceOptions {
  /** OCR text: accept Latin o/O for a zero inside the digit slots */
  ocr?: boolean;
}

const THAI_LETTER = '\\u0E01-\\u0E2E';
const THAI_MARKS = '\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E';
/** OCR reads the circular marker ว as a letter of the same shape. */
const CIRCULAR_LOOKALIKES = 'วรจ';
const THAI_ANY = '\\u0E01-\\u0E4F';

function referencePattern(ocr: boolean): RegExp {
  const d = ocr ? '[0-9\\u0E50-\\u0E59oO]' : '[0-9\\u0E50-\\u0E59]';
  // OCR: a stray vowel mark on a code letter, a speck beside the slash or the ว.
  const mark = ocr ? `[${THAI_MARKS}]?` : '';
  const speck = ocr ? '(?:[)(|:;]\\s*)?' : '';
  const firstBlock = `${d}(?:\\s?${d}){2,4}`;
  const subBlock = `\\s*\\.\\s*${d}(?:\\s?${d}){0,2}`;
  // The code must not be the tail of a Thai word, except right after the label ที่; OCR may
  // put a space between its two letters.
  const code = `(?<=^|[^${THAI_ANY}]|ที่)([${THAI_LETTER}]${mark}\\s?[${THAI_LETTER}]${mark})`;
  const circular = `(?:([${ocr ? CIRCULAR_LOOKALIKES : 'ว'}])\\s*\\.?\\s*${speck})?`;
  const running = `(${d}{1,6})(?!${d})`;
  return new RegExp(`${code}\\.?\\s*(${firstBlock}(?:${subBlock})*)\\s*${speck}\\/\\s*${speck}${circular}${running}`, 'gu');
}

const PATTERNS = { text: referencePattern(false), ocr: referencePattern(true) };

/** Arabic digits, no spaces, Latin o read as zero (only ever called on digit slots). */
function normalizeDigits(slot: string): string {
  return toArabicDigits(slot).replace(/[oO]/g, '0').replace(/\s+/g, '');
}

function toReference(m: RegExpExecArray): ReferenceNumber {
  const [raw, codeRaw = '', unitRaw = '', marker, numberRaw = ''] = m;
  const agencyCode = codeRaw.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu, '');
  const unit = normalizeDigits(unitRaw);
  const number = normalizeDigits(numberRaw);
  const circular = marker !== undefined;
  const normalized = `${agencyCode} ${unit}/${circular ? 'ว ' : ''}${number}`;
  return { raw: raw.trim(), normalized, agencyCode, unit, circular, number };
}

/** Every reference number in a text, in order. */
export function findReferenceNumbers(text: string, opts: ReferenceOptions = {}): ReferenceMatch[] {
  const pattern = new RegExp(opts.ocr ? PATTERNS.ocr : PATTERNS.text);
  const found: ReferenceMatch[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const reference = toReference(m);
    // A code read with a stray mark is believed only if it is a known code.
    const marked = reference.agencyCode !== (m[1] ?? '').replace(/\s/gu, '');
    if (marked && agencyGroupOf(reference.agencyCode) === null) continue;
    found.push({ reference, index: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * Reads a reference number written alone, optionally after the label ที่
 * ("ที่ มท ๐๘๐๔.๖/ว๕๖๙"). Null when the text does not start with one, e.g. an
 * order number "ที่ ๑๒/๒๕๖๗" (no agency code).
 */
export function parseReferenceNumber(raw: string, opts: ReferenceOptions = {}): ReferenceNumber | null {
  const text = raw.trim().replace(/^ที่\s*/u, '');
  const first = findReferenceNumbers(text, opts)[0];
  return first && first.index === 0 ? first.reference : null;
}
