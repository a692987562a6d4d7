import { withoutLeaderRuns } from '../../pipeline/ocr/leader-text.js';

/**
 * Character error rate with whitespace and leader runs removed on both sides: layout spaces and
 * a form's dotted blanks are no recognition errors (OCR output leaves leaders out, typed truths
 * keep them).
 */
export function characterErrorRate(expected: string, actual: string): { errors: number; length: number } {
  const a = [...withoutLeaderRuns(expected).replace(/\s+/g, '')];
  const b = [...withoutLeaderRuns(actual).replace(/\s+/g, '')];
  return { errors: editDistance(a, b), length: a.length };
}

/** Levenshtein distance over code points, two rolling rows. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Fewest edits that turn `pattern` into some stretch of `text`: semi-global alignment, the
 * stretch's start and end in `text` free, so the text around it costs nothing. A '?' in the
 * pattern (a character the truth's reader could not make out) matches any one character or
 * none at no cost.
 */
export function stretchDistance(pattern: readonly string[], text: readonly string[]): number {
  let previous = new Uint32Array(text.length + 1);
  let current = new Uint32Array(text.length + 1);
  for (const want of pattern) {
    const wild = want === '?';
    const skip = wild ? 0 : 1;
    current[0] = previous[0]! + skip;
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1]! + (wild || want === text[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + skip, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous.reduce((best, d) => Math.min(best, d));
}
