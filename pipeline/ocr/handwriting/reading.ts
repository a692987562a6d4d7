/**
 * What one glyph's label probabilities say, for a number written in a known script or in either.
 * A digit's confidence is the probability mass of its value in the scripts allowed: digits of the
 * other script count against it (a Thai-looking mark in an Arabic number is not read), except
 * that a zero is a ring in both scripts. A glyph is read only at MIN_CONFIDENCE or above.
 */
import { ARABIC_DIGITS, NOT_A_DIGIT, SLASH, THAI_DIGITS } from './labels.js';
import type { Script } from './labels.js';

export type ScriptOption = Script | 'either';

/**
 * Below this a glyph is unread. At 0.8, 99.56 % of the writer-disjoint test digits read are right
 * and 96.4 % are read (tools/handwriting-training/README.md); a guess costs more than a blank.
 */
export const MIN_CONFIDENCE = 0.8;

export interface GlyphReading {
  /** A digit (in the number's script), '/', or NOT_A_DIGIT. */
  char: string;
  /** Probability of that reading. */
  confidence: number;
  /** Digit value 0-9, or null for '/' and non-digits. */
  value: number | null;
}

export interface LabelIndex {
  thai: number[];
  arabic: number[];
  slash: number;
  none: number;
}

export function labelIndex(labels: string[]): LabelIndex {
  return {
    thai: THAI_DIGITS.map((d) => labels.indexOf(d)),
    arabic: ARABIC_DIGITS.map((d) => labels.indexOf(d)),
    slash: labels.indexOf(SLASH),
    none: labels.indexOf(NOT_A_DIGIT),
  };
}

/** Probability that the glyph is digit `value` written in `script`. */
export function valueProbability(p: Float32Array, index: LabelIndex, value: number, script: ScriptOption): number {
  const thai = p[index.thai[value] as number] as number;
  const arabic = p[index.arabic[value] as number] as number;
  if (script === 'either' || value === 0) return thai + arabic;
  return script === 'thai' ? thai : arabic;
}

/** Total probability that the glyph is a digit of `script`. */
export function scriptMass(p: Float32Array, index: LabelIndex, script: Script): number {
  let total = 0;
  for (const i of script === 'thai' ? index.thai : index.arabic) total += p[i] as number;
  return total;
}

/** The best reading of a glyph; digits are written in `writeAs` (the number's script). */
export function readGlyph(p: Float32Array, index: LabelIndex, script: ScriptOption, writeAs: Script): GlyphReading {
  let best: GlyphReading = { char: SLASH, confidence: p[index.slash] as number, value: null };
  for (let value = 0; value < 10; value++) {
    const confidence = valueProbability(p, index, value, script);
    if (confidence > best.confidence) best = { char: (writeAs === 'thai' ? THAI_DIGITS : ARABIC_DIGITS)[value] as string, confidence, value };
  }
  const none = p[index.none] as number;
  return none > best.confidence ? { char: NOT_A_DIGIT, confidence: none, value: null } : best;
}
