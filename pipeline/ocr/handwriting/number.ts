/**
 * Reading a written or stamped number from its crop: straight lines touching it (a stamp box's
 * border, a rule) painted out; ink components; dots and specks (leader dots, dust) and flat
 * pieces (rules, leader dashes) set aside by their size against the digits' height; the rest
 * grouped into glyphs by overlapping columns. A glyph wider than a digit may be digits run
 * together and goes through the cut search (split.ts). Colons, full stops and hyphens are found
 * by their place among the digits (separators.ts). Glyphs the network calls non-digits at either
 * end are stray marks and dropped, as are separators there; anything else not read at
 * MIN_CONFIDENCE, or cut in two ways that read differently, makes the whole number unread.
 */
import type { Component } from '../components.js';
import type { Box } from '../geometry.js';
import { digitHeight, glyphImage, inkComponents, unionBox } from './cut.js';
import type { InkedCrop } from './cut.js';
import type { GlyphImage } from '../glyphs/features.js';
import { glyphInput } from './glyph-input.js';
import { NOT_A_DIGIT } from './labels.js';
import type { Script } from './labels.js';
import type { DigitClassifier } from './network.js';
import { labelIndex, MIN_CONFIDENCE, readGlyph, scriptMass, valueProbability } from './reading.js';
import type { LabelIndex, ScriptOption } from './reading.js';
import { withoutRules } from './rules.js';
import { findSeparators } from './separators.js';
import { bestCut, GlyphCuts, PIECE_CONFIDENCE, SPLIT_WIDTH } from './split.js';
import type { PieceJudge } from './split.js';

export interface ReadCharacter {
  /** A digit, '/', ':', '.' or '-' as written; '?' where the glyph could not be read with confidence. */
  char: string;
  confidence: number;
  /** In crop pixels. */
  box: Box;
}

export interface HandwrittenNumber {
  /** The characters read (digits in the script written, '/', ':', '.', '-'); '' when unread. */
  text: string;
  digits: ReadCharacter[];
  /** The least confident character's confidence; 0 when nothing was read. */
  confidence: number;
  /** True when any character was below MIN_CONFIDENCE, or no digit was found: never a guess. */
  unread: boolean;
}

/** Components smaller than this share of the digit height both ways are dots or specks. */
const SPECK = 0.3;
/** Components flatter than this share of the digit height are rules, leader dashes or hyphens. */
const FLAT = 0.3;
/**
 * A compact component up to this share of the digit height both ways, its foot on the digits'
 * foot, is a dot too (a felt pen's full stop), not a glyph.
 */
const BIG_DOT = 0.45;
/** A dot is compact: at most this much wider than tall. */
const COMPACT = 2.0;
/** Pieces left by a painted-out line this share of the digit height are not ignored: they may be a digit's. */
const DEBRIS = 0.2;
/** A non-digit at either end this far from its neighbour (share of the digit height), or this much smaller or taller, is a stray mark. */
const STRAY_GAP = 0.6;
const STRAY_SMALL = 0.55;
const STRAY_TALL = 1.6;
/** Components whose columns overlap by this share of the narrower are parts of one glyph. */
const SAME_GLYPH_OVERLAP = 0.5;
/**
 * A glyph up to SURE_WHOLE_WIDTH digit heights wide read at least SURE_WHOLE surely as one
 * character is not split (and costs no search): the network was trained to call two digits left
 * joined a non-digit. Wider glyphs always go through the search, where one that could also be
 * cut into other digits is found doubtful.
 */
const SURE_WHOLE = 0.9;
/** Thai digits are rounder and ๗ ๙ trail a tail; Arabic digits (and a zero, in either) stand upright. */
const SURE_WHOLE_WIDTH = { thai: 1.6, arabic: 1.1 };

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

/** The crop's ink sorted into glyph bodies (grouped by columns), dots and flat pieces. */
export interface NumberLayout {
  inked: InkedCrop;
  /** The digits' height in pixels. */
  height: number;
  groups: Component[][];
  dots: Component[];
  flats: Component[];
  /** The pen's stroke width: the median length of the glyph bodies' horizontal ink runs. */
  stroke: number;
  /** A line painted out left pieces that may be a digit's: the number cannot be sure. */
  doubtful: boolean;
}

