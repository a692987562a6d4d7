/**
 * A training glyph put on paper and scanned: scaled to a scan's size, a printed dotted leader or
 * rule under it (often touching it), ballpoint or stamp ink of some colour on off-white paper with
 * texture, blur, noise and JPEG, then turned gray the way the pipeline turns a colour scan gray
 * (darkest channel) and cut out by the recognizer's own cutting code.
 */
import { glyphImage, inkComponents } from '../../pipeline/ocr/handwriting/cut.js';
import { glyphInput } from '../../pipeline/ocr/handwriting/glyph-input.js';
import type { GlyphImage } from '../../pipeline/ocr/glyphs/features.js';
import { between, scaleMask } from './ink.js';
import { blurPlane, jpegRoundTrip } from './jpeg.js';
import type { Mask, Random } from './ink.js';

type Rgb = [number, number, number];

/** Ballpoint blue and black, stamp violet, red and black. */
function inkColour(rand: Random): Rgb {
  const jitter = (c: Rgb): Rgb => c.map((v) => Math.max(0, Math.min(255, v + between(rand, -25, 25)))) as Rgb;
  const pick = rand();
  if (pick < 0.35) return jitter([35, 55, 160]);
  if (pick < 0.65) return jitter([40, 40, 45]);
  if (pick < 0.8) return jitter([95, 55, 150]);
  if (pick < 0.92) return jitter([190, 45, 50]);
  return jitter([70, 90, 120]);
}

/** Low-frequency variation 1 - depth .. 1 over the plane (blotchy stamp ink, uneven paper). */
function blotches(width: number, height: number, depth: number, rand: Random): Float32Array {
  const cells = 5;
  const grid = Float32Array.from({ length: (cells + 1) ** 2 }, () => 1 - rand() * depth);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const gx = (x / width) * cells;
      const gy = (y / height) * cells;
      const x0 = Math.floor(gx);
      const y0 = Math.floor(gy);
      const fx = gx - x0;
      const fy = gy - y0;
      const at = (i: number, j: number) => grid[Math.min(cells, j) * (cells + 1) + Math.min(cells, i)] as number;
      out[y * width + x] = (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
    }
  }
  return out;
}

/** A printed dotted leader (or a solid rule) across the scene near the glyph's foot. */
function drawFurniture(layer: Float32Array, width: number, height: number, glyph: { top: number; bottom: number }, solid: boolean, rand: Random): void {
  const size = glyph.bottom - glyph.top + 1;
  const y = glyph.bottom + between(rand, -0.2, 0.3) * size;
  if (solid) {
    const thickness = Math.max(1, between(rand, 0.02, 0.06) * size);
    for (let row = Math.floor(y); row < Math.min(height, y + thickness); row++) if (row >= 0) layer.fill(1, row * width, (row + 1) * width);
    return;
  }
  const radius = Math.max(0.7, between(rand, 0.025, 0.07) * size);
  const step = Math.max(radius * 2.5, between(rand, 0.12, 0.32) * size);
  for (let cx = between(rand, 0, step); cx < width; cx += step) {
    const cy = y + between(rand, -0.5, 0.5);
    for (let py = Math.floor(cy - radius - 1); py <= cy + radius + 1; py++) {
      for (let px = Math.floor(cx - radius - 1); px <= cx + radius + 1; px++) {
        if (py < 0 || px < 0 || py >= height || px >= width) continue;
        const coverage = Math.max(0, Math.min(1, radius + 0.5 - Math.hypot(px - cx, py - cy)));
        layer[py * width + px] = Math.max(layer[py * width + px] as number, coverage);
      }
    }
  }
}

export interface ScanOptions {
  /** Glyph height in scan pixels. */
  height: number;
  /** Leader dots or a rule under the glyph. */
  furniture: boolean;
  /** The furniture is a solid rule (else a rule one time in five, dots the rest). */
  rule?: boolean;
  /** A vertical stamp-box border or table rule touching the glyph's left or right end. */
  border?: 'left' | 'right';
  /** Stamp ink (blotchy, often blurred) rather than ballpoint; random when not given. */
  stamp?: boolean;
}

export function randomScanOptions(rand: Random): ScanOptions {
  return { height: Math.round(Math.exp(between(rand, Math.log(16), Math.log(72)))), furniture: rand() < 0.45 };
}

