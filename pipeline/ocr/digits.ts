/**
 * Re-reading the digits of OCR lines. Tesseract's Thai model confuses Thai digits badly (๖→๒,
 * ๗→๓, ๘→๕, ๔→๕, ๙→๕) and drops or doubles some; its symbol boxes are too loose to say which
 * glyph is which. So each line holding digits is cut into glyphs of its own (bodies only, marks
 * left out), every glyph is named by the glyph classifier, and that sequence is aligned with
 * Tesseract's text (marks left out too). Where the classifier sees a digit and Tesseract has a
 * digit, Latin junk or nothing at all, inside a number, the classifier's digit is taken.
 */
import { findComponents } from './components.js';
import type { Box } from './geometry.js';
import { glyphClassifier } from './glyphs/classifier.js';
import type { GlyphClassifier } from './glyphs/classifier.js';
import { cutGlyphs } from './glyphs/cut.js';
import type { GlyphCut } from './glyphs/cut.js';
import { glyphFeatures } from './glyphs/features.js';
import type { PreparedPage } from './preprocess.js';
import type { OcrLine } from './recognize-lines.js';

export interface DigitChange {
  before: string;
  after: string;
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const ARABIC_DIGITS = '0123456789';
const IS_DIGIT = /[๐-๙0-9]/;
/** Marks above and below the line: not glyph bodies, so not in the aligned sequence. */
const IS_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** Latin letters and signs Tesseract's Thai model emits for digits it cannot read. */
const IS_JUNK = /[A-Za-z?|!<>“”'"%&@#$*+=~^_]/;
/** Rows of full stops (leaders): no glyphs stand for them (they were erased). */
const LEADER = /\.{4,}/g;
/** The classifier must be this sure of a digit to overrule Tesseract's digit... */
const MIN_DIGIT_PROBABILITY = 0.5;
/** ...and this sure to overrule a letter or a sign Tesseract read there. */
const SURE_DIGIT_PROBABILITY = 0.9;
/** A glyph wider than this many glyph heights may be digits touching... */
const TOUCHING_WIDTH_GLYPHS = 1.25;
/** ...each about this wide; the pieces must all read as digits this surely. */
const DIGIT_WIDTH_GLYPHS = 0.85;
const SPLIT_DIGIT_PROBABILITY = 0.7;
/** A gap between glyphs this wide (in glyph heights) is a space between words. */
const SPACE_GAP_GLYPHS = 0.45;
/** Spaces are unsure on both sides (Thai runs words together): cheap to skip in alignment. */
const SPACE_SKIP_COST = 0.6;
/** Body glyphs are within this range of the page's glyph height; smaller ones are marks. */
const CORE_GLYPH_RANGE = [0.6, 1.6] as const;

export interface Reading {
  /** Probabilities of the classifier's labels (empty for a space). */
  probabilities: Float32Array;
  /** The classifier's best label, or ' ' for a gap wide enough to be a space. */
  label: string;
}

interface PageRaster {
  ink: Uint8Array;
  gray: Uint8Array;
  width: number;
  glyphHeight: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function cropRegion(page: PageRaster, box: Box) {
  const width = box.right - box.left + 1;
  const height = box.bottom - box.top + 1;
  const ink = new Uint8Array(width * height);
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const start = (box.top + y) * page.width + box.left;
    ink.set(page.ink.subarray(start, start + width), y * width);
    gray.set(page.gray.subarray(start, start + width), y * width);
  }
  return { ink, gray, width, height };
}

/** Rows of the line's core zone (consonant bodies), in region coordinates. */
function coreZone(region: { ink: Uint8Array; width: number; height: number }, glyphHeight: number): { top: number; bottom: number } {
  const [low, high] = CORE_GLYPH_RANGE;
  const bodies = findComponents(region.ink, region.width, region.height).components.filter((c) => {
    const height = c.bottom - c.top + 1;
    return height >= low * glyphHeight && height <= high * glyphHeight;
  });
  if (bodies.length === 0) return { top: 0, bottom: region.height - 1 };
  return { top: median(bodies.map((c) => c.top)), bottom: median(bodies.map((c) => c.bottom)) };
}

function best(probabilities: Float32Array, labels: string[], allowed?: string): { label: string; probability: number } {
  let label = '';
  let probability = -1;
  labels.forEach((candidate, i) => {
    if ((allowed === undefined || allowed.includes(candidate)) && (probabilities[i] as number) > probability) {
      probability = probabilities[i] as number;
      label = candidate;
    }
  });
  return { label, probability };
}

/** Splits a glyph into `parts` at the emptiest columns near the even cuts (digits that touch). */
function splitGlyph(glyph: GlyphCut, parts: number): GlyphCut[] {
  const { data, width, height } = glyph.image;
  const columnInk = (x: number) => {
    let ink = 0;
    for (let y = 0; y < height; y++) ink += 255 - (data[y * width + x] as number);
    return ink;
  };
  const cuts = [0];
  for (let k = 1; k < parts; k++) {
    const even = (width * k) / parts;
    const reach = width / parts / 3;
    let cut = Math.round(even);
    for (let x = Math.ceil(even - reach); x <= Math.floor(even + reach); x++) if (columnInk(x) < columnInk(cut)) cut = x;
    cuts.push(cut);
  }
  cuts.push(width);
  return cuts.slice(1).map((to, k) => {
    const from = cuts[k] as number;
    const partWidth = to - from;
    const partData = new Uint8Array(partWidth * height);
    for (let y = 0; y < height; y++) partData.set(data.subarray(y * width + from, y * width + to), y * partWidth);
    return { box: { ...glyph.box, left: glyph.box.left + from, right: glyph.box.left + to - 1 }, image: { data: partData, width: partWidth, height } };
  });
}

function readGlyphs(page: PageRaster, classifier: GlyphClassifier, line: Box): Reading[] {
  // Tesseract's line box can be a little tight: take some paper around it.
  const pad = Math.round(page.glyphHeight / 3);
  const box = {
    left: Math.max(0, line.left - pad),
    right: Math.min(page.width - 1, line.right + pad),
    top: Math.max(0, line.top - pad),
    bottom: Math.min(page.gray.length / page.width - 1, line.bottom + pad),
  };
  const region = cropRegion(page, box);
  const core = coreZone(region, page.glyphHeight);
  const read = (glyph: GlyphCut): Reading => {
    const probabilities = classifier.probabilities(glyphFeatures(glyph.image, page.glyphHeight));
    return { probabilities, label: best(probabilities, classifier.labels).label };
  };
  const glyphs = cutGlyphs(region, core).flatMap((glyph) => {
    const whole = read(glyph);
    const sure = (r: Reading) => best(r.probabilities, classifier.labels).probability;
    const parts = Math.round(glyph.image.width / (DIGIT_WIDTH_GLYPHS * page.glyphHeight));
    if (glyph.image.width <= TOUCHING_WIDTH_GLYPHS * page.glyphHeight || parts < 2 || sure(whole) >= 0.9) {
      return [{ glyph, reading: whole }];
    }
    const pieces = splitGlyph(glyph, parts).map((piece) => ({ glyph: piece, reading: read(piece) }));
    const digits = pieces.every((p) => IS_DIGIT.test(p.reading.label) && sure(p.reading) >= SPLIT_DIGIT_PROBABILITY);
    return digits ? pieces : [{ glyph, reading: whole }];
  });
  const readings: Reading[] = [];
  glyphs.forEach(({ glyph, reading }, k) => {
    const previous = glyphs[k - 1];
    if (previous && glyph.box.left - previous.glyph.box.right > SPACE_GAP_GLYPHS * page.glyphHeight) {
      readings.push({ probabilities: new Float32Array(0), label: ' ' });
    }
    readings.push(reading);
  });
  return readings;
}

/**
 * Tesseract's text as glyph bodies: index into the text of each body character, and of the
 * first character of each run of spaces (a word gap).
 */
function bodyCharacters(text: string): number[] {
  const chars = [...text];
  const leaders = new Set<number>();
  for (const match of text.matchAll(LEADER)) for (let i = 0; i < match[0].length; i++) leaders.add((match.index ?? 0) + i);
  const positions: number[] = [];
  chars.forEach((char, i) => {
    const space = /\s/.test(char);
    if (space && i > 0 && !/\s/.test(chars[i - 1] as string)) positions.push(i);
    if (!space && !IS_MARK.test(char) && !leaders.has(i)) positions.push(i);
  });
  return positions;
}

/** Body form of a character for alignment: ำ is a mark (nikhahit) over the body า. */
const bodyOf = (char: string) => (char === 'ำ' ? 'า' : char);

type Step = { text: number | null; glyph: number | null };

/** Edit-distance alignment of Tesseract's body characters with the classified glyphs. */
function align(chars: string[], readings: Reading[]): Step[] {
  const rows = chars.length + 1;
  const cols = readings.length + 1;
  const cost = new Float64Array(rows * cols);
  const substitution = (i: number, j: number) => {
    const a = bodyOf(chars[i] as string);
    const b = (readings[j] as Reading).label;
    if (a === b || (/\s/.test(a) && b === ' ')) return 0;
    if (/\s/.test(a) || b === ' ') return 2;
    return IS_DIGIT.test(b) && IS_JUNK.test(a) ? 0.4 : 1;
  };
  const skipText = (i: number) => (/\s/.test(chars[i] as string) ? SPACE_SKIP_COST : 1);
  const skipGlyph = (j: number) => ((readings[j] as Reading).label === ' ' ? SPACE_SKIP_COST : 1);
  for (let i = 1; i < rows; i++) cost[i * cols] = (cost[(i - 1) * cols] as number) + skipText(i - 1);
  for (let j = 1; j < cols; j++) cost[j] = (cost[j - 1] as number) + skipGlyph(j - 1);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      cost[i * cols + j] = Math.min(
        (cost[(i - 1) * cols + j - 1] as number) + substitution(i - 1, j - 1),
        (cost[(i - 1) * cols + j] as number) + skipText(i - 1),
        (cost[i * cols + j - 1] as number) + skipGlyph(j - 1),
      );
    }
  }
  const steps: Step[] = [];
  let i = chars.length;
  let j = readings.length;
  while (i > 0 || j > 0) {
    const here = cost[i * cols + j] as number;
    if (i > 0 && j > 0 && Math.abs(here - ((cost[(i - 1) * cols + j - 1] as number) + substitution(i - 1, j - 1))) < 1e-9) {
      steps.push({ text: --i, glyph: --j });
    } else if (i > 0 && (j === 0 || Math.abs(here - ((cost[(i - 1) * cols + j] as number) + skipText(i - 1))) < 1e-9)) {
      steps.push({ text: --i, glyph: null });
    } else {
      steps.push({ text: null, glyph: --j });
    }
  }
  return steps.reverse();
}

