import { describe, expect, it } from 'vitest';
import type { GlyphImage } from '../glyphs/features.js';
import { glyphImage, inkComponents } from './cut.js';
import { bestCut, GlyphCuts } from './split.js';
import type { PieceJudge, ScoredPiece } from './split.js';

const HEIGHT = 30;

/** Three upright bars joined along the foot: one piece of ink, cuttable between the bars. */
function threeBars(): GlyphImage {
  const width = 50;
  const height = 40;
  const data = new Uint8Array(width * height).fill(250);
  const ink = (x: number, y: number) => (data[y * width + x] = 20);
  for (let y = 5; y < 5 + HEIGHT; y++) for (const bar of [5, 21, 37]) for (let x = bar; x < bar + 4; x++) ink(x, y);
  for (let y = 31; y < 35; y++) for (let x = 5; x < 41; x++) ink(x, y);
  return { data, width, height };
}

/**
 * A judge that knows pieces by how many bars they hold (their width): one bar reads '1', two
 * bars read `double`, three bars (uncut) or a piece of the foot alone read nothing.
 */
function judgeByWidth(single: number, double: { reading: string; score: number }): PieceJudge {
  const bars = (p: Float32Array) => ((p[1] as number) < HEIGHT / 2 ? 0 : Math.round(((p[0] as number) + 4) / 16));
  return {
    classify: (image) => Float32Array.of(image.width, image.height),
    score: (p) => (bars(p) === 1 ? single : bars(p) === 2 ? double.score : 0.05),
    reading: (p) => (bars(p) === 1 ? '1' : bars(p) === 2 ? double.reading : 'none'),
    readable: (p, confidence) => (bars(p) === 1 ? single : bars(p) === 2 ? double.score : 0.05) >= confidence,
  };
}

function cutsOfThreeBars(judge: PieceJudge) {
  const crop = inkComponents(threeBars());
  expect(crop.components).toHaveLength(1);
  const whole = glyphImage(crop, crop.components)!;
  const cuts = new GlyphCuts(crop, crop.components, whole.box, HEIGHT);
  const uncut: ScoredPiece = { box: whole.box, probabilities: judge.classify(whole.image)! };
  return { cuts, result: bestCut(cuts, judge, uncut) };
}

describe('bestCut', () => {
  it('cuts a glyph into the pieces that each read surely as one digit', () => {
    const { cuts, result } = cutsOfThreeBars(judgeByWidth(0.97, { reading: '4', score: 0.2 }));
    expect(cuts.starts.length).toBeGreaterThan(2);
    expect(result.pieces).toHaveLength(3);
    expect(result.ambiguous).toBe(false);
  });

  it('prefers fewer pieces when they read as surely', () => {
    const { result } = cutsOfThreeBars(judgeByWidth(0.95, { reading: '4', score: 0.95 }));
    expect(result.pieces).toHaveLength(2);
  });

  it('calls the glyph ambiguous when another way of cutting reads a different number almost as well', () => {
    // "1" + "4", "4" + "1" and "1" + "1" + "1" all read surely: which is right cannot be told.
    const { result } = cutsOfThreeBars(judgeByWidth(0.95, { reading: '4', score: 0.95 }));
    expect(result.ambiguous).toBe(true);
  });
});
