/**
 * Cleaning a page raster before recognition, with sharp doing the pixel work:
 * background flattened (copier shadows, yellowed paper), skew corrected, binarized, and
 * underlines / dotted leader lines / table rules erased so that they neither glue text lines
 * together nor turn into stray characters.
 */
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import type { GrayImage } from './page-image.js';
import { findRules, type Rule } from './rules.js';
import { estimateSkew } from './skew.js';

export interface PreparedPage {
  /** Deskewed gray image with an even white background and rules painted white. */
  gray: GrayImage;
  /** Same geometry: 0 where there is ink, 255 on paper (rules removed). */
  ink: Buffer;
  skewDegrees: number;
  rules: Rule[];
}

/** Background is estimated at 1/8 scale: cheap, and coarse enough to ignore the text itself. */
const BACKGROUND_SHRINK = 8;
/** Radius of the max filter at that scale: 3 → a 56-pixel window at full size, wider than glyphs. */
const BACKGROUND_RADIUS = 3;

function rawOf(image: GrayImage) {
  return { raw: { width: image.width, height: image.height, channels: 1 as const } };
}

async function grayBuffer(pipeline: Sharp): Promise<Buffer> {
  return pipeline.toColourspace('b-w').raw().toBuffer();
}

/**
 * Brightest value within `radius` (separable max filter). sharp's dilate is binary-only, and the
 * filter runs on the 1/8-scale image (~0.1 MP), so this loop costs about a millisecond.
 */
export function maxFilter(data: Uint8Array, width: number, height: number, radius: number): Buffer {
  const across = Buffer.alloc(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let max = 0;
      for (let k = Math.max(0, x - radius); k <= Math.min(width - 1, x + radius); k++) max = Math.max(max, data[y * width + k] as number);
      across[y * width + x] = max;
    }
  }
  const out = Buffer.alloc(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let max = 0;
      for (let k = Math.max(0, y - radius); k <= Math.min(height - 1, y + radius); k++) max = Math.max(max, across[k * width + x] as number);
      out[y * width + x] = max;
    }
  }
  return out;
}

/**
 * Divides the page by its own background (a max filter that wipes out the text, then a blur), so
 * paper becomes white everywhere and shadows at the copier edge or folds do not turn into ink.
 */
async function flattenBackground(image: GrayImage): Promise<Buffer> {
  const small = { width: Math.max(8, Math.round(image.width / BACKGROUND_SHRINK)), height: Math.max(8, Math.round(image.height / BACKGROUND_SHRINK)) };
  const shrunk = await grayBuffer(sharp(image.data, rawOf(image)).resize(small.width, small.height, { fit: 'fill', kernel: 'linear' }));
  const background = maxFilter(shrunk, small.width, small.height, BACKGROUND_RADIUS);
  const fullBackground = await grayBuffer(
    sharp(background, { raw: { ...small, channels: 1 } })
      .blur(2)
      .resize(image.width, image.height, { fit: 'fill', kernel: 'linear' })
      .negate(),
  );
  // colour-dodge computes base / (1 - overlay): with the negated background, gray / background.
  return grayBuffer(
    sharp(image.data, rawOf(image)).composite([{ input: fullBackground, ...rawOf(image), blend: 'colour-dodge' }]),
  );
}

/** Otsu's threshold from the gray histogram: the level that best separates ink from paper. */
export function otsuThreshold(data: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i] as number] = (histogram[data[i] as number] as number) + 1;
  let totalSum = 0;
  for (let level = 0; level < 256; level++) totalSum += level * (histogram[level] as number);
  let backgroundCount = 0;
  let backgroundSum = 0;
  let best = 128;
  let bestVariance = -1;
  for (let level = 0; level < 256; level++) {
    backgroundCount += histogram[level] as number;
    if (backgroundCount === 0) continue;
    const foregroundCount = data.length - backgroundCount;
    if (foregroundCount === 0) break;
    backgroundSum += level * (histogram[level] as number);
    const meanLow = backgroundSum / backgroundCount;
    const meanHigh = (totalSum - backgroundSum) / foregroundCount;
    const variance = backgroundCount * foregroundCount * (meanLow - meanHigh) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = level;
    }
  }
  return best + 1;
}

async function binarize(gray: GrayImage): Promise<Buffer> {
  return grayBuffer(sharp(gray.data, rawOf(gray)).threshold(otsuThreshold(gray.data)));
}

/** Rotates about the centre and crops back to the original size, filling corners with paper. */
async function rotate(image: GrayImage, degrees: number): Promise<Buffer> {
  const rotated = await sharp(image.data, rawOf(image))
    .rotate(degrees, { background: '#ffffff' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.floor((rotated.info.width - image.width) / 2);
  const top = Math.floor((rotated.info.height - image.height) / 2);
  return grayBuffer(
    sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: 1 } }).extract({
      left,
      top,
      width: image.width,
      height: image.height,
    }),
  );
}

/** Paints each rule (with a one-pixel margin) as paper in both the gray and the binary image. */
function eraseRules(gray: GrayImage, ink: Buffer, rules: Rule[]): void {
  for (const rule of rules) {
    const top = Math.max(0, rule.top - 1);
    const bottom = Math.min(gray.height - 1, rule.bottom + 1);
    const left = Math.max(0, rule.left - 1);
    const right = Math.min(gray.width - 1, rule.right + 1);
    for (let y = top; y <= bottom; y++) {
      gray.data.fill(255, y * gray.width + left, y * gray.width + right + 1);
      ink.fill(255, y * gray.width + left, y * gray.width + right + 1);
    }
  }
}

export async function preparePage(image: GrayImage): Promise<PreparedPage> {
  const flat: GrayImage = { ...image, data: await flattenBackground(image) };
  const skewDegrees = estimateSkew({ ...flat, data: await binarize(flat) });
  const straight: GrayImage = Math.abs(skewDegrees) >= 0.05 ? { ...flat, data: await rotate(flat, -skewDegrees) } : flat;
  const ink = await binarize(straight);
  const rules = findRules(ink, straight.width, straight.height, straight.dpi);
  eraseRules(straight, ink, rules);
  return { gray: straight, ink, skewDegrees, rules };
}