/**
 * The line text with digits taken from the glyph readings (in reading order, `labels` naming the
 * classifier's outputs) where the classifier is sure and the place is numeric: a digit or junk
 * on Tesseract's side, or a gap in a number.
 */
export function rewriteDigits(text: string, readings: Reading[], labels: string[]): string {
  const chars = [...text];
  const positions = bodyCharacters(text);
  const steps = align(positions.map((p) => chars[p] as string), readings);
  const isGlyphDigit = (j: number | null) => j !== null && IS_DIGIT.test((readings[j] as Reading).label);
  const thai = readings.reduce((sum, r) => sum + [...THAI_DIGITS].reduce((s, d) => s + (r.probabilities[labels.indexOf(d)] ?? 0), 0), 0);
  const arabic = readings.reduce((sum, r) => sum + [...ARABIC_DIGITS].reduce((s, d) => s + (r.probabilities[labels.indexOf(d)] ?? 0), 0), 0);
  const script = thai >= arabic ? THAI_DIGITS : ARABIC_DIGITS;
  const digitOf = (j: number) => best((readings[j] as Reading).probabilities, labels, script);
  const inNumber = numericTokens(chars);
  const replaced = new Map<number, string>();
  const inserted = new Map<number, string>();
  steps.forEach((step, k) => {
    const neighbourDigits = isGlyphDigit(steps[k - 1]?.glyph ?? null) || isGlyphDigit(steps[k + 1]?.glyph ?? null);
    if (step.text !== null && step.glyph !== null) {
      const at = positions[step.text] as number;
      const char = chars[at] as string;
      const digit = digitOf(step.glyph);
      if (!isGlyphDigit(step.glyph) || digit.probability < MIN_DIGIT_PROBABILITY) return;
      const sure = digit.probability >= SURE_DIGIT_PROBABILITY;
      // A digit misread as another digit, as junk, or (inside a number) as a letter.
      const numericPlace = IS_DIGIT.test(char) || (IS_JUNK.test(char) && (neighbourDigits || sure)) || (inNumber[at] && sure);
      if (numericPlace) replaced.set(at, digit.label);
    } else if (step.glyph !== null && isGlyphDigit(step.glyph)) {
      // A digit Tesseract dropped: put it back after the previous character.
      const digit = digitOf(step.glyph);
      const previous = steps.slice(0, k).reverse().find((s) => s.text !== null)?.text;
      const at = previous === undefined || previous === null ? -1 : (positions[previous] as number);
      if (neighbourDigits && digit.probability >= MIN_DIGIT_PROBABILITY) inserted.set(at, (inserted.get(at) ?? '') + digit.label);
    } else if (step.text !== null && step.glyph === null) {
      // Something Tesseract made up inside a number (nothing in the image under it).
      const at = positions[step.text] as number;
      const char = chars[at] as string;
      const madeUp = IS_DIGIT.test(char) || IS_JUNK.test(char) || (inNumber[at] && !/\s/.test(char));
      if (madeUp && neighbourDigits) replaced.set(at, '');
    }
  });
  let out = inserted.get(-1) ?? '';
  chars.forEach((char, i) => {
    out += replaced.has(i) ? replaced.get(i) : char;
    out += inserted.get(i) ?? '';
  });
  return out;
}

