/**
 * Reading a written or stamped number from its crop: ink components; dots and specks (leader dots,
 * dust) and flat pieces (rules, leader dashes) set aside by their size against the digits' height;
 * the rest grouped into glyphs by overlapping columns. A glyph wider than a digit may be digits run
 * together: it is cut where a search over cut columns (minima of the ink's column profile), each
 * piece scored by the classifier, finds the pieces most surely digits; the uncut glyph competes
 * in the same search, so a wide digit stays whole. Two dots stacked within the digits' band are a
 * colon (19:12:15). Glyphs the network calls non-digits at either end are stray marks and dropped;
 * anything else not read at MIN_CONFIDENCE makes the whole number unread.
 */
import type { Component } from '../components.js';
import type { Box } from '../geometry.js';
import { glyphImage, inkComponents, unionBox } from './cut.js';
import type { InkedCrop } from './cut.js';
import type { GlyphImage } from '../glyphs/features.js';
import { glyphInput } from './glyph-input.js';
import { NOT_A_DIGIT } from './labels.js';
import type { Script } from './labels.js';
import type { DigitClassifier } from './network.js';
import { labelIndex, MIN_CONFIDENCE, readGlyph, scriptMass, valueProbability } from './reading.js';
import type { LabelIndex, ScriptOption } from './reading.js';

export interface ReadCharacter {
  /** A digit, '/' or ':' as written; '?' where the glyph could not be read with confidence. */
  char: string;
  confidence: number;
  /** In crop pixels. */
  box: Box;
}

export interface HandwrittenNumber {
  /** The characters read (digits in the script written, '/' and ':'); '' when unread. */
  text: string;
  digits: ReadCharacter[];
  /** The least confident character's confidence; 0 when nothing was read. */
  confidence: number;
  /** True when any character was below MIN_CONFIDENCE, or no digit was found: never a guess. */
  unread: boolean;
}

/** Components smaller than this share of the digit height both ways are dots or specks. */
const SPECK = 0.3;
/** Components flatter than this share of the digit height are rules or leader dashes. */
const FLAT = 0.3;
/** Components whose columns overlap by this share of the narrower are parts of one glyph. */
const SAME_GLYPH_OVERLAP = 0.5;
/** A glyph wider than this share of the digit height may be several digits run together. */
const SPLIT_WIDTH = 0.75;
/** Pieces of a split glyph are this wide at least and at most (shares of the digit height). */
const MIN_PIECE = 0.15;
const MAX_PIECE = 1.4;
/** Cuts tried per glyph: the lowest minima of its column profile, this far apart (share of height). */
const MAX_CUTS = 8;
const CUT_SPACING = 0.12;
/** How far a cut may bend away from its starting column, as a share of the digit height. */
const CUT_BEND = 0.25;
/** A wide glyph read at least this surely as one character is not split (and costs no search). */
const SURE_WHOLE = 0.9;
/** Log-score cost of each extra piece: a glyph is split only when the pieces are clearly better. */
const PIECE_COST = 0.3;

/** The digits' height: the median height of components at least 40 % as tall as the tallest. */
function digitHeight(components: Component[]): number {
  const heights = components.map((c) => c.bottom - c.top + 1).sort((a, b) => a - b);
  const tallest = heights.at(-1) as number;
  const tall = heights.filter((h) => h >= 0.4 * tallest);
  return tall[Math.floor(tall.length / 2)] as number;
}

function columnOverlap(a: Box, b: Box): number {
  const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return Math.max(0, overlap) / Math.min(a.right - a.left + 1, b.right - b.left + 1);
}

function groupByColumns(bodies: Component[]): Component[][] {
  const groups: Component[][] = [];
  for (const body of [...bodies].sort((a, b) => a.left - b.left)) {
    const group = groups.find((g) => columnOverlap(unionBox(g), body) >= SAME_GLYPH_OVERLAP);
    if (group) group.push(body);
    else groups.push([body]);
  }
  return groups;
}

interface Glyph {
  box: Box;
  /** Label probabilities, or null for a colon found by geometry. */
  probabilities: Float32Array | null;
  /** Cut out of a wider glyph: never dropped as a stray mark, since its neighbour was read. */
  piece?: boolean;
}

