/**
 * Thai full text for SQLite FTS5. Thai is written without spaces between words, and
 * FTS5's unicode61 tokenizer would index a whole run of Thai as one token (and split
 * it at every tone mark). So text is indexed with a zero-width space at each word
 * boundary found by Intl.Segmenter; the tokenizer splits there, and the marks stay
 * inside tokens so ขาว, ข่าว and ข้าว remain three different words. The FTS5 table is
 * contentless, so the marked text is only tokenized, never stored or shown.
 */
import { segmentWords, toArabicDigits, toThaiDigits, wordSegments } from '../pipeline/thai/index.js';

const WORD_BOUNDARY = '\u200b';

/** Thai vowel and tone marks (Unicode Mn) that unicode61 would otherwise treat as separators. */
const THAI_MARKS = '\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e';

/** The tokenizer clause for the FTS5 table that stores text marked by markWordBoundaries. */
export const THAI_TOKENIZER = `unicode61 remove_diacritics 0 separators '${WORD_BOUNDARY}' tokenchars '${THAI_MARKS}'`;

/** Text with a zero-width space between words, ready to store in the FTS5 table. */
export function markWordBoundaries(text: string): string {
  const plain = text.replaceAll(WORD_BOUNDARY, '');
  return wordSegments(plain).join(WORD_BOUNDARY);
}

/** The words of `text` as the index sees them (digits and letters; no spaces or punctuation). */
export function indexWords(text: string): string[] {
  return Array.from(segmentWords(text))
    .filter((part) => part.isWordLike)
    .flatMap((part) => part.segment.split(/[^\p{L}\p{N}\p{M}]+/u))
    .filter((word) => word.length > 0);
}

export interface MatchOptions {
  /** Match words that start with the query's last word of each term (ข่าว finds ข่าวดี). */
  prefix?: boolean;
}

/**
 * An FTS5 MATCH expression for what a person typed: each space-separated term must occur
 * as a phrase of its words (FTS5 `+` joins adjacent words); a term with digits also matches its other digit form.
 * Every word is quoted, so no user input is read as FTS5 syntax. Null when nothing is searchable.
 */
export function buildMatchExpression(query: string, options: MatchOptions = {}): string | null {
  const terms = query
    .split(/\s+/)
    .map((term) => indexWords(term))
    .filter((words) => words.length > 0);
  if (terms.length === 0) return null;
  return terms.map((words) => termExpression(words, options.prefix === true)).join(' AND ');
}

function termExpression(words: string[], prefix: boolean): string {
  const forms = new Set([words, words.map(toArabicDigits), words.map(toThaiDigits)].map((w) => phrase(w, prefix)));
  return forms.size === 1 ? [...forms][0]! : `(${[...forms].join(' OR ')})`;
}

function phrase(words: string[], prefix: boolean): string {
  const quoted = words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' + ');
  return prefix ? `${quoted}*` : quoted;
}
