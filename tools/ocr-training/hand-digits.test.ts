import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from '../../pipeline/ocr/glyphs/features.js';
import { DIGIT_LABELS } from '../../pipeline/ocr/handwriting/labels.js';
import { cropToInk, drawMask } from '../handwriting-training/ink.js';
import type { HandwrittenDigit } from '../handwriting-training/samples.js';
import { GLYPH_LABELS, random } from './glyph-samples.js';
import { handDigitExamples } from './hand-digits.js';

// A ring drawn as a hand would draw ๐ (the handwritten set itself lives outside the repository).
const ring = cropToInk(
  drawMask(64, (context) => {
    context.lineWidth = 6;
    context.beginPath();
    context.arc(32, 32, 20, 0, 2 * Math.PI);
    context.stroke();
  }),
)!;
const drawing = (digit: string): HandwrittenDigit => ({
  session: 'writer',
  label: DIGIT_LABELS.indexOf(digit),
  mask: ring,
  gray: { data: new Uint8Array(0), width: 0, height: 0 },
});
const ZERO = GLYPH_LABELS.indexOf('๐');
const HEIGHT_FEATURE = FEATURE_COUNT - 3;

describe('handwritten digits as training glyphs', () => {
  it('draws each drawing as many times as asked, labelled with its digit', () => {
    const examples = handDigitExamples([drawing('๐'), drawing('๐')], [{ label: ZERO, height: 0.86 }], 3, random(1));
    expect(examples).toHaveLength(6);
    expect(new Set(examples.map((e) => GLYPH_LABELS[e.label]))).toEqual(new Set(['๐']));
    expect(examples.every((e) => e.features.length === FEATURE_COUNT)).toBe(true);
  });

  it('makes them as tall against the page glyphs as the printed digits of their label', () => {
    const examples = handDigitExamples([drawing('๐')], [{ label: ZERO, height: 0.86 }], 20, random(2));
    for (const e of examples) expect(Math.abs((e.features[HEIGHT_FEATURE] as number) - 0.86)).toBeLessThanOrEqual(0.06);
  });

  it('leaves out a digit no printed training glyph shows, having no height to give it', () => {
    expect(handDigitExamples([drawing('๑')], [{ label: ZERO, height: 0.86 }], 2, random(3))).toEqual([]);
  });

  it('comes out the same for the same seed', () => {
    const draw = () => handDigitExamples([drawing('๐')], [{ label: ZERO, height: 0.86 }], 2, random(4)).map((e) => Array.from(e.features));
    expect(draw()).toEqual(draw());
  });
});
