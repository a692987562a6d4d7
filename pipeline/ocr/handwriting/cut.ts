/**
 * From a gray crop to glyph images: ink found by Otsu's threshold (with a floor on contrast, so
 * blank paper has no ink), connected components, and the gray picture of chosen components (all
 * other pixels white), optionally only within a range of columns. Training glyphs are cut by the
 * same functions.
 */
import { findComponents } from '../components.js';
import type { Component, InkRuns } from '../components.js';
import type { Box } from '../geometry.js';
import type { GlyphImage } from '../glyphs/features.js';
import { otsuThreshold } from '../preprocess.js';

/** Below this spread between paper and ink, the crop is taken to be blank. */
const MIN_CONTRAST = 48;

export interface InkedCrop {
  gray: GlyphImage;
  runs: InkRuns;
  components: Component[];
}

/** 1 where the crop has ink (Otsu's threshold), 0 elsewhere; all 0 on blank paper. */
export function inkMask(gray: GlyphImage): Uint8Array {
  const { data } = gray;
  let darkest = 255;
  let brightest = 0;
  for (let i = 0; i < data.length; i++) {
    const value = data[i] as number;
    if (value < darkest) darkest = value;
    if (value > brightest) brightest = value;
  }
  const threshold = brightest - darkest < MIN_CONTRAST ? 0 : otsuThreshold(data);
  const ink = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) ink[i] = (data[i] as number) < threshold ? 1 : 0;
  return ink;
}

/** The crop's ink components; none on blank paper. */
export function inkComponents(gray: GlyphImage): InkedCrop {
  const ink = inkMask(gray);
  for (let i = 0; i < ink.length; i++) ink[i] = ink[i] === 1 ? 0 : 255;
  const { runs, components } = findComponents(ink, gray.width, gray.height);
  return { gray, runs, components };
}

/** The digits' height: the median height of components at least 40 % as tall as the tallest. */
export function digitHeight(components: Component[]): number {
  const heights = components.map((c) => c.bottom - c.top + 1).sort((a, b) => a - b);
  const tallest = heights.at(-1) as number;
  const tall = heights.filter((h) => h >= 0.4 * tallest);
  return tall[Math.floor(tall.length / 2)] as number;
}

export function unionBox(boxes: Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** Per row (crop y), the first and last column of a piece of a glyph that is being split. */
export interface Columns {
  from(y: number): number;
  to(y: number): number;
}

/**
 * The gray pixels of `members` (within `columns`, if given) on white, cut to the box of that
 * ink; null when no ink is left.
 */
export function glyphImage(crop: InkedCrop, members: Component[], columns?: Columns): { box: Box; image: GlyphImage } | null {
  const spans: [number, number, number][] = [];
  for (const c of members) {
    for (const i of c.runs) {
      const y = crop.runs.row[i] as number;
      const start = columns ? Math.max(columns.from(y), crop.runs.start[i] as number) : (crop.runs.start[i] as number);
      const end = columns ? Math.min(columns.to(y), crop.runs.end[i] as number) : (crop.runs.end[i] as number);
      if (start <= end) spans.push([y, start, end]);
    }
  }
  if (spans.length === 0) return null;
  const box = {
    left: Math.min(...spans.map((s) => s[1])),
    top: Math.min(...spans.map((s) => s[0])),
    right: Math.max(...spans.map((s) => s[2])),
    bottom: Math.max(...spans.map((s) => s[0])),
  };
  const width = box.right - box.left + 1;
  const height = box.bottom - box.top + 1;
  const data = new Uint8Array(width * height).fill(255);
  for (const [y, start, end] of spans) {
    const source = y * crop.gray.width;
    data.set(crop.gray.data.subarray(source + start, source + end + 1), (y - box.top) * width + (start - box.left));
  }
  return { box, image: { data, width, height } };
}
