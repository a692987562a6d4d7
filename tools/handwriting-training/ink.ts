/**
 * Ink masks (0 paper .. 1 ink) of training glyphs and how a hand varies them: glyphs drawn from
 * typefaces, made-up non-digits (strokes, dots, stamp borders, blots), and the changes a writer
 * or a stamp brings: stroke width, slant, rotation, proportions and elastic wobble.
 */
import { createCanvas } from '@napi-rs/canvas';
import { resize } from '../../pipeline/ocr/handwriting/glyph-input.js';

export interface Mask {
  data: Float32Array;
  width: number;
  height: number;
}

export type Random = () => number;

export const between = (rand: Random, low: number, high: number) => low + rand() * (high - low);

/** The mask cut to its ink (above `level`) with `margin` pixels around; null when empty. */
export function cropToInk(mask: Mask, margin = 2, level = 0.1): Mask | null {
  let left = mask.width;
  let right = -1;
  let top = mask.height;
  let bottom = -1;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if ((mask.data[y * mask.width + x] as number) <= level) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return null;
  const width = right - left + 1 + 2 * margin;
  const height = bottom - top + 1 + 2 * margin;
  const data = new Float32Array(width * height);
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) data[(y - top + margin) * width + x - left + margin] = mask.data[y * mask.width + x] as number;
  }
  return { data, width, height };
}

/** Draws with a 2D canvas context on a square of `size` and returns the ink. */
export function drawMask(size: number, paint: (context: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void): Mask {
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#000000';
  context.strokeStyle = '#000000';
  paint(context);
  const rgba = canvas.data();
  const data = new Float32Array(size * size);
  for (let i = 0; i < data.length; i++) data[i] = (255 - (rgba[i * 4] as number)) / 255;
  return { data, width: size, height: size };
}

/** A character in a typeface at `pixels` size, cropped to its ink. */
export function glyphMask(alias: string, text: string, pixels = 64): Mask | null {
  return cropToInk(
    drawMask(pixels * 3, (context) => {
      context.font = `${pixels}px ${alias}`;
      context.fillText(text, pixels * 0.6, pixels * 1.9);
    }),
  );
}

/** Grayscale dilation (grow > 0) or erosion (grow < 0) by one pixel per step, 3×3. */
export function changeStroke(mask: Mask, steps: number): Mask {
  let data = mask.data;
  for (let s = 0; s < Math.abs(steps); s++) {
    const next = new Float32Array(data.length);
    for (let y = 0; y < mask.height; y++) {
      for (let x = 0; x < mask.width; x++) {
        let value = steps > 0 ? 0 : 1;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const yy = y + dy;
            const xx = x + dx;
            const v = yy < 0 || xx < 0 || yy >= mask.height || xx >= mask.width ? 0 : (data[yy * mask.width + xx] as number);
            value = steps > 0 ? Math.max(value, v) : Math.min(value, v);
          }
        }
        next[y * mask.width + x] = value;
      }
    }
    data = next;
  }
  return { ...mask, data };
}

export function scaleMask(mask: Mask, factor: number): Mask {
  const width = Math.max(1, Math.round(mask.width * factor));
  const height = Math.max(1, Math.round(mask.height * factor));
  return { data: resize(mask.data, mask.width, mask.height, width, height), width, height };
}

function sample(mask: Mask, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx >= mask.width || yy >= mask.height ? 0 : (mask.data[yy * mask.width + xx] as number));
  return (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
}

export interface Warp {
  /** Radians, counter-clockwise. */
  rotation: number;
  /** Horizontal shift per pixel of height: > 0 leans the top to the right. */
  slant: number;
  /** Width stretch. */
  aspect: number;
  /** Largest elastic displacement, as a share of the glyph height. */
  elastic: number;
}

export function randomWarp(rand: Random, strength = 1): Warp {
  return {
    rotation: between(rand, -0.1, 0.1) * strength,
    slant: between(rand, -0.12, 0.35) * strength,
    aspect: 1 + between(rand, -0.22, 0.22) * strength,
    elastic: between(rand, 0, 0.07) * strength,
  };
}

/**
 * A smooth field over the unit square: values at the points of a `cells` × `cells` grid
 * (`at(i, j)`), interpolated bilinearly at (u, v).
 */
