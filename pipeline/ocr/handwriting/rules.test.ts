import { describe, expect, it } from 'vitest';
import type { GlyphImage } from '../glyphs/features.js';
import { inkMask } from './cut.js';
import { withoutRules } from './rules.js';

/** Paper with dark rectangles [left, top, right, bottom] (inclusive). */
function drawing(width: number, height: number, boxes: [number, number, number, number][]): GlyphImage {
  const data = new Uint8Array(width * height).fill(245);
  for (const [left, top, right, bottom] of boxes) for (let y = top; y <= bottom; y++) for (let x = left; x <= right; x++) data[y * width + x] = 25;
  return { data, width, height };
}

const inkIn = (image: GlyphImage, left: number, right: number) => {
  const ink = inkMask(image);
  let count = 0;
  for (let y = 0; y < image.height; y++) for (let x = left; x <= right; x++) count += ink[y * image.width + x] as number;
  return count;
};

describe('withoutRules', () => {
  it('leaves a tall thin digit alone, however tight the crop', () => {
    const one = drawing(12, 30, [[4, 0, 7, 29]]);
    expect(withoutRules(one)).toEqual({ image: one, removed: null });
  });

  it('paints out a box border running past the digits, keeping the digits and a stroke that crosses it', () => {
    // Two "digits" 20 px tall, a border through the whole 60 px crop touching the second, and a
    // stroke of the second crossing the border.
    const crop = drawing(80, 60, [[10, 20, 14, 39], [30, 20, 34, 39], [30, 29, 44, 31], [40, 0, 42, 59]]);
    const { image, removed } = withoutRules(crop);
    expect(removed).not.toBeNull();
    expect(inkIn(image, 10, 14)).toBe(100);
    expect(inkIn(image, 30, 34)).toBe(100);
    expect(inkIn(image, 40, 42)).toBe(9); // only the crossing stroke's rows
  });
});
