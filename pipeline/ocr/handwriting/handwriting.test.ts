import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { findComponents } from '../components.js';
import type { GlyphImage } from '../glyphs/features.js';
import { classifyHandwrittenDigit, readHandwrittenNumber } from './index.js';

// Itim (a Thai hand face) and Chakra Petch bold (like a date stamp's digits): faces the shipped
// model never trained on (tools/handwriting-training holds them out).
const fontFiles = (family: string) => path.join(path.dirname(createRequire(import.meta.url).resolve(`@fontsource/${family}/package.json`)), 'files');

beforeAll(() => {
  GlobalFonts.registerFromPath(path.join(fontFiles('itim'), 'itim-thai-400-normal.woff2'), 'test-itim-thai');
  GlobalFonts.registerFromPath(path.join(fontFiles('itim'), 'itim-latin-400-normal.woff2'), 'test-itim-latin');
  GlobalFonts.registerFromPath(path.join(fontFiles('chakra-petch'), 'chakra-petch-thai-700-normal.woff2'), 'test-stamp-thai');
  GlobalFonts.registerFromPath(path.join(fontFiles('chakra-petch'), 'chakra-petch-latin-700-normal.woff2'), 'test-stamp-latin');
});

interface Drawing {
  text: string;
  font?: 'thai' | 'latin';
  /** A hand face (Itim) or a bold date-stamp-like face (Chakra Petch), in violet stamp ink. */
  face?: 'itim' | 'stamp';
  size?: number;
  /** Extra space between characters in pixels (negative: they run together). */
  spacing?: number;
  /** A dotted leader under the text, as on the printed form. */
  leader?: boolean;
  /** Ballpoint blue, turned gray as the pipeline does (darkest channel). */
  blue?: boolean;
  /** Leader dots this far apart (share of the size). */
  pitch?: number;
  /** Leader dots on the digits' foot, as big as a pen's full stop, rather than under it. */
  footLeader?: boolean;
  /** A stamp box's vertical border touching the number's last digit. */
  border?: boolean;
  /** A solid rule the digits stand on. */
  rule?: boolean;
  /** A worn stamp's blur: box-blur passes. */
  blur?: number;
}

/** Renders text as a scan crop: gray, dark ink on light paper. */
function render({ text, font = 'thai', face = 'itim', size = 44, spacing = 4, leader = false, blue = true, pitch = 0.22, footLeader = false, border = false, rule = false, blur = 0 }: Drawing): GlyphImage {
  const width = Math.round(text.length * size * 0.8 + size);
  const height = Math.round(size * 1.8);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f6f3ea';
  context.fillRect(0, 0, width, height);
  context.fillStyle = face === 'stamp' ? '#5a3c9a' : blue ? '#2a3fa0' : '#202020';
  let x = size * 0.4;
  let right = x;
  for (const char of text) {
    // Thai digits from the face's Thai file, signs from its Latin one.
    context.font = `${size}px test-${face === 'stamp' ? 'stamp' : 'itim'}-${/[๐-๙]/u.test(char) ? 'thai' : font}`;
    context.fillText(char, x, size * 1.25);
    right = x + context.measureText(char).width;
    x = right + spacing;
  }
  context.fillStyle = '#303030';
  if (leader) for (let dot = 2; dot < width; dot += size * pitch) context.fillRect(dot, footLeader ? size * 1.25 - 4 : size * 1.3, footLeader ? 4 : 2.5, footLeader ? 4 : 2.5);
  if (border) context.fillRect(right - 3, 0, 3, height);
  if (rule) context.fillRect(0, size * 1.25, width, 2);
  const rgba = canvas.data();
  let data: Uint8Array = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(rgba[i * 4] as number, rgba[i * 4 + 1] as number, rgba[i * 4 + 2] as number);
  for (let pass = 0; pass < blur; pass++) data = boxBlur(data, width, height);
  return { data, width, height };
}

function boxBlur(data: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || xx < 0 || yy >= height || xx >= width) continue;
          sum += data[yy * width + xx] as number;
          n++;
        }
      }
      out[y * width + x] = Math.round(sum / n);
    }
  }
  return out;
}

function inkPieces(image: GlyphImage): number {
  const ink = Uint8Array.from(image.data, (v) => (v < 128 ? 0 : 255));
  return findComponents(ink, image.width, image.height).components.filter((c) => c.pixels > 20).length;
}

