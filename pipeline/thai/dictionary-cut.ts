/**
 * Cutting a run of Thai letters into dictionary words the way a reader would: the likeliest
 * words by corpus frequency (a word's cost is -ln of its share of running text), a letter that
 * makes no word costing more than any rare word. A caller may offer, for a piece, another
 * spelling with a cost of its own (a mark put back, a vowel read right): the cut then takes
 * whichever reading is likelier.
 */
import { skeletonOf, thaiDictionary } from './dictionary.js';

/** A character that makes no word costs more than the rarest listed word. */
export const UNKNOWN_CHARACTER = 18;

const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
/** Marks and the vowels written after a consonant never start a word. */
const NO_WORD_START = /^[\u0E30-\u0E3A\u0E45-\u0E4E]/u;
/** Leading vowels never end one. */
const NO_WORD_END = /[\u0E40-\u0E44]$/u;
/** A Thai letter or mark of a run of words (no digits, ๆ or ฯ). */
export const THAI_RUN_CHARACTER = /[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E45\u0E47-\u0E4E]/u;
/** A run of Thai letters and marks. */
export const THAI_RUN = new RegExp(`${THAI_RUN_CHARACTER.source}+`, 'gu');

export interface Respelling {
  word: string;
  cost: number;
}

/** One word of a cut: run[from, to), read as printed (word null) or respelled. */
export interface CutStep {
  from: number;
  to: number;
  word: string | null;
  /** cost of the cut up to and including this step */
  cost: number;
}

/** The cheapest cut of the run, first word to last; `respell` offers other spellings of a piece (run[start, start + piece.length)). */
export function cutRun(run: string, respell?: (piece: string, start: number) => Respelling | null): CutStep[] {
  const dictionary = thaiDictionary();
  const best: Array<{ cost: number; from: number; word: string | null }> = [{ cost: 0, from: 0, word: null }];
  for (let end = 1; end <= run.length; end++) {
    let step = { cost: best[end - 1]!.cost + UNKNOWN_CHARACTER, from: end - 1, word: null as string | null };
    // A piece may not end before a mark: the mark belongs to the piece's last letter.
    const endsCluster = end === run.length || !MARK.test(run[end]!);
    for (let start = Math.max(0, end - dictionary.longest); start < end && endsCluster; start++) {
      const piece = run.slice(start, end);
      if (NO_WORD_START.test(piece) || NO_WORD_END.test(piece)) continue;
      const before = best[start]!.cost;
      const cost = before + dictionary.cost(piece);
      if (cost < step.cost) step = { cost, from: start, word: null };
      const other = respell?.(piece, start);
      if (other && before + other.cost < step.cost) step = { cost: before + other.cost, from: start, word: other.word };
    }
    best.push(step);
  }
  const steps: CutStep[] = [];
  for (let end = run.length; end > 0; end = best[end]!.from) steps.unshift({ ...best[end]!, to: end });
  return steps;
}

/** The cut's total cost. */
export const cutCost = (steps: CutStep[]): number => steps.at(-1)?.cost ?? 0;

/** What reading a run of Thai letters as words costs: the cost of its cheapest cut. */
export const readingCost = (run: string): number => cutCost(cutRun(run));

export interface CutSummary {
  /** Thai letters and marks in the text's runs */
  letters: number;
  /** what cutting the runs into words costs per letter (nats; 0 with none) */
  costPerLetter: number;
  /** letters (marks aside) of the longest dictionary word of the cut */
  longestWord: number;
}

/** How a text's Thai runs cut into words: a measure of how much of it reads as Thai at all. */
export function cutSummary(text: string): CutSummary {
  let cost = 0;
  let letters = 0;
  let longestWord = 0;
  for (const run of text.matchAll(THAI_RUN)) {
    const steps = cutRun(run[0]);
    cost += cutCost(steps);
    letters += run[0].length;
    for (const step of steps) {
      const piece = run[0].slice(step.from, step.to);
      if (thaiDictionary().cost(piece) < UNKNOWN_CHARACTER) longestWord = Math.max(longestWord, skeletonOf(piece).length);
    }
  }
  return { letters, costPerLetter: letters === 0 ? 0 : cost / letters, longestWord };
}
