/**
 * Finding ruled lines on a binarized page: solid underlines, table and frame borders, and the
 * dotted leader lines under the header fields of a memo (บันทึกข้อความ).
 *
 * This is a run-length scan of the binary image (an analysis, like a projection): a sharp
 * convolution of the length a rule needs costs ~270 ms per page, more than the whole
 * preprocessing budget, while one pass over the runs costs a few tens of milliseconds.
 * Lengths are in inches so the same rules hold at 200 and 300 dpi.
 */
import { collectRuns } from './components.js';
import type { InkRuns } from './components.js';

export interface Rule {
  orientation: 'horizontal' | 'vertical';
  style: 'solid' | 'dotted';
  /** Inclusive pixel bounds. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Dotted rules: distance from one dot to the next, in pixels (0 for solid rules). */
  pitch: number;
  /** Dotted rules: typical width of one dot, in pixels (0 for solid rules). */
  dotWidth: number;
}

/** Text strokes never run straight this long; rules and leader lines do. */
const MIN_RULE_INCHES = 0.4;
/** Thicker than this is a filled bar or a bold glyph, not a rule. */
const MAX_THICKNESS_INCHES = 0.03;
/** A solid rule may be broken by this much (JPEG noise, a faint copy). */
const SOLID_GAP_INCHES = 0.01;
/** Longest ink run that still counts as one dot (or dash) of a leader line. */
const MAX_DOT_INCHES = 0.06;
const MAX_DOT_GAP_INCHES = 0.05;
/** A dot has no ink this far above or below it; text strokes do. */
const DOT_ISOLATION_INCHES = 0.02;
const MIN_DOTS = 8;
/** Dotted pieces on one row this close together (inches) are one dotted rule. */
const DOTTED_BREAK_INCHES = 0.15;

interface Segment {
  /** Row of a horizontal segment, column of a vertical one. */
  at: number;
  from: number;
  to: number;
  style: Rule['style'];
  pitch: number;
  dotWidth: number;
}

