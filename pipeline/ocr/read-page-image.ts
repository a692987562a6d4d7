/**
 * OCR of one page image, stage after stage: cleaned raster → text lines → Tesseract → Latin
 * words re-read in English → Thai digits re-read → signers' names re-read → text repaired and
 * mended → PageText.
 * Runs inside a page thread (page-thread.ts), which owns the engines it is given.
 */
import type { PageText } from '../../schemas/index.js';
import { rereadDigits } from './digits.js';
import type { OcrEngine } from './engine.js';
import { rereadLatin } from './latin.js';
import { findTextLines } from './layout.js';
import type { GrayImage } from './page-image.js';
import { rereadNames } from './name-lines.js';
import { buildPageText } from './page-text.js';
import { preparePage } from './preprocess.js';
import { recognitionView, recognizeLines } from './recognize-lines.js';

export interface PageEngines {
  /** The Thai engine every page needs. */
  thai(): Promise<OcrEngine>;
  /** The English engine, which most pages never need. */
  latin(): Promise<OcrEngine>;
}

export async function readPageImage(image: GrayImage, pageNumber: number, engines: PageEngines): Promise<PageText> {
  const page = await preparePage(image);
  const lines = findTextLines(page);
  const view = await recognitionView(page.gray, page.glyphHeight);
  const recognized = await recognizeLines(await engines.thai(), view, page.ink, lines);
  const latin = await rereadLatin(recognized, view, engines.latin);
  const reread = rereadDigits(latin.lines, page);
  const named = rereadNames(reread.lines, page);
  return buildPageText(pageNumber, named.lines, [...latin.changes, ...reread.changes], named.changes);
}