function smoothField(cells: number, u: number, v: number, at: (i: number, j: number) => number): number {
  const gx = u * cells;
  const gy = v * cells;
  const x0 = Math.min(cells - 1, Math.floor(gx));
  const y0 = Math.min(cells - 1, Math.floor(gy));
  const fx = gx - x0;
  const fy = gy - y0;
  return (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
}

/**
 * The mask under an affine change (rotation, slant, stretch) and a smooth random displacement
 * field (a coarse grid of offsets, interpolated), on a canvas grown to hold the result.
 */
export function warpMask(mask: Mask, warp: Warp, rand: Random): Mask {
  const cos = Math.cos(warp.rotation);
  const sin = Math.sin(warp.rotation);
  // Forward map: p' = R · (S · (p - c)); S stretches x and slants.
  const forward = (x: number, y: number) => {
    const sx = x * warp.aspect - y * warp.slant;
    return [cos * sx + sin * y, -sin * sx + cos * y] as const;
  };
  const cx = mask.width / 2;
  const cy = mask.height / 2;
  const corners = [[-cx, -cy], [cx, -cy], [-cx, cy], [cx, cy]].map(([x, y]) => forward(x as number, y as number));
  const pad = Math.ceil(warp.elastic * mask.height) + 2;
  const halfWidth = Math.ceil(Math.max(...corners.map((c) => Math.abs(c[0])))) + pad;
  const halfHeight = Math.ceil(Math.max(...corners.map((c) => Math.abs(c[1])))) + pad;
  const width = 2 * halfWidth;
  const height = 2 * halfHeight;
  const grid = 4;
  const offsets = Float32Array.from({ length: 2 * (grid + 1) ** 2 }, () => (rand() * 2 - 1) * warp.elastic * mask.height);
  const field = (x: number, y: number, axis: 0 | 1) =>
    smoothField(grid, x / width, y / height, (i, j) => offsets[2 * (j * (grid + 1) + i) + axis] as number);
  // Inverse of the affine part, to find each output pixel's source.
  const a = cos * warp.aspect;
  const b = -cos * warp.slant + sin;
  const c = -sin * warp.aspect;
  const d = sin * warp.slant + cos;
  const det = a * d - b * c;
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const px = x - halfWidth + field(x, y, 0);
      const py = y - halfHeight + field(x, y, 1);
      const sx = (d * px - b * py) / det + cx;
      const sy = (-c * px + a * py) / det + cy;
      data[y * width + x] = sample(mask, sx, sy);
    }
  }
  return { data, width, height };
}

/** Puts masks side by side, `gap` pixels apart (negative: overlapping), bottoms aligned. */
export function joinMasks(masks: Mask[], gaps: number[]): Mask {
  const height = Math.max(...masks.map((m) => m.height));
  let width = 0;
  const lefts = masks.map((m, i) => {
    const left = Math.max(0, width + (i > 0 ? (gaps[i - 1] as number) : 0));
    width = left + m.width;
    return left;
  });
  const data = new Float32Array(width * height);
  masks.forEach((m, i) => {
    const top = height - m.height;
    for (let y = 0; y < m.height; y++) {
      for (let x = 0; x < m.width; x++) {
        const at = (top + y) * width + (lefts[i] as number) + x;
        data[at] = Math.max(data[at] as number, m.data[y * m.width + x] as number);
      }
    }
  });
  return { data, width, height };
}

/** The columns [from, to) of a mask. */
export function sliceColumns(mask: Mask, from: number, to: number): Mask {
  const width = to - from;
  const data = new Float32Array(width * mask.height);
  for (let y = 0; y < mask.height; y++) data.set(mask.data.subarray(y * mask.width + from, y * mask.width + to), y * width);
  return { data, width, height: mask.height };
}

