import { describe, expect, it } from 'vitest';
import { grayAndColour, separateInks } from './ink.js';

type Rgb = [number, number, number];
const PAPER: Rgb = [246, 244, 238];
const BLACK: Rgb = [35, 35, 40];
const BLUE_PEN: Rgb = [70, 85, 150];
const RED_STAMP: Rgb = [200, 60, 70];

/** A small RGB page with strokes (rectangles) of the given inks. */
function page(strokes: Array<{ ink: Rgb; left: number; top: number; width: number; height: number }>, size = 200) {
  const rgb = new Uint8Array(size * size * 3);
  for (let p = 0; p < size * size; p++) rgb.set(PAPER, p * 3);
  for (const s of strokes) {
    for (let y = s.top; y < s.top + s.height; y++) for (let x = s.left; x < s.left + s.width; x++) rgb.set(s.ink, (y * size + x) * 3);
  }
  const { gray, colour } = grayAndColour(rgb, size, size, 3);
  return { data: gray, width: size, height: size, dpi: 100, ...(colour ? { colour } : {}) };
}

const at = (image: { data: Uint8Array; width: number }, x: number, y: number) => image.data[y * image.width + x] as number;

describe('grayAndColour', () => {
  it('keeps every ink dark in gray and marks pen and stamp hues as colour, not tinted paper', () => {
    const image = page([
      { ink: BLUE_PEN, left: 10, top: 10, width: 40, height: 6 },
      { ink: RED_STAMP, left: 10, top: 30, width: 40, height: 6 },
    ]);
    expect(at(image, 20, 12)).toBeLessThan(100);
    expect(at(image, 20, 32)).toBeLessThan(100);
    expect(image.colour?.[12 * 200 + 20]).toBeGreaterThan(30);
    expect(image.colour?.[32 * 200 + 20]).toBeGreaterThan(30);
    expect(image.colour?.[100 * 200 + 100]).toBe(0);
  });

  it('finds no colour on a black-and-white letter saved in colour', () => {
    expect(page([{ ink: BLACK, left: 10, top: 10, width: 100, height: 5 }]).colour).toBeUndefined();
  });
});

describe('separateInks', () => {
  it('takes the pen out of the print and keeps it apart', () => {
    const image = page([
      { ink: BLACK, left: 10, top: 10, width: 100, height: 5 },
      { ink: BLACK, left: 10, top: 40, width: 100, height: 5 },
      { ink: BLUE_PEN, left: 120, top: 8, width: 60, height: 10 },
    ]);
    const { print, colour } = separateInks(image);
    expect(at(print, 50, 12)).toBeLessThan(100);
    expect(at(print, 130, 12)).toBe(255);
    expect(colour && at(colour, 130, 12)).toBeLessThan(150);
    expect(colour && at(colour, 50, 12)).toBe(255);
  });

  it('splits a stamp that touches a printed stroke pixel by pixel', () => {
    const image = page([
      { ink: BLACK, left: 10, top: 10, width: 60, height: 5 },
      { ink: BLACK, left: 10, top: 60, width: 150, height: 5 },
      { ink: RED_STAMP, left: 40, top: 12, width: 80, height: 5 },
    ]);
    const { print, colour } = separateInks(image);
    expect(at(print, 20, 11)).toBeLessThan(100);
    expect(at(print, 90, 14)).toBe(255);
    expect(colour && at(colour, 90, 14)).toBeLessThan(150);
  });

  it('leaves a letter printed all in one colour as it is', () => {
    const image = page([
      { ink: BLUE_PEN, left: 10, top: 10, width: 150, height: 5 },
      { ink: BLUE_PEN, left: 10, top: 40, width: 150, height: 5 },
    ]);
    expect(separateInks(image).colour).toBeNull();
  });
});
