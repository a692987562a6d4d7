/**
 * One glyph as the network's input: its ink (contrast-stretched, so faint ballpoint counts as much
 * as stamp ink), cut to its bounding box, scaled with its aspect ratio kept so that the longer
 * side spans GLYPH_FIT pixels, and centred in an INPUT_SIZE square. The same function prepares
 * training glyphs and glyphs cut from scans.
 */
import type { GlyphImage } from '../glyphs/features.js';

export const INPUT_SIZE = 28;
/** The glyph's longer side in the input square; the rest is margin for the 3×3 convolutions. */
const GLYPH_FIT = 22;
/** Share of full ink above which a pixel counts when the bounding box is measured. */
const BOX_INK = 0.25;

/** Ink 0 (paper) .. 1 (the glyph's darkest pixel), from 8-bit gray with white paper. */
function inkOf(glyph: GlyphImage): Float32Array {
  const { data } = glyph;
  let darkest = 255;
  for (let i = 0; i < data.length; i++) darkest = Math.min(darkest, data[i] as number);
  const range = Math.max(1, 255 - darkest);
  const ink = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) ink[i] = Math.min(1, (255 - (data[i] as number)) / range);
  return ink;
}

/** Resamples along one axis with a triangle filter wide enough to average when shrinking. */
function resampleAxis(source: Float32Array, length: number, lines: number, target: number, alongRows: boolean): Float32Array {
  const out = new Float32Array(target * lines);
  const ratio = length / target;
  const radius = Math.max(1, ratio);
  for (let t = 0; t < target; t++) {
    const centre = (t + 0.5) * ratio - 0.5;
    const first = Math.max(0, Math.ceil(centre - radius));
    const last = Math.min(length - 1, Math.floor(centre + radius));
    let total = 0;
    for (let s = first; s <= last; s++) total += 1 - Math.abs(s - centre) / radius;
    if (total <= 0) continue;
    for (let s = first; s <= last; s++) {
      const weight = (1 - Math.abs(s - centre) / radius) / total;
      for (let line = 0; line < lines; line++) {
        const from = alongRows ? line * length + s : s * lines + line;
        const to = alongRows ? line * target + t : t * lines + line;
        out[to]! += weight * (source[from] as number);
      }
    }
  }
  return out;
}

/** A plane of `width`×`height` values resampled to `toWidth`×`toHeight` (area-averaging when shrinking). */
export function resize(values: Float32Array, width: number, height: number, toWidth: number, toHeight: number): Float32Array {
  return resampleAxis(resampleAxis(values, width, height, toWidth, true), height, toWidth, toHeight, false);
}

/** The glyph scaled into the network's input square, or null when it holds no ink. */
export function glyphInput(glyph: GlyphImage): Float32Array | null {
  const ink = inkOf(glyph);
  let left = glyph.width;
  let right = -1;
  let top = glyph.height;
  let bottom = -1;
  for (let y = 0; y < glyph.height; y++) {
    for (let x = 0; x < glyph.width; x++) {
      if ((ink[y * glyph.width + x] as number) < BOX_INK) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return null;
  const boxWidth = right - left + 1;
  const boxHeight = bottom - top + 1;
  const box = new Float32Array(boxWidth * boxHeight);
  for (let y = 0; y < boxHeight; y++) box.set(ink.subarray((top + y) * glyph.width + left, (top + y) * glyph.width + right + 1), y * boxWidth);
  const scale = GLYPH_FIT / Math.max(boxWidth, boxHeight);
  const width = Math.max(1, Math.round(boxWidth * scale));
  const height = Math.max(1, Math.round(boxHeight * scale));
  const scaled = resize(box, boxWidth, boxHeight, width, height);
  let max = 0;
  for (const value of scaled) max = Math.max(max, value);
  const input = new Float32Array(INPUT_SIZE * INPUT_SIZE);
  const offsetX = Math.floor((INPUT_SIZE - width) / 2);
  const offsetY = Math.floor((INPUT_SIZE - height) / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) input[(offsetY + y) * INPUT_SIZE + offsetX + x] = (scaled[y * width + x] as number) / max;
  }
  return input;
}
