/**
 * Cleaning a page raster before recognition, with sharp doing the pixel work:
 * background flattened (copier shadows, yellowed paper), skew corrected, binarized, and
 * underlines / dotted leader lines / table rules erased so that they neither glue text lines
 * together nor turn into stray characters.
 */
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import type { GrayImage } from './page-image.js';
import { findComponents } from './components.js';
import type { Box } from './geometry.js';
import { erasePictures, takeFrames } from './regions.js';
import type { Frame } from './regions.js';
import { findDottedLines } from './form-lines.js';
import { findRules, type Rule } from './rules.js';
import { estimateSkew } from './skew.js';

export interface PreparedPage {
  /** Deskewed gray image with an even white background; rules, frames and pictures painted white. */
  gray: GrayImage;
  /** Same geometry: 0 where there is ink, 255 on paper (same things removed). */
  ink: Buffer;
  skewDegrees: number;
  rules: Rule[];
  /** Boxed areas (stamps) whose text is read on its own. */
  frames: Frame[];
  pictures: Box[];
  /** Median height of glyph-sized ink components: the scale of the body text, in pixels. */
  glyphHeight: number;
  /** Boxes of the glyph-sized components (letter and digit bodies), for baselines. */
  glyphs: Box[];
  /** Boxes of the small components: tone marks, upper and lower vowels, dots. */
  marks: Box[];
  /** When asked for: the page straightened and flattened, before anything was erased (faint pen strokes whole). */
  straightened?: GrayImage;
}

/** Background is estimated at 1/8 scale: cheap, and coarse enough to ignore the text itself. */
const BACKGROUND_SHRINK = 8;
/** Radius of the max filter at that scale: 3 → a 56-pixel window at full size, wider than glyphs. */
const BACKGROUND_RADIUS = 3;
/** Dots of a leader line wander a pixel or three off its row after rotation, blur and JPEG. */
const DOT_SPREAD = 3;
/** Blurred dots run into dashes up to this long. */
const MAX_DASH_INCHES = 0.06;
/** A component erased as a dot is at most this many times a dot's width. */
const DOT_SIZE_SHARE = 1.6;
/** Below this, straightening moves a line end by under 4 pixels at 300 dpi: not worth a rotation. */
const MIN_SKEW_DEGREES = 0.1;

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

/** gray / background as 8-bit: DIVIDED[background << 8 | gray], one lookup per pixel. */
const DIVIDED = Uint8Array.from({ length: 256 * 256 }, (_, i) => Math.min(255, Math.round(((i & 255) * 255) / Math.max(i >> 8, 1))));

/** Paper within this share of its brightest level everywhere needs no flattening. */
const EVEN_BACKGROUND_SHARE = 0.9;

/** True when the background estimate varies little: a clean scan, left as it is. */
function isEven(background: Uint8Array): boolean {
  let low = 255;
  let high = 0;
  for (const level of background) {
    low = Math.min(low, level);
    high = Math.max(high, level);
  }
  return low >= EVEN_BACKGROUND_SHARE * high;
}

/**
 * Divides the page by its own background (a max filter that wipes out the text, then a blur, at
 * 1/8 scale), so paper becomes white everywhere and shadows at the copier edge or folds do not
 * turn into ink. The division itself is one pass in JavaScript: sharp can only express it as a
 * colour-dodge composite of a full-size background, measured at ~350 ms per page against ~20 ms.
 */
async function flattenBackground(image: GrayImage): Promise<Buffer> {
  const small = {
    width: Math.max(8, Math.round(image.width / BACKGROUND_SHRINK)),
    height: Math.max(8, Math.round(image.height / BACKGROUND_SHRINK)),
  };
  const shrunk = await grayBuffer(sharp(image.data, rawOf(image)).resize(small.width, small.height, { fit: 'fill', kernel: 'linear' }));
  const background = await grayBuffer(
    sharp(maxFilter(shrunk, small.width, small.height, BACKGROUND_RADIUS), { raw: { ...small, channels: 1 } }).blur(2),
  );
  // A copy all the same: later steps paint on the result, the caller's image stays intact.
  if (isEven(background)) return Buffer.from(image.data);
  const column = Int32Array.from({ length: image.width }, (_, x) => Math.min(small.width - 1, Math.floor((x * small.width) / image.width)));
  const out = Buffer.alloc(image.data.length);
  for (let y = 0; y < image.height; y++) {
    const backgroundRow = Math.min(small.height - 1, Math.floor((y * small.height) / image.height)) * small.width;
    const row = y * image.width;
    for (let x = 0; x < image.width; x++) {
      const level = background[backgroundRow + (column[x] as number)] as number;
      out[row + x] = DIVIDED[(level << 8) | (image.data[row + x] as number)] as number;
    }
  }
  return out;
}

