/**
 * OCR of one page image, stage after stage: cleaned raster → text lines → Tesseract → Latin
 * words re-read in English → Thai digits re-read → text repaired and mended → PageText.
 * On a colour scan the print and the coloured ink (pen, stamps) are read apart, each through
 * the same stages, and the coloured lines put back by position (ink.ts, ink-lines.ts).
 * Runs inside a page thread (page-thread.ts), which owns the engines it is given.
 */
import type { PageText } from '../../schemas/index.js';
import { type DigitChange, rereadDigits } from './digits.js';
import type { OcrEngine } from './engine.js';
import { type ColourImage, separateInks } from './ink.js';
import { mergeInkLines } from './ink-lines.js';
import { rereadLatin } from './latin.js';
import { findTextLines } from './layout.js';
import type { GrayImage } from './page-image.js';
import { buildPageText } from './page-text.js';
import { preparePage, type PreparedPage } from './preprocess.js';
import { type OcrLine, recognitionView, recognizeLines } from './recognize-lines.js';

export interface PageEngines {
  /** The Thai engine every page needs. */
  thai(): Promise<OcrEngine>;
  /** The English engine, which most pages never need. */
  latin(): Promise<OcrEngine>;
}

interface InkReading {
  page: PreparedPage;
  /** Lines as read: text and words as the engines gave them. */
  read: OcrLine[];
  /** The same lines with their digits re-read. */
  lines: OcrLine[];
  changes: DigitChange[];
}

async function readInk(image: GrayImage, engines: PageEngines, print?: PreparedPage): Promise<InkReading> {
  const page = await preparePage(image, print ? { skewDegrees: print.skewDegrees, glyphHeight: print.glyphHeight } : {});
  const lines = findTextLines(page);
  const view = await recognitionView(page.gray, page.glyphHeight);
  const recognized = await recognizeLines(await engines.thai(), view, page.ink, lines);
  const latin = await rereadLatin(recognized, view, engines.latin);
  const reread = rereadDigits(latin.lines, page);
  return { page, read: latin.lines, lines: reread.lines, changes: [...latin.changes, ...reread.changes] };
}

export async function readPageImage(image: ColourImage, pageNumber: number, engines: PageEngines): Promise<PageText> {
  const inks = separateInks(image);
  const print = await readInk(inks.print, engines);
  if (!inks.colour) return buildPageText(pageNumber, print.lines, print.changes);
  // The coloured ink is straightened like the print, so its lines fall on the printed ones, and
  // measured against the print's glyphs (a handwritten number is no picture).
  const colour = await readInk(inks.colour, engines, print.page);
  return buildPageText(pageNumber, mergeInkLines(print.read, print.lines.map((l) => l.text), colour.lines), [...print.changes, ...colour.changes]);
}
