/**
 * OCR of one page image, stage after stage: cleaned raster → text lines → Tesseract → Latin
 * words re-read in English → Thai digits re-read → signers' names re-read → text repaired and
 * mended → PageText.
 * On a colour scan the print and the coloured ink (pen, stamps) are read apart, each through
 * the same stages, and the coloured lines put back by position (ink.ts, ink-lines.ts).
 * Runs inside a page thread (page-thread.ts), which owns the engines it is given.
 */
import type { HandwrittenField, PageText } from '../../schemas/index.js';
import { type DigitChange, rereadDigits } from './digits.js';
import type { OcrEngine } from './engine.js';
import { dateStampText, findDateStamps } from './date-stamps.js';
import { type ColourImage, separateInks } from './ink.js';
import { mergeInkLines } from './ink-lines.js';
import { findReceiptNumbers, receiptNumberText } from './receipt-numbers.js';
import { fieldImage, fieldReading, fillField, findFieldSlots, type HandwrittenReader } from './handwritten-fields.js';
import { rereadLatin } from './latin.js';
import { findTextLines } from './layout.js';
import type { GrayImage } from './page-image.js';
import { rereadNames } from './name-lines.js';
import { buildPageText } from './page-text.js';
import { preparePage, type PreparedPage } from './preprocess.js';
import { type OcrLine, recognitionView, recognizeLines } from './recognize-lines.js';

export interface PageEngines {
  /** The Thai engine every page needs. */
  thai(): Promise<OcrEngine>;
  /** The English engine, which most pages never need. */
  latin(): Promise<OcrEngine>;
  /** Reads the handwritten and stamped digits of filled-in fields. */
  handwriting: HandwrittenReader;
}

interface InkReading {
  page: PreparedPage;
  /** Lines as read: text and words as the engines gave them. */
  read: OcrLine[];
  /** The same lines with their digits and signers' names re-read. */
  lines: OcrLine[];
  changes: DigitChange[];
  names: DigitChange[];
}

async function readInk(image: GrayImage, engines: PageEngines, print?: PreparedPage): Promise<InkReading> {
  const page = await preparePage(image, print ? { skewDegrees: print.skewDegrees, glyphHeight: print.glyphHeight, keepStraightened: true } : {});
  const lines = findTextLines(page);
  const view = await recognitionView(page.gray, page.glyphHeight);
  const recognized = await recognizeLines(await engines.thai(), view, page.ink, lines);
  const latin = await rereadLatin(recognized, view, engines.latin);
  const reread = rereadDigits(latin.lines, page);
  const named = rereadNames(reread.lines, page);
  return { page, read: latin.lines, lines: named.lines, changes: [...latin.changes, ...reread.changes], names: named.changes };
}

export async function readPageImage(image: ColourImage, pageNumber: number, engines: PageEngines): Promise<PageText> {
  const inks = separateInks(image);
  const print = await readInk(inks.print, engines);
  // The coloured ink is straightened like the print, so its lines fall on the printed ones, and
  // measured against the print's glyphs (a handwritten number is no picture).
  const colour = inks.colour ? await readInk(inks.colour, engines, print.page) : null;
  const filled = await readFilledFields(print, colour, engines.handwriting);
  // Without coloured ink there are no coloured lines, so no stamp is looked for in the print.
  const colourImage = colour ? colourSource(colour) : print.page.gray;
  const stamped = await readDateStamps(filled.colourLines, colourImage, engines.handwriting);
  const received = await readReceiptNumbers(stamped.lines, colourImage, engines.handwriting);
  const lines = mergeInkLines(print.read, filled.printText, received.lines, stamped.dated);
  const changes = [...print.changes, ...(colour?.changes ?? [])];
  const fields = [...filled.fields, ...stamped.fields, ...received.fields];
  return buildPageText(pageNumber, lines, changes, fields, [...print.names, ...(colour?.names ?? [])]);
}

/**
 * The coloured ink as straightened, before specks were erased: fields in it are read from there
 * (a faint pen stroke breaks into specks).
 */
const colourSource = (colour: InkReading): GrayImage => colour.page.straightened ?? colour.page.gray;

/**
 * Receipt stamps' register numbers read apart (see receipt-numbers.ts): the model's sure reading
 * after the label, or the label alone.
 */
async function readReceiptNumbers(lines: OcrLine[], source: GrayImage, reader: HandwrittenReader) {
  const read = [...lines];
  const fields: HandwrittenField[] = [];
  for (const slot of findReceiptNumbers(lines)) {
    const reading = await reader(fieldImage(source, slot.region));
    read[slot.line] = { ...(lines[slot.line] as OcrLine), text: receiptNumberText(slot, reading) };
    fields.push({ kind: 'receipt-number', text: reading.unread ? null : reading.text, confidence: reading.confidence, ink: 'colour' });
  }
  return { lines: read, fields };
}

/** A date stamp this high on the page (share of its height) stands where a letter's date goes. */
const DATE_BAND = 0.4;

/**
 * The page's rubber date stamps read apart (see date-stamps.ts): a sure reading takes the place
 * of Tesseract's, and a stamp in the page's top band goes where it stands among the lines (the
 * letter's date); a stamp not read surely leaves the lines, never guessed.
 */
async function readDateStamps(lines: OcrLine[], source: GrayImage, reader: HandwrittenReader) {
  const read = [...lines];
  const dated = new Set<OcrLine>();
  const fields: HandwrittenField[] = [];
  for (const slot of findDateStamps(lines)) {
    const day = await reader(fieldImage(source, slot.day));
    const year = await reader(fieldImage(source, slot.year));
    const text = dateStampText(slot, day, year);
    const line = { ...(lines[slot.line] as OcrLine), text: text ?? slot.label };
    read[slot.line] = line;
    // A receipt stamp's date row (labelled) stays with its stamp.
    if (text !== null && slot.label === '' && line.box.top < DATE_BAND * source.height) dated.add(line);
    fields.push({ kind: 'date-stamp', text, confidence: Math.min(day.confidence, year.confidence), ink: 'colour' });
  }
  return { lines: read, dated, fields };
}

/**
 * The page's filled-in fields read apart (see handwritten-fields.ts): what Tesseract made of
 * them leaves the lines, a sure reading takes its place (after the label or the slash).
 */
async function readFilledFields(print: InkReading, colour: InkReading | null, reader: HandwrittenReader) {
  const printText = print.lines.map((l) => l.text);
  const colourLines = colour?.lines ?? [];
  const slots = findFieldSlots(print.read, printText, colourLines);
  const consumed = new Set(slots.flatMap((s) => s.pieces));
  const fields: HandwrittenField[] = [];
  for (const slot of slots) {
    // A field in coloured ink is read from the coloured ink alone (no print, no leader remains),
    // as straightened, before specks were erased: a faint pen stroke breaks into specks.
    const source = slot.ink === 'colour' && colour ? colourSource(colour) : print.page.gray;
    const reading = fieldReading(slot.kind, await reader(fieldImage(source, slot.region)));
    printText[slot.line] = fillField(printText[slot.line] ?? '', slot.kind, reading.unread ? '' : reading.text);
    if (slot.joins !== undefined) {
      // The month was cut off into a piece of its own: the date is one line again.
      printText[slot.line] = `${printText[slot.line]} ${printText[slot.joins] ?? ''}`.trim();
      printText[slot.joins] = '';
    }
    fields.push({ kind: slot.kind, text: reading.unread ? null : reading.text, confidence: reading.confidence, ink: slot.ink });
  }
  return { printText, colourLines: colourLines.filter((_, k) => !consumed.has(k)), fields };
}
