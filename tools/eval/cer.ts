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
