/**
 * Cutting a stretch of a text line into glyphs for the glyph classifier: connected components
 * that reach into the line's core zone (between the tops and bottoms of its consonants) are
 * glyph bodies; pieces of one broken stroke (overlapping columns) are joined; marks wholly above
 * or below the core are left out, as digits never carry any. Used alike on rendered training
 * glyphs and on scans.
 */
import { findComponents } from '../components.js';
import type { Component, InkRuns } from '../components.js';
import type { Box } from '../geometry.js';
import type { GlyphImage } from './features.js';

export interface Region {
  /** Binary: below 128 is ink. */
  ink: Uint8Array;
  /** Gray, same geometry. */
  gray: Uint8Array;
  width: number;
  height: number;
}

export interface GlyphCut {
  /** In region pixels. */
  box: Box;
  image: GlyphImage;
}

/** A component belongs to the core when at least this share of its height lies inside it. */
const MIN_CORE_SHARE = 0.4;
/** Components whose columns overlap by this share of the narrower one are one glyph. */
const SAME_GLYPH_OVERLAP = 0.6;

function coreShare(c: Component, core: { top: number; bottom: number }): number {
  const overlap = Math.min(c.bottom, core.bottom) - Math.max(c.top, core.top) + 1;
  return Math.max(0, overlap) / (c.bottom - c.top + 1);
}

function columnOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return Math.max(0, overlap) / Math.min(a.right - a.left + 1, b.right - b.left + 1);
}

function groupBodies(bodies: Component[]): Component[][] {
  const groups: Component[][] = [];
  for (const body of [...bodies].sort((a, b) => a.left - b.left)) {
    const group = groups.find((g) => g.some((member) => columnOverlap(member, body) >= SAME_GLYPH_OVERLAP));
    if (group) group.push(body);
    else groups.push([body]);
  }
  return groups;
}

function imageOf(region: Region, runs: InkRuns, group: Component[]): GlyphCut {
  const box = {
    left: Math.min(...group.map((c) => c.left)),
    top: Math.min(...group.map((c) => c.top)),
    right: Math.max(...group.map((c) => c.right)),
    bottom: Math.max(...group.map((c) => c.bottom)),
  };
  const width = box.right - box.left + 1;
  const height = box.bottom - box.top + 1;
  const data = new Uint8Array(width * height).fill(255);
  for (const c of group) {
    for (const i of c.runs) {
      const y = runs.row[i] as number;
      const from = runs.start[i] as number;
      const to = runs.end[i] as number;
      const source = y * region.width;
      data.set(region.gray.subarray(source + from, source + to + 1), (y - box.top) * width + (from - box.left));
    }
  }
  return { box, image: { data, width, height } };
}

/** Glyphs of the region whose bodies reach into `core` (rows, region coordinates), left to right. */
export function cutGlyphs(region: Region, core: { top: number; bottom: number }): GlyphCut[] {
  const { runs, components } = findComponents(region.ink, region.width, region.height);
  const bodies = components.filter((c) => coreShare(c, core) >= MIN_CORE_SHARE);
  return groupBodies(bodies)
    .map((group) => imageOf(region, runs, group))
    .sort((a, b) => a.box.left - b.box.left);
}

/** Body glyphs are within this range of the page's glyph height; smaller ones are marks. */
const CORE_GLYPH_RANGE = [0.6, 1.6] as const;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Rows of the line's core zone (consonant bodies), in region coordinates. */
export function coreZone(region: Pick<Region, 'ink' | 'width' | 'height'>, glyphHeight: number): { top: number; bottom: number } {
  const [low, high] = CORE_GLYPH_RANGE;
  const bodies = findComponents(region.ink, region.width, region.height).components.filter((c) => {
    const height = c.bottom - c.top + 1;
    return height >= low * glyphHeight && height <= high * glyphHeight;
  });
  if (bodies.length === 0) return { top: 0, bottom: region.height - 1 };
  return { top: median(bodies.map((c) => c.top)), bottom: median(bodies.map((c) => c.bottom)) };
}

/**
 * The glyphs of one text line (a region around it, `glyphHeight` the page's typical glyph
 * height): the line's core zone, then its glyph bodies, left to right.
 */
export function cutLine(region: Region, glyphHeight: number): GlyphCut[] {
  return cutGlyphs(region, coreZone(region, glyphHeight));
}
