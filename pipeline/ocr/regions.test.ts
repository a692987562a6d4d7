import { describe, expect, it } from 'vitest';
import type { Box } from './geometry.js';
import { strayMarks } from './regions.js';

const box = (left: number, top: number, size: number): Box => ({ left, top, right: left + size - 1, bottom: top + size - 1 });

describe('strayMarks', () => {
  const glyphHeight = 20;
  const glyphs = [box(100, 100, 20), box(125, 100, 20)];

  it('keeps marks above, below and beside a glyph', () => {
    const toneMark = box(128, 85, 5);
    const lowerVowel = box(104, 122, 5);
    const fullStop = box(150, 116, 4);
    const dashOfPageNumber = box(80, 108, 6);
    expect(strayMarks([toneMark, lowerVowel, fullStop, dashOfPageNumber], glyphs, glyphHeight)).toEqual([]);
  });

  it('returns small components far from every glyph', () => {
    const speckBetweenLines = box(130, 60, 4);
    const speckInTheMargin = box(10, 400, 4);
    const nearby = box(110, 90, 4);
    expect(strayMarks([speckBetweenLines, speckInTheMargin, nearby], glyphs, glyphHeight)).toEqual([speckBetweenLines, speckInTheMargin]);
  });

  it('treats every mark as stray on a page without glyphs', () => {
    expect(strayMarks([box(5, 5, 3)], [], glyphHeight)).toHaveLength(1);
  });
});
