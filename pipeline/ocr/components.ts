/**
 * Connected ink components of a binary page, found on horizontal runs (8-connectivity) with a
 * union-find: a page has a few hundred thousand runs against millions of pixels, so this is fast.
 * Components tell glyphs from pictures (crest, signatures) and from frames (boxed stamps).
 */
import type { Box } from './geometry.js';

export interface InkRuns {
  count: number;
  row: Int32Array;
  start: Int32Array;
  /** Inclusive. */
  end: Int32Array;
}

export interface Component extends Box {
  pixels: number;
  /** Indexes into the runs. */
  runs: number[];
}

/** Horizontal ink runs, row by row, left to right. */
export function collectRuns(ink: Uint8Array, width: number, height: number): InkRuns {
  // A page starts with room for 64K runs; a small crop (a glyph, a number) with far less.
  let capacity = Math.min(1 << 16, Math.max(256, height * 8));
  let row = new Int32Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let count = 0;
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    let x = 0;
    while (x < width) {
      while (x < width && (ink[offset + x] as number) >= 128) x++;
      if (x >= width) break;
      const from = x;
      while (x < width && (ink[offset + x] as number) < 128) x++;
      if (count === capacity) {
        capacity *= 2;
        const grow = (a: Int32Array) => {
          const b = new Int32Array(capacity);
          b.set(a);
          return b;
        };
        row = grow(row);
        start = grow(start);
        end = grow(end);
      }
      row[count] = y;
      start[count] = from;
      end[count] = x - 1;
      count++;
    }
  }
  return { count, row, start, end };
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[i] !== root) {
    const next = parent[i] as number;
    parent[i] = root;
    i = next;
  }
  return root;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** Joins each run with the runs of the row above that touch it (diagonals included). */
function linkRuns(runs: InkRuns): Int32Array {
  const parent = Int32Array.from({ length: runs.count }, (_, i) => i);
  let previousFrom = 0;
  let previousTo = 0;
  let i = 0;
  while (i < runs.count) {
    const y = runs.row[i] as number;
    let rowEnd = i;
    while (rowEnd < runs.count && runs.row[rowEnd] === y) rowEnd++;
    const abovePresent = previousTo > previousFrom && runs.row[previousFrom] === y - 1;
    if (abovePresent) {
      let k = previousFrom;
      for (let r = i; r < rowEnd; r++) {
        while (k < previousTo && (runs.end[k] as number) < (runs.start[r] as number) - 1) k++;
        for (let m = k; m < previousTo && (runs.start[m] as number) <= (runs.end[r] as number) + 1; m++) union(parent, r, m);
      }
    }
    previousFrom = i;
    previousTo = rowEnd;
    i = rowEnd;
  }
  return parent;
}

export function findComponents(ink: Uint8Array, width: number, height: number): { runs: InkRuns; components: Component[] } {
  const runs = collectRuns(ink, width, height);
  const parent = linkRuns(runs);
  const byRoot = new Map<number, Component>();
  for (let i = 0; i < runs.count; i++) {
    const root = find(parent, i);
    const y = runs.row[i] as number;
    const from = runs.start[i] as number;
    const to = runs.end[i] as number;
    const component = byRoot.get(root);
    if (component) {
      component.left = Math.min(component.left, from);
      component.right = Math.max(component.right, to);
      component.bottom = Math.max(component.bottom, y);
      component.pixels += to - from + 1;
      component.runs.push(i);
    } else {
      byRoot.set(root, { left: from, right: to, top: y, bottom: y, pixels: to - from + 1, runs: [i] });
    }
  }
  return { runs, components: [...byRoot.values()] };
}

/** Paints a component's runs as paper in each of the images (all of the same geometry). */
export function eraseComponent(images: Uint8Array[], width: number, runs: InkRuns, component: Component): void {
  for (const i of component.runs) {
    const offset = (runs.row[i] as number) * width;
    for (const image of images) image.fill(255, offset + (runs.start[i] as number), offset + (runs.end[i] as number) + 1);
  }
}
