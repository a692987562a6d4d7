/**
 * Straight lines touching a written number: the vertical border of a stamp's box or a table
 * cell beside it, the solid rule it is written on. Joined to the digits they make one wide glyph
 * that no cut search reads, so they are painted out first. A line is a run of ink, straight within
 * a pixel, far longer than a digit is tall (a digit's own strokes never are); where a digit's
 * stroke crosses the line, the crossing pixels are kept.
 */
import type { GlyphImage } from '../glyphs/features.js';
import { digitHeight, inkMask } from './cut.js';
import { findComponents } from '../components.js';

/** A line is first looked for as a run over this share of the crop's height (or width)... */
const CROP_SHARE = 0.75;
/** ...and kept only when it is this many digit heights long: vertical, then horizontal. */
const VERTICAL_DIGITS = 1.35;
const HORIZONTAL_DIGITS = 2.2;

/** Longest run of ink along each line (column when `vertical`), two neighbouring lines OR-ed (a slight lean). */
function longestRuns(ink: Uint8Array, width: number, height: number, vertical: boolean): Int32Array {
  const lines = vertical ? width : height;
  const length = vertical ? height : width;
  const at = (line: number, k: number) => (vertical ? ink[k * width + line] : ink[line * width + k]) as number;
  const longest = new Int32Array(lines);
  for (let line = 0; line < lines; line++) {
    let run = 0;
    let gap = 0;
    for (let k = 0; k < length; k++) {
      const inked = at(line, k) === 1 || (line + 1 < lines && at(line + 1, k) === 1);
      if (inked) {
        run += gap + 1;
        gap = 0;
      } else if (run > 0 && gap === 0) {
        gap = 1; // one missing pixel (JPEG, a faint copy) does not break a line
      } else {
        run = 0;
        gap = 0;
      }
      if (run > (longest[line] as number)) longest[line] = run;
    }
  }
  return longest;
}

/** Bands of neighbouring lines whose longest run reaches `minimum`: [first, last] pairs. */
function bands(longest: Int32Array, minimum: number): [number, number][] {
  const found: [number, number][] = [];
  for (let line = 0; line < longest.length; line++) {
    if ((longest[line] as number) < minimum) continue;
    const last = found.at(-1);
    if (last && last[1] === line - 1) last[1] = line + 1 < longest.length ? line + 1 : line;
    else found.push([line, line + 1 < longest.length ? line + 1 : line]);
  }
  return found;
}

export interface RulesRemoved {
  image: GlyphImage;
  /** 1 where a line was painted out; null when there was none. */
  removed: Uint8Array | null;
}

/**
 * The band without lines at its edges that hold less than half the ink of its fullest line: the
 * neighbour OR-ed in to allow for a lean is not part of the line.
 */
function trimmed([from, to]: [number, number], ink: Uint8Array, width: number, height: number, vertical: boolean): [number, number] {
  const count = (line: number) => {
    let total = 0;
    const length = vertical ? height : width;
    for (let k = 0; k < length; k++) total += (vertical ? ink[k * width + line] : ink[line * width + k]) as number;
    return total;
  };
  const counts = Array.from({ length: to - from + 1 }, (_v, k) => count(from + k));
  const fullest = Math.max(...counts);
  let first = 0;
  let last = counts.length - 1;
  while (first < last && (counts[first] as number) < fullest / 2) first++;
  while (last > first && (counts[last] as number) < fullest / 2) last--;
  return [from + first, from + last];
}

/**
 * `gray` with lines far longer than its digits painted paper-white (crossing strokes kept); the
 * same image when there are none.
 */
export function withoutRules(gray: GlyphImage): RulesRemoved {
  const unchanged = { image: gray, removed: null };
  const { width, height } = gray;
  const ink = inkMask(gray);
  const columnRuns = longestRuns(ink, width, height, true);
  const rowRuns = longestRuns(ink, width, height, false);
  const vertical = bands(columnRuns, CROP_SHARE * height).map((band) => trimmed(band, ink, width, height, true));
  const horizontal = bands(rowRuns, CROP_SHARE * width).map((band) => trimmed(band, ink, width, height, false));
  if (vertical.length === 0 && horizontal.length === 0) return unchanged;
  const removed = new Uint8Array(ink.length);
  for (const [from, to] of vertical) for (let y = 0; y < height; y++) for (let x = from; x <= to; x++) removed[y * width + x] = 1;
  for (const [from, to] of horizontal) for (let y = from; y <= to; y++) removed.fill(1, y * width, (y + 1) * width);
  // The digits' height, measured on what is left.
  const rest = new Uint8Array(ink.length);
  for (let i = 0; i < ink.length; i++) rest[i] = ink[i] === 1 && removed[i] === 0 ? 0 : 255;
  const components = findComponents(rest, width, height).components.filter((c) => c.pixels >= 2);
  if (components.length === 0) return unchanged;
  const digits = digitHeight(components);
  const longVertical = vertical.filter(([from, to]) => Math.max(...columnRuns.slice(from, to + 1)) >= VERTICAL_DIGITS * digits);
  const longHorizontal = horizontal.filter(([from, to]) => Math.max(...rowRuns.slice(from, to + 1)) >= HORIZONTAL_DIGITS * digits);
  if (longVertical.length === 0 && longHorizontal.length === 0) return unchanged;
  const data = Uint8Array.from(gray.data);
  const painted = new Uint8Array(ink.length);
  const paper = paperLevel(gray.data, ink);
  const inkAt = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x] === 1;
  // The line's blurred edges go too (a pixel each side): once its core is gone, they would be
  // dark enough to count as ink.
  for (const [from, to] of longVertical) {
    for (let y = 0; y < height; y++) {
      // A stroke crossing the line has ink on both sides of it: keep the crossing.
      if (inkAt(from - 2, y) && inkAt(to + 2, y)) continue;
      for (let x = Math.max(0, from - 1); x <= Math.min(width - 1, to + 1); x++) {
        data[y * width + x] = paper;
        painted[y * width + x] = 1;
      }
    }
  }
  for (const [from, to] of longHorizontal) {
    for (let x = 0; x < width; x++) {
      if (inkAt(x, from - 2) && inkAt(x, to + 2)) continue;
      for (let y = Math.max(0, from - 1); y <= Math.min(height - 1, to + 1); y++) {
        data[y * width + x] = paper;
        painted[y * width + x] = 1;
      }
    }
  }
  return { image: { data, width, height }, removed: painted };
}

/** The median gray of the paper (pixels that are not ink). */
function paperLevel(data: Uint8Array, ink: Uint8Array): number {
  const counts = new Uint32Array(256);
  let total = 0;
  for (let i = 0; i < data.length; i++) {
    if (ink[i] === 1) continue;
    counts[data[i] as number]!++;
    total++;
  }
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += counts[v] as number;
    if (seen * 2 >= total) return v;
  }
  return 255;
}
