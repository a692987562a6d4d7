/**
 * Re-reading the signer's name under a signature, "(นายทรงศักดิ์ อินทร์แปง)". Tesseract's Thai
 * model knows words, not names: it turns the unknown "แปง" into the word "แบ่ง", reading the
 * tail of ป as a tone mark over its tail-less twin บ, and it makes up letters ("ณัฐจธิดา"). A
 * name line's glyph bodies are named by the glyph classifier (which knows each consonant's
 * shape, not words) and aligned with Tesseract's text. Three misreads are put right, and only
 * where the classifier is sure: a tail-less twin with a tone mark where the classifier sees the
 * tailed consonant, a consonant where the classifier sees no glyph between two it reads alike,
 * and a consonant with no mark over it where the classifier is all but certain (0.995) of
 * another (ณัชธิดา for ณัฐธิดา: the tail of ฐ lost). Nothing else is touched: at scan resolution
 * marks often run into their consonant, and a glyph with a mark grown into it is no consonant
 * the classifier knows (ชั looks like ป).
 */
import { findComponents } from './components.js';
import { best, type DigitChange, lineRegion, type PageRaster } from './digits.js';
import type { Box } from './geometry.js';
import { glyphClassifier, type GlyphClassifier } from './glyphs/classifier.js';
import { coreZone, cutGlyphs } from './glyphs/cut.js';
import { glyphFeatures } from './glyphs/features.js';
import type { PreparedPage } from './preprocess.js';
import type { OcrLine } from './recognize-lines.js';

/** A signature's name line: a title of person inside parentheses. */
const NAME_LINE = /^\(\s*(?:นางสาว|นาง|นาย|ว่าที่|ดร\.|พล\.|พ\.|ร\.|จ\.|ส\.|น\.|ม\.)[^()]*\)?$/u;
const CONSONANT = /^[ก-ฮ]$/u;
const UPPER_MARK = /[\u0E31\u0E34-\u0E37\u0E47-\u0E4E]/u;
const LOWER_MARK = /[\u0E38-\u0E3A]/u;
const TONE_MARK = /[\u0E48-\u0E4B]/u;
/** Consonants with a tail above and their tail-less twins. */
const TAILED: Readonly<Record<string, string>> = { บ: 'ป', ผ: 'ฝ', พ: 'ฟ' };
/** The classifier must be this sure of a tailed consonant to overrule Tesseract... */
const SURE = 0.99;
/** ...this sure of another consonant to overrule Tesseract's reading of a bare glyph... */
const CERTAIN = 0.995;
/** ...and this sure of the two glyphs around a letter Tesseract made up. */
const SURE_NEIGHBOUR = 0.95;
/** A mark is at least this wide or tall (in glyph heights): smaller ink is a speck. */
const MIN_MARK_SIZE = 0.25;
/** A mark's near edge is within this distance of the core (in glyph heights). */
const MARK_ZONE = 0.45;

interface Body {
  /** index in the line text of the base character */
  at: number;
  /** what a glyph of this character is called by the classifier (แ is two glyphs of เ) */
  glyphs: string[];
}

interface Glyph {
  label: string;
  probability: number;
  box: Box;
}

/** Tesseract's base characters (marks and spaces aside), as glyph bodies. */
function bodies(chars: string[]): Body[] {
  return chars.flatMap((c, at) => {
    if (/\s/u.test(c) || UPPER_MARK.test(c) || LOWER_MARK.test(c)) return [];
    return [{ at, glyphs: c === 'แ' ? ['เ', 'เ'] : [c === 'ำ' ? 'า' : c] }];
  });
}