function strokeWidth(inked: InkedCrop, bodies: Component[]): number {
  const lengths: number[] = [];
  for (const c of bodies) for (const i of c.runs) lengths.push((inked.runs.end[i] as number) - (inked.runs.start[i] as number) + 1);
  return lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)] ?? 1;
}

/**
 * A small piece touching where a line was painted out is what the line cut off a digit (or the
 * line's own remains), not a dot of the writer's.
 */
function isDebris(inked: InkedCrop, c: Component, removed: Uint8Array, digits: number): boolean {
  const { width, height } = inked.gray;
  if (c.bottom - c.top + 1 >= BIG_DOT * digits || c.right - c.left + 1 >= BIG_DOT * digits) return false;
  for (const i of c.runs) {
    const y = inked.runs.row[i] as number;
    for (let x = (inked.runs.start[i] as number) - 1; x <= (inked.runs.end[i] as number) + 1; x++) {
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (x >= 0 && x < width && yy >= 0 && yy < height && removed[yy * width + x] === 1) return true;
      }
    }
  }
  return false;
}

export function numberLayout(crop: GlyphImage): NumberLayout | null {
  const { image, removed } = withoutRules(crop);
  const inked = inkComponents(image);
  const marks = inked.components.filter((c) => c.pixels >= 2);
  if (marks.length === 0) return null;
  const height = digitHeight(marks);
  const debris = removed ? marks.filter((c) => isDebris(inked, c, removed, height)) : [];
  const components = marks.filter((c) => !debris.includes(c));
  // Debris of some size may be what is left of a digit the line ran along: the number is in doubt.
  const doubtful = debris.some((c) => c.bottom - c.top + 1 >= DEBRIS * height || c.right - c.left + 1 >= DEBRIS * height);
  const bodies: Component[] = [];
  const dots: Component[] = [];
  const flats: Component[] = [];
  for (const c of components) {
    const h = c.bottom - c.top + 1;
    const w = c.right - c.left + 1;
    if (h < SPECK * height && w < SPECK * height) dots.push(c);
    else if (h >= FLAT * height) bodies.push(c);
    else if (w < BIG_DOT * height && w <= COMPACT * h) dots.push(c);
    else flats.push(c);
  }
  if (bodies.length === 0) return null;
  const feet = bodies.filter((b) => b.bottom - b.top + 1 >= 0.6 * height).map((b) => b.bottom).sort((a, b) => a - b);
  const foot = feet[Math.floor(feet.length / 2)];
  const isBigDot = (c: Component) => foot !== undefined && c.bottom - c.top + 1 < BIG_DOT * height && c.right - c.left + 1 < BIG_DOT * height && Math.abs(c.bottom - foot) <= 0.15 * height;
  const groups = groupByColumns(bodies).filter((g) => {
    if (g.length !== 1 || !isBigDot(g[0] as Component)) return true;
    dots.push(g[0] as Component);
    return false;
  });
  return { inked, height, groups, dots, flats, stroke: strokeWidth(inked, bodies), doubtful };
}

interface Glyph {
  box: Box;
  /** Label probabilities, or null for a separator found by geometry. */
  probabilities: Float32Array | null;
  /** A separator's character. */
  separator?: string;
  /** Cut out of a wider glyph: never dropped as a stray mark, since its neighbour was read. */
  piece?: boolean;
  /** Another way of cutting its glyph read differently: not read. */
  ambiguous?: boolean;
}

class Reader implements PieceJudge {
  constructor(
    private readonly classifier: DigitClassifier,
    private readonly index: LabelIndex,
    private readonly script: ScriptOption,
  ) {}

  classify(image: GlyphImage): Float32Array | null {
    const input = glyphInput(image);
    return input ? this.classifier.probabilities(input) : null;
  }

  private best(p: Float32Array): { value: number; probability: number } {
    let best = { value: -1, probability: p[this.index.slash] as number };
    for (let value = 0; value < 10; value++) {
      const probability = valueProbability(p, this.index, value, this.script);
      if (probability > best.probability) best = { value, probability };
    }
    return best;
  }

  score(p: Float32Array): number {
    return this.best(p).probability;
  }

  reading(p: Float32Array): string {
    return String(this.best(p).value);
  }

