/**
 * Splitting a glyph that may be digits run together. Cuts are tried at the lowest minima of the
 * ink's column profile, each free to bend around the ink (joined digits overlap); every way of
 * cutting the glyph at some of them (the uncut glyph too) is scored by how surely each piece is
 * one digit. The search prefers fewer, surer pieces: each extra piece costs, and when another way
 * of cutting reads a different number almost as well, the glyph is left unread rather than
 * guessed. The network was trained on this module's own wrong cuts (pieces of digits, digits
 * left joined) as non-digits, so such pieces score low.
 */
import type { Component } from '../components.js';
import type { Box } from '../geometry.js';
import type { GlyphImage } from '../glyphs/features.js';
import { glyphImage } from './cut.js';
import type { InkedCrop } from './cut.js';

/** A glyph wider than this share of the digit height may be several digits run together. */
export const SPLIT_WIDTH = 0.75;
/** Pieces of a split glyph are this wide at least and at most (shares of the digit height). */
const MIN_PIECE = 0.15;
const MAX_PIECE = 1.4;
/** Cuts tried per glyph: the lowest minima of its column profile, this far apart (share of height). */
const MAX_CUTS = 8;
const CUT_SPACING = 0.12;
/** How far a cut may bend away from its starting column, as a share of the digit height. */
const CUT_BEND = 0.25;
/** Log-score cost of each extra piece: a glyph is split only when the pieces are clearly better. */
const PIECE_COST = 0.5;
/**
 * Another way of cutting that reads a different number, every piece plausible (PLAUSIBLE), within
 * this much log score of the best, makes the glyph unread.
 */
const AMBIGUITY = 1.5;
const PLAUSIBLE = 0.6;
/**
 * A piece cut out of a wider glyph is read only this surely: a cut may carry a bit of the
 * neighbour or miss a bit of the digit, so a piece needs more than a glyph that stood alone.
 */
export const PIECE_CONFIDENCE = 0.95;

export interface Piece {
  box: Box;
  image: GlyphImage;
}

/** How the search sees a piece: its label probabilities, how surely it is one character, and which. */
export interface PieceJudge {
  classify(image: GlyphImage): Float32Array | null;
  /** Probability of the piece's best reading (a digit of the number's script, or a slash). */
  score(p: Float32Array): number;
  /** The best reading's name, to tell readings apart. */
  reading(p: Float32Array): string;
  /** Whether that reading is at least this sure. */
  readable(p: Float32Array, confidence: number): boolean;
}

export interface ScoredPiece {
  box: Box;
  probabilities: Float32Array;
}

/** The ways a wide glyph can be cut: cut paths, and the piece between any two of them. */
export class GlyphCuts {
  /** Column where each piece may start: the glyph's left, every cut's start, its right + 1. */
  readonly starts: number[];
  private readonly paths: Int32Array[];
  private readonly cache = new Map<string, Piece | null>();

  constructor(
    private readonly crop: InkedCrop,
    private readonly group: Component[],
    readonly box: Box,
    readonly height: number,
  ) {
    const cuts = cutPaths(crop, group, box, height);
    this.paths = cuts.map((c) => c.path);
    this.starts = [box.left, ...cuts.map((c) => c.start), box.right + 1];
  }

  get last(): number {
    return this.starts.length - 1;
  }

  /** Whether the piece from start i to start j is as wide as a digit may be (the whole glyph always is). */
  allowed(i: number, j: number): boolean {
    if (i === 0 && j === this.last) return true;
    const width = (this.starts[j] as number) - (this.starts[i] as number);
    return width >= MIN_PIECE * this.height && width <= MAX_PIECE * this.height;
  }

  /** The ink between cut i and cut j (0 = the glyph's left edge, last = its right edge). */
  piece(i: number, j: number): Piece | null {
    const key = `${i},${j}`;
    if (!this.cache.has(key)) {
      const left = i === 0 ? null : (this.paths[i - 1] as Int32Array);
      const right = j === this.last ? null : (this.paths[j - 1] as Int32Array);
      const top = this.box.top;
      this.cache.set(
        key,
        glyphImage(this.crop, this.group, {
          from: (y) => (left ? (left[y - top] as number) : this.box.left),
          to: (y) => (right ? (right[y - top] as number) - 1 : this.box.right),
        }),
      );
    }
    return this.cache.get(key) ?? null;
  }

  /** Every piece the search may weigh, the uncut glyph left out. */
  pieces(): Piece[] {
    const found: Piece[] = [];
    for (let i = 0; i < this.last; i++) {
      for (let j = i + 1; j <= this.last; j++) {
        if (i === 0 && j === this.last) continue;
        const piece = this.allowed(i, j) ? this.piece(i, j) : null;
        if (piece) found.push(piece);
      }
    }
    return found;
  }
}

/**
 * The best way to cut the glyph (the uncut glyph, `whole`, competing), and whether another way
 * that reads differently comes close enough to make the reading doubtful.
 */