/** Edit-distance alignment of body glyph names with classified glyphs: pairs [body index, glyph index]. */
function align(names: string[], glyphs: Glyph[]): Array<[number, number]> {
  const cols = glyphs.length + 1;
  const cost = new Float64Array((names.length + 1) * cols);
  for (let i = 0; i <= names.length; i++) cost[i * cols] = i;
  for (let j = 0; j <= glyphs.length; j++) cost[j] = j;
  const sub = (i: number, j: number) => (names[i] === glyphs[j]!.label ? 0 : 1);
  for (let i = 1; i <= names.length; i++) {
    for (let j = 1; j <= glyphs.length; j++) {
      cost[i * cols + j] = Math.min(cost[(i - 1) * cols + j - 1]! + sub(i - 1, j - 1), cost[(i - 1) * cols + j]! + 1, cost[i * cols + j - 1]! + 1);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = names.length, j = glyphs.length; i > 0 && j > 0; ) {
    if (cost[i * cols + j] === cost[(i - 1) * cols + j - 1]! + sub(i - 1, j - 1)) pairs.unshift([--i, --j]);
    else if (cost[i * cols + j] === cost[(i - 1) * cols + j]! + 1) i--;
    else j--;
  }
  return pairs;
}

/** The line's glyph bodies, named, and the boxes of its marks above the core. */
function readLine(raster: PageRaster, classifier: GlyphClassifier, line: Box) {
  const region = lineRegion(raster, line);
  const core = coreZone(region, raster.glyphHeight);
  const glyphs: Glyph[] = cutGlyphs(region, core).map((cut) => {
    const guess = best(classifier.probabilities(glyphFeatures(cut.image, raster.glyphHeight)), classifier.labels);
    return { label: guess.label, probability: guess.probability, box: cut.box };
  });
  // Marks sit just above the core and are no mere specks; farther up are the line above's.
  const gh = raster.glyphHeight;
  const marks = findComponents(region.ink, region.width, region.height).components.filter(
    (c) => c.right - c.left + 1 >= MIN_MARK_SIZE * gh || c.bottom - c.top + 1 >= MIN_MARK_SIZE * gh,
  );
  const above = marks.filter((c) => c.bottom < core.top && c.bottom >= core.top - MARK_ZONE * gh);
  return { glyphs, above };
}

/**
 * A consonant Tesseract read where the classifier saw no glyph at all, between two glyphs both
 * read alike (ณัฐจธิดา: no จ between ฐ and ธ), is made up: it goes, with its marks.
 */
function dropMadeUp(list: Body[], names: string[], owner: number[], pairs: Array<[number, number]>, glyphs: Glyph[], chars: string[], out: string[]): void {
  const glyphOf = new Map(pairs.map(([n, g]) => [n, g]));
  const agrees = (n: number) => glyphOf.has(n) && glyphs[glyphOf.get(n)!]!.label === names[n] && glyphs[glyphOf.get(n)!]!.probability >= SURE_NEIGHBOUR;
  names.forEach((name, n) => {
    if (glyphOf.has(n) || !CONSONANT.test(name) || !agrees(n - 1) || !agrees(n + 1)) return;
    if (glyphOf.get(n + 1)! !== glyphOf.get(n - 1)! + 1) return;
    const at = list[owner[n]!]!.at;
    out[at] = '';
    for (let k = at + 1; k < chars.length && (UPPER_MARK.test(chars[k]!) || LOWER_MARK.test(chars[k]!)); k++) out[k] = '';
  });
}

/**
 * Some mark component stands over the glyph's columns, widened by `reach` pixels each side
 * (narrowed, when `reach` is negative).
 */
function markOver(marks: Box[], glyph: Glyph, reach: number): boolean {
  return marks.some((m) => m.right >= glyph.box.left - reach && m.left <= glyph.box.right + reach);
}

/**
 * บ่ read where the classifier surely sees ป (ผ/ฝ, พ/ฟ alike), with no mark over the glyph in
 * the image: the tone mark was the tail. The twin is put back and the tone mark taken out.
 */
function restoreTails(list: Body[], pairs: Array<[number, number]>, owner: number[], glyphs: Glyph[], above: Box[], glyphHeight: number, chars: string[], out: string[]): void {
  for (const [n, g] of pairs) {
    const body = list[owner[n]!]!;
    const glyph = glyphs[g]!;
    const char = chars[body.at]!;
    if (TAILED[char] !== glyph.label || glyph.probability < SURE || markOver(above, glyph, glyphHeight / 3)) continue;
    const tone = chars.findIndex((c, k) => k > body.at && TONE_MARK.test(c) && chars.slice(body.at + 1, k).every((m) => UPPER_MARK.test(m) || LOWER_MARK.test(m)));
    if (tone < 0) continue;
    out[body.at] = glyph.label;
    out[tone] = '';
  }
}

/**
 * A consonant where the classifier is all but certain of another (ณัชธิดา: ฐ whose tail
 * Tesseract lost; ยออยิ่ง: ด), with no mark over the middle half of the glyph to have grown into it, is that other.
 */
function restoreConsonants(list: Body[], pairs: Array<[number, number]>, owner: number[], glyphs: Glyph[], above: Box[], chars: string[], out: string[]): void {
  for (const [n, g] of pairs) {
    const body = list[owner[n]!]!;
    const glyph = glyphs[g]!;
    const char = chars[body.at]!;
    if (!CONSONANT.test(char) || !CONSONANT.test(glyph.label) || glyph.label === char || TAILED[char] === glyph.label) continue;
    if (glyph.probability < CERTAIN || markOver(above, glyph, -(glyph.box.right - glyph.box.left + 1) / 4)) continue;
    out[body.at] = glyph.label;
  }
}

/** The name line re-read, or the line as it was. */
export function rereadNameLine(line: OcrLine, raster: PageRaster, classifier: GlyphClassifier): string {
  const text = line.text.trim();
  if (!NAME_LINE.test(text)) return line.text;
  const chars = [...text];
  const { glyphs, above } = readLine(raster, classifier, line.box);
  const list = bodies(chars);
  const names = list.flatMap((b) => b.glyphs);
  const owner = list.flatMap((b, k) => b.glyphs.map(() => k));
  const pairs = align(names, glyphs);
  const out = [...chars];
  dropMadeUp(list, names, owner, pairs, glyphs, chars, out);
  restoreTails(list, pairs, owner, glyphs, above, raster.glyphHeight, chars, out);
  restoreConsonants(list, pairs, owner, glyphs, above, chars, out);
  return out.join('');
}

/** Name lines of a page re-read; each change as before/after. */
export function rereadNames(lines: OcrLine[], page: PreparedPage, classifier: GlyphClassifier = glyphClassifier()): { lines: OcrLine[]; changes: DigitChange[] } {
  const raster: PageRaster = { ink: page.ink, gray: page.gray.data, width: page.gray.width, glyphHeight: page.glyphHeight };
  const changes: DigitChange[] = [];
  const result = lines.map((line) => {
    const text = rereadNameLine(line, raster, classifier);
    if (text === line.text) return line;
    changes.push({ before: line.text, after: text });
    return { ...line, text };
  });
  return { lines: result, changes };
}
