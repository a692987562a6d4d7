import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findComponents } from './components.js';
import { findTextLines } from './layout.js';
import type { PreparedPage } from './preprocess.js';
import { findRules } from './rules.js';
import { estimateSkew } from './skew.js';

const DPI = 200;
const WIDTH = 1600;
const HEIGHT = 1200;

/** A white page as 8-bit gray (255 paper, 0 ink). */
const blank = () => new Uint8Array(WIDTH * HEIGHT).fill(255);

function fill(page: Uint8Array, left: number, top: number, width: number, height: number): void {
  for (let y = top; y < top + height; y++) page.fill(0, y * WIDTH + left, y * WIDTH + left + width);
}

/** Text-like lines: glyph blocks 16 px wide with 6 px gaps, body 24 px tall, every 60 px. */
function textPage(lines: number, options: { left?: number; right?: number; top?: number } = {}): Uint8Array {
  const page = blank();
  for (let k = 0; k < lines; k++) {
    const top = (options.top ?? 100) + k * 60;
    for (let x = options.left ?? 100; x < (options.right ?? 1400); x += 22) fill(page, x, top, 16, 24);
  }
  return page;
}

function prepared(ink: Uint8Array, extra: Partial<PreparedPage> = {}): PreparedPage {
  const data = Buffer.from(ink);
  return {
    gray: { data, width: WIDTH, height: HEIGHT, dpi: DPI },
    ink: Buffer.from(ink),
    skewDegrees: 0,
    rules: [],
    frames: [],
    pictures: [],
    glyphHeight: 24,
    glyphs: [],
    marks: [],
    ...extra,
  };
}

describe('estimateSkew', () => {
  it.each([0.5, -0.8, 1.5])('measures a page turned by %s° (clockwise positive)', async (angle) => {
    const rotated = await sharp(Buffer.from(textPage(12)), { raw: { width: WIDTH, height: HEIGHT, channels: 1 } })
      .rotate(angle, { background: '#ffffff' })
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const skew = estimateSkew({ data: rotated.data, width: rotated.info.width, height: rotated.info.height, dpi: DPI });
    expect(Math.abs(skew - angle)).toBeLessThanOrEqual(0.1);
  });

  it('says 0 for a blank page', () => {
    expect(estimateSkew({ data: Buffer.from(blank()), width: WIDTH, height: HEIGHT, dpi: DPI })).toBe(0);
  });
});

describe('findRules', () => {
  it('finds a solid underline and a dotted leader line but no rule in text', () => {
    const page = textPage(3);
    fill(page, 100, 400, 1000, 3);
    for (let x = 100; x < 900; x += 5) fill(page, x, 500, 2, 2);
    const rules = findRules(Buffer.from(page), WIDTH, HEIGHT, DPI);
    expect(rules.map((r) => [r.orientation, r.style, r.top])).toEqual([
      ['horizontal', 'solid', 400],
      ['horizontal', 'dotted', 500],
    ]);
  });

  it('finds a vertical table rule', () => {
    const page = blank();
    fill(page, 700, 100, 3, 500);
    const rules = findRules(Buffer.from(page), WIDTH, HEIGHT, DPI);
    expect(rules).toEqual([{ orientation: 'vertical', style: 'solid', left: 700, right: 702, top: 100, bottom: 599, pitch: 0, dotWidth: 0 }]);
  });
});

describe('findComponents', () => {
  it('joins diagonal neighbours and counts pixels', () => {
    const page = blank();
    fill(page, 10, 10, 2, 2);
    fill(page, 12, 12, 2, 2);
    fill(page, 100, 10, 5, 5);
    const { components } = findComponents(page, WIDTH, HEIGHT);
    expect(components.map((c) => [c.left, c.top, c.right, c.bottom, c.pixels])).toEqual([
      [10, 10, 13, 13, 8],
      [100, 10, 104, 14, 25],
    ]);
  });
});

