/**
 * Spaces OCR put inside a word. Thai sets spaces between phrases, never inside a word, but OCR
 * reads a wide gap between two letters (a letter spaced out to justify a line, a blurred one)
 * as one: "บูรณา การการ", "ห น่วยงาน". Where the two runs of letters on either side read as
 * likelier words joined than apart (dictionary-cut.ts), and a word of the joined cut crosses
 * where the space was, the space goes. Two words side by side cut the same joined or apart, so
 * a space between words stays; so does every space of a person's name (person-names.ts).
 */
import { cutCost, cutRun, readingCost, THAI_RUN } from './dictionary-cut.js';
import { thaiDictionary } from './dictionary.js';
import { nameSpans } from './person-names.js';
import type { WordMend } from './word-mending.js';

/**
 * The joined reading must be likelier by this much (nats). Offices do print a space inside a
 * few compounds ("รายงาน การประชุม" on a real registry letter: 5.8 likelier joined); a word OCR
 * split leaves a piece few words begin or end with ("บูรณา การ": 21.7, "ห น่วยงาน": 74.5).
 */
const MARGIN = 7;

interface Run {
  text: string;
  from: number;
  to: number;
}

/**
 * The word the joined runs read as across the space, split where the space was, when they read
 * likelier joined than apart (`apart`: the two runs' reading costs); null otherwise.
 */
function wordAcross(left: string, right: string, apart: number): { before: string; after: string } | null {
  const joined = left + right;
  const cut = cutRun(joined);
  if (cutCost(cut) + MARGIN >= apart) return null;
  const across = cut.find((step) => step.from < left.length && step.to > left.length);
  if (!across || !thaiDictionary().has(joined.slice(across.from, across.to))) return null;
  return { before: `${joined.slice(across.from, left.length)} ${joined.slice(left.length, across.to)}`, after: joined.slice(across.from, across.to) };
}

export function joinSplitWords(line: string): { text: string; mends: WordMend[] } {
  const names = nameSpans(line);
  const inName = (from: number, to: number) => names.some(([a, b]) => from < b && a < to);
  const runs: Run[] = [...line.matchAll(THAI_RUN)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
  // Each run's reading cost, found once: a run stands right of one space and left of the next.
  const costs: number[] = [];
  const costOf = (k: number): number => (costs[k] ??= readingCost(runs[k]!.text));
  const mends: WordMend[] = [];
  let text = '';
  let copied = 0;
  for (let k = 0; k + 1 < runs.length; k++) {
    const left = runs[k]!;
    const right = runs[k + 1]!;
    if (line.slice(left.to, right.from) !== ' ' || inName(left.from, right.to)) continue;
    const mend = wordAcross(left.text, right.text, costOf(k) + costOf(k + 1));
    if (mend === null) continue;
    text += line.slice(copied, left.to);
    mends.push(mend);
    copied = right.from;
  }
  return { text: text + line.slice(copied), mends };
}
