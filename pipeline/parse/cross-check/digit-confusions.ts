/**
 * How far apart two readings of one printed number are, counting what OCR does to digits: a
 * digit read as a look-alike (Thai ๖/๒, ๔/๕, ๓/๑, ๘/๙, ๐/๑, ...; Arabic 3/8, 1/7, 5/6, ...)
 * a code letter read as its look-alike (ซ/ช), the circular mark ว read as 9, or a dot lost costs half an
 * edit; any other change costs one. Readings are compared after
 * normalization (Arabic digits), so the table holds the look-alikes of both scripts.
 */

import { areLookAlikeLetters } from '../lexicon.js';

/** Digit pairs a scan or a typeface makes look alike: Thai shapes first, then Arabic. */
const LOOKALIKE_PAIRS: readonly string[] = [
  // Thai: ๖/๒ ๔/๕ ๓/๑ ๘/๙ ๐/๑ ๗/๓ ๘/๕ ๙/๕ ๓/๘ ๑/๗ ๖/๕ ๙/๗
  '62', '45', '31', '89', '01', '73', '85', '95', '38', '17', '65', '97',
  // Arabic: 3/8 1/7 5/6 6/8 0/8 0/6 4/9 2/7
  '68', '08', '06', '49', '27',
];

const LOOKALIKES = new Set(LOOKALIKE_PAIRS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

export const isDigitLookalike = (a: string, b: string): boolean => LOOKALIKES.has(`${a}${b}`);

/** The circular mark ว before a running number, read as ๙ (9 once normalized) in a loopless typeface. */
const CIRCULAR_MARK_LOOKALIKES = new Set(['ว9', '9ว']);

/** Half an edit: what OCR does to a number most often. */
const CHEAP = 0.5;

/** A loose reading's unknown digit ("?", a letter where a digit stood) is any digit, cheaply. */
const UNKNOWN_DIGIT = '?';

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const lookalike = isDigitLookalike(a, b) || areLookAlikeLetters(a, b) || CIRCULAR_MARK_LOOKALIKES.has(`${a}${b}`);
  return lookalike || ((a === UNKNOWN_DIGIT || b === UNKNOWN_DIGIT) && /[0-9?]/.test(a + b)) ? CHEAP : 1;
}

const gapCost = (c: string): number => (c === '.' ? CHEAP : 1);

/** The characters that carry a reading: spaces are layout. */
const skeleton = (reading: string): string[] => [...reading.replace(/\s+/gu, '')];

export interface ReadingComparison {
  /** weighted edit distance */
  distance: number;
  /** the changes from the first reading to the second: "6→2 (look-alike digits)", "a dot lost", "7 lost" */
  changes: string[];
}

/** Weighted edit distance between two readings, and the changes on the cheapest alignment. */
export function compareReadings(read: string, taken: string): ReadingComparison {
  const x = skeleton(read);
  const y = skeleton(taken);
  const cost: number[][] = x.map(() => []);
  cost.unshift([]);
  const at = (i: number, j: number): number => {
    if (i === 0) return y.slice(0, j).reduce((s, c) => s + gapCost(c), 0);
    if (j === 0) return x.slice(0, i).reduce((s, c) => s + gapCost(c), 0);
    return cost[i]![j]!;
  };
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cost[i]![j] = Math.min(
        at(i - 1, j - 1) + substitutionCost(x[i - 1]!, y[j - 1]!),
        at(i - 1, j) + gapCost(x[i - 1]!),
        at(i, j - 1) + gapCost(y[j - 1]!),
      );
    }
  }
  const changes: string[] = [];
  for (let i = x.length, j = y.length; i > 0 || j > 0; ) {
    const here = at(i, j);
    if (i > 0 && j > 0 && here === at(i - 1, j - 1) + substitutionCost(x[i - 1]!, y[j - 1]!)) {
      if (x[i - 1] !== y[j - 1]) {
        const kind = isDigitLookalike(x[i - 1]!, y[j - 1]!) ? ' (look-alike digits)' : '';
        changes.unshift(`${x[i - 1]}→${y[j - 1]}${kind}`);
      }
      i--;
      j--;
    } else if (i > 0 && here === at(i - 1, j) + gapCost(x[i - 1]!)) {
      changes.unshift(x[i - 1] === '.' ? 'a dot too many' : `${x[i - 1]} too many`);
      i--;
    } else {
      changes.unshift(y[j - 1] === '.' ? 'a dot lost' : `${y[j - 1]} lost`);
      j--;
    }
  }
  return { distance: at(x.length, y.length), changes };
}

export const readingDistance = (a: string, b: string): number => compareReadings(a, b).distance;
