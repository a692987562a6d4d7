/**
 * Training glyphs from the splitter's own cuts. Digits are run together (two or three, one
 * source: a face or the handwritten set), scanned, and cut by the recognizer's own layout and
 * cut search (pipeline/ocr/handwriting/number.ts, split.ts). Each piece it may weigh is labelled
 * against where the digits really are: a piece holding one digit (with a little of its neighbour)
 * is that digit; a piece of a digit, or two digits left joined, is not a digit. So the network
 * learns to say no to exactly the wrong cuts the search will offer it, and to read digits cut
 * the way the search cuts them.
 */
import { glyphImage } from '../../pipeline/ocr/handwriting/cut.js';
import { glyphInput } from '../../pipeline/ocr/handwriting/glyph-input.js';
import { DIGIT_LABELS, NOT_A_DIGIT } from '../../pipeline/ocr/handwriting/labels.js';
import { numberLayout } from '../../pipeline/ocr/handwriting/number.js';
import { GlyphCuts, SPLIT_WIDTH } from '../../pipeline/ocr/handwriting/split.js';
import type { Box } from '../../pipeline/ocr/geometry.js';
import type { Example } from './cnn.js';
import { stampImpression } from './ink.js';
import type { Random } from './ink.js';
import { joinTouching } from './numbers.js';
import type { Recipe } from './samples.js';
import { augmented } from './samples.js';
import { randomScanOptions, scanCrop } from './scan.js';

const NONE = DIGIT_LABELS.indexOf(NOT_A_DIGIT);
/** Pieces kept per number: wrong cuts, right cuts. */
const WRONG_PER_NUMBER = 3;
const RIGHT_PER_NUMBER = 2;

const overlap = (a: { left: number; right: number }, b: { left: number; right: number }) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1);
const widthOf = (b: { left: number; right: number }) => b.right - b.left + 1;

/**
 * A piece's label: the digit it holds (it covers 85 % of one digit's columns, little of any
 * other, and not much beyond), NONE (it covers less than 60 % of every digit, or 60 % of two),
 * or null when it is in between and teaches nothing sure.
 */
export function pieceLabel(piece: Box, digits: { label: number; left: number; right: number }[]): number | null {
  const cover = digits.map((d) => overlap(piece, d) / widthOf(d));
  const best = cover.indexOf(Math.max(...cover));
  const held = cover.filter((c) => c >= 0.6).length;
  if (held >= 2 || cover.every((c) => c < 0.6)) return NONE;
  const digit = digits[best] as { label: number; left: number; right: number };
  const excess = (widthOf(piece) - overlap(piece, digit)) / widthOf(digit);
  const others = cover.filter((_c, k) => k !== best);
  if ((cover[best] as number) >= 0.85 && excess <= 0.3 && others.every((c) => c <= 0.3)) return digit.label;
  return null;
}

const pick = <T>(items: T[], rand: Random): T => items[Math.floor(rand() * items.length)] as T;

function shuffle<T>(items: T[], rand: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Examples from one touching number drawn from `source` (digit recipes of one face or the handwritten set). */
function numberExamples(source: Recipe[], rand: Random): Example[] {
  const count = rand() < 0.7 ? 2 : 3;
  const recipes = Array.from({ length: count }, () => pick(source, rand));
  const masks = recipes.map((r) => augmented(r, rand));
  if (masks.some((m) => !m)) return [];
  const stamp = recipes[0]?.stamp === true;
  const joined = joinTouching(masks.map((m) => m!), recipes.map((r) => DIGIT_LABELS[r.label] as string), rand);
  if (!joined) return [];
  const mask = stamp ? stampImpression(joined.mask, rand) : joined.mask;
  const crop = scanCrop(mask, { ...randomScanOptions(rand), stamp }, rand);
  const layout = numberLayout(crop.gray);
  if (!layout) return [];
  const digits = joined.spans.map((s, k) => ({
    label: (recipes[k] as Recipe).label,
    left: Math.round(s.left * crop.scale + crop.margin),
    right: Math.round(s.right * crop.scale + crop.margin),
  }));
  const wrong: Example[] = [];
  const right: Example[] = [];
  for (const group of layout.groups) {
    const whole = glyphImage(layout.inked, group);
    if (!whole || widthOf(whole.box) <= SPLIT_WIDTH * layout.height) continue;
    const cuts = new GlyphCuts(layout.inked, group, whole.box, layout.height);
    for (const piece of [whole, ...cuts.pieces()]) {
      const label = pieceLabel(piece.box, digits);
      const input = label === null ? null : glyphInput(piece.image);
      if (!input || label === null) continue;
      (label === NONE ? wrong : right).push({ input, label });
    }
  }
  return [...shuffle(wrong, rand).slice(0, WRONG_PER_NUMBER), ...shuffle(right, rand).slice(0, RIGHT_PER_NUMBER)];
}

/** About `wanted` examples from touching numbers, each number's digits from one of `sources`. */
export function splitterExamples(sources: Recipe[][], wanted: number, rand: Random): Example[] {
  const examples: Example[] = [];
  for (let tries = 0; examples.length < wanted && tries < wanted * 4; tries++) examples.push(...numberExamples(pick(sources, rand), rand));
  return examples;
}
