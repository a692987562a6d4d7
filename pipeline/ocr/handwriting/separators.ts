/**
 * The separators of written numbers, found by where they sit among the digits rather than by
 * their shape (a dot is a dot; what makes it a full stop is its place): the colon of a time
 * (19:12:15), the full stop of a time or a unit number (15.00, 0301.10.1) and the hyphen of a
 * date (06-01-2568). Slashes are glyphs the network reads. A separator counts only in a gap
 * between two digits, placed against the two digits around it (a slanted or tilted number's
 * band moves along it).
 *
 * The dotted leader a number is written on puts dots in the same gaps. A leader is a row of three
 * or more dots at one height, some under a digit or past the number's ends (or four and more);
 * a dot of that row is the writer's only if it is clearly bigger than the leader's dots or off
 * their beat. One that cannot be told either way (no leader dot near enough to take the beat
 * from) makes the number doubtful: unread, never a guess.
 */
import type { Component } from '../components.js';
import type { Box } from '../geometry.js';

export interface Separator {
  char: ':' | '.' | '-';
  box: Box;
}

export interface Band {
  top: number;
  bottom: number;
}

/** A full stop is at least this share of the digit height, and about the pen's stroke wide (STROKE_SHARE of it). */
const MIN_DOT = 0.08;
const STROKE_SHARE = 0.8;
/** Dots whose centres are this close in height (share of the digit height) are one row. */
const SAME_ROW = 0.1;
/** A dot this far off the leader's beat (share of its pitch) is not one of its dots. */
const OFF_BEAT = 0.3;
/** The beat is taken from a leader dot at most this many pitches away (the pitch is fitted over the whole row, so it does not drift far). */
const BEAT_REACH = 6;
/** A dot this many times the leader dots' area is the writer's. */
const BIGGER = 2.2;

const centreX = (b: Box) => (b.left + b.right) / 2;
const centreY = (b: Box) => (b.top + b.bottom) / 2;
const widthOf = (b: Box) => b.right - b.left + 1;
const heightOf = (b: Box) => b.bottom - b.top + 1;
const areaOf = (b: Box) => widthOf(b) * heightOf(b);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function columnOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return Math.max(0, overlap) / Math.min(widthOf(a), widthOf(b));
}

/** The rows the two glyphs around gap k span, on average: the digits' band there. */
function localBand(glyphs: Box[], k: number): Band {
  const left = glyphs[k] as Box;
  const right = glyphs[k + 1] as Box;
  return { top: (left.top + right.top) / 2, bottom: (left.bottom + right.bottom) / 2 };
}

/** The gap between two neighbouring glyphs that holds `x`, as the index of the left glyph; -1 if none. */
function gapOf(x: number, glyphs: Box[], slack: number): number {
  for (let k = 0; k + 1 < glyphs.length; k++) {
    if (x >= (glyphs[k] as Box).right - slack && x <= (glyphs[k + 1] as Box).left + slack) return k;
  }
  return -1;
}

/**
 * The leader's pitch from the steps between its visible dots: the shortest step of which most
 * steps are whole multiples (digits hide some dots; a full stop among them adds a short step).
 */
function leaderPitch(steps: number[]): number {
  for (const candidate of steps) {
    // Refined over all steps, so that the beat does not drift over several hidden dots.
    const beats = steps.map((step) => Math.max(1, Math.round(step / Math.max(1, candidate))));
    const pitch = steps.reduce((a, b) => a + b, 0) / beats.reduce((a, b) => a + b, 0);
    const onBeat = steps.filter((step) => Math.abs(step / pitch - Math.round(step / pitch)) < OFF_BEAT).length;
    if (onBeat >= 0.7 * steps.length) return pitch;
  }
  return Math.max(1, steps.at(-1) as number);
}

type DotKind = 'leader' | 'writer' | 'doubtful';

/** Whether `dot` is the leader's, the writer's, or cannot be told, from its row (the dots at its height). */
function dotKind(dot: Component, row: Component[], glyphs: Box[], height: number): DotKind {
  if (row.length < 3) return 'writer';
  const outside = row.some((d) => gapOf(centreX(d), glyphs, 0.05 * height) < 0);
  if (!outside && row.length < 4) return 'writer';
  const others = row.filter((d) => d !== dot);
  if (areaOf(dot) >= BIGGER * median(others.map(areaOf))) return 'writer';
  const xs = row.map(centreX).sort((a, b) => a - b);
  const pitch = leaderPitch(xs.slice(1).map((x, k) => x - (xs[k] as number)).sort((a, b) => a - b));
  const x = centreX(dot);
  const distance = Math.min(...others.map((d) => Math.abs(centreX(d) - x)));
  if (distance > BEAT_REACH * pitch) return 'doubtful';
  const beats = distance / pitch;
  return Math.abs(beats - Math.round(beats)) < OFF_BEAT ? 'leader' : 'writer';
}

