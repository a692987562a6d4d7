/**
 * Handwritten and stamped numbers: the running number a registry writes after "ที่ กห ๐๓๐๑.๑๐.๑/",
 * the day of "วันที่", the fields of a receipt stamp (เลขรับ ๒๒, 06/01/2568, 19:12:15), in ballpoint
 * or from a numbering or date stamp, Thai (๐-๙) or Arabic (0-9) digits.
 *
 *   readHandwrittenNumber(crop, { script: 'thai' | 'arabic' | 'either' })
 *     → { text, digits: [{ char, confidence, box }], confidence, unread }
 *   classifyHandwrittenDigit(glyph, { script }) → { char, confidence, label }
 *
 * `crop` is a gray image (pipeline/ocr/page-image.ts GrayImage, or any { data, width, height }),
 * dark ink on light paper, holding the number and little else; leader dots, a rule, a stamp box's
 * border or specks around it are ignored. Digits run together are split. `text` holds digits in
 * the script written and the separators written between them: '/', ':', '.' (15.00, 0301.10.1)
 * and '-' (06-01-2568); a caller that wants digits only tests for them. `script` says which digits
 * the number is written in ('either' by default: chosen per number); a digit of the other script
 * is not read. A number with any glyph read below MIN_CONFIDENCE, or cut in two ways that read
 * differently, or with a dot that may or may not be a full stop, is `unread` with text '' — never
 * a guess — and its `digits` show '?' where the doubt is. Boxes are in crop pixels.
 *
 * Pure: the only side effect is decoding the shipped model
 * (pipeline/ocr/models/handwritten-digit-classifier.json, 157 KB, built by
 * tools/handwriting-training/) once, on first use. A few ms of CPU per number; a glyph of digits
 * run together costs a cut search (tools/handwriting-training/README.md has the figures).
 */
import model from '../models/handwritten-digit-classifier.json' with { type: 'json' };
import type { GlyphImage } from '../glyphs/features.js';
import { DigitClassifier } from './network.js';
import type { DigitModelFile } from './network.js';
import { readNumber, readOneGlyph } from './number.js';
import type { HandwrittenNumber } from './number.js';
import type { ScriptOption } from './reading.js';

export type { HandwrittenNumber, ReadCharacter } from './number.js';
export type { ScriptOption } from './reading.js';
export { MIN_CONFIDENCE } from './reading.js';

export interface HandwritingOptions {
  script?: ScriptOption;
}

let shared: DigitClassifier | undefined;

function classifier(): DigitClassifier {
  shared ??= new DigitClassifier(model as DigitModelFile);
  return shared;
}

export function readHandwrittenNumber(crop: GlyphImage, options: HandwritingOptions = {}): HandwrittenNumber {
  return readNumber(classifier(), crop, options.script ?? 'either');
}

/**
 * One glyph (already cut out): `char` is the digit or '/' read, or null when it is not one or
 * was not read with confidence; `label` is the network's best label ('none' for a non-digit).
 */
export function classifyHandwrittenDigit(glyph: GlyphImage, options: HandwritingOptions = {}): { char: string | null; confidence: number; label: string } {
  return readOneGlyph(classifier(), glyph, options.script ?? 'either');
}
