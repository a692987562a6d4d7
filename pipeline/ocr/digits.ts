/**
 * Re-reading the digits of OCR lines. Tesseract's Thai model confuses Thai digits badly (๖→๒,
 * ๗→๓, ๘→๕, ๔→๕, ๙→๕) and drops or doubles some; its symbol boxes are too loose to say which
 * glyph is which. So each line holding digits is cut into glyphs of its own (bodies only, marks
 * left out), every glyph is named by the glyph classifier, and that sequence is aligned with
 * Tesseract's text (marks left out too). Where the classifier sees a digit and Tesseract has a
 * digit, Latin junk or nothing at all, inside a number, the classifier's digit is taken.
 */
import { isDayOfMonth, matchMonth } from '../dates/index.js';
import type { Box } from './geometry.js';
import { glyphClassifier } from './glyphs/classifier.js';
import type { GlyphClassifier } from './glyphs/classifier.js';
import { cutLine, median } from './glyphs/cut.js';
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
/**
 * What Tesseract's Thai model emits for digits it cannot read: anything that is neither Thai,
 * a digit, a space nor the punctuation of numbers and dates (Latin letters, « “ ? | ...).
 */
const IS_JUNK = /[^\u0E00-\u0E7F0-9\s.,/:()-]/;
/** Latin letters are junk only next to digits: on their own they are words (ITA, e-mail). */
const IS_LATIN = /[A-Za-z]/;
const IS_CONSONANT = /^[ก-ฮ]$/;
/** The mark of a circular letter's number, right after its slash (มท ๐๘๑๖/ว ๔๒๙). */
const CIRCULAR_MARK = 'ว';
/** The slash and dot of a reference number or date. */
const IS_NUMBER_SIGN = /^[./]$/;
/** Signs inside or around a number: a digit Tesseract dropped next to one is in the number. */
const NUMBER_SIGNS = /^[./:,-]$/;
/** Thai letters (with any marks) right before a number, after the start or a space: a code. */
const AGENCY_CODE_BEFORE_NUMBER = /(?<=^|\s)([ก-ฮ][ก-ฮ\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]{1,4})(?=\s?[๐-๙0-9])/g;
/** The classifier overrules Tesseract's letters or signs only when this sure. */
const SURE_LETTER_PROBABILITY = 0.95;
/** Rows of full stops (leaders): no glyphs stand for them (they were erased). */
const LEADER = /\.{4,}/g;
/** The classifier must be this sure of a digit to overrule Tesseract's digit... */
const MIN_DIGIT_PROBABILITY = 0.5;
/** ...and this sure to overrule a letter or a sign Tesseract read there. */
const SURE_DIGIT_PROBABILITY = 0.9;
/** A glyph wider than this share of a digit may be digits (or a digit and a slash) touching... */
const TOUCHING_WIDTH_SHARE = 1.45;
/** ...a digit is about this many glyph heights wide when the line shows none to measure... */
const DIGIT_WIDTH_GLYPHS = 0.85;
/** ...and the pieces must read as parts of a number (digits, . / -) this surely, each and on average. */
const NUMBER_PARTS = `${THAI_DIGITS}${ARABIC_DIGITS}./-`;
const MIN_PIECE_PROBABILITY = 0.4;
const MEAN_PIECE_PROBABILITY = 0.6;
/** A gap between glyphs this wide (in glyph heights) is a space between words. */
const SPACE_GAP_GLYPHS = 0.45;
/** Digits closer than this (in glyph heights) belong to one number, whatever Tesseract spaced. */
const DIGIT_GAP_GLYPHS = 0.25;
/** Spaces are unsure on both sides (Thai runs words together): cheap to skip in alignment. */
const SPACE_SKIP_COST = 0.6;

export interface Reading {
  /** Probabilities of the classifier's labels (empty for a space). */
  probabilities: Float32Array;
  /** The classifier's best label, or ' ' for a gap wide enough to be a space. */
  label: string;
  /** Blank before this glyph, from the previous one, in glyph heights. */
  gapBefore?: number;
}

export interface PageRaster {
  ink: Uint8Array;
  gray: Uint8Array;
  width: number;
  glyphHeight: number;
}

