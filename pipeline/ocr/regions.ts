/**
 * What on a page is not running text, told apart by connected components:
 * - frames: a box drawn around a few lines (a receipt stamp, a boxed note), possibly a little
 *   rotated — its inside is read on its own, after the page text, so its lines do not interleave
 *   with the header lines beside it;
 * - pictures: the crest, signatures and other drawings — erased, since Tesseract only turns them
 *   into stray characters.
 * Sizes are measured against the typical glyph height, so they hold at any resolution.
 */
import { eraseComponent, findComponents } from './components.js';
import type { Component } from './components.js';
import { heightOf, widthOf } from './geometry.js';
import type { Box } from './geometry.js';

export interface Frame {
  outline: Box;
  /** The area inside the outline, where the framed text is. */
  inside: Box;
}

/** A frame is at least this big... */
const MIN_FRAME_WIDTH_INCHES = 0.8;
const MIN_FRAME_HEIGHT_INCHES = 0.3;
/** ...narrower than this share of the page (a wider grid is a table, read in place)... */
const MAX_FRAME_WIDTH_SHARE = 0.6;
/** ...and most of its ink lies near its bounding box (a rotated rectangle outline does). */
const MIN_FRAME_BORDER_SHARE = 0.6;
/** Border band: a few hundredths of an inch plus what a few degrees of rotation shift an edge. */
const BORDER_BAND_INCHES = 0.04;
const BORDER_BAND_ROTATION_SHARE = 0.06;

/** Taller than this many glyph heights is no glyph (the crest, a logo). */
const PICTURE_HEIGHT_GLYPHS = 2.8;
/** Wider than this and this sparse: pen strokes (a signature), not merged bold letters. */
const SCRIBBLE_WIDTH_GLYPHS = 4;
const SCRIBBLE_MAX_FILL = 0.12;
/**
 * Specks of scanner noise: components of at most this many pixels at 300 dpi (scaled by area).
 * A full stop or a tone mark of 12 pt type is several times larger.
 */
const SPECK_PIXELS_AT_300_DPI = 6;
/**
 * A mark (tone mark, vowel, dot, dash) belongs to a glyph within this many glyph heights: above
 * or below it, or beside it on the line. A small component farther from every glyph is noise
 * (the salt of a dirty scan), which would otherwise become lines of stray characters.
 */
const MARK_REACH_ACROSS_GLYPHS = 1.5;
const MARK_REACH_UP_DOWN_GLYPHS = 1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median height of glyph-sized components: the scale of the page's body text. */
export function typicalGlyphHeight(components: Component[], dpi: number): number {
  const heights = components
    .filter((c) => heightOf(c) >= 0.04 * dpi && heightOf(c) <= 0.4 * dpi && widthOf(c) <= 0.5 * dpi)
    .map(heightOf);
  return heights.length > 0 ? median(heights) : Math.round(0.1 * dpi);
}

function borderShare(component: Component, runs: ReturnType<typeof findComponents>['runs'], band: number): number {
  let border = 0;
  for (const i of component.runs) {
    const y = runs.row[i] as number;
    const from = runs.start[i] as number;
    const to = runs.end[i] as number;
    if (y - component.top < band || component.bottom - y < band) {
      border += to - from + 1;
      continue;
    }
    border += Math.max(0, Math.min(to, component.left + band - 1) - from + 1);
    border += Math.max(0, to - Math.max(from, component.right - band + 1) + 1);
  }
  return border / component.pixels;
}

const contains = (outer: Box, inner: Box) =>
  inner.left > outer.left && inner.right < outer.right && inner.top > outer.top && inner.bottom < outer.bottom;

/**
 * Finds frames on the binary page and erases their outlines. Returns the frames with the area
 * inside each, where the caller reads the framed text separately.
 */
export function takeFrames(
  ink: Uint8Array,
  gray: Uint8Array,
  width: number,
  height: number,
  dpi: number,
  { runs, components }: ReturnType<typeof findComponents> = findComponents(ink, width, height),
): Frame[] {
  const glyphHeight = typicalGlyphHeight(components, dpi);
  const glyphs = components.filter((c) => heightOf(c) <= 2 * glyphHeight && heightOf(c) >= 0.3 * glyphHeight);
  const frames: Frame[] = [];
  for (const c of components) {
    const w = widthOf(c);
    const h = heightOf(c);
    if (w < MIN_FRAME_WIDTH_INCHES * dpi || h < MIN_FRAME_HEIGHT_INCHES * dpi || w > MAX_FRAME_WIDTH_SHARE * width) continue;
    const band = Math.round(BORDER_BAND_INCHES * dpi + BORDER_BAND_ROTATION_SHARE * Math.min(w, h));
    if (borderShare(c, runs, band) < MIN_FRAME_BORDER_SHARE) continue;
    if (!glyphs.some((g) => contains(c, g))) continue;
    eraseComponent([ink, gray], width, runs, c);
    const outline = { left: c.left, top: c.top, right: c.right, bottom: c.bottom };
    frames.push({ outline, inside: { left: c.left + 1, top: c.top + 1, right: c.right - 1, bottom: c.bottom - 1 } });
  }
  return frames;
}

