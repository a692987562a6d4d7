/**
 * Page skew from the sharpness of the horizontal ink projection: along the true text direction
 * the projection alternates between full lines and empty gaps, so its sum of squares peaks.
 */
import type { GrayImage } from './page-image.js';

/** Scans lean by well under this; a larger search only adds chances of a wrong peak. */
const MAX_SKEW_DEGREES = 3;
const COARSE_STEP = 0.25;
const FINE_STEP = 0.05;
const SAMPLE_STRIDE = 3;

interface InkSample {
  xs: Int32Array;
  ys: Int32Array;
}

function sampleInk(binary: GrayImage): InkSample {
  const capacity = Math.ceil(binary.width / SAMPLE_STRIDE) * Math.ceil(binary.height / SAMPLE_STRIDE);
  const xs = new Int32Array(capacity);
  const ys = new Int32Array(capacity);
  let count = 0;
  for (let y = 0; y < binary.height; y += SAMPLE_STRIDE) {
    const row = y * binary.width;
    for (let x = 0; x < binary.width; x += SAMPLE_STRIDE) {
      if ((binary.data[row + x] as number) < 128) {
        xs[count] = x;
        ys[count] = y;
        count++;
      }
    }
  }
  return { xs: xs.subarray(0, count), ys: ys.subarray(0, count) };
}

function projectionSharpness(sample: InkSample, height: number, width: number, degrees: number): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const offset = Math.ceil(Math.abs(slope) * width) + 1;
  const bins = new Int32Array(Math.ceil((height + 2 * offset) / SAMPLE_STRIDE) + 1);
  for (let i = 0; i < sample.xs.length; i++) {
    const projected = (sample.ys[i] as number) - (sample.xs[i] as number) * slope + offset;
    bins[Math.floor(projected / SAMPLE_STRIDE)]! += 1;
  }
  let sum = 0;
  for (let i = 0; i < bins.length; i++) sum += (bins[i] as number) ** 2;
  return sum;
}

function bestAngle(sample: InkSample, image: GrayImage, from: number, to: number, step: number): number {
  let best = 0;
  let bestScore = -1;
  for (let degrees = from; degrees <= to + step / 2; degrees += step) {
    const score = projectionSharpness(sample, image.height, image.width, degrees);
    if (score > bestScore) {
      bestScore = score;
      best = degrees;
    }
  }
  return best;
}

/**
 * Clockwise rotation of the page content in degrees (sharp's sign convention): rotating the
 * image by the negated value straightens it. Returns 0 for a blank page.
 */
export function estimateSkew(binary: GrayImage): number {
  const sample = sampleInk(binary);
  if (sample.xs.length < 100) return 0;
  const coarse = bestAngle(sample, binary, -MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, COARSE_STEP);
  const fine = bestAngle(sample, binary, coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
  return Math.round(fine * 100) / 100;
}
