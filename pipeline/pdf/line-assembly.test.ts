import { describe, expect, it } from 'vitest';
import { assembleLines, lineText } from './line-assembly.js';
import { toFragments, type PositionedText } from './text-fragments.js';

const SIZE = 12;
/** A horizontal item at (x, y), its width given in em of a 12-unit font. */
const item = (str: string, x: number, y: number, widthEm = str.length * 0.5): PositionedText => ({
  str,
  transform: [SIZE, 0, 0, SIZE, x, y],
  width: widthEm * SIZE,
});
const read = (items: PositionedText[]): string[] => assembleLines(toFragments(items)).map(lineText);

describe('assembleLines', () => {
  it('joins cluster fragments of one baseline without spaces, left to right', () => {
    expect(read([item('วนราชการ', 12, 700, 4), item('ส', 6, 700, 0.5)])).toEqual(['สวนราชการ']);
  });

  it('orders rows top to bottom and keeps a baseline shifted by a little in its row', () => {
    const items = [item('second', 10, 680, 3), item('first', 10, 700, 2.5), item('2', 40, 702, 0.5)];
    expect(read(items)).toEqual(['first2', 'second']);
  });

  it('takes spaces from space items and from gaps wider than a fraction of the font size', () => {
    const items = [item('ที่', 0, 700, 1), item(' ', 12, 700, 0.3), item('กษ', 15.6, 700, 1), item('๑', 31, 700, 0.5)];
    expect(read(items)).toEqual(['ที่ กษ ๑']);
  });

  it('splits a row into separate lines across a gap of several em', () => {
    const items = [item('ที่ กษ ๑/๒', 60, 700, 5), item('วันที่ ๔ กันยายน', 300, 700, 8)];
    expect(read(items)).toEqual(['ที่ กษ ๑/๒', 'วันที่ ๔ กันยายน']);
  });

  it('drops empty end-of-line markers and fake-bold overprints', () => {
    const items = [item('', 0, 700, 0), item('เรื่อง', 10, 700, 3), item('เรื่อง', 10.5, 700, 3)];
    expect(read(items)).toEqual(['เรื่อง']);
  });

  it('reads text turned 90° as lines of their own direction', () => {
    const rotated: PositionedText = { str: 'เลขรับ ๕๖๑๙', transform: [0, SIZE, -SIZE, 0, 500, 300], width: 60 };
    expect(read([item('body', 10, 700, 2), rotated])).toEqual(['body', 'เลขรับ ๕๖๑๙']);
  });

  it('orders lines of text turned 90° counter-clockwise from the text\'s own top', () => {
    const turned = (str: string, e: number): PositionedText => ({ str, transform: [0, SIZE, -SIZE, 0, e, 300], width: 60 });
    expect(read([turned('second line', 120), turned('first line', 100)])).toEqual(['first line', 'second line']);
  });

  it('records how each space was seen: a measured gap or a space inside an item', () => {
    const [line] = assembleLines(toFragments([item('ก ร', 0, 700, 1.5), item('ะ', 24, 700, 0.5)]));
    expect(line?.tokens.map((t) => t.spaceBefore?.source ?? null)).toEqual([null, 'string', 'gap']);
  });
});