/**
 * Erases drawings (crest, signatures) and specks of noise from the binary and gray page; returns
 * the drawings' boxes, the boxes of what remains — glyph bodies and the small pieces (marks,
 * lower vowels, dots) — and the typical glyph height (measured, unless the caller knows it: the
 * pen and stamps of a page are measured against its print).
 */
export function erasePictures(
  ink: Uint8Array,
  gray: Uint8Array,
  width: number,
  height: number,
  dpi: number,
  knownGlyphHeight?: number,
): { pictures: Box[]; glyphs: Box[]; marks: Box[]; glyphHeight: number } {
  const { runs, components } = findComponents(ink, width, height);
  const glyphHeight = knownGlyphHeight ?? typicalGlyphHeight(components, dpi);
  const pictures = components.filter((c) => {
    const w = widthOf(c);
    const h = heightOf(c);
    const scribble = w > SCRIBBLE_WIDTH_GLYPHS * glyphHeight && c.pixels / (w * h) < SCRIBBLE_MAX_FILL;
    return h > PICTURE_HEIGHT_GLYPHS * glyphHeight || scribble;
  });
  const speck = Math.max(2, Math.round(SPECK_PIXELS_AT_300_DPI * (dpi / 300) ** 2));
  for (const c of components) if (c.pixels <= speck) eraseComponent([ink, gray], width, runs, c);
  for (const picture of pictures) eraseComponent([ink, gray], width, runs, picture);
  const boxOf = ({ left, top, right, bottom }: Box): Box => ({ left, top, right, bottom });
  const glyphs = components.filter((c) => {
    const h = heightOf(c);
    return c.pixels > speck && h >= 0.5 * glyphHeight && h <= 2 * glyphHeight && widthOf(c) <= 3 * glyphHeight;
  });
  const isPicture = new Set(pictures);
  const small = components.filter((c) => c.pixels > speck && !isPicture.has(c) && heightOf(c) < 0.5 * glyphHeight);
  const strays = new Set(strayMarks(small, glyphs, glyphHeight));
  for (const c of strays) eraseComponent([ink, gray], width, runs, c);
  const marks = small.filter((c) => !strays.has(c));
  return { pictures: pictures.map(boxOf), glyphs: glyphs.map(boxOf), marks: marks.map(boxOf), glyphHeight };
}

/** The marks with no glyph within reach (see MARK_REACH_*), looked up in a grid of glyph-sized cells. */
export function strayMarks<T extends Box>(marks: T[], glyphs: Box[], glyphHeight: number): T[] {
  const cell = Math.max(1, Math.round(glyphHeight));
  const grid = new Map<string, Box[]>();
  for (const g of glyphs) {
    for (let row = Math.floor(g.top / cell); row <= Math.floor(g.bottom / cell); row++) {
      for (let col = Math.floor(g.left / cell); col <= Math.floor(g.right / cell); col++) {
        const key = `${row},${col}`;
        const cellGlyphs = grid.get(key);
        if (cellGlyphs) cellGlyphs.push(g);
        else grid.set(key, [g]);
      }
    }
  }
  const across = MARK_REACH_ACROSS_GLYPHS * glyphHeight;
  const upDown = MARK_REACH_UP_DOWN_GLYPHS * glyphHeight;
  const near = (m: Box, g: Box) =>
    g.left - m.right <= across && m.left - g.right <= across && g.top - m.bottom <= upDown && m.top - g.bottom <= upDown;
  return marks.filter((m) => {
    for (let row = Math.floor((m.top - upDown) / cell); row <= Math.floor((m.bottom + upDown) / cell); row++) {
      for (let col = Math.floor((m.left - across) / cell); col <= Math.floor((m.right + across) / cell); col++) {
        if (grid.get(`${row},${col}`)?.some((g) => near(m, g))) return false;
      }
    }
    return true;
  });
}