describe('readHandwrittenNumber', () => {
  it('reads a Thai running number, digit by digit with boxes left to right', () => {
    const result = readHandwrittenNumber(render({ text: '๑๒๓๔' }), { script: 'thai' });
    expect(result).toMatchObject({ text: '๑๒๓๔', unread: false });
    expect(result.digits.map((d) => d.char)).toEqual([...'๑๒๓๔']);
    expect(result.digits.every((d, i) => i === 0 || d.box.left > result.digits[i - 1]!.box.right - 2)).toBe(true);
    expect(result.confidence).toBeGreaterThan(0.8);
  });

  it('reads Arabic digits, and chooses the script itself when told either', () => {
    expect(readHandwrittenNumber(render({ text: '2568', font: 'latin' }), { script: 'arabic' }).text).toBe('2568');
    expect(readHandwrittenNumber(render({ text: '2568', font: 'latin' })).text).toBe('2568');
    expect(readHandwrittenNumber(render({ text: '๕๖๗' })).text).toBe('๕๖๗');
  });

  it('reads the slashes of a date and the colons of a time', () => {
    expect(readHandwrittenNumber(render({ text: '06/01/2568', font: 'latin', size: 40 }), { script: 'arabic' }).text).toBe('06/01/2568');
    expect(readHandwrittenNumber(render({ text: '19:12:15', font: 'latin', size: 40 }), { script: 'arabic' }).text).toBe('19:12:15');
  });

  it('ignores the dotted leader the number is written on', () => {
    expect(readHandwrittenNumber(render({ text: '๒๒', leader: true }), { script: 'thai' }).text).toBe('๒๒');
  });

  it('reads the full stops and hyphens of times, unit numbers and dates', () => {
    expect(readHandwrittenNumber(render({ text: '15.00', font: 'latin', size: 40 }), { script: 'arabic' }).text).toBe('15.00');
    expect(readHandwrittenNumber(render({ text: '0301.10.1', font: 'latin', size: 40 }), { script: 'arabic' }).text).toBe('0301.10.1');
    expect(readHandwrittenNumber(render({ text: '06-01-2568', font: 'latin', size: 40 }), { script: 'arabic' }).text).toBe('06-01-2568');
    expect(readHandwrittenNumber(render({ text: '๐๖-๐๑-๒๕๖๘', font: 'latin', size: 40 }), { script: 'thai' }).text).toBe('๐๖-๐๑-๒๕๖๘');
  });

  it('does not take a leader dot between two digits for a full stop', () => {
    // Digits far apart on a leader whose dots, as big as a full stop, show in the gap on the digits' foot.
    const crop = render({ text: '๒๒', leader: true, footLeader: true, spacing: 12, pitch: 0.2 });
    expect(readHandwrittenNumber(crop, { script: 'thai' }).text).toBe('๒๒');
  });

  it('reads a number whose last digit touches a stamp box border, or that stands on a rule', () => {
    const boxed = render({ text: '๒๕', border: true });
    expect(inkPieces(boxed)).toBe(2);
    expect(readHandwrittenNumber(boxed, { script: 'thai' }).text).toBe('๒๕');
    expect(readHandwrittenNumber(render({ text: '4063', font: 'latin', rule: true }), { script: 'arabic' }).text).toBe('4063');
  });

  it('reads numbering-machine and date-stamp digits: bold, violet, blurred', () => {
    expect(readHandwrittenNumber(render({ text: '๐๖๗๘๙', face: 'stamp', blur: 2 }), { script: 'thai' }).text).toBe('๐๖๗๘๙');
    expect(readHandwrittenNumber(render({ text: '004512', face: 'stamp', font: 'latin', blur: 2 })).text).toBe('004512');
    expect(readHandwrittenNumber(render({ text: '11:03:42', face: 'stamp', font: 'latin', size: 30, spacing: 2, blur: 1 })).text).toBe('11:03:42');
  });

  it('splits two digits that run together into two digits', () => {
    const joined = render({ text: '๒๓', spacing: -5, blue: false });
    expect(inkPieces(joined)).toBe(1);
    const result = readHandwrittenNumber(joined, { script: 'thai' });
    expect(result.text).toBe('๒๓');
    expect(result.digits).toHaveLength(2);
  });

  it('leaves a number unread rather than guess: blank paper, Thai letters, digits of the other script', () => {
    const blank = render({ text: ' ' });
    expect(readHandwrittenNumber(blank)).toEqual({ text: '', digits: [], confidence: 0, unread: true });
    const thaiLetters = readHandwrittenNumber(render({ text: 'กขค' }), { script: 'thai' });
    expect(thaiLetters).toMatchObject({ text: '', unread: true });
    const thaiAsArabic = readHandwrittenNumber(render({ text: '๓๔' }), { script: 'arabic' });
    expect(thaiAsArabic).toMatchObject({ text: '', unread: true });
  });
});

describe('classifyHandwrittenDigit', () => {
  it('names one glyph with its confidence', () => {
    const seven = classifyHandwrittenDigit(render({ text: '๗' }), { script: 'thai' });
    expect(seven.char).toBe('๗');
    expect(seven.confidence).toBeGreaterThan(0.8);
  });

  it('rejects what is not a digit: a Thai letter, a blot', () => {
    expect(classifyHandwrittenDigit(render({ text: 'ฟ' }), { script: 'thai' }).char).toBeNull();
    const width = 40;
    const blot = new Uint8Array(width * width).fill(240);
    for (let y = 12; y < 30; y++) for (let x = 8; x < 34; x++) if ((x - 21) ** 2 / 169 + (y - 21) ** 2 / 81 < 1) blot[y * width + x] = 30;
    expect(classifyHandwrittenDigit({ data: blot, width, height: width }).char).toBeNull();
  });
});
