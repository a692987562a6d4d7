/**
 * Training glyphs for the glyph classifier. Short strips of type — reference numbers, dates, runs
 * of digits and of Thai letters with their marks — are drawn in a face at 8–20 pt of a 200–300
 * dpi scan, damaged by the synthetic scanner (tools/synth-scans/scan-damage.ts, light to
 * extreme), then cut into glyphs by the very code that cuts OCR lines (pipeline/ocr/glyphs). A
 * cut is labelled with the character drawn under it; cuts holding two characters (touching) or
 * part of one (broken) are not used.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { cutLine } from '../../pipeline/ocr/glyphs/cut.js';
import type { GlyphImage } from '../../pipeline/ocr/glyphs/features.js';
import { otsuThreshold } from '../../pipeline/ocr/preprocess.js';
import { type DamageLevel, damageRaster, drawProfile } from '../synth-scans/scan-damage.js';
import type { FontFace } from './faces.js';

export const THAI_DIGITS = [...'๐๑๒๓๔๕๖๗๘๙'];
export const ARABIC_DIGITS = [...'0123456789'];
/** Consonants and vowels written on the line: what a digit can be confused with, and vice versa. */
const THAI_LETTERS = [...'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาเแโใไๆฯฤ'];
const PUNCTUATION = [...'./-()'];
export const GLYPH_LABELS = [...THAI_DIGITS, ...ARABIC_DIGITS, ...THAI_LETTERS, ...PUNCTUATION];
const CONSONANTS = THAI_LETTERS.filter((c) => /[ก-ฮ]/.test(c));
/** Marks above and below a consonant: cut away as marks, unless damage joins them to it. */
const MARKS = [...'\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E48\u0E49\u0E4A\u0E4B\u0E31\u0E47\u0E4C'];
const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/** Deterministic pseudo-random numbers (mulberry32), so a training run can be repeated. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GlyphSample {
  label: number;
  /** Index of the face in the list the samples were drawn from. */
  face: number;
  image: GlyphImage;
  /** The typical glyph height of the page the glyph would stand on. */
  glyphHeight: number;
}

/** The same shares of damage as the held-out scan set (tools/synth-scans/generate.ts). */
const DAMAGE: [DamageLevel, number][] = [['light', 0.25], ['medium', 0.3], ['heavy', 0.3], ['extreme', 0.15]];
/** Type sizes of letters, in points. */
const POINTS = [8, 20] as const;
/** What is left of a page's angle once the page has been straightened. */
const RESIDUAL_ANGLE = 0.6;

const pickFrom = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

function pickWeighted<T>(rand: () => number, weighted: [T, number][]): T {
  let roll = rand();
  for (const [value, share] of weighted) {
    roll -= share;
    if (roll < 0) return value;
  }
  return weighted.at(-1)![0];
}

function digitsOf(rand: () => number, digits: string[], count: number): string {
  return Array.from({ length: count }, () => pickFrom(rand, digits)).join('');
}

/** A token shaped like the numbers of letters: a reference's unit and number, a date, an item. */
function numberToken(rand: () => number, digits: string[]): string {
  const d = (n: number) => digitsOf(rand, digits, n);
  const roll = rand();
  if (roll < 0.3) return d(1 + Math.floor(rand() * 5));
  if (roll < 0.5) return `${d(4)}.${d(1 + Math.floor(rand() * 2))}/${rand() < 0.4 ? 'ว ' : ''}${d(1 + Math.floor(rand() * 4))}`;
  if (roll < 0.65) return `${d(1 + Math.floor(rand() * 2))} ${pickFrom(rand, MONTHS)} ${d(rand() < 0.5 ? 2 : 4)}`;
  if (roll < 0.75) return `${d(2)}/${d(2)}/${d(4)}`;
  if (roll < 0.85) return `${d(1 + Math.floor(rand() * 2))}.${d(2)}`;
  if (roll < 0.93) return `(${d(1)})`;
  return `${d(3)}-${d(4)}`;
}

/** A run of Thai letters, some with a mark above or below. */
function letterToken(rand: () => number, consonantsOnly = false): string {
  const length = 1 + Math.floor(rand() * 4);
  let token = '';
  for (let i = 0; i < length; i++) {
    const letter = pickFrom(rand, consonantsOnly ? CONSONANTS : THAI_LETTERS);
    token += letter;
    if (/[ก-ฮ]/.test(letter) && rand() < 0.3) token += pickFrom(rand, MARKS);
  }
  return token;
}