/** For each character: whether its space-separated token holds a digit (a number, a date part). */
function numericTokens(chars: string[]): boolean[] {
  const result = new Array<boolean>(chars.length).fill(false);
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !/\s/.test(chars[i] as string)) continue;
    const hasDigit = chars.slice(start, i).some((c) => IS_DIGIT.test(c));
    for (let k = start; k < i; k++) result[k] = hasDigit;
    start = i + 1;
  }
  return result;
}

/** Tokens (space-separated) that differ between two versions of a line. */
function changedTokens(before: string, after: string): DigitChange[] {
  const a = before.split(/\s+/);
  const b = after.split(/\s+/);
  if (a.length !== b.length) return [{ before, after }];
  return a.flatMap((token, i) => (token === b[i] ? [] : [{ before: token, after: b[i] as string }]));
}

/**
 * Lines with their digits re-read, and each changed token as before/after. Only the line text
 * changes; words and symbols keep what Tesseract read.
 */
export function rereadDigits(
  lines: OcrLine[],
  page: PreparedPage,
  classifier: GlyphClassifier = glyphClassifier(),
): { lines: OcrLine[]; changes: DigitChange[] } {
  const raster: PageRaster = { ink: page.ink, gray: page.gray.data, width: page.gray.width, glyphHeight: page.glyphHeight };
  const changes: DigitChange[] = [];
  const result = lines.map((line) => {
    if (!IS_DIGIT.test(line.text)) return line;
    const text = rewriteDigits(line.text, readGlyphs(raster, classifier, line.box), classifier.labels);
    if (text === line.text) return line;
    changes.push(...changedTokens(line.text, text));
    return { ...line, text };
  });
  return { lines: result, changes };
}