/** The gray histogram of every third pixel: it describes the page just as well, at a third of the cost. */
function grayHistogram(data: Uint8Array): Float64Array {
  const histogram = new Float64Array(256);
  for (let i = 0; i < data.length; i += 3) histogram[data[i] as number]! += 1;
  return histogram;
}

/** Otsu's threshold over the histogram's levels under `below`: the level that best separates ink from paper. */
function otsuOf(histogram: Float64Array, below = 256): number {
  let sampled = 0;
  let totalSum = 0;
  for (let level = 0; level < below; level++) {
    sampled += histogram[level] as number;
    totalSum += level * (histogram[level] as number);
  }
  let backgroundCount = 0;
  let backgroundSum = 0;
  let best = 128;
  let bestVariance = -1;
  for (let level = 0; level < below; level++) {
    backgroundCount += histogram[level] as number;
    if (backgroundCount === 0) continue;
    const foregroundCount = sampled - backgroundCount;
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

/** Otsu's threshold from the gray histogram: the level that best separates ink from paper. */
export function otsuThreshold(data: Uint8Array): number {
  return otsuOf(grayHistogram(data));
}

/** No page of a letter is this much ink: Otsu split the grain of a page's paper, not ink from it. */
const MAX_INK_SHARE = 0.25;
/**
 * Nor is ink this much of a page while its mean is within MIN_INK_CONTRAST levels of the
 * paper's: print is far darker than its paper (on text pages of the synthetic sets 75–95 levels
 * on average, once flattened), the dark side of the grain is not (about 30 on a nearly blank
 * continuation page). Faint print is as little contrast, but a few hundredths of the page.
 */
const GRAINY_INK_SHARE = 0.1;
const MIN_INK_CONTRAST = 45;

/**
 * The ink threshold of a page. Otsu fails on a page with little text on grainy paper (a last
 * page with a few lines): the paper's own grain is then the larger contrast, and a third of the
 * page, or an eighth of it barely darker than the rest, turns to ink. Split so, the darker part
 * is split again, separating the ink from the grain's dark tail.
 */
export function inkThreshold(data: Uint8Array): number {
  const histogram = grayHistogram(data);
  const threshold = otsuOf(histogram);
  let ink = 0;
  let inkSum = 0;
  let total = 0;
  let totalSum = 0;
  for (let level = 0; level < 256; level++) {
    const count = histogram[level] as number;
    total += count;
    totalSum += level * count;
    if (level >= threshold) continue;
    ink += count;
    inkSum += level * count;
  }
  const contrast = (totalSum - inkSum) / (total - ink) - inkSum / ink;
  const grainy = ink > GRAINY_INK_SHARE * total && contrast < MIN_INK_CONTRAST;
  return ink > MAX_INK_SHARE * total || grainy ? otsuOf(histogram, threshold) : threshold;
}

async function binarize(gray: GrayImage, threshold: number): Promise<Buffer> {
  return grayBuffer(sharp(gray.data, rawOf(gray)).threshold(threshold));
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

function paintPaper(gray: GrayImage, ink: Buffer, box: Box): void {
  for (let y = box.top; y <= box.bottom; y++) {
    gray.data.fill(255, y * gray.width + box.left, y * gray.width + box.right + 1);
    ink.fill(255, y * gray.width + box.left, y * gray.width + box.right + 1);
  }
}

/**
 * Paints rules as paper in both images. A solid rule goes as a band (with a pixel around it); a
 * dotted one dot by dot: only dot-sized components lying wholly within its rows (give or take two
 * pixels) are dots, so a tone mark of the next line or a lower vowel at the same height survives.
 */
function eraseRules(gray: GrayImage, ink: Buffer, rules: Rule[]): void {
  for (const rule of rules) {
    const spread = rule.style === 'dotted' ? DOT_SPREAD : 1;
    const band: Box = {
      left: Math.max(0, rule.left - spread),
      right: Math.min(gray.width - 1, rule.right + spread),
      top: Math.max(0, rule.top - spread),
      bottom: Math.min(gray.height - 1, rule.bottom + spread),
    };
    if (rule.style === 'solid') {
      paintPaper(gray, ink, band);
      continue;
    }
    const around: Box = { ...band, top: Math.max(0, band.top - 1), bottom: Math.min(gray.height - 1, band.bottom + 1) };
    const width = around.right - around.left + 1;
    const height = around.bottom - around.top + 1;
    const region = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) region.set(ink.subarray((around.top + y) * gray.width + around.left, (around.top + y) * gray.width + around.right + 1), y * width);
    for (const dot of findComponents(region, width, height).components) {
      const inside = dot.top + around.top >= band.top && dot.bottom + around.top <= band.bottom;
      // No wider than a dot, or a dash that blurred dots make (a lower vowel ุ ู is taller than
      // the rule's rows, so it is never wholly inside them).
      const dotSized = dot.right - dot.left + 1 <= Math.max(DOT_SIZE_SHARE * rule.dotWidth, MAX_DASH_INCHES * gray.dpi);
      // No taller than the rule itself (give or take a pixel each way): a tone mark of the next
      // line that stands at the same height is taller than a dot.
      const flat = dot.bottom - dot.top + 1 <= rule.bottom - rule.top + 3;
      if (inside && dotSized && flat) {
        // A pixel around the dot too: the gray halo JPEG leaves would come back in Tesseract's
        // own thresholding of an otherwise empty stretch.
        paintPaper(gray, ink, {
          left: Math.max(0, dot.left + around.left - 1),
          right: Math.min(gray.width - 1, dot.right + around.left + 1),
          top: Math.max(0, dot.top + around.top - 1),
          bottom: Math.min(gray.height - 1, dot.bottom + around.top + 1),
        });
      }
    }
  }
}

/**
 * `skewDegrees` and `glyphHeight`, when known (from the print of the same page, for its pen and
 * stamps), are taken as they are; else they are measured on the image.
 */
export async function preparePage(
  image: GrayImage,
  options: { skewDegrees?: number; glyphHeight?: number; keepStraightened?: boolean } = {},
): Promise<PreparedPage> {
  const flat: GrayImage = { ...image, data: await flattenBackground(image) };
  // One threshold serves before and after straightening: rotation barely changes the histogram.
  const threshold = inkThreshold(flat.data);
  const flatInk = await binarize(flat, threshold);
  const skewDegrees = options.skewDegrees ?? estimateSkew({ ...flat, data: flatInk });
  const straight: GrayImage = Math.abs(skewDegrees) >= MIN_SKEW_DEGREES ? { ...flat, data: await rotate(flat, -skewDegrees) } : flat;
  const straightened = options.keepStraightened ? { ...straight, data: Buffer.from(straight.data) } : undefined;
  const { width, height, dpi } = straight;
  const ink = straight === flat ? flatInk : await binarize(straight, threshold);
  // One pass over the ink serves frames and rules (the runs of erased frames only add rules
  // that are erased again).
  const components = findComponents(ink, width, height);
  const frames = takeFrames(ink, straight.data, width, height, dpi, components);
  const rules = findRules(ink, width, height, dpi, components.runs);
  eraseRules(straight, ink, rules);
  // Dotted lines also under typed and written text, found from their dots: only erased (the
  // layout keeps reading the rules found above).
  eraseRules(straight, ink, findDottedLines(components.components, dpi));
  const { pictures, glyphs, marks, glyphHeight } = erasePictures(ink, straight.data, width, height, dpi, options.glyphHeight);
  return { gray: straight, ink, skewDegrees, rules, frames, pictures, glyphHeight, glyphs, marks, ...(straightened ? { straightened } : {}) };
}