  readable(p: Float32Array, confidence: number): boolean {
    return this.best(p).probability >= confidence;
  }

  /** The script of the glyph's best reading (a zero, or a slash, counts as Arabic: upright). */
  private readingScript(p: Float32Array): Script {
    const { value } = this.best(p);
    return value > 0 && (p[this.index.thai[value] as number] as number) > (p[this.index.arabic[value] as number] as number) ? 'thai' : 'arabic';
  }

  /** The glyph as one character, or split into pieces if the pieces read better. */
  readGroup(crop: InkedCrop, group: Component[], height: number): Glyph[] {
    const whole = glyphImage(crop, group);
    if (!whole) return [];
    const wholeP = this.classify(whole.image);
    if (!wholeP) return [];
    const box = whole.box;
    const width = box.right - box.left + 1;
    const single = { box, probabilities: wholeP };
    if (width <= SPLIT_WIDTH * height || (this.score(wholeP) >= SURE_WHOLE && width <= SURE_WHOLE_WIDTH[this.readingScript(wholeP)] * height)) return [single];
    const cuts = new GlyphCuts(crop, group, box, height);
    if (cuts.last === 1) return [single];
    const { pieces, ambiguous } = bestCut(cuts, this, single);
    const piece = pieces.length > 1;
    return pieces.map((p) => ({ ...p, ...(piece ? { piece } : {}), ...(ambiguous ? { ambiguous } : {}) }));
  }
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
  const nothing: HandwrittenNumber = { text: '', digits: [], confidence: 0, unread: true };
  const layout = numberLayout(crop);
  if (!layout) return nothing;
  const { inked, height, groups, dots, flats, stroke } = layout;
  const index = labelIndex(classifier.labels);
  const reader = new Reader(classifier, index, script);
  const glyphs = groups.flatMap((group) => reader.readGroup(inked, group, height)).sort((a, b) => a.box.left - b.box.left);
  const { separators, doubtful } = findSeparators(dots, flats, glyphs.map((g) => g.box), height, stroke);
  glyphs.push(...separators.map((s): Glyph => ({ box: s.box, probabilities: null, separator: s.char })));
  glyphs.sort((a, b) => a.box.left - b.box.left);
  const writeAs = chooseScript(glyphs, index, script);
  const read = glyphs.map((g) => ({
    box: g.box,
    piece: g.piece === true,
    ambiguous: g.ambiguous === true,
    reading: g.probabilities ? readGlyph(g.probabilities, index, script, writeAs) : { char: g.separator as string, confidence: 1, value: null },
  }));
  // Stray marks and separators at either end (a tick, a stamp's edge, the label's colon) are not
  // the number's. A mark the network calls no digit is stray only when it is set apart or of
  // another size: one in line with the digits may be a digit badly written, and dropping it
  // would turn a doubt into a wrong number.
  type Read = (typeof read)[number];
  const stray = (r: Read | undefined, neighbour: Read | undefined) => {
    if (r === undefined) return false;
    if (r.reading.value === null && r.reading.char !== NOT_A_DIGIT && r.reading.char !== '/') return true;
    if (r.piece || r.reading.char !== NOT_A_DIGIT) return false;
    const h = r.box.bottom - r.box.top + 1;
    const gap = neighbour ? Math.max(neighbour.box.left - r.box.right, r.box.left - neighbour.box.right) : Infinity;
    return gap >= STRAY_GAP * height || h < STRAY_SMALL * height || h > STRAY_TALL * height;
  };
  while (stray(read[0], read[1])) read.shift();
  while (stray(read.at(-1), read.at(-2))) read.pop();
  const digits = read.map(({ box, reading, ambiguous, piece }): ReadCharacter => ({
    char: ambiguous || reading.char === NOT_A_DIGIT || reading.confidence < (piece ? PIECE_CONFIDENCE : MIN_CONFIDENCE) ? UNREAD : reading.char,
    confidence: ambiguous ? Math.min(reading.confidence, MIN_CONFIDENCE / 2) : reading.confidence,
    box,
  }));
  const unread = doubtful || layout.doubtful || digits.length === 0 || digits.some((d) => d.char === UNREAD) || !read.some((r) => r.reading.value !== null);
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