/** A strip's text: an agency code or letters first (so the line has a core zone), then numbers and words. */
export function stripText(rand: () => number): string {
  const digits = rand() < 0.6 ? THAI_DIGITS : ARABIC_DIGITS;
  const tokens = [rand() < 0.5 ? `${pickFrom(rand, CONSONANTS)}${pickFrom(rand, CONSONANTS)}` : letterToken(rand, true)];
  const count = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) tokens.push(rand() < 0.6 ? numberToken(rand, digits) : letterToken(rand));
  return tokens.join(' ');
}

interface DrawnCharacter {
  label: number;
  left: number;
  right: number;
}

/** Splits text into clusters: a base character with the marks that follow it. */
function clusters(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    if (out.length > 0 && MARKS.includes(char)) out[out.length - 1] += char;
    else out.push(char);
  }
  return out;
}

export interface Strip {
  png: Buffer;
  width: number;
  height: number;
  characters: DrawnCharacter[];
}

/**
 * Variations of a face that make it another face a little: wider or narrower, slanted, strokes
 * heavier or lighter (toner spread or starved). A network trained on them takes an unseen face for
 * a neighbour of one it knows.
 */
export interface Variation {
  /** Horizontal scale. */
  width: number;
  /** Horizontal shear (x moves by `slant` × height above the baseline). */
  slant: number;
  /** Outline drawn around every stroke, in em: positive in ink (heavier), negative in paper (lighter). */
  stroke: number;
}

export const PLAIN: Variation = { width: 1, slant: 0, stroke: 0 };

function variation(rand: () => number): Variation {
  if (rand() < 0.3) return PLAIN;
  return { width: 0.85 + rand() * 0.3, slant: (rand() - 0.5) * 0.16, stroke: (rand() - 0.5) * 0.05 };
}

/** Draws the text cluster by cluster, noting where each labelled character went. */
export function drawStrip(face: FontFace, text: string, em: number, look: Variation = PLAIN): Strip {
  const measure = createCanvas(1, 1).getContext('2d');
  measure.font = `${em}px ${face.font}`;
  const parts = clusters(text).map((cluster) => ({ cluster, advance: measure.measureText(cluster).width * look.width }));
  const margin = Math.round(em * 0.6);
  const width = Math.ceil(parts.reduce((sum, p) => sum + p.advance, 0)) + 2 * margin;
  const height = Math.round(em * 2.2);
  const baseline = em * 1.4;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.font = measure.font;
  context.lineWidth = Math.abs(look.stroke) * em;
  context.lineJoin = 'round';
  context.fillStyle = '#000000';
  context.strokeStyle = look.stroke > 0 ? '#000000' : '#ffffff';
  const characters: DrawnCharacter[] = [];
  let x = margin;
  for (const { cluster, advance } of parts) {
    // Scale and shear about the glyph's own origin on the baseline.
    context.setTransform(look.width, 0, -look.slant, 1, x + look.slant * baseline, 0);
    context.fillText(cluster, 0, baseline);
    if (look.stroke !== 0) context.strokeText(cluster, 0, baseline);
    context.setTransform(1, 0, 0, 1, 0, 0);
    const label = GLYPH_LABELS.indexOf([...cluster][0] as string);
    if (label >= 0) characters.push({ label, left: x, right: x + advance });
    x += advance;
  }
  return { png: canvas.toBuffer('image/png'), width, height, characters };
}

const inkHeights = new Map<string, number>();

/** Height of น (a plain consonant: the page's typical glyph) per pixel of em, measured once per face. */
export function glyphHeightPerEm(face: FontFace): number {
  const key = `${face.font}`;
  const known = inkHeights.get(key);
  if (known) return known;
  const em = 200;
  const canvas = createCanvas(em, em * 2);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, em, em * 2);
  context.fillStyle = '#000000';
  context.font = `${em}px ${face.font}`;
  context.fillText('น', em * 0.2, em * 1.4);
  const rgba = canvas.data();
  let top = Infinity;
  let bottom = -1;
  for (let i = 0; i < em * em * 2; i++) {
    if ((rgba[i * 4] as number) >= 128) continue;
    const y = Math.floor(i / em);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  const ratio = (bottom - top + 1) / em;
  inkHeights.set(key, ratio);
  return ratio;
}