/** Things that are not digits, drawn at about 64 pixels: what a number's crop may also hold. */
export function strayMark(rand: Random): Mask | null {
  const size = 96;
  const kind = Math.floor(rand() * 7);
  const line = between(rand, 2.5, 8);
  return cropToInk(
    drawMask(size, (context) => {
      context.lineWidth = line;
      context.lineCap = 'round';
      context.beginPath();
      const point = () => [between(rand, 10, 86), between(rand, 10, 86)] as const;
      if (kind === 0) {
        // A run of leader dots (or dashes).
        const y = between(rand, 30, 70);
        const step = between(rand, 6, 16);
        const dash = rand() < 0.5 ? 0 : between(rand, 2, 6);
        for (let x = between(rand, 4, 10); x < size - 6; x += step) {
          context.moveTo(x, y);
          context.lineTo(x + dash + 0.1, y);
        }
      } else if (kind === 1) {
        // A horizontal or backslash-like rule: never the slash of a date, never a vertical 1.
        const y = between(rand, 20, 76);
        const drop = rand() < 0.5 ? between(rand, -6, 6) : between(rand, 30, 60);
        context.moveTo(between(rand, 5, 25), y - drop / 2);
        context.lineTo(between(rand, 70, 91), y + drop / 2);
      } else if (kind === 2) {
        // A stamp border's corner or arc.
        if (rand() < 0.5) {
          context.moveTo(between(rand, 10, 30), between(rand, 70, 90));
          context.lineTo(between(rand, 10, 30), between(rand, 10, 25));
          context.lineTo(between(rand, 70, 90), between(rand, 10, 25));
        } else {
          context.arc(between(rand, 40, 56), between(rand, 40, 56) + 60, 70, -Math.PI / 2 - between(rand, 0.3, 0.7), -Math.PI / 2 + between(rand, 0.3, 0.7));
        }
      } else if (kind === 3) {
        // A scribble or crossing-out.
        context.moveTo(...point());
        for (let k = 0; k < 5 + Math.floor(rand() * 5); k++) context.lineTo(...point());
      } else if (kind === 4) {
        // A blot.
        context.ellipse(48, 48, between(rand, 8, 30), between(rand, 8, 30), rand() * Math.PI, 0, 2 * Math.PI);
        context.fill();
      } else if (kind === 5) {
        // A tick or check mark.
        const [x, y] = point();
        context.moveTo(x - 20, y - 10);
        context.lineTo(x - 8, y + 8);
        context.lineTo(x + 25, y - 30);
      } else {
        // Specks: dust and toner.
        for (let k = 0; k < 3 + Math.floor(rand() * 10); k++) {
          const [x, y] = point();
          context.moveTo(x, y);
          context.arc(x, y, between(rand, 1, 4), 0, 2 * Math.PI);
        }
        context.fill();
      }
      context.stroke();
    }),
  );
}

/** A slash as a pen draws it: leaning 20–45° from upright. */
export function slashMark(rand: Random): Mask | null {
  const angle = between(rand, 0.35, 0.8);
  const length = between(rand, 50, 80);
  return cropToInk(
    drawMask(112, (context) => {
      context.lineWidth = between(rand, 3, 8);
      context.lineCap = 'round';
      context.beginPath();
      context.moveTo(56 - (Math.sin(angle) * length) / 2, 56 + (Math.cos(angle) * length) / 2);
      context.quadraticCurveTo(56 + between(rand, -5, 5), 56 + between(rand, -5, 5), 56 + (Math.sin(angle) * length) / 2, 56 - (Math.cos(angle) * length) / 2);
      context.stroke();
    }),
  );
}

/**
 * What a rubber stamp or numbering machine does to a face's glyph: ink uneven across the face
 * (patches starved of ink, strokes broken where the rubber did not touch), sometimes a faint
 * second impression a pixel or three off (the hand rocked).
 */
export function stampImpression(mask: Mask, rand: Random): Mask {
  const { width, height } = mask;
  const cells = 6;
  const grid = Float32Array.from({ length: (cells + 1) ** 2 }, () => rand());
  const starved = between(rand, 0, 0.45);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const field = smoothField(cells, x / width, y / height, (i, j) => grid[j * (cells + 1) + i] as number);
      // Below `starved` the rubber gave no ink; just above it, little.
      const inked = Math.max(0, Math.min(1, (field - starved) / 0.25 + 0.15 * (rand() - 0.5)));
      data[y * width + x] = (mask.data[y * width + x] as number) * inked;
    }
  }
  if (rand() < 0.2) {
    const dx = Math.round(between(rand, -3, 3));
    const dy = Math.round(between(rand, -2, 2));
    const ghost = between(rand, 0.25, 0.5);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const sx = x - dx;
        const sy = y - dy;
        if (sx < 0 || sy < 0 || sx >= width || sy >= height) continue;
        data[y * width + x] = Math.max(data[y * width + x] as number, ghost * (mask.data[sy * width + sx] as number));
      }
    }
  }
  return { data, width, height };
}