/** A text line's region with a third of a glyph height of paper around it: Tesseract's line box can be a little tight. */
export function lineRegion(page: PageRaster, line: Box) {
  const pad = Math.round(page.glyphHeight / 3);
  return cropRegion(page, {
    left: Math.max(0, line.left - pad),
    right: Math.min(page.width - 1, line.right + pad),
    top: Math.max(0, line.top - pad),
    bottom: Math.min(page.gray.length / page.width - 1, line.bottom + pad),
  });
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

export function best(probabilities: Float32Array, labels: string[], allowed?: string): { label: string; probability: number } {
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

/** The glyph's columns [from, to) as a glyph of their own. */
function columns(glyph: GlyphCut, from: number, to: number): GlyphCut {
  const { data, width, height } = glyph.image;
  const partWidth = to - from;
  const partData = new Uint8Array(partWidth * height);
  for (let y = 0; y < height; y++) partData.set(data.subarray(y * width + from, y * width + to), y * partWidth);
  return { box: { ...glyph.box, left: glyph.box.left + from, right: glyph.box.left + to - 1 }, image: { data: partData, width: partWidth, height } };
}

/**
 * Splits a glyph into `parts` pieces (digits that touch). The cut between two pieces is searched
 * near the even cut for the one that makes both pieces read best as parts of a number; a slanted
 * pair (๔/) has no clean vertical cut, so the emptiest column is not enough.
 */
function splitGlyph(glyph: GlyphCut, parts: number, score: (piece: GlyphCut) => number): GlyphCut[] {
  const width = glyph.image.width;
  const cuts = [0];
  for (let k = 1; k < parts; k++) {
    const from = cuts[k - 1] as number;
    const even = from + (width - from) / (parts - k + 1);
    const reach = width / parts / 3;
    let bestCut = Math.round(even);
    let bestScore = -Infinity;
    for (let x = Math.max(from + 2, Math.ceil(even - reach)); x <= Math.min(width - 2, Math.floor(even + reach)); x++) {
      const value = Math.min(score(columns(glyph, from, x)), score(columns(glyph, x, width)));
      if (value > bestScore) {
        bestScore = value;
        bestCut = x;
      }
    }
    cuts.push(bestCut);
  }
  cuts.push(width);
  return cuts.slice(1).map((to, k) => columns(glyph, cuts[k] as number, to));
}

function readGlyphs(page: PageRaster, classifier: GlyphClassifier, line: Box): Reading[] {
  const region = lineRegion(page, line);
  const read = (glyph: GlyphCut): Reading => {
    const probabilities = classifier.probabilities(glyphFeatures(glyph.image, page.glyphHeight));
    return { probabilities, label: best(probabilities, classifier.labels).label };
  };
  const sure = (r: Reading) => best(r.probabilities, classifier.labels).probability;
  const cut = cutLine(region, page.glyphHeight).map((glyph) => ({ glyph, reading: read(glyph) }));
  // How wide one digit is on this line: the median of the digits read with confidence.
  const digitWidths = cut.filter((c) => IS_DIGIT.test(c.reading.label) && sure(c.reading) >= 0.9).map((c) => c.glyph.image.width);
  const digitWidth = digitWidths.length >= 2 ? median(digitWidths) : DIGIT_WIDTH_GLYPHS * page.glyphHeight;
  const glyphs = cut.flatMap(({ glyph, reading }): Array<{ glyph: GlyphCut; reading: Reading }> => {
    const parts = Math.round(glyph.image.width / digitWidth);
    const wide = glyph.image.width > TOUCHING_WIDTH_SHARE * digitWidth && parts >= 2;
    // A sure letter stays whole (ฒ ณ ญ are wide); a digit or an unsure glyph may be touching ones.
    if (!wide || (!IS_DIGIT.test(reading.label) && sure(reading) >= 0.9)) return [{ glyph, reading }];
    // Pieces of a slanted pair keep a sliver of each other: judge them among number parts only.
    const asNumberPart = (piece: GlyphCut) => best(read(piece).probabilities, classifier.labels, NUMBER_PARTS).probability;
    const pieces = splitGlyph(glyph, parts, asNumberPart).map((piece) => {
      const whole = read(piece);
      const numberPart = best(whole.probabilities, classifier.labels, NUMBER_PARTS);
      return { glyph: piece, reading: { probabilities: whole.probabilities, label: numberPart.label }, probability: numberPart.probability };
    });
    const mean = pieces.reduce((sum, p) => sum + p.probability, 0) / pieces.length;
    const readable = pieces.every((p) => p.probability >= MIN_PIECE_PROBABILITY) && mean >= MEAN_PIECE_PROBABILITY;
    const hasDigit = pieces.some((p) => IS_DIGIT.test(p.reading.label));
    return readable && hasDigit ? pieces.map((p) => ({ glyph: p.glyph, reading: p.reading })) : [{ glyph, reading }];
  });
  const readings: Reading[] = [];
  glyphs.forEach(({ glyph, reading }, k) => {
    const previous = glyphs[k - 1];
    const gapBefore = previous ? (glyph.box.left - previous.glyph.box.right) / page.glyphHeight : Infinity;
    if (gapBefore > SPACE_GAP_GLYPHS) readings.push({ probabilities: new Float32Array(0), label: ' ' });
    readings.push({ ...reading, gapBefore });
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

/** A line's text (`chars`, its body characters at `positions`) aligned with its glyph readings. */
interface Alignment {
  chars: string[];
  positions: number[];
  steps: Step[];
  readings: Reading[];
  labels: string[];
}

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
  const { inNumber, inAddress } = tokenKinds(chars);
  const readAsNumber = new Set(numbersReadAsLetters(chars, positions, steps, readings, labels));
  for (const at of readAsNumber) inNumber[at] = true;
  const codes = codeLetters(chars);
  const digitMass = (j: number) => massOf((readings[j] as Reading).probabilities, labels, script);
  const replaced = new Map<number, string>();
  const inserted = new Map<number, string>();
  /** Days Tesseract dropped whole, by the index of the last character before them (-1: the line's start). */
  const days = new Map<number, string>();
  const labelOf = (j: number | null) => (j === null ? '' : (readings[j] as Reading).label);
  const latinWords = latinWordsNotDigits(chars, positions, steps, readings, labels);
  const sureOf = (j: number) => best((readings[j] as Reading).probabilities, labels).probability;
  /** Step k's glyph is a digit. */
  const digitAt = (k: number) => isGlyphDigit(steps[k]?.glyph ?? null);
  steps.forEach((step, k) => {
    const neighbourDigits = digitAt(k - 1) || digitAt(k + 1);
    const nearText = step.text ?? steps.slice(0, k).reverse().find((s) => s.text !== null)?.text ?? null;
    if (nearText !== null && (inAddress[positions[nearText] as number] || latinWords.has(positions[nearText] as number))) return;
    if (step.text !== null && step.glyph !== null) {
      const at = positions[step.text] as number;
      const char = chars[at] as string;
      // A letter (or another digit) Tesseract read in a number, on a glyph the classifier finds
      // digit-like though it prefers a letter (๓ and ต, ๗ and ฒ, ๖ and ว are near twins in
      // loopless faces): in a number, the glyph is read among the digits only.
      const amongDigits =
        !isGlyphDigit(step.glyph) &&
        (IS_DIGIT.test(char) || (IS_CONSONANT.test(char) && (readAsNumber.has(at) || (neighbourDigits && !codes.has(at))))) &&
        inNumber[at] &&
        digitMass(step.glyph) >= DIGIT_MASS_IN_NUMBER;
      if (amongDigits) {
        replaced.set(at, digitOf(step.glyph).label);
        return;
      }
      if (!isGlyphDigit(step.glyph)) {
        // A sign Tesseract put where the classifier surely sees a letter or a slash (ว read as ")").
        const label = labelOf(step.glyph);
        const readable = IS_CONSONANT.test(label) || (inNumber[at] && IS_NUMBER_SIGN.test(label));
        const misreadSign = (IS_JUNK.test(char) && !IS_LATIN.test(char)) || (inNumber[at] && /[()]/.test(char));
        // A slash or dot read as a digit ("๘๑๑๑๗๕๘๕" for ๘๑๑๑๗/๘๕, "๐๘๑๙2๖" for ๐๘๑๙.๖), or
        // as a letter between digits ("๐๘๑๙ส๕๓๐"; not a code's letter glued to its number).
        const numberSign = inNumber[at] && IS_NUMBER_SIGN.test(label);
        const signAsDigit = numberSign && IS_DIGIT.test(char);
        const signAsLetter = numberSign && IS_CONSONANT.test(char) && !codes.has(at) && digitAt(k - 1) && digitAt(k + 1);
        if ((misreadSign || signAsDigit || signAsLetter) && readable && sureOf(step.glyph) >= SURE_LETTER_PROBABILITY) replaced.set(at, label);
        return;
      }
      const digit = digitOf(step.glyph);
      if (digit.probability < MIN_DIGIT_PROBABILITY) return;
      const sure = digit.probability >= SURE_DIGIT_PROBABILITY;
      // A digit misread as another digit, as junk, or (inside a number) as a letter.
      const junk = IS_JUNK.test(char) && (neighbourDigits || (sure && !IS_LATIN.test(char)));
      // A lone letter where the classifier surely sees a digit (๗ read as ฆ in "๗ กรกฎาคม").
      const loneLetter = IS_CONSONANT.test(char) && isLoneToken(chars, at) && digit.probability >= SURE_LETTER_PROBABILITY;
      // In a number's place (numberSlots) the classifier's best digit is enough.
      // Never the circular mark standing before its running number ("/ว 75"): a digit glyph there
      // was cut or aligned wrong (the slash and ว cut as one glyph, the number's first digit under ว).
      const inRunningNumber = inNumber[at] && !markBeforeRunningNumber(chars, at);
      const numericPlace = IS_DIGIT.test(char) || junk || (inRunningNumber && (sure || readAsNumber.has(at))) || loneLetter;
      if (numericPlace) replaced.set(at, digit.label);
    } else if (step.glyph !== null) {
      // A digit (or the slash or dot of a number) Tesseract dropped: put it back after the
      // previous character, where Tesseract's text has a number beside it. Inside a word the
      // glyphs are specks or broken strokes (letterpress, show-through) that look like a 1.
      const previous = steps.slice(0, k).reverse().find((s) => s.text !== null)?.text;
      const at = previous === undefined || previous === null ? -1 : (positions[previous] as number);
      const label = labelOf(step.glyph);
      const digit = isGlyphDigit(step.glyph) ? digitOf(step.glyph) : null;
      // A running number (after its slash or circular mark) that Tesseract began at a dot (".๕๘",
      // or "๕๕๕" over the glyphs ๔ . ๕ ๘) lost its first digit, and the dot is a speck: a digit
      // glyph before a dot glyph and a digit is put back there. Nowhere else: specks under a
      // line read "9.9." as surely as a running number's digits.
      const opensDottedNumber = labelOf(steps[k + 1]?.glyph ?? null) === '.' && digitAt(k + 2) && !digitAt(k - 1) && afterRunningMark(chars, at);
      // So is a sub-block's digit between the block's dot and the slash ("0017./" for 0017.2/).
      const subBlockDigit = labelOf(steps[k - 1]?.glyph ?? null) === '.' && digitAt(k - 2) && labelOf(steps[k + 1]?.glyph ?? null) === '/';
      const beside = neighbourDigits || opensDottedNumber || subBlockDigit;
      const dayAfter = digit && digit.probability >= SURE_DIGIT_PROBABILITY ? daySlotAfter(chars, at) : null;
      if (digit && beside && digit.probability >= MIN_DIGIT_PROBABILITY && besideNumber(chars, at, inNumber)) {
        inserted.set(at, (inserted.get(at) ?? '') + digit.label);
      } else if (digit && dayAfter !== null) {
        days.set(dayAfter, (days.get(dayAfter) ?? '') + digit.label);
      } else if (IS_NUMBER_SIGN.test(label) && neighbourDigits && sureOf(step.glyph) >= SURE_DIGIT_PROBABILITY && at >= 0 && inNumber[at]) {
        inserted.set(at, (inserted.get(at) ?? '') + label);
      }
    } else if (step.text !== null) {
      // Something Tesseract made up inside a number (nothing in the image under it), or a space
      // it put between digits that stand close together (๒๕๖ ๘).
      const at = positions[step.text] as number;
      const char = chars[at] as string;
      if (/\s/.test(char)) {
        const before = steps.slice(0, k).reverse().find((s) => s.glyph !== null)?.glyph ?? null;
        const after = steps.slice(k + 1).find((s) => s.glyph !== null)?.glyph ?? null;
        const close = after !== null && ((readings[after] as Reading).gapBefore ?? Infinity) < DIGIT_GAP_GLYPHS;
        if (isGlyphDigit(before) && isGlyphDigit(after) && close) for (let i = at; i < chars.length && /\s/.test(chars[i] as string); i++) replaced.set(i, '');
        return;
      }
      const madeUp = IS_DIGIT.test(char) || IS_JUNK.test(char) || (inNumber[at] && /[ก-๏]/.test(char) && !IS_DIGIT.test(char));
      if (madeUp && neighbourDigits) replaced.set(at, '');
    }
  });
  const alignment: Alignment = { chars, positions, steps, readings, labels };
  rereadAgencyCodes(alignment, replaced);
  rereadCircularMarks(alignment, replaced);
  // A day put back stands apart from the words around it; digits no day has are specks after all.
  const day = (i: number) => {
    const digits = days.get(i);
    if (digits === undefined || !isDayOfMonth(digits)) return '';
    return (i >= 0 ? ' ' : '') + digits + (i < 0 && chars.length > 0 ? ' ' : '');
  };
  let out = (inserted.get(-1) ?? '') + day(-1);
  let digitBefore = false;
  chars.forEach((char, i) => {
    // A mark Tesseract set on a letter that was a digit was a speck: digits carry none ("อ่" for ๑).
    if (digitBefore && IS_MARK.test(char) && !replaced.has(i)) return;
    const put = replaced.has(i) ? (replaced.get(i) as string) : char;
    digitBefore = replaced.has(i) && IS_DIGIT.test(put) && !IS_DIGIT.test(char);
    out += put + (inserted.get(i) ?? '') + day(i);
  });
  return out;
}

/**
 * Labels a date's day follows ("วันที่ ๙ กรกฎาคม", "ลงวันที่ ๙ ก.ค. ๖๘"), as Tesseract may read
 * them (its mai ek lost, its ว read as จ).
 */
const DAY_LABEL = /^(?:ลง)?[วจ]ันที\S?$/u;

/**
 * Where a glyph Tesseract dropped after text index `at` (-1: the line's start) stands in a
 * date's day: after the date label or at the line's start, a month name next; or after the label
 * ending the line (the month wrapped). Then the index of the last character of the word before
 * it (-1 at the line's start), else null. Anywhere else a lone digit-like glyph Tesseract passed
 * over is as likely a speck.
 */
function daySlotAfter(chars: string[], at: number): number | null {
  let end = at;
  while (end >= 0 && /\s/.test(chars[end] as string)) end--;
  while (end + 1 < chars.length && IS_MARK.test(chars[end + 1] as string)) end++;
  const before = chars.slice(0, end + 1).join('').split(/\s+/).at(-1) ?? '';
  const after = chars.slice(end + 1).join('').trimStart().split(/\s+/)[0] ?? '';
  const labelled = DAY_LABEL.test(before);
  const slot = after === '' ? labelled : (labelled || before === '') && matchMonth(after) !== null;
  return slot ? end : null;
}

/**
 * The two letters of an agency code (มท, กษ, สฎ) in front of a reference number, re-read by the
 * classifier: Tesseract splits letters with tails (ฎ → มฏ). A run of Thai letters directly before
 * digits (in the same token or the next) is replaced by the classifier's two consonants when it
 * reads exactly two, surely, and their letters differ from Tesseract's (marks aside).
 */
function rereadAgencyCodes({ chars, positions, steps, readings, labels }: Alignment, replaced: Map<number, string>): void {
  const text = chars.join('');
  for (const match of text.matchAll(AGENCY_CODE_BEFORE_NUMBER)) {
    const from = match.index ?? 0;
    const to = from + (match[1] as string).length;
    const inside = (s: Step) => s.text !== null && (positions[s.text] as number) >= from && (positions[s.text] as number) < to;
    const first = steps.findIndex(inside);
    const last = steps.length - 1 - [...steps].reverse().findIndex(inside);
    if (first < 0) continue;
    const glyphs = steps.slice(first, last + 1).flatMap((s) => (s.glyph === null ? [] : [readings[s.glyph] as Reading]));
    const letters = glyphs.map((g) => g.label).join('');
    const sure = glyphs.every((g) => IS_CONSONANT.test(g.label) && best(g.probabilities, labels).probability >= SURE_LETTER_PROBABILITY);
    const skeleton = chars.slice(from, to).filter((c) => !IS_MARK.test(c)).join('');
    if (glyphs.length !== 2 || !sure || letters === skeleton) continue;
    replaced.set(from, letters);
    for (let i = from + 1; i < to; i++) replaced.set(i, '');
  }
}

/** Most signs Tesseract makes of one circular mark ("๑9" or "ว9" for ว). */
const MAX_MARK_SIGNS = 2;

/**
 * The circular mark ว after a number's slash, read by Tesseract as a digit or two ("0894/9709"
 * for 0894/ว709, "๑9429" for ว429) or as ว and a digit ("ว9 3372"): where the classifier surely
 * sees ว right after a slash (or sees it at all, where Tesseract read ว there too), what Tesseract
 * put between that slash and the next glyph's text is the mark.
 */
function rereadCircularMarks({ chars, positions, steps, readings, labels }: Alignment, replaced: Map<number, string>): void {
  const glyphSteps = steps.filter((s) => s.glyph !== null && (readings[s.glyph] as Reading).label !== ' ');
  glyphSteps.forEach((step, k) => {
    const slash = glyphSteps[k - 1];
    const reading = readings[step.glyph as number] as Reading;
    if (reading.label !== CIRCULAR_MARK) return;
    if (slash?.text == null || chars[positions[slash.text] as number] !== '/') return;
    const from = (positions[slash.text] as number) + 1;
    const nextText = glyphSteps.slice(k + 1).find((s) => s.text !== null)?.text;
    const to = nextText == null ? chars.length : (positions[nextText] as number);
    const run = chars.slice(from, to).filter((c) => !/\s/.test(c));
    // Where Tesseract read the mark itself, the classifier agreeing is enough (ว and ๖ are near twins).
    if (run[0] !== CIRCULAR_MARK && best(reading.probabilities, labels).probability < SURE_LETTER_PROBABILITY) return;
    const markRead = run.length > 0 && run.length <= MAX_MARK_SIGNS && run.every((c, i) => IS_DIGIT.test(c) || (i === 0 && c === CIRCULAR_MARK));
    if (!markRead || run.every((c) => c === CIRCULAR_MARK)) return;
    let mark = CIRCULAR_MARK;
    for (let i = from; i < to; i++) {
      if (/\s/.test(chars[i] as string)) continue;
      replaced.set(i, mark);
      mark = '';
    }
  });
}

/**
 * Characters of Latin words (letters, no digit) that the glyphs under them do not surely show
 * as digits: real words ("Assessment", re-read in English already), left alone. Latin junk where
 * every glyph is surely a digit ("ale" for ๗๙) is re-read.
 */
function latinWordsNotDigits(chars: string[], positions: number[], steps: Step[], readings: Reading[], labels: string[]): Set<number> {
  const kept = new Set<number>();
  for (const match of chars.join('').matchAll(/\S+/g)) {
    const from = match.index ?? 0;
    const to = from + [...match[0]].length;
    const token = chars.slice(from, to);
    if (!token.some((c) => IS_LATIN.test(c)) || token.some((c) => IS_DIGIT.test(c))) continue;
    const glyphs = steps
      .filter((s) => s.text !== null && s.glyph !== null && (positions[s.text] as number) >= from && (positions[s.text] as number) < to)
      .map((s) => readings[s.glyph as number] as Reading);
    const allDigits = glyphs.length > 0 && glyphs.every((g) => IS_DIGIT.test(g.label) && best(g.probabilities, labels).probability >= SURE_DIGIT_PROBABILITY);
    if (!allDigits) for (let i = from; i < to; i++) kept.add(i);
  }
  return kept;
}

/** Share of a glyph's probability on the line's digits that makes it a digit where a number stands. */
const DIGIT_MASS_IN_NUMBER = 0.25;

function massOf(probabilities: Float32Array, labels: string[], allowed: string): number {
  return labels.reduce((sum, label, i) => sum + (allowed.includes(label) ? (probabilities[i] as number) : 0), 0);
}

/**
 * Letters of a number that are letters: the agency code at the head of a token (มท in
 * "มท๐๘๐๔.๖/ว", two letters or more before the first digit) and the ว of a circular after its
 * slash. They are never read among digits.
 */
function codeLetters(chars: string[]): Set<number> {
  const codes = new Set<number>();
  chars.forEach((char, i) => {
    if (char === 'ว' && chars[i - 1] === '/') codes.add(i);
    if (!IS_CONSONANT.test(char) || (i > 0 && !/\s/.test(chars[i - 1] as string))) return;
    let end = i;
    while (end < chars.length && (IS_CONSONANT.test(chars[end] as string) || IS_MARK.test(chars[end] as string))) end++;
    const letters = chars.slice(i, end).filter((c) => IS_CONSONANT.test(c)).length;
    if (letters >= 2) for (let k = i; k < end; k++) codes.add(k);
  });
  return codes;
}

/** Share of every glyph's probability on digits and number signs that makes a word in a number's place a number. */
const SLOT_NUMBER_MASS = 0.4;

/** Words a number follows; จำนวน (a count: "จำนวน ๑ ฉบับ") also as Tesseract spells it, sara am in two. */
const NUMBER_LABELS = new Set(['เลขที่', 'เลขรับ', 'พ.ศ.', 'ค.ศ.', 'จำนวน', 'จํานวน']);
/** Words that stand before a month name without being its day. */
const DATE_WORDS = new Set(['เดือน', 'วันที่', 'ลงวันที่', 'วัน', 'ณ']);
const MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
/** Two or three consonants: an agency code (มท, กษ, สฎ), once marks Tesseract added are left out. */
const AGENCY_CODE = /^[ก-ฮ]{2,3}$/;

/**
 * Which words (space-separated) stand where a number must: the day before a month name and the
 * year after it or after พ.ศ., the unit after ที่ and an agency code, the running number after
 * "/ว", the number after เลขที่ or เลขรับ. Tesseract may have read such a number as letters
 * (๗ as ฒ, ๓ as ต in some faces).
 */
export function numberSlots(words: string[]): boolean[] {
  const isMonth = (word: string | undefined) => word !== undefined && word !== '' && matchMonth(word) !== null;
  return words.map((word, k) => {
    if (DATE_WORDS.has(word) || NUMBER_LABELS.has(word) || isMonth(word)) return false;
    const before = words[k - 1] ?? '';
    if (isMonth(before) || isMonth(words[k + 1]) || NUMBER_LABELS.has(before) || /\/ว?$/.test(before)) return true;
    return AGENCY_CODE.test(before.replace(MARKS, '')) && (words[k - 2] ?? '').replace(MARKS, '') === 'ท';
  });
}

/** A count's unit (จำนวน ๑ ฉบับ) with a sign or two glued before it: Tesseract lost the space after the count ("วฉบับ"). */
const COUNT_RUN_INTO_UNIT = /^(\S{1,2}?)(ฉบับ|ชุด|แผ่น|เล่ม)$/u;

/** A word that is a count run into its unit, as two words: the count's place and the unit. */
function withCountUnitApart(word: { from: number; to: number; text: string }): Array<{ from: number; to: number; text: string }> {
  const run = COUNT_RUN_INTO_UNIT.exec(word.text);
  if (!run) return [word];
  const at = word.from + run[1]!.length;
  return [{ from: word.from, to: at, text: run[1]! }, { from: at, to: word.to, text: run[2]! }];
}

/**
 * Characters of words without a digit that stand where a number must (numberSlots) and whose
 * glyphs the classifier finds, every one, more likely digits or the signs of a number than
 * anything else: a number Tesseract read as letters ("ฒต มีนาคม" for ๗๓). Such words are re-read
 * like numbers.
 */
function numbersReadAsLetters(chars: string[], positions: number[], steps: Step[], readings: Reading[], labels: string[]): number[] {
  const words: Array<{ from: number; to: number; text: string }> = [];
  chars.forEach((char, i) => {
    if (/\s/.test(char)) return;
    const last = words.at(-1);
    if (last && last.to === i) {
      last.to = i + 1;
      last.text += char;
    } else words.push({ from: i, to: i + 1, text: char });
  });
  const parts = words.flatMap(withCountUnitApart);
  const slots = numberSlots(parts.map((w) => w.text));
  return parts.flatMap((word, k) => {
    if (!slots[k] || IS_DIGIT.test(word.text)) return [];
    const inside = (s: Step) => s.text !== null && (positions[s.text] as number) >= word.from && (positions[s.text] as number) < word.to;
    const first = steps.findIndex(inside);
    if (first < 0) return [];
    const last = steps.length - 1 - [...steps].reverse().findIndex(inside);
    const glyphs = steps.slice(first, last + 1).flatMap((s) => (s.glyph === null ? [] : [readings[s.glyph] as Reading]));
    const numeric = glyphs.every((g) => massOf(g.probabilities, labels, NUMBER_PARTS) >= SLOT_NUMBER_MASS);
    return glyphs.length > 0 && numeric ? Array.from({ length: word.to - word.from }, (_, i) => word.from + i) : [];
  });
}

/**
 * The character before a place after `at` (-1: the line's start), or the next one past a space
 * (a gap Tesseract spaced), is a number's: a digit, a number's sign, or in a token read as a
 * number (`inNumber`: one holding a digit, or letters that stand for digits).
 */
function besideNumber(chars: string[], at: number, inNumber: boolean[]): boolean {
  const numeric = (i: number) => i >= 0 && i < chars.length && (inNumber[i] === true || NUMBER_SIGNS.test(chars[i] as string));
  let next = at + 1;
  while (next < chars.length && /\s/.test(chars[next] as string)) next++;
  return numeric(at) || numeric(next);
}

/** The last character at or before `at` that is not a space is a reference's slash, or its circular mark ว after one. */
function afterRunningMark(chars: string[], at: number): boolean {
  const lastBefore = (from: number) => {
    let i = from;
    while (i >= 0 && /\s/.test(chars[i] as string)) i--;
    return i;
  };
  const mark = lastBefore(at);
  return chars[mark] === '/' || (chars[mark] === CIRCULAR_MARK && chars[lastBefore(mark - 1)] === '/');
}

/** The character is the circular mark ว right after a slash, a space and a number after it ("/ว 75"). */
function markBeforeRunningNumber(chars: string[], at: number): boolean {
  if (chars[at] !== CIRCULAR_MARK || chars[at - 1] !== '/' || !/\s/.test(chars[at + 1] ?? '')) return false;
  let next = at + 1;
  while (next < chars.length && /\s/.test(chars[next] as string)) next++;
  return IS_DIGIT.test(chars[next] ?? '');
}

/** The character stands alone between spaces (or the line's ends). */
function isLoneToken(chars: string[], at: number): boolean {
  const edge = (c: string | undefined) => c === undefined || /\s/.test(c);
  return edge(chars[at - 1]) && edge(chars[at + 1]);
}

interface TokenKinds {
  /** The character's space-separated token holds a digit (a number, a date part). */
  inNumber: boolean[];
  /** The character's token is an address (e-mail, web): never re-read as digits. */
  inAddress: boolean[];
}

function tokenKinds(chars: string[]): TokenKinds {
  const inNumber = new Array<boolean>(chars.length).fill(false);
  const inAddress = new Array<boolean>(chars.length).fill(false);
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !/\s/.test(chars[i] as string)) continue;
    const token = chars.slice(start, i);
    const hasDigit = token.some((c) => IS_DIGIT.test(c));
    const word = token.join('');
    // An address has letters; an @ among digits alone is a glyph Tesseract could not place ("๑@๕๕").
    const address = (token.includes('@') && /[A-Za-z\u0E01-\u0E2E]/.test(word)) || /^(www\.|https?:)/i.test(word);
    for (let k = start; k < i; k++) {
      inNumber[k] = hasDigit;
      inAddress[k] = address;
    }
    start = i + 1;
  }
  return { inNumber, inAddress };
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
    if (!IS_DIGIT.test(line.text) && !numberSlots(line.text.split(/\s+/)).some(Boolean)) return line;
    const text = rewriteDigits(line.text, readGlyphs(raster, classifier, line.box), classifier.labels);
    if (text === line.text) return line;
    changes.push(...changedTokens(line.text, text));
    return { ...line, text };
  });
  return { lines: result, changes };
}