interface Geometry {
  ink: Uint8Array;
  width: number;
  height: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const isInk = (g: Geometry, x: number, y: number): boolean => (g.ink[y * g.width + x] as number) < 128;

function px(inches: number, dpi: number, minimum = 1): number {
  return Math.max(minimum, Math.round(inches * dpi));
}

/** True when the rows `distance` above and below hold no ink over [from, to] (one pixel wider). */
function isolated(g: Geometry, y: number, from: number, to: number, distance: number): boolean {
  for (const row of [y - distance, y + distance]) {
    if (row < 0 || row >= g.height) continue;
    for (let x = Math.max(0, from - 1); x <= Math.min(g.width - 1, to + 1); x++) {
      if (isInk(g, x, row)) return false;
    }
  }
  return true;
}

/** Solid and dotted horizontal segments of one row, from the row's ink runs [from, to). */
function rowSegments(g: Geometry, runs: InkRuns, from: number, to: number, dpi: number, out: Segment[]): void {
  const minLength = px(MIN_RULE_INCHES, dpi);
  const solidGap = px(SOLID_GAP_INCHES, dpi);
  const maxDot = px(MAX_DOT_INCHES, dpi);
  const maxDotGap = px(MAX_DOT_GAP_INCHES, dpi);
  const isolation = px(DOT_ISOLATION_INCHES, dpi, 2);
  const y = runs.row[from] as number;
  let solidStart = -1;
  let solidLast = -1;
  let chainStart = -1;
  let chainLast = -1;
  let dotStarts: number[] = [];
  let dotWidths: number[] = [];
  const closeSolid = () => {
    if (solidStart >= 0 && solidLast - solidStart + 1 >= minLength) {
      out.push({ at: y, from: solidStart, to: solidLast, style: 'solid', pitch: 0, dotWidth: 0 });
    }
    solidStart = -1;
  };
  const closeChain = () => {
    if (dotStarts.length >= MIN_DOTS && chainLast - chainStart + 1 >= minLength) {
      const steps = dotStarts.slice(1).map((start, k) => start - (dotStarts[k] as number));
      out.push({ at: y, from: chainStart, to: chainLast, style: 'dotted', pitch: median(steps), dotWidth: median(dotWidths) });
    }
    chainStart = -1;
    dotStarts = [];
    dotWidths = [];
  };
  for (let r = from; r < to; r++) {
    const x = runs.start[r] as number;
    const end = runs.end[r] as number;
    if (solidStart >= 0 && x - solidLast - 1 > solidGap) closeSolid();
    if (solidStart < 0) solidStart = x;
    solidLast = end;
    const isDot = end - x + 1 <= maxDot && isolated(g, y, x, end, isolation);
    if (!isDot || (chainStart >= 0 && x - chainLast - 1 > maxDotGap)) closeChain();
    if (isDot) {
      if (chainStart < 0) chainStart = x;
      chainLast = end;
      dotStarts.push(x);
      dotWidths.push(end - x + 1);
    }
  }
  closeSolid();
  closeChain();
}

/**
 * Vertical solid runs, tracked per column while walking the ink runs row by row: only ink
 * pixels are visited, a column's run closes when ink comes back after a gap (or at the end).
 */
function columnSegments(g: Geometry, runs: InkRuns, dpi: number): Segment[] {
  const minLength = px(MIN_RULE_INCHES, dpi);
  const gap = px(SOLID_GAP_INCHES, dpi);
  const start = new Int32Array(g.width).fill(-1);
  const last = new Int32Array(g.width).fill(-1);
  const out: Segment[] = [];
  const close = (x: number) => {
    const from = start[x] as number;
    const to = last[x] as number;
    if (from >= 0 && to - from + 1 >= minLength) out.push({ at: x, from, to, style: 'solid', pitch: 0, dotWidth: 0 });
    start[x] = -1;
  };
  for (let r = 0; r < runs.count; r++) {
    const y = runs.row[r] as number;
    for (let x = runs.start[r] as number; x <= (runs.end[r] as number); x++) {
      if ((start[x] as number) >= 0 && y - (last[x] as number) > gap + 1) close(x);
      if ((start[x] as number) < 0) start[x] = y;
      last[x] = y;
    }
  }
  for (let x = 0; x < g.width; x++) close(x);
  return out;
}

function overlapsEnough(aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
  const overlap = Math.min(aTo, bTo) - Math.max(aFrom, bFrom) + 1;
  return overlap > 0.5 * Math.min(aTo - aFrom + 1, bTo - bFrom + 1);
}

/** Joins segments on neighbouring rows (or columns) into rules and keeps the thin ones. */
interface Group {
  first: number;
  last: number;
  from: number;
  to: number;
  style: Rule['style'];
  pitch: number;
  dotWidth: number;
}

/**
 * Groups of one style that touch or overlap are one rule: a dotted line whose dots broke into
 * separate chains on one row but not the next would otherwise come out twice. Dotted pieces on
 * one row with a short break between them (dots blurred into dashes, a gap in a bad copy) are
 * one dotted rule too.
 */
function mergeTouching(groups: Group[], dottedBreak: number): Group[] {
  const merged: Group[] = [];
  for (const group of [...groups].sort((a, b) => a.from - b.from)) {
    const reach = group.style === 'dotted' ? dottedBreak : 2;
    const touching = merged.find(
      (m) => m.style === group.style && group.first <= m.last + 2 && group.last >= m.first - 2 && group.from <= m.to + reach && group.to >= m.from - reach,
    );
    if (touching) {
      touching.first = Math.min(touching.first, group.first);
      touching.last = Math.max(touching.last, group.last);
      touching.from = Math.min(touching.from, group.from);
      touching.to = Math.max(touching.to, group.to);
    } else {
      merged.push({ ...group });
    }
  }
  return merged;
}

function groupSegments(segments: Segment[], orientation: Rule['orientation'], maxThickness: number, dottedBreak = 0): Rule[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const groups: Group[] = [];
  for (const segment of sorted) {
    const open = groups.find(
      (g) => segment.at - g.last <= 2 && overlapsEnough(g.from, g.to, segment.from, segment.to),
    );
    if (open) {
      open.last = segment.at;
      open.from = Math.min(open.from, segment.from);
      open.to = Math.max(open.to, segment.to);
    } else {
      const { from, to, style, pitch, dotWidth } = segment;
      groups.push({ first: segment.at, last: segment.at, from, to, style, pitch, dotWidth });
    }
  }
  return mergeTouching(groups, dottedBreak)
    .filter((g) => g.last - g.first + 1 <= maxThickness)
    .map((g) =>
      orientation === 'horizontal'
        ? { orientation, style: g.style, left: g.from, right: g.to, top: g.first, bottom: g.last, pitch: g.pitch, dotWidth: g.dotWidth }
        : { orientation, style: g.style, left: g.first, right: g.last, top: g.from, bottom: g.to, pitch: g.pitch, dotWidth: g.dotWidth },
    );
}

/** Rules of a binary page; `runs` are its ink runs, when already collected. */
export function findRules(ink: Uint8Array, width: number, height: number, dpi: number, runs = collectRuns(ink, width, height)): Rule[] {
  const g = { ink, width, height };
  const horizontal: Segment[] = [];
  for (let from = 0; from < runs.count; ) {
    let to = from + 1;
    while (to < runs.count && runs.row[to] === runs.row[from]) to++;
    rowSegments(g, runs, from, to, dpi, horizontal);
    from = to;
  }
  const maxThickness = px(MAX_THICKNESS_INCHES, dpi, 2);
  return [
    ...groupSegments(horizontal, 'horizontal', maxThickness, px(DOTTED_BREAK_INCHES, dpi)),
    ...groupSegments(columnSegments(g, runs, dpi), 'vertical', maxThickness),
  ];
}