export function bestCut(cuts: GlyphCuts, judge: PieceJudge, whole: ScoredPiece): { pieces: ScoredPiece[]; ambiguous: boolean } {
  const scored = new Map<string, ScoredPiece | null>();
  const scoredPiece = (i: number, j: number): ScoredPiece | null => {
    if (i === 0 && j === cuts.last) return whole;
    const key = `${i},${j}`;
    if (!scored.has(key)) {
      const piece = cuts.allowed(i, j) ? cuts.piece(i, j) : null;
      const probabilities = piece && judge.classify(piece.image);
      scored.set(key, piece && probabilities ? { box: piece.box, probabilities } : null);
    }
    return scored.get(key) ?? null;
  };
  interface Way {
    pieces: ScoredPiece[];
    score: number;
  }
  const ways: Way[] = [];
  // Every sequence of cuts (at most 2^MAX_CUTS, each a sum over cached pieces).
  const walk = (from: number, pieces: ScoredPiece[], score: number) => {
    if (from === cuts.last) {
      ways.push({ pieces, score });
      return;
    }
    for (let to = from + 1; to <= cuts.last; to++) {
      const piece = scoredPiece(from, to);
      if (!piece) continue;
      walk(to, [...pieces, piece], score + Math.log(Math.max(1e-6, judge.score(piece.probabilities))) - (pieces.length > 0 ? PIECE_COST : 0));
    }
  };
  walk(0, [], 0);
  if (ways.length === 0) return { pieces: [whole], ambiguous: false };
  const best = ways.reduce((a, b) => (b.score > a.score ? b : a));
  const text = (w: Way) => w.pieces.map((p) => judge.reading(p.probabilities)).join(',');
  const plausible = (w: Way) => w.pieces.every((p) => judge.readable(p.probabilities, PLAUSIBLE));
  const bestText = text(best);
  const ambiguous = ways.some((w) => w !== best && w.score >= best.score - AMBIGUITY && plausible(w) && text(w) !== bestText);
  return { pieces: best.pieces, ambiguous };
}

/**
 * Where digits run together are likely joined: paths from the glyph's top to its bottom, each
 * starting at one of the lowest minima of the ink's column profile and free to bend (a row at a
 * time, within CUT_BEND of it) to cross as little ink as possible, since joined digits overlap.
 * Each path gives, per row, the first column right of the cut.
 */
function cutPaths(crop: InkedCrop, group: Component[], box: Box, height: number): { start: number; path: Int32Array }[] {
  const width = box.right - box.left + 1;
  const rows = box.bottom - box.top + 1;
  const ink = new Uint8Array(width * rows);
  const profile = new Float32Array(width);
  for (const c of group) {
    for (const i of c.runs) {
      const y = (crop.runs.row[i] as number) - box.top;
      for (let x = (crop.runs.start[i] as number) - box.left; x <= (crop.runs.end[i] as number) - box.left; x++) {
        ink[y * width + x] = 1;
        profile[x]! += 1;
      }
    }
  }
  const margin = Math.ceil(MIN_PIECE * height);
  const minima: number[] = [];
  for (let x = margin; x < width - margin; x++) {
    if ((profile[x] as number) <= (profile[x - 1] as number) && (profile[x] as number) <= (profile[x + 1] as number)) minima.push(x);
  }
  minima.sort((a, b) => (profile[a] as number) - (profile[b] as number));
  const chosen: number[] = [];
  for (const x of minima) {
    if (chosen.length === MAX_CUTS) break;
    if (chosen.every((c) => Math.abs(c - x) >= CUT_SPACING * height)) chosen.push(x);
  }
  const bend = Math.max(1, Math.round(CUT_BEND * height));
  return chosen.sort((a, b) => a - b).map((start) => ({ start: start + box.left, path: cheapestPath(ink, width, rows, start, bend, box.left) }));
}

/**
 * The path from top to bottom row that crosses the least ink, starting near column `start` and
 * moving at most one column per row, never more than `bend` from `start`; a slight pull back to
 * `start` breaks ties. Returns, per row, the path's column + `offset`.
 */
function cheapestPath(ink: Uint8Array, width: number, rows: number, start: number, bend: number, offset: number): Int32Array {
  const low = Math.max(1, start - bend);
  const high = Math.min(width - 1, start + bend);
  const span = high - low + 1;
  let cost = new Float64Array(span);
  let next = new Float64Array(span);
  const back = new Int8Array(rows * span);
  const step = (y: number, k: number) => (ink[y * width + low + k] as number) + 0.05 * Math.abs(low + k - start);
  for (let k = 0; k < span; k++) cost[k] = step(0, k);
  for (let y = 1; y < rows; y++) {
    for (let k = 0; k < span; k++) {
      let best = cost[k] as number;
      let move = 0;
      if (k > 0 && (cost[k - 1] as number) < best) [best, move] = [cost[k - 1] as number, -1];
      if (k < span - 1 && (cost[k + 1] as number) < best) [best, move] = [cost[k + 1] as number, 1];
      next[k] = best + step(y, k);
      back[y * span + k] = move;
    }
    [cost, next] = [next, cost];
  }
  let k = 0;
  for (let i = 1; i < span; i++) if ((cost[i] as number) < (cost[k] as number)) k = i;
  const path = new Int32Array(rows);
  for (let y = rows - 1; y >= 0; y--) {
    path[y] = low + k + offset;
    k += back[y * span + k] as number;
  }
  return path;
}