/** A vertical rule through the whole scene, its inner edge just inside the glyph's end. */
function drawBorder(layer: Float32Array, width: number, height: number, glyph: { left: number; right: number; size: number }, side: 'left' | 'right', rand: Random): void {
  const thickness = Math.max(1, Math.round(between(rand, 0.04, 0.1) * glyph.size));
  const inside = Math.round(between(rand, 0, 0.06) * glyph.size);
  const from = side === 'left' ? glyph.left + inside - thickness : glyph.right - inside;
  const lean = between(rand, -0.02, 0.02);
  for (let y = 0; y < height; y++) {
    const shift = Math.round(lean * (y - height / 2));
    for (let x = from + shift; x < from + shift + thickness; x++) if (x >= 0 && x < width) layer[y * width + x] = 1;
  }
}

export interface ScannedCrop {
  /** The crop as the pipeline sees it: gray, dark ink on light paper. */
  gray: GlyphImage;
  /** Where the glyph's own ink lies (0..1), to tell it from furniture. */
  handInk: Float32Array;
  /** Mask pixels to crop pixels, and the crop's margin around the glyph. */
  scale: number;
  margin: number;
}

/** `mask` put on paper and scanned as `options` say. */
export function scanCrop(mask: Mask, options: ScanOptions, rand: Random): ScannedCrop {
  const scale = options.height / mask.height;
  const glyph = scaleMask(mask, scale);
  const margin = Math.round(0.3 * options.height) + 3;
  const width = glyph.width + 2 * margin;
  const height = glyph.height + 2 * margin;
  const handInk = new Float32Array(width * height);
  const stamp = options.stamp ?? rand() < 0.3;
  const strength = between(rand, 0.55, 1);
  const texture = stamp ? blotches(width, height, between(rand, 0.2, 0.7), rand) : null;
  for (let y = 0; y < glyph.height; y++) {
    for (let x = 0; x < glyph.width; x++) {
      const at = (y + margin) * width + x + margin;
      handInk[at] = (glyph.data[y * glyph.width + x] as number) * strength * (texture ? (texture[at] as number) : 1);
    }
  }
  const printInk = new Float32Array(width * height);
  if (options.furniture) drawFurniture(printInk, width, height, { top: margin, bottom: margin + glyph.height - 1 }, options.rule ?? rand() < 0.2, rand);
  if (options.border) drawBorder(printInk, width, height, { left: margin, right: margin + glyph.width - 1, size: glyph.height }, options.border, rand);
  const ink = inkColour(rand);
  const printGray = between(rand, 10, 80);
  const paperLevel = between(rand, 205, 255);
  const yellow = between(rand, 0, 14);
  const grain = between(rand, 0, 9);
  const shade = blotches(width, height, between(rand, 0, 0.12), rand);
  const planes: [Float32Array, Float32Array, Float32Array] = [new Float32Array(width * height), new Float32Array(width * height), new Float32Array(width * height)];
  for (let i = 0; i < width * height; i++) {
    const a = Math.min(1, handInk[i] as number);
    const f = printInk[i] as number;
    const noise = (rand() + rand() + rand() - 1.5) * 2 * grain;
    for (let c = 0; c < 3; c++) {
      const paper = (paperLevel - yellow * c) * (shade[i] as number) + noise;
      const inked = paper * (1 - a) + (ink[c] as number) * a;
      planes[c]![i] = Math.max(0, Math.min(255, inked * (1 - f) + printGray * f));
    }
  }
  // Stamps are more often blurred (a worn rubber face, a rocking hand).
  const sigma = rand() < (stamp ? 0.8 : 0.6) ? between(rand, 0.3, stamp ? 1.5 : 1.1) : 0;
  const blurred = sigma > 0 ? (planes.map((p) => blurPlane(p, width, height, sigma)) as typeof planes) : planes;
  const scan = rand() < 0.6 ? jpegRoundTrip({ planes: blurred, width, height }, Math.round(between(rand, 30, 95))) : { planes: blurred };
  const gray = new Uint8Array(width * height);
  const [r, g, b] = scan.planes;
  for (let i = 0; i < gray.length; i++) gray[i] = Math.round(Math.min(r[i] as number, g[i] as number, b[i] as number));
  return { gray: { data: gray, width, height }, handInk, scale, margin };
}

/** The network input for `mask` scanned as `options` say, or null when the scan lost it. */
export function scannedInput(mask: Mask, options: ScanOptions, rand: Random): Float32Array | null {
  const { gray, handInk } = scanCrop(mask, options, rand);
  const crop = inkComponents(gray);
  const width = gray.width;
  const members = crop.components.filter((c) =>
    c.runs.some((r) => {
      const y = crop.runs.row[r] as number;
      for (let x = crop.runs.start[r] as number; x <= (crop.runs.end[r] as number); x++) if ((handInk[y * width + x] as number) > 0.3) return true;
      return false;
    }),
  );
  if (members.length === 0) return null;
  const cut = glyphImage(crop, members);
  return cut ? glyphInput(cut.image) : null;
}
