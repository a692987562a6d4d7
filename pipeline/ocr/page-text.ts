/**
 * Turns recognized lines into the PageText the parser reads: Thai repaired, a page confidence,
 * and warnings a person can review.
 */
import type { HandwrittenField, PageText } from '../../schemas/index.js';
import type { DigitChange } from './digits.js';
import { withoutLeaderRuns } from './leader-text.js';
import { mendAcrossLineBreaks } from './line-break-mending.js';
import { type Mend, mendLine } from './mend.js';
import { abbreviationsRead, cutSummary } from '../thai/index.js';
import type { OcrLine } from './recognize-lines.js';

type Warning = PageText['warnings'][number];

/** Below this mean confidence a page is flagged for review. */
const LOW_CONFIDENCE = 0.6;

/** What each kind of text mend is, in its page warning. */
const MENDED_BY: Record<Mend['by'], string> = {
  'official-words': 'OCR near-miss of an official word mended',
  dictionary: 'a word whose marks OCR lost or one of whose letters it read as a look-alike, mended with the Thai dictionary',
  spelling: 'ฐ whose tail OCR read again as a lower vowel read back: Thai spells no such vowel there',
  'number-script': 'a number OCR read partly in Thai, partly in Arabic digits, written in the script of most of its digits',
};

/** A line this short read with this little confidence is a remnant of a drawing or a stain. */
const STRAY_MAX_CHARACTERS = 3;
const STRAY_MAX_CONFIDENCE = 50;
const STRAY_MAX_CONFIDENCE_WITH_DIGIT = 40;

function isStray(line: OcrLine): boolean {
  const characters = [...line.text.replace(/\s+/g, '')].length;
  // One sign alone on a line is no text of a letter, however sure Tesseract was: a speck, the
  // edge of a punched hole or a margin rule read as ร or |. A digit may be a page's number.
  if (characters === 1 && !/[๐-๙0-9]/.test(line.text)) return true;
  // A digit earns a short line some more trust: a page marker (- ๒ -) is short.
  const trust = /[๐-๙0-9]/.test(line.text) ? STRAY_MAX_CONFIDENCE_WITH_DIGIT : STRAY_MAX_CONFIDENCE;
  return characters <= STRAY_MAX_CHARACTERS && line.confidence < trust;
}

/**
 * A long line with no space that no Thai words explain: a seal, a signature or a stamp's border
 * read as letters ("วววววแหแสแหแหแต..."). Cutting it into words costs 5–11 nats a letter and
 * finds no word of five letters; typed lines, names and abbreviations included, cost under 4
 * (the worked example's OCR: at most 3.9). A line with spaces, or with a long word in it
 * ("...ฮาราชการกรุงเทพหามคร์", a position line read without its spaces), is text however badly
 * read.
 */
const SCRIBBLE_MIN_LETTERS = 25;
const SCRIBBLE_COST_PER_LETTER = 5;
const SCRIBBLE_MAX_WORD_LETTERS = 4;

function isScribble(text: string): boolean {
  if (/\s/u.test(text.trim())) return false;
  const { letters, costPerLetter, longestWord } = cutSummary(text);
  return letters >= SCRIBBLE_MIN_LETTERS && costPerLetter >= SCRIBBLE_COST_PER_LETTER && longestWord <= SCRIBBLE_MAX_WORD_LETTERS;
}

/** Mean of word confidences weighted by word length, 0..1; null when nothing was read. */
export function pageConfidence(lines: OcrLine[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const word of lines.flatMap((l) => l.words)) {
    const weight = [...word.text].length;
    weighted += weight * word.confidence;
    total += weight;
  }
  return total === 0 ? null : Math.round((weighted / total / 100) * 1000) / 1000;
}

/**
 * `rereads`: tokens re-read after Tesseract (digits by the glyph classifier, e-mail in English);
 * `fields`: numbers filled in by hand or stamp, read apart; `names`: signers' name lines re-read
 * by the glyph classifier.
 */
export function buildPageText(
  pageNumber: number,
  lines: OcrLine[],
  rereads: DigitChange[],
  fields: HandwrittenField[] = [],
  names: DigitChange[] = [],
): PageText {
  const warnings: Warning[] = rereads.map(({ before, after }) => ({
    code: 'ocr-reread',
    message: `page ${pageNumber}: OCR text re-read (${/[A-Za-z]/.test(after) ? 'Latin text in English' : 'digits by the glyph classifier'})`,
    before,
    after,
  }));
  for (const { before, after } of names) {
    warnings.push({ code: 'ocr-name-reread', message: `page ${pageNumber}: signer's name re-read letter by letter by the glyph classifier`, before, after });
  }
  const texts: string[] = [];
  const read = lines.filter((l) => !isStray(l)).map((l) => withoutLeaderRuns(l.text));
  const abbreviations = abbreviationsRead(read);
  for (const line of read) {
    const { text, mends } = mendLine(line, abbreviations);
    if (isScribble(text)) {
      warnings.push({ code: 'ocr-line-dropped', message: `page ${pageNumber}: a line no Thai words explain (a seal, signature or stamp border read as letters) was left out`, before: text });
      continue;
    }
    if (text !== '') texts.push(text);
    for (const { before, after, by } of mends) {
      warnings.push({ code: 'ocr-word-mended', message: `page ${pageNumber}: ${MENDED_BY[by]}`, before, after });
    }
  }
  for (const field of fields.filter((f) => f.text === null)) {
    const what = { 'reference-number': 'running number', 'date-day': 'day', 'date-stamp': 'date of a date stamp', 'receipt-number': 'number of a receipt stamp' }[field.kind];
    warnings.push({ code: 'handwritten-number-unread', message: `page ${pageNumber}: the ${what} filled in by hand or stamp could not be read surely; left out` });
  }
  const rejoined = mendAcrossLineBreaks(texts);
  for (const { before, after, by } of rejoined.mends) {
    warnings.push({ code: 'ocr-word-mended', message: `page ${pageNumber}: ${MENDED_BY[by]} (a word the line break cut in two)`, before, after });
  }
  const confidence = pageConfidence(lines);
  if (texts.length === 0) {
    warnings.push({ code: 'ocr-no-text', message: `page ${pageNumber}: OCR found no text` });
  } else if (confidence !== null && confidence < LOW_CONFIDENCE) {
    warnings.push({
      code: 'ocr-low-confidence',
      message: `page ${pageNumber}: OCR confidence ${confidence.toFixed(2)} is low; check the text against the scan`,
    });
  }
  return {
    number: pageNumber,
    method: 'ocr',
    lines: rejoined.lines,
    warnings,
    ...(confidence === null ? {} : { confidence }),
    ...(fields.length > 0 ? { fields } : {}),
  };
}
