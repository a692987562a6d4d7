import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GrayImage } from './page-image.js';
import { inkThreshold, otsuThreshold, preparePage } from './preprocess.js';
import { estimateSkew } from './skew.js';

const WIDTH = 1400;
const HEIGHT = 1000;

/** Rows of glyph-like blocks, as a page of text at 200 dpi. */
function textPage(): Uint8Array {
  const page = new Uint8Array(WIDTH * HEIGHT).fill(245);
  for (let top = 100; top < 800; top += 60) {
    for (let x = 150; x < 1250; x += 22) {
      for (let y = top; y < top + 24; y++) page.fill(20, y * WIDTH + x, y * WIDTH + x + 16);
    }
  }
  return page;
}

async function turned(page: Uint8Array, degrees: number): Promise<GrayImage> {
  const { data, info } = await sharp(Buffer.from(page), { raw: { width: WIDTH, height: HEIGHT, channels: 1 } })
    .rotate(degrees, { background: '#f5f5f5' })
    .extract({ left: 0, top: 0, width: WIDTH, height: HEIGHT })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, dpi: 200 };
}

describe('preparePage', () => {
  it('straightens a page that leans by under a degree', async () => {
    const page = await preparePage(await turned(textPage(), 0.8));
    expect(Math.abs(page.skewDegrees - 0.8)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(estimateSkew({ data: page.ink, width: WIDTH, height: HEIGHT, dpi: 200 }))).toBeLessThanOrEqual(0.1);
  });

  it('turns a copier shadow at the page edge into paper, not ink', async () => {
    const shadowed = textPage();
    for (let y = 0; y < HEIGHT; y++) {
      for (let x = 0; x < 80; x++) shadowed[y * WIDTH + x] = 60 + x * 2;
    }
    const page = await preparePage({ data: Buffer.from(shadowed), width: WIDTH, height: HEIGHT, dpi: 200 });
    const shadowInk = Array.from({ length: HEIGHT }, (_, y) => page.ink[y * WIDTH + 40] as number).filter((v) => v < 128);
    expect(shadowInk.length).toBe(0);
    expect(page.ink[110 * WIDTH + 160]).toBeLessThan(128);
  });
});

describe('preparePage input', () => {
  it('leaves the caller’s image untouched', async () => {
    const image = { data: Buffer.from(textPage()), width: WIDTH, height: HEIGHT, dpi: 200 };
    const before = Buffer.from(image.data);
    await preparePage(image);
    expect(image.data.equals(before)).toBe(true);
  });
});

describe('inkThreshold', () => {
  /** A repeatable stream of numbers in [0, 1). */
  const randomFrom = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  it('splits ink from paper where Otsu alone splits the paper’s grain', () => {
    // A last page with a few faint lines on grainy paper: grain from 200 to 255, 1 % ink at 150.
    const random = randomFrom(7);
    const page = Uint8Array.from({ length: 200_000 }, (_, i) => (i % 100 === 0 ? 150 : 200 + Math.floor(random() * 56)));
    expect(otsuThreshold(page)).toBeGreaterThan(200);
    const threshold = inkThreshold(page);
    expect(threshold).toBeGreaterThan(150);
    expect(threshold).toBeLessThanOrEqual(200);
  });

  it('splits ink from paper where Otsu cuts a nearly blank page’s grain in two', () => {
    // A nearly blank page on coarse grain, as a scanner flattens it: paper at 245, a sixth of it in
    // darker grain around 215, 0.1 % ink at 60. Otsu then cuts the grain in two, an eighth of the
    // page on its dark side, barely darker than the rest.
    const random = randomFrom(11);
    const grain = (mean: number, spread: number) => Math.min(255, Math.round(mean + spread * (random() + random() + random() + random() - 2)));
    const page = Uint8Array.from({ length: 300_000 }, (_, i) => (i % 1000 === 0 ? 60 : random() < 0.15 ? grain(215, 24) : grain(245, 10)));
    expect(otsuThreshold(page)).toBeGreaterThan(215);
    const threshold = inkThreshold(page);
    expect(threshold).toBeGreaterThan(60);
    expect(threshold).toBeLessThanOrEqual(200);
  });

  it('keeps Otsu’s threshold on a page of faint print', () => {
    // 6 % of the page printed light (205), on clean paper.
    const page = Uint8Array.from({ length: 300_000 }, (_, i) => (i % 100 < 6 ? 205 : 250));
    expect(inkThreshold(page)).toBe(otsuThreshold(page));
  });

  it('keeps Otsu’s threshold on a page with ink enough', () => {
    const page = textPage();
    expect(inkThreshold(page)).toBe(otsuThreshold(page));
  });
});