/** Pairs of dots of like size one above the other, in the upper and lower parts of the digits' band, in a gap: colons. */
function colons(dots: Component[], glyphs: Box[], height: number, used: Set<Component>): Separator[] {
  const found: Separator[] = [];
  const sorted = [...dots].sort((a, b) => a.top - b.top);
  for (const upper of sorted) {
    if (used.has(upper) || heightOf(upper) < 0.08 * height) continue;
    const gap = gapOf(centreX(upper), glyphs, 0.05 * height);
    if (gap < 0) continue;
    const band = localBand(glyphs, gap);
    const span = band.bottom - band.top;
    if (centreY(upper) < band.top - 0.1 * height || centreY(upper) > band.top + 0.6 * span) continue;
    const lower = sorted.find(
      (d) =>
        d !== upper &&
        !used.has(d) &&
        d.top > upper.bottom &&
        centreY(d) >= band.top + 0.5 * span &&
        d.bottom <= band.bottom + 0.15 * height &&
        columnOverlap(upper, d) > 0.3 &&
        Math.max(areaOf(d), areaOf(upper)) <= 3 * Math.min(areaOf(d), areaOf(upper)),
    );
    if (!lower) continue;
    used.add(upper).add(lower);
    found.push({ char: ':', box: { left: Math.min(upper.left, lower.left), top: upper.top, right: Math.max(upper.right, lower.right), bottom: lower.bottom } });
  }
  return found;
}

/** Short level strokes around the digits' mid-height, in a gap between digits: hyphens. */
function hyphens(marks: Component[], glyphs: Box[], height: number, used: Set<Component>): Separator[] {
  const found: Separator[] = [];
  for (const mark of marks) {
    if (used.has(mark)) continue;
    const w = widthOf(mark);
    const h = heightOf(mark);
    if (w < 0.12 * height || w > 1.0 * height || h > 0.3 * height || w < 1.3 * h) continue;
    const gap = gapOf(centreX(mark), glyphs, 0.05 * height);
    if (gap < 0) continue;
    const band = localBand(glyphs, gap);
    const y = centreY(mark);
    const span = band.bottom - band.top;
    if (y < band.top + 0.05 * span || y > band.top + 0.8 * span) continue;
    used.add(mark);
    found.push({ char: '-', box: mark });
  }
  return found;
}

/** Whether the dot sits on the foot of the digits around gap k (low in their band, not below it). */
function onFoot(dot: Box, glyphs: Box[], k: number, height: number): boolean {
  const band = localBand(glyphs, k);
  return centreY(dot) >= band.top + 0.65 * (band.bottom - band.top) && dot.bottom <= band.bottom + 0.2 * height;
}

/**
 * The separators among `glyphs` (the digits' boxes, left to right): colons and full stops from
 * `dots` (components smaller than a digit both ways), hyphens from `dots` and `flats` (level
 * pieces too flat for a digit). `stroke` is the pen's stroke width: a full stop is no thinner.
 * `doubtful` is set when a dot in a gap may or may not be a full stop.
 */
export function findSeparators(dots: Component[], flats: Component[], glyphs: Box[], height: number, stroke: number): { separators: Separator[]; doubtful: boolean } {
  const used = new Set<Component>();
  const smallest = Math.max(MIN_DOT * height, STROKE_SHARE * stroke);
  // Leader dots first, so that none is taken for the lower dot of a colon.
  const inGaps = new Map<number, Component[]>();
  let doubtful = false;
  for (const dot of dots) {
    const row = dots.filter((d) => Math.abs(centreY(d) - centreY(dot)) <= SAME_ROW * height);
    const kind = dotKind(dot, row, glyphs, height);
    if (kind === 'leader') used.add(dot);
    const gap = gapOf(centreX(dot), glyphs, 0.05 * height);
    const candidate = gap >= 0 && onFoot(dot, glyphs, gap, height) && widthOf(dot) >= smallest && heightOf(dot) >= smallest;
    if (kind === 'doubtful' && candidate) doubtful = true;
    if (kind === 'writer' && candidate) inGaps.set(gap, [...(inGaps.get(gap) ?? []), dot]);
  }
  const separators = [...colons(dots, glyphs, height, used), ...hyphens([...flats, ...dots], glyphs, height, used)];
  // A dot of a full stop's size high in a gap, in no colon: half a colon, or a mark that is no
  // separator; either way the digits around it are not sure to be one number.
  for (const dot of dots) {
    const gap = gapOf(centreX(dot), glyphs, 0.05 * height);
    if (used.has(dot) || gap < 0 || widthOf(dot) < smallest || heightOf(dot) < smallest || onFoot(dot, glyphs, gap, height)) continue;
    const band = localBand(glyphs, gap);
    if (centreY(dot) >= band.top && centreY(dot) <= band.bottom) doubtful = true;
  }
  // One dot in a gap is a full stop; two are not (leader dots missed, a smudge).
  for (const inGap of inGaps.values()) {
    const free = inGap.filter((d) => !used.has(d));
    if (free.length === 1) separators.push({ char: '.', box: free[0] as Component });
    else if (free.length > 1) doubtful = true;
  }
  return { separators, doubtful };
}
