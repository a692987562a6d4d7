/**
 * Whole numbers as a hand or a stamp puts them on a letter: characters of one face on one
 * baseline (so that a hyphen sits at mid-height and a full stop on the line), spaced apart or
 * run together, then slanted and wobbled as one. Used to measure the recognizer on numbers and
 * to train the network on the splitter's own cuts.
 */
import { findComponents } from '../../pipeline/ocr/components.js';
import { ARABIC_DIGITS, THAI_DIGITS } from '../../pipeline/ocr/handwriting/labels.js';
import type { Script } from '../../pipeline/ocr/handwriting/labels.js';
import type { Face } from './faces.js';
import { between, cropToInk, drawMask, randomWarp, warpMask } from './ink.js';
import type { Mask, Random } from './ink.js';

const PIXELS = 64;

export interface CharSpan {
  char: string;
  /** Columns of the character's ink in the number's mask. */
  left: number;
  right: number;
}

export interface NumberMask {
  mask: Mask;
  spans: CharSpan[];
}

const isDigit = (char: string) => /[0-9๐-๙]/u.test(char);

/** A character on the shared baseline, full canvas height, cut to the columns of its ink; null without ink. */
function charColumns(alias: string, char: string): Mask | null {
  const full = drawMask(PIXELS * 3, (context) => {
    context.font = `${PIXELS}px ${alias}`;
    context.fillText(char, PIXELS * 0.6, PIXELS * 1.9);
  });
  let left = full.width;
  let right = -1;
  for (let y = 0; y < full.height; y++) {
    for (let x = 0; x < full.width; x++) {
      if ((full.data[y * full.width + x] as number) > 0.1) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  if (right < 0) return null;
  const width = right - left + 1;
  const data = new Float32Array(width * full.height);
  for (let y = 0; y < full.height; y++) data.set(full.data.subarray(y * full.width + left, y * full.width + right + 1), y * width);
  return { data, width, height: full.height };
}

/** Digit height of a face's script, for spacing in proportion. */
function inkHeight(mask: Mask): number {
  let top = mask.height;
  let bottom = -1;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if ((mask.data[y * mask.width + x] as number) > 0.1) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return bottom - top + 1;
}

/** Masks of one height side by side, gap k between mask k and k + 1 (negative: overlapping). */
function lay(masks: Mask[], chars: string[], gap: (k: number) => number): NumberMask {
  let width = 0;
  const lefts = masks.map((m, k) => {
    const left = Math.max(0, width + (k > 0 ? Math.round(gap(k - 1)) : 0));
    width = Math.max(width, left + m.width);
    return left;
  });
  const rows = (masks[0] as Mask).height;
  const data = new Float32Array(width * rows);
  masks.forEach((m, k) => {
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < m.width; x++) {
        const at = y * width + (lefts[k] as number) + x;
        data[at] = Math.max(data[at] as number, m.data[y * m.width + x] as number);
      }
    }
  });
  return { mask: { data, width, height: rows }, spans: chars.map((char, k) => ({ char, left: lefts[k] as number, right: (lefts[k] as number) + (masks[k] as Mask).width - 1 })) };
}

/**
 * `text` in `face` (Thai digits from its Thai alias, the rest from its Latin one), each gap
 * `gap(k, digitHeight)` pixels wide (negative: run together), all on one baseline.
 */
export function composeNumber(face: Face, text: string, gap: (k: number, height: number) => number): NumberMask | null {
  const chars = [...text];
  const masks = chars.map((char) => {
    const thai = /[๐-๙]/u.test(char);
    const alias = thai ? face.thai : (face.latin ?? face.thai);
    return alias ? charColumns(alias, char) : null;
  });
  if (masks.some((m) => !m)) return null;
  const height = inkHeight(masks.find((_m, k) => isDigit(chars[k] as string)) as Mask);
  return lay(masks as Mask[], chars, (k) => gap(k, height));
}

/**
 * Glyph masks of different heights run together on a common foot: each neighbouring pair
 * overlaps more until all the ink is one piece; null when it never is within a third of the
 * height.
 */
export function joinTouching(masks: Mask[], chars: string[], rand: Random): NumberMask | null {
  const rows = Math.max(...masks.map((m) => m.height));
  const footed = masks.map((m) => {
    const data = new Float32Array(m.width * rows);
    data.set(m.data, (rows - m.height) * m.width);
    return { data, width: m.width, height: rows };
  });
  const overlap = between(rand, 0.02, 0.08);
  for (let extra = 0; extra <= 0.3; extra += 0.04) {
    const made = lay(footed, chars, () => -(overlap + extra) * rows);
    if (inkPieces(made.mask) === 1) return made;
  }
  return null;
}

/** How many ink pieces the mask has (ink above half strength, specks left out). */
export function inkPieces(mask: Mask): number {
  const ink = Uint8Array.from(mask.data, (v) => (v > 0.5 ? 0 : 255));
  return findComponents(ink, mask.width, mask.height).components.filter((c) => c.pixels > 12).length;
}

/** The number slanted, turned and wobbled as one hand writes it (a stamp much less), cut to its ink. */
export function handOver(mask: Mask, rigid: boolean, rand: Random): Mask | null {
  const warp = randomWarp(rand, rigid ? 0.25 : 0.7);
  return cropToInk(warpMask(cropToInk(mask, 2) ?? mask, { ...warp, elastic: warp.elastic * 0.5 }, rand), 2);
}

export const digitsOf = (script: Script) => (script === 'thai' ? THAI_DIGITS : ARABIC_DIGITS);

export function randomDigits(script: Script, count: number, rand: Random): string {
  const digits = digitsOf(script);
  return Array.from({ length: count }, () => digits[Math.floor(rand() * 10)] as string).join('');
}

/**
 * Digits run together: each neighbouring pair overlaps until their ink joins into one piece;
 * null when the face's shapes never join within a third of the digit height.
 */
export function touchingNumber(face: Face, text: string, rand: Random): NumberMask | null {
  const overlap = between(rand, 0.02, 0.08);
  for (let extra = 0; extra <= 0.3; extra += 0.04) {
    const made = composeNumber(face, text, (_k, height) => -(overlap + extra) * height);
    if (!made) return null;
    if (inkPieces(made.mask) === 1) return made;
  }
  return null;
}
