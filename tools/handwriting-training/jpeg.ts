/**
 * What a scanner's optics and JPEG do to a small colour picture, in plain loops (sharp costs a
 * millisecond of call overhead per picture, more than the whole round trip here): Gaussian blur,
 * and the JPEG round trip — YCbCr, 4:2:0 chroma subsampling, 8×8 DCT, quantization with the IJG
 * tables scaled for a quality, and back.
 */

/** Planes of one colour picture, values 0..255. */
export interface Rgb {
  planes: [Float32Array, Float32Array, Float32Array];
  width: number;
  height: number;
}

function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(sigma * 3));
  const kernel = Float32Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((a, b) => a + b, 0);
  return kernel.map((v) => v / total);
}

/** Separable Gaussian blur of one plane, edges clamped. */
export function blurPlane(plane: Float32Array, width: number, height: number, sigma: number): Float32Array {
  const kernel = gaussianKernel(sigma);
  const radius = (kernel.length - 1) / 2;
  const across = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) sum += (kernel[k + radius] as number) * (plane[y * width + Math.min(width - 1, Math.max(0, x + k))] as number);
      across[y * width + x] = sum;
    }
  }
  const out = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) sum += (kernel[k + radius] as number) * (across[Math.min(height - 1, Math.max(0, y + k)) * width + x] as number);
      out[y * width + x] = sum;
    }
  }
  return out;
}

const LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109,
  103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, ...Array<number>(38).fill(99),
];

/** The IJG scaling of a base table for a quality of 1..100. */
function quantizer(base: number[], quality: number): Float32Array {
  const scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
  return Float32Array.from(base, (b) => Math.min(255, Math.max(1, Math.floor((b * scale + 50) / 100))));
}

/** Orthonormal DCT-II basis: COSINES[u * 8 + x]. */
const COSINES = Float32Array.from({ length: 64 }, (_, i) => {
  const u = Math.floor(i / 8);
  const x = i % 8;
  return (u === 0 ? Math.sqrt(1 / 8) : Math.sqrt(2 / 8)) * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
});

/** Its transpose, for the inverse transform. */
const COSINES_T = Float32Array.from({ length: 64 }, (_, i) => COSINES[(i % 8) * 8 + Math.floor(i / 8)] as number);
const temp = new Float32Array(64);

/** 8×8 transform of `block` in place with `basis` (COSINES: DCT, COSINES_T: inverse). */
function transform(block: Float32Array, basis: Float32Array): void {
  for (let y = 0; y < 8; y++) {
    for (let u = 0; u < 8; u++) {
      let sum = 0;
      for (let x = 0; x < 8; x++) sum += (basis[u * 8 + x] as number) * (block[y * 8 + x] as number);
      temp[y * 8 + u] = sum;
    }
  }
  for (let u = 0; u < 8; u++) {
    for (let v = 0; v < 8; v++) {
      let sum = 0;
      for (let y = 0; y < 8; y++) sum += (basis[v * 8 + y] as number) * (temp[y * 8 + u] as number);
      block[v * 8 + u] = sum;
    }
  }
}

/** One plane through DCT, quantization and back, block by block (edge pixels repeated). */
function quantizePlane(plane: Float32Array, width: number, height: number, table: Float32Array): void {
  const block = new Float32Array(64);
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      for (let y = 0; y < 8; y++) {
        for (let x = 0; x < 8; x++) block[y * 8 + x] = (plane[Math.min(height - 1, by + y) * width + Math.min(width - 1, bx + x)] as number) - 128;
      }
      transform(block, COSINES);
      for (let k = 0; k < 64; k++) block[k] = Math.round((block[k] as number) / (table[k] as number)) * (table[k] as number);
      transform(block, COSINES_T);
      for (let y = 0; y < 8 && by + y < height; y++) {
        for (let x = 0; x < 8 && bx + x < width; x++) plane[(by + y) * width + bx + x] = (block[y * 8 + x] as number) + 128;
      }
    }
  }
}

/** The picture after JPEG compression at `quality` and decompression. */
export function jpegRoundTrip(picture: Rgb, quality: number): Rgb {
  const { width, height } = picture;
  const [r, g, b] = picture.planes;
  const n = width * height;
  const luma = new Float32Array(n);
  const halfWidth = Math.ceil(width / 2);
  const halfHeight = Math.ceil(height / 2);
  const cb = new Float32Array(halfWidth * halfHeight);
  const cr = new Float32Array(halfWidth * halfHeight);
  const counts = new Float32Array(halfWidth * halfHeight);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const R = r[i] as number;
      const G = g[i] as number;
      const B = b[i] as number;
      luma[i] = 0.299 * R + 0.587 * G + 0.114 * B;
      const h = (y >> 1) * halfWidth + (x >> 1);
      cb[h]! += 128 - 0.168736 * R - 0.331264 * G + 0.5 * B;
      cr[h]! += 128 + 0.5 * R - 0.418688 * G - 0.081312 * B;
      counts[h]! += 1;
    }
  }
  for (let h = 0; h < cb.length; h++) {
    cb[h] = (cb[h] as number) / (counts[h] as number);
    cr[h] = (cr[h] as number) / (counts[h] as number);
  }
  quantizePlane(luma, width, height, quantizer(LUMA, quality));
  const chroma = quantizer(CHROMA, quality);
  quantizePlane(cb, halfWidth, halfHeight, chroma);
  quantizePlane(cr, halfWidth, halfHeight, chroma);
  const out: Rgb = { planes: [new Float32Array(n), new Float32Array(n), new Float32Array(n)], width, height };
  const clamp = (v: number) => Math.max(0, Math.min(255, v));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const h = (y >> 1) * halfWidth + (x >> 1);
      const Y = luma[i] as number;
      const Cb = (cb[h] as number) - 128;
      const Cr = (cr[h] as number) - 128;
      out.planes[0][i] = clamp(Y + 1.402 * Cr);
      out.planes[1][i] = clamp(Y - 0.344136 * Cb - 0.714136 * Cr);
      out.planes[2][i] = clamp(Y + 1.772 * Cb);
    }
  }
  return out;
}
