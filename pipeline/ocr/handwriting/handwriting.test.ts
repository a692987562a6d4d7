import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { findComponents } from '../components.js';
import type { GlyphImage } from '../glyphs/features.js';
import { classifyHandwrittenDigit, readHandwrittenNumber } from './index.js';

// Itim, a Thai hand face the shipped model never trained on (tools/handwriting-training holds it out).
const fontFiles = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/itim/package.json')), 'files');

beforeAll(() => {
  GlobalFonts.registerFromPath(path.join(fontFiles, 'itim-thai-400-normal.woff2'), 'test-itim-thai');
  GlobalFonts.registerFromPath(path.join(fontFiles, 'itim-latin-400-normal.woff2'), 'test-itim-latin');
});

interface Drawing {
  text: string;
  font?: 'thai' | 'latin';
  size?: number;
  /** Extra space between characters in pixels (negative: they run together). */
  spacing?: number;
  /** A dotted leader under the text, as on the printed form. */
  leader?: boolean;
  /** Ballpoint blue, turned gray as the pipeline does (darkest channel). */
  blue?: boolean;
}

/** Renders text as a scan crop: gray, dark ink on light paper. */
function render({ text, font = 'thai', size = 44, spacing = 4, leader = false, blue = true }: Drawing): GlyphImage {
  const width = Math.round(text.length * size * 0.8 + size);
  const height = Math.round(size * 1.8);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f6f3ea';
  context.fillRect(0, 0, width, height);
  context.fillStyle = blue ? '#2a3fa0' : '#202020';
  context.font = `${size}px test-itim-${font}`;
  let x = size * 0.4;
  for (const char of text) {
    context.fillText(char, x, size * 1.25);
    x += context.measureText(char).width + spacing;
  }
  if (leader) {
    context.fillStyle = '#303030';
    for (let dot = 2; dot < width; dot += size * 0.22) context.fillRect(dot, size * 1.3, 2.5, 2.5);
  }
  const rgba = canvas.data();
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(rgba[i * 4] as number, rgba[i * 4 + 1] as number, rgba[i * 4 + 2] as number);
  return { data, width, height };
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