class Reader {
  constructor(
    private readonly classifier: DigitClassifier,
    private readonly index: LabelIndex,
    private readonly script: ScriptOption,
  ) {}

  classify(image: GlyphImage): Float32Array | null {
    const input = glyphInput(image);
    return input ? this.classifier.probabilities(input) : null;
  }

  /** How surely a glyph is one readable character (a digit of the script, or a slash). */
  score(p: Float32Array): number {
    let best = p[this.index.slash] as number;
    for (let value = 0; value < 10; value++) best = Math.max(best, valueProbability(p, this.index, value, this.script));
    return best;
  }

  /**
   * Where digits run together are likely joined: paths from the glyph's top to its bottom, each
   * starting at one of the lowest minima of the ink's column profile and free to bend (a row at a
   * time, within CUT_BEND of it) to cross as little ink as possible, since joined digits overlap.
   * Each path gives, per row, the first column right of the cut.
   */
  private cutPaths(crop: InkedCrop, group: Component[], box: Box, height: number): { start: number; path: Int32Array }[] {
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

  /** The glyph as one character, or split into pieces if the pieces read better. */
  readGroup(crop: InkedCrop, group: Component[], height: number): Glyph[] {
    const whole = glyphImage(crop, group);
    if (!whole) return [];
    const box = whole.box;
    const wholeP = this.classify(whole.image);
    if (!wholeP) return [];
    const single = [{ box, probabilities: wholeP }];
    if (box.right - box.left + 1 <= SPLIT_WIDTH * height || this.score(wholeP) >= SURE_WHOLE) return single;
    const cuts = this.cutPaths(crop, group, box, height);
    if (cuts.length === 0) return single;
    const starts = [box.left, ...cuts.map((c) => c.start), box.right + 1];
    const last = starts.length - 1;
    const pieces = new Map<string, Glyph | null>();
    const piece = (i: number, j: number): Glyph | null => {
      const key = `${i},${j}`;
      if (!pieces.has(key)) {
        const left = i === 0 ? null : (cuts[i - 1] as { path: Int32Array }).path;
        const right = j === last ? null : (cuts[j - 1] as { path: Int32Array }).path;
        const cut = glyphImage(crop, group, {
          from: (y) => (left ? (left[y - box.top] as number) : box.left),
          to: (y) => (right ? (right[y - box.top] as number) - 1 : box.right),
        });
        const p = cut && this.classify(cut.image);
        pieces.set(key, cut && p ? { box: cut.box, probabilities: p } : null);
      }
      return pieces.get(key) ?? null;
    };
    pieces.set(`0,${last}`, single[0] as Glyph);
    // best[j]: the best log score of pieces covering starts[0] .. starts[j].
    const best = new Float64Array(starts.length).fill(-Infinity);
    const from = new Int32Array(starts.length).fill(-1);
    best[0] = 0;
    for (let j = 1; j <= last; j++) {
      for (let i = 0; i < j; i++) {
        if (best[i] === -Infinity) continue;
        const width = (starts[j] as number) - (starts[i] as number);
        const isWhole = i === 0 && j === last;
        if (!isWhole && (width < MIN_PIECE * height || width > MAX_PIECE * height)) continue;
        const glyph = piece(i, j);
        if (!glyph?.probabilities) continue;
        const score = (best[i] as number) + Math.log(Math.max(1e-6, this.score(glyph.probabilities))) - (i > 0 ? PIECE_COST : 0);
        if (score > (best[j] as number)) {
          best[j] = score;
          from[j] = i;
        }
      }
    }
    const glyphs: Glyph[] = [];
    for (let j = last; j > 0; j = from[j] as number) glyphs.unshift(piece(from[j] as number, j) as Glyph);
    return glyphs.length > 1 ? glyphs.map((g) => ({ ...g, piece: true })) : glyphs;
  }
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

/** Pairs of dots one above the other within the digits' band: colons. */
function colons(dots: Component[], band: { top: number; bottom: number }, height: number): Glyph[] {
  const found: Glyph[] = [];
  const used = new Set<Component>();
  const sorted = [...dots].sort((a, b) => a.top - b.top);
  for (const upper of sorted) {
    if (used.has(upper) || upper.top < band.top - 0.1 * height) continue;
    const lower = sorted.find(
      (d) => d !== upper && !used.has(d) && d.top > upper.bottom + 0.1 * height && d.bottom <= band.bottom + 0.1 * height && columnOverlap(upper, d) > 0.3,
    );
    if (!lower || (upper.bottom - upper.top + 1) < 0.08 * height) continue;
    used.add(upper).add(lower);
    found.push({ box: unionBox([upper, lower]), probabilities: null });
  }
  return found;
}

/** The number's script: the one whose digits hold more of the glyphs' probability. */
function chooseScript(glyphs: Glyph[], index: LabelIndex, script: ScriptOption): Script {
  if (script !== 'either') return script;
  let thai = 0;
  let arabic = 0;
  for (const g of glyphs) {
    if (!g.probabilities) continue;
    thai += scriptMass(g.probabilities, index, 'thai');
    arabic += scriptMass(g.probabilities, index, 'arabic');
  }
  return thai >= arabic ? 'thai' : 'arabic';
}

const UNREAD = '?';

export function readNumber(classifier: DigitClassifier, crop: GlyphImage, script: ScriptOption): HandwrittenNumber {
  const inked = inkComponents(crop);
  const components = inked.components.filter((c) => c.pixels >= 2);
  const nothing: HandwrittenNumber = { text: '', digits: [], confidence: 0, unread: true };
  if (components.length === 0) return nothing;
  const height = digitHeight(components);
  const bodies: Component[] = [];
  const dots: Component[] = [];
  for (const c of components) {
    const h = c.bottom - c.top + 1;
    const w = c.right - c.left + 1;
    if (h < SPECK * height && w < SPECK * height) dots.push(c);
    else if (h >= FLAT * height) bodies.push(c);
  }
  if (bodies.length === 0) return nothing;
  const index = labelIndex(classifier.labels);
  const reader = new Reader(classifier, index, script);
  const glyphs = groupByColumns(bodies).flatMap((group) => reader.readGroup(inked, group, height));
  const band = { top: Math.min(...bodies.map((b) => b.top)), bottom: Math.max(...bodies.map((b) => b.bottom)) };
  glyphs.push(...colons(dots, band, height));
  glyphs.sort((a, b) => a.box.left - b.box.left);
  const writeAs = chooseScript(glyphs, index, script);
  const read = glyphs.map((g) => ({
    box: g.box,
    piece: g.piece === true,
    reading: g.probabilities ? readGlyph(g.probabilities, index, script, writeAs) : { char: ':', confidence: 1, value: null },
  }));
  // Stray marks at either end (a tick, a stamp's edge, the label's last letter) are not the number's.
  const stray = (r: (typeof read)[number] | undefined) => r !== undefined && !r.piece && r.reading.char === NOT_A_DIGIT;
  while (stray(read[0])) read.shift();
  while (stray(read.at(-1))) read.pop();
  const digits = read.map(({ box, reading }): ReadCharacter => ({
    char: reading.char === NOT_A_DIGIT || reading.confidence < MIN_CONFIDENCE ? UNREAD : reading.char,
    confidence: reading.confidence,
    box,
  }));
  const unread = digits.length === 0 || digits.some((d) => d.char === UNREAD) || !read.some((r) => r.reading.value !== null);
  return {
    text: unread ? '' : digits.map((d) => d.char).join(''),
    digits,
    confidence: digits.length === 0 ? 0 : Math.min(...digits.map((d) => d.confidence)),
    unread,
  };
}

/** One glyph's reading: `char` is null when it is not a digit or slash read with confidence. */
export function readOneGlyph(classifier: DigitClassifier, glyph: GlyphImage, script: ScriptOption): { char: string | null; confidence: number; label: string } {
  const inked = inkComponents(glyph);
  const cut = glyphImage(inked, inked.components.filter((c) => c.pixels >= 2));
  const input = cut && glyphInput(cut.image);
  if (!input) return { char: null, confidence: 0, label: NOT_A_DIGIT };
  const index = labelIndex(classifier.labels);
  const p = classifier.probabilities(input);
  const reading = readGlyph(p, index, script, chooseScript([{ box: cut.box, probabilities: p }], index, script));
  const readable = reading.char !== NOT_A_DIGIT && reading.confidence >= MIN_CONFIDENCE;
  return { char: readable ? reading.char : null, confidence: reading.confidence, label: reading.char };
}
