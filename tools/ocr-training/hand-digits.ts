/**
 * Handwritten Thai digits as training glyphs for the printed-glyph classifier. No two typefaces
 * differ as much as two writers do: a network that has seen hundreds of hands draw ๕ and ๔ might
 * learn what tells them apart in any face (the hook, the curl), not only in the faces it was
 * trained on. The leave-one-typeface-out runs measured it (README): it helped the pen-like faces
 * and hurt a geometric one, and the shipped network is trained without it.
 *
 * The drawings are loaded and split by writer as the handwritten-digit network loads them
 * (tools/handwriting-training/samples.ts): only writers outside that network's test share are
 * used, so neither network has seen its test writers. Each drawing is drawn `copies` times,
 * warped a little and its stroke made heavier or lighter, as tall against its page's glyphs as a
 * printed digit of the same label is in the run's own training faces (so a held-out face lends
 * nothing, not even its digits' heights).
 */
import { glyphFeatures } from '../../pipeline/ocr/glyphs/features.js';
import { DIGIT_LABELS } from '../../pipeline/ocr/handwriting/labels.js';
import { changeStroke, cropToInk, type Mask, randomWarp, scaleMask, warpMask } from '../handwriting-training/ink.js';
import { type HandwrittenDigit, isTestSession, loadHandwrittenDigits } from '../handwriting-training/samples.js';
import { GLYPH_LABELS } from './glyph-samples.js';
import type { TrainingExample } from './mlp.js';

/** The handwritten-digit network's test share of writers (train-handwritten-digits.ts). */
const TEST_SHARE = 0.2;
/** Half the handwritten-digit network's warps: the drawings vary enough already. */
const WARP_STRENGTH = 0.5;
/** Page glyph heights the digits are drawn for, in pixels (8–20 pt at 200–300 dpi). */
const GLYPH_HEIGHTS = [10, 36] as const;

/** A printed training glyph's label and height against its page's glyph height. */
export interface PrintedHeight {
  label: number;
  height: number;
}

/** The handwritten Thai digits of `folder` drawn by the training writers. */
export async function loadHandDrawings(folder: string): Promise<HandwrittenDigit[]> {
  return (await loadHandwrittenDigits(folder)).filter((d) => !isTestSession(d.session, TEST_SHARE));
}

function heightsByLabel(printed: PrintedHeight[]): Map<number, number[]> {
  const heights = new Map<number, number[]>();
  for (const { label, height } of printed) {
    const list = heights.get(label);
    if (list) list.push(height);
    else heights.set(label, [height]);
  }
  return heights;
}

const glyphImage = (mask: Mask) => ({
  data: Uint8Array.from(mask.data, (ink) => Math.round(255 * (1 - Math.min(1, ink)))),
  width: mask.width,
  height: mask.height,
});

/** Each drawing `copies` times, as a training example sized as `printed` digits of its label are. */
export function handDigitExamples(drawings: HandwrittenDigit[], printed: PrintedHeight[], copies: number, rand: () => number): TrainingExample[] {
  const heights = heightsByLabel(printed);
  const examples: TrainingExample[] = [];
  for (const drawing of drawings) {
    const label = GLYPH_LABELS.indexOf(DIGIT_LABELS[drawing.label] as string);
    const relative = heights.get(label);
    if (!relative) continue;
    for (let k = 0; k < copies; k++) {
      const warped = changeStroke(warpMask(drawing.mask, randomWarp(rand, WARP_STRENGTH), rand), Math.floor(rand() * 4) - 1);
      const mask = cropToInk(warped, 0, 0.3) ?? warped;
      const glyphHeight = GLYPH_HEIGHTS[0] + rand() * (GLYPH_HEIGHTS[1] - GLYPH_HEIGHTS[0]);
      const height = (relative[Math.floor(rand() * relative.length)] as number) * glyphHeight;
      examples.push({ features: glyphFeatures(glyphImage(scaleMask(mask, height / mask.height)), glyphHeight), label });
    }
  }
  return examples;
}