describe('findTextLines', () => {
  it('finds each line of a text block, top to bottom', () => {
    const lines = findTextLines(prepared(textPage(5)));
    expect(lines.map((l) => l.top)).toEqual([100, 160, 220, 280, 340]);
    expect(lines.every((l) => l.hint === 'line')).toBe(true);
  });

  it('keeps tone marks above a line with that line, not as a line of their own', () => {
    const page = textPage(2);
    for (let x = 100; x < 600; x += 44) fill(page, x + 4, 86, 6, 6);
    const lines = findTextLines(prepared(page));
    expect(lines.map((l) => [l.top, l.bottom])).toEqual([
      [86, 123],
      [160, 183],
    ]);
  });

  it('gives a speck between two lines to the nearer line, and blanks the lower line\'s marks out of the upper line whatever it takes in', () => {
    // Two close lines; the lower one has a word space under the upper one's glyphs at 232-247.
    const page = blank();
    const glyphs: { left: number; top: number; right: number; bottom: number }[] = [];
    const glyph = (left: number, top: number) => {
      fill(page, left, top, 16, 24);
      glyphs.push({ left, top, right: left + 15, bottom: top + 23 });
    };
    for (let x = 100; x < 600; x += 22) glyph(x, 100);
    for (let x = 100; x < 600; x += 22) if (x < 200 || x > 270) glyph(x, 160);
    // Tone marks over the lower line, then a speck of dust in its word space, nearer to it than to the upper line.
    const marks = [104, 148, 324, 368].map((x) => ({ left: x, top: 146, right: x + 5, bottom: 151 }));
    for (const m of marks) fill(page, m.left, m.top, 6, 6);
    const speck = { left: 230, top: 153, right: 234, bottom: 157 };
    fill(page, speck.left, speck.top, 5, 5);
    const [upper, lower] = findTextLines(prepared(page, { glyphs, marks: [...marks, speck] }));
    expect(upper!.bottom).toBeLessThan(146);
    expect(lower!.top).toBeLessThanOrEqual(146);
    const unblanked = marks.filter((m) => m.top <= upper!.bottom && !upper!.foreign.some((f) => f.left <= m.left && f.right >= m.right));
    expect(unblanked).toEqual([]);
  });

  it('lets no speck of dust too small for a mark stretch a line over its neighbour, however near a glyph of it', () => {
    const page = blank();
    const glyphs: { left: number; top: number; right: number; bottom: number }[] = [];
    for (const top of [100, 160]) {
      for (let x = 100; x < 600; x += 22) {
        if (top === 160 && x > 200 && x < 270) continue;
        fill(page, x, top, 16, 24);
        glyphs.push({ left: x, top, right: x + 15, bottom: top + 23 });
      }
    }
    // A 2-pixel speck under a glyph of the upper line, over the lower line's word space.
    const dust = { left: 233, top: 142, right: 234, bottom: 143 };
    fill(page, dust.left, dust.top, 2, 2);
    const [upper] = findTextLines(prepared(page, { glyphs, marks: [dust] }));
    expect(upper!.bottom).toBeLessThan(142);
  });

  it('reads each line once when a stroke down the page margin joins lines set far apart', () => {
    const page = textPage(5, { top: 700 });
    for (const top of [100, 300, 500]) for (let x = 300; x < 1400; x += 22) fill(page, x, top, 16, 24);
    fill(page, 5, 90, 5, 450);
    const text = findTextLines(prepared(page)).filter((l) => l.right > 1000 && l.top < 600);
    expect(text.map((l) => [l.top, l.bottom])).toEqual([
      [100, 123],
      [300, 323],
      [500, 523],
    ]);
  });

  it('separates two columns far apart on the same rows', () => {
    const page = blank();
    for (let x = 100; x < 500; x += 22) fill(page, x, 100, 16, 24);
    for (let x = 900; x < 1400; x += 22) fill(page, x, 100, 16, 24);
    const lines = findTextLines(prepared(page));
    expect(lines.map((l) => [l.left, l.right])).toEqual([
      [100, 511],
      [900, 1399],
    ]);
  });

  it('measures the line height on lines, not on a stamp whose unframed box joins its rows: the word stamped beside it stays a line of its own', () => {
    // A coloured layer: an urgency stamp (one word) level with a receipt stamp whose box edges
    // are too broken to be a frame, and one pen number lower down.
    const page = blank();
    for (let x = 200; x < 400; x += 34) fill(page, x, 140, 30, 32);
    for (const top of [80, 130, 180, 230]) for (let x = 820; x < 1120; x += 22) fill(page, x, top, 3, 24);
    fill(page, 800, 70, 5, 200);
    fill(page, 1140, 70, 5, 200);
    for (let x = 500; x < 700; x += 22) fill(page, x, 900, 16, 24);
    const lines = findTextLines(prepared(page));
    expect(lines.map((l) => [l.left, l.top, l.hint])).toEqual([
      [200, 140, 'line'],
      [800, 70, 'block'],
      [500, 900, 'line'],
    ]);
  });

  it('reads a framed area after the running text', () => {
    const page = textPage(2, { right: 800 });
    for (let x = 1000; x < 1300; x += 22) fill(page, x, 110, 16, 24);
    const frame = { outline: { left: 980, top: 90, right: 1320, bottom: 150 }, inside: { left: 981, top: 91, right: 1319, bottom: 149 } };
    const lines = findTextLines(prepared(page, { frames: [frame] }));
    expect(lines.map((l) => [l.left, l.top, l.hint])).toEqual([
      [100, 100, 'line'],
      [100, 160, 'line'],
      [1000, 110, 'block'],
    ]);
  });
});