/** Column overlap of a cut with a drawn character, as a share of the character's width. */
function coverage(cut: { left: number; right: number }, character: DrawnCharacter): number {
  const overlap = Math.min(cut.right + 1, character.right) - Math.max(cut.left, character.left);
  return Math.max(0, overlap) / Math.max(1, character.right - character.left);
}

/** Share of a drawn character's width a cut must cover to be taken for it... */
const COVERED = 0.45;
/** ...while covering no more than this of any other (touching glyphs cut as one). */
const STRAY = 0.2;

/** The labelled glyphs of one damaged strip of type in `face`. */
export async function renderStrip(face: FontFace, faceIndex: number, rand: () => number): Promise<GlyphSample[]> {
  const profile = { ...drawProfile(pickWeighted(rand, DAMAGE), rand), colour: false };
  const points = POINTS[0] + rand() * (POINTS[1] - POINTS[0]);
  const em = (points * profile.dpi) / 72;
  const strip = drawStrip(face, stripText(rand), em, variation(rand));
  const jpeg = await damageRaster(strip.png, profile, (rand() * 2 - 1) * RESIDUAL_ANGLE, rand);
  // The page's glyph height is a median over thousands of glyphs: a few per cent either way.
  const glyphHeight = glyphHeightPerEm(face) * em * (0.94 + rand() * 0.12);
  const glyphs = await labelledGlyphs(strip, jpeg, glyphHeight);
  return glyphs.map((glyph) => ({ ...glyph, face: faceIndex, glyphHeight }));
}

/**
 * The glyphs of a strip as the pipeline cuts them from `picture` (the strip as drawn, or
 * damaged), each with the label of the one character drawn under it.
 */
export async function labelledGlyphs(strip: Strip, picture: Buffer, glyphHeight: number): Promise<Array<{ label: number; image: GlyphImage }>> {
  const gray = new Uint8Array(await sharp(picture).toColourspace('b-w').raw().toBuffer());
  const threshold = otsuThreshold(gray);
  const ink = Uint8Array.from(gray, (v) => (v < threshold ? 0 : 255));
  const cuts = cutLine({ ink, gray, width: strip.width, height: strip.height }, glyphHeight);
  const claims = new Map<DrawnCharacter, number>();
  const owners = cuts.map((cut) => {
    const covered = strip.characters.filter((c) => coverage(cut.box, c) >= COVERED);
    const touched = strip.characters.filter((c) => coverage(cut.box, c) > STRAY);
    const owner = covered.length === 1 && touched.length === 1 ? covered[0] : undefined;
    if (owner) claims.set(owner, (claims.get(owner) ?? 0) + 1);
    return owner;
  });
  // A character claimed by two cuts came out broken: neither piece is that character.
  return cuts.flatMap((cut, i) => {
    const owner = owners[i];
    return owner && claims.get(owner) === 1 ? [{ label: owner.label, image: cut.image }] : [];
  });
}

/**
 * Samples as one file (label, face, glyph height, size, gray pixels per glyph), so that the
 * leave-one-typeface-out runs and experiments with the network reuse one rendering.
 */
export async function saveSamples(file: string, samples: GlyphSample[]): Promise<void> {
  const size = samples.reduce((sum, s) => sum + 10 + s.image.data.length, 0);
  const buffer = Buffer.alloc(size);
  let at = 0;
  for (const s of samples) {
    buffer.writeUInt8(s.label, at);
    buffer.writeUInt8(s.face, at + 1);
    buffer.writeFloatLE(s.glyphHeight, at + 2);
    buffer.writeUInt16LE(s.image.width, at + 6);
    buffer.writeUInt16LE(s.image.height, at + 8);
    buffer.set(s.image.data, at + 10);
    at += 10 + s.image.data.length;
  }
  await writeFile(file, buffer);
}

export async function loadSamples(file: string): Promise<GlyphSample[]> {
  const buffer = await readFile(file);
  const samples: GlyphSample[] = [];
  let at = 0;
  while (at < buffer.length) {
    const width = buffer.readUInt16LE(at + 6);
    const height = buffer.readUInt16LE(at + 8);
    const data = new Uint8Array(buffer.subarray(at + 10, at + 10 + width * height));
    samples.push({ label: buffer.readUInt8(at), face: buffer.readUInt8(at + 1), glyphHeight: buffer.readFloatLE(at + 2), image: { data, width, height } });
    at += 10 + width * height;
  }
  return samples;
}
