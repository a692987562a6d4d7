/**
 * Training glyphs for the glyph classifier, rendered from installed Thai fonts and degraded the
 * way scans are (rotation, blur, low resolution, noise, JPEG), then cut and measured by the very
 * code that reads scans (pipeline/ocr/glyphs).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { glyphFeatures } from '../../pipeline/ocr/glyphs/features.js';
import { cutGlyphs } from '../../pipeline/ocr/glyphs/cut.js';
import { findComponents } from '../../pipeline/ocr/components.js';
import { otsuThreshold } from '../../pipeline/ocr/preprocess.js';

export const THAI_DIGITS = [...'๐๑๒๓๔๕๖๗๘๙'];
export const ARABIC_DIGITS = [...'0123456789'];
/** Consonants and vowels written on the line: what a digit can be confused with, and vice versa. */
const THAI_LETTERS = [...'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาเแโใไๆฯฤ'];
const PUNCTUATION = [...'./-()'];
export const GLYPH_LABELS = [...THAI_DIGITS, ...ARABIC_DIGITS, ...THAI_LETTERS, ...PUNCTUATION];

/** Where Debian's fonts-thai-tlwg puts its fonts. */
export const DEFAULT_FONT_FOLDER = '/usr/share/fonts/truetype/tlwg';

export interface FontFace {
  family: string;
  alias: string;
}

/** Upright faces only: slanted type does not occur in official letters. */
export function registerFonts(folder: string): FontFace[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ttf') && !/Oblique|Italic/.test(file))
    .sort()
    .map((file) => {
      const alias = `train-${path.basename(file, '.ttf')}`;
      GlobalFonts.registerFromPath(path.join(folder, file), alias);
      return { family: path.basename(file, '.ttf').replace(/-.*$/, ''), alias };
    });
}

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

export interface Sample {
  label: number;
  family: string;
  features: Float32Array;
}

interface Degradation {
  pixelSize: number;
  angle: number;
  blur: number;
  lowres: number;
  noise: number;
  quality: number;
}

function degradation(rand: () => number): Degradation {
  return {
    pixelSize: 26 + Math.round(rand() * 34),
    angle: (rand() - 0.5) * 3,
    blur: rand() < 0.15 ? 0 : 0.3 + rand() * 1.1,
    lowres: rand() < 0.5 ? 1 : 0.55 + rand() * 0.4,
    noise: rand() * 14,
    quality: 30 + Math.round(rand() * 60),
  };
}

/** Draws the glyph and, one em to its right, น as the reference for the core zone and size. */
function draw(font: FontFace, glyph: string, size: number): { data: Buffer; width: number; height: number; split: number } {
  const width = size * 4;
  const height = size * 3;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000000';
  context.font = `${size}px ${font.alias}`;
  context.fillText(glyph, size * 0.5, size * 1.9);
  context.fillText('น', size * 2.3, size * 1.9);
  const rgba = canvas.data();
  const data = Buffer.alloc(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4] as number;
  return { data, width, height, split: Math.round(size * 2.1) };
}

async function degrade(image: { data: Buffer; width: number; height: number }, d: Degradation, rand: () => number): Promise<Buffer> {
  const raw = { raw: { width: image.width, height: image.height, channels: 1 as const } };
  let pipeline = sharp(image.data, raw).rotate(d.angle, { background: '#ffffff' });
  if (d.blur > 0) pipeline = pipeline.blur(d.blur);
  const rotated = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const size = { width: rotated.info.width, height: rotated.info.height };
  let pixels = rotated.data;
  if (d.lowres < 1) {
    const small = await sharp(pixels, { raw: { ...size, channels: 1 } })
      .resize(Math.round(size.width * d.lowres), Math.round(size.height * d.lowres))
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    pixels = await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: 1 } })
      .resize(size.width, size.height, { fit: 'fill' })
      .toColourspace('b-w')
      .raw()
      .toBuffer();
  }
  const noisy = Buffer.from(pixels);
  for (let i = 0; i < noisy.length; i++) {
    const gaussian = (rand() + rand() + rand() - 1.5) * 2;
    noisy[i] = Math.max(0, Math.min(255, (noisy[i] as number) + gaussian * d.noise));
  }
  const jpeg = await sharp(noisy, { raw: { ...size, channels: 1 } }).jpeg({ quality: d.quality }).toBuffer();
  const decoded = await sharp(jpeg).toColourspace('b-w').raw().toBuffer();
  // Crop back to the drawing's size, centred: rotation grew the canvas.
  const left = Math.floor((size.width - image.width) / 2);
  const top = Math.floor((size.height - image.height) / 2);
  const out = Buffer.alloc(image.width * image.height);
  for (let y = 0; y < image.height; y++) decoded.copy(out, y * image.width, (y + top) * size.width + left, (y + top) * size.width + left + image.width);
  return out;
}

/** One degraded sample of `glyph`, or null when degradation destroyed it. */
export async function renderSample(font: FontFace, glyph: string, rand: () => number): Promise<Float32Array | null> {
  const d = degradation(rand);
  const drawing = draw(font, glyph, d.pixelSize);
  const gray = await degrade(drawing, d, rand);
  const threshold = otsuThreshold(gray);
  const ink = Uint8Array.from(gray, (v) => (v < threshold ? 0 : 255));
  const { components } = findComponents(ink, drawing.width, drawing.height);
  const reference = components.filter((c) => c.left >= drawing.split);
  if (reference.length === 0) return null;
  const core = {
    top: Math.min(...reference.map((c) => c.top)),
    bottom: Math.max(...reference.map((c) => c.bottom)),
  };
  const glyphHeight = core.bottom - core.top + 1;
  const region = { ink, gray, width: drawing.width, height: drawing.height };
  const cuts = cutGlyphs(region, core).filter((cut) => cut.box.right < drawing.split);
  const largest = cuts.sort((a, b) => b.image.width * b.image.height - a.image.width * a.image.height)[0];
  return largest ? glyphFeatures(largest.image, glyphHeight) : null;
}
