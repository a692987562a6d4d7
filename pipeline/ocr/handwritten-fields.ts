/**
 * The blanks of a letter that offices fill in after printing: the running number after
 * "ที่ กท ๐๔๐๖/" and the day after "วันที่" or before a date line's month, written in ballpoint
 * or put there with a numbering or date stamp. Their place is found on the printed line as read
 * (the label, the slash, the month after the gap); what is written there is read apart from the
 * print, from the coloured ink when it is coloured, and put into the line in place of what
 * Tesseract made of it. A reading that is not sure is no reading: the field is left out of the
 * line and reported unread, so the letter keeps its printed prefix and says the number could
 * not be read, never a guess.
 */
import type { HandwrittenField } from '../../schemas/index.js';
import { isDayOfMonth, MONTH_LABEL, THAI_MONTHS } from '../dates/index.js';
import type { Box } from './geometry.js';
import { heightOf } from './geometry.js';
import type { GrayImage } from './page-image.js';
import { readHandwrittenNumber } from './handwriting/index.js';
import { crop, type OcrLine, type OcrWord } from './recognize-lines.js';

export type FieldKind = HandwrittenField['kind'];

export interface FieldSlot {
  kind: FieldKind;
  /** Index of the printed line (as read) the field belongs to. */
  line: number;
  /** Where the field is written, in page pixels. */
  region: Box;
  ink: HandwrittenField['ink'];
  /** Coloured lines (indexes) that lie in the field: what Tesseract read of it. */
  pieces: number[];
  /** Printed-line words that lie in the field (black pen read with the print). */
  words: OcrWord[];
  /** The day: the printed line holding the month, when the layout cut the row before it. */
  joins?: number;
}

export interface HandwrittenReading {
  /** Digits as written (Thai or Arabic), '' when nothing was read. */
  text: string;
  /** 0..1 */
  confidence: number;
  unread: boolean;
}

/** Reads the digits of a field from its image (the handwritten-digit model). */
export type HandwrittenReader = (crop: GrayImage) => HandwrittenReading | Promise<HandwrittenReading>;

/**
 * The handwritten-digit model (handwriting/) on a field: either script, chosen per number (a
 * clerk may write Arabic digits on a form printed with Thai ones); unread below its confidence.
 */
export function readFieldDigits(crop: GrayImage): HandwrittenReading {
  const { text, confidence, unread } = readHandwrittenNumber(crop, { script: 'either' });
  return { text: unread ? '' : text, confidence, unread: unread || !DIGITS.test(text) };
}

/**
 * A sure reading that the field cannot hold (a day of 97: a Thai ๑ written like 9) is no
 * reading: the field is left unread, not filled with a number no letter has.
 */
export function fieldReading(kind: FieldKind, reading: HandwrittenReading): HandwrittenReading {
  if (reading.unread || kind !== 'date-day' || isDayOfMonth(reading.text)) return reading;
  return { text: '', confidence: reading.confidence, unread: true };
}

/**
 * "ที่" (or what OCR makes of it), an agency code, the unit's digits and the slash: the printed
 * prefix. A unit digit Tesseract read as a sign ("๐๓๐%.๕/", the glyph classifier mends it later)
 * is still part of it: no letter is. So is the circular mark, a speck before it or not ("/|ว11",
 * "/1ว๕๕๕": a bar read as 1 glued to the mark, where no pen number stands).
 */
const REFERENCE_PREFIX = /^\s*ที\S{0,2}\s*[ก-ฮ]{1,4}\.?\s*[0-9๐-๙OoIl](?:[0-9๐-๙OoIl.\s]|[^\s\p{L}\p{M}/])*\/\s*(?:(?:[|:;.'’]|[1lI](?=ว))?\s*ว(?![ก-ฮ\u0E31-\u0E4E])\s*)?/u;
/**
 * A printed word after the running number (an external letter's address on the same row): four
 * Thai consonants or more and nothing else, which no misreading of a few written digits makes.
 * Tesseract may glue it to a printed number ("943สำนักงาน...").
 */
const PRINTED_WORD = /(?<![^\s0-9๐-๙])(?=(?:[\u0E30-\u0E4E]*[ก-ฮ]){4})[\u0E01-\u0E4E]+(?!\S)/u;
/**
 * The circular mark ว read as a look-alike letter, a word of its own before a printed number
 * ("/ จ ๑๙๓๒"). Not part of the prefix: before a pen number the same letter, unsurely read, is
 * what Tesseract made of a written digit.
 */
const CIRCULAR_MARK_MISREAD = /^[รจ]$/u;
/** The day's label, its ว read as the look-alike จ ("จันที่") too. */
const DATE_LABEL = /[วจ]ันที\S?/u;
/**
 * What may stand before วันที่ on a line whose day is a blank: nothing (the memo header), or
 * ณ of a directive's or certificate's closing ("ประกาศ ณ วันที่", "ให้ไว้ ณ วันที่"). Never ลงวันที่
 * (a date cited in the text).
 */
const DAY_LABEL_OPENS = /(?:^|\sณ)\s*$/u;

/**
 * Where a printed month starts: a word opening like a month name (มก, กุ, มี, เม, พฤ, มิ, กร,
 * สิ, กั, ตุ, ธั) or an abbreviation (ม.ค., with or without its dots): the day ends there. A form
 * may print the label เดือน before the month ("วันที่ ๑๑ เดือน กุมภาพันธ์"): the day ends at the label.
 */
const MARK = '[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]?';
const MONTH_START = new RegExp(
  `(?<=^|\\s)(?:${MONTH_LABEL}\\s*)?(?:${[...new Set(THAI_MONTHS.map((m) => m.full.slice(0, 2)))].join('|')}|[มกพสตธ]${MARK}\\.?${MARK}\\s?[คพยม]${MARK}\\.?(?=\\s|$|[0-9๐-๙]))`,
  'u',
);
const DIGITS = /^[0-9๐-๙]+$/u;
/** After the month's first letters: the rest of its word and a year (พ.ศ. may stand before it), nothing more. */
const MONTH_AND_YEAR_ONLY = /^\S+\s+(?:พ\.?\s?ศ\.?\s*)?[0-9๐-๙]{2,4}\s*$/u;
/** What Tesseract makes of a day written before the month: a few signs, no word. */
const MAX_DAY_SIGNS = 4;
/** How far (line heights) left of the month a day with no label before it is looked for. */
const DAY_REACH_LINES = 3;
/** A printed number read this surely (Tesseract's word confidence) is print, not a filled blank. */
const PRINTED_CONFIDENCE = 80;
/** A field reaches at most this many line heights past its label when nothing printed bounds it. */
const FIELD_REACH_LINES = 8;
/** How far (line heights) a written field may reach left over its printed label or slash. */
const OVERLAP_LINES = 0.3;
/**
 * A sign Tesseract read right after the printed slash (within this many line heights) and this
 * surely was typed on with the prefix: a number filled in later stands a blank away (a pen "7"
 * read at 27 %, 0.36 line heights after the slash), while a typed one follows at the face's own
 * spacing, however its digits were misread ("/๕ฒ๓ต" for ๔๗๓ in a face Tesseract does not know).
 */
const TYPED_ON_GAP_LINES = 0.25;
const TYPED_ON_CONFIDENCE = 60;
/** A gap narrower than this (line heights) between label and month holds no written day. */
const MIN_DAY_GAP_LINES = 0.6;

interface Span {
  word: OcrWord;
  from: number;
  to: number;
}

/** Each word with where its text lies in the line text (words not found there are left out). */
export function wordSpans(line: OcrLine): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const word of line.words) {
    const at = word.text === '' ? -1 : line.text.indexOf(word.text, cursor);
    if (at < 0) continue;
    cursor = at + word.text.length;
    spans.push({ word, from: at, to: cursor });
  }
  return spans;
}

const centreX = (box: Box) => (box.left + box.right) / 2;
const overlapsRows = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) >= Math.max(a.top, b.top);

/** Signs Tesseract adds around a number (specks, the remains of a dotted line) do not count. */
const withoutSigns = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

function isTypedOn(words: OcrWord[], left: number, h: number): boolean {
  const first = words.reduce<OcrWord | undefined>((a, w) => (a === undefined || w.box.left < a.box.left ? w : a), undefined);
  return first !== undefined && first.box.left - left <= TYPED_ON_GAP_LINES * h && first.confidence >= TYPED_ON_CONFIDENCE;
}

/**
 * The field's words are a number printed with the line: digits only, each read surely. Before a
 * day, letters ahead of the digits are a speck or the remains of a label ("ที ๑๘ ก.พ. ๒๕๖๘"): the
 * digits decide.
 */
function isPrintedNumber(words: OcrWord[], kind: FieldKind): boolean {
  const digitAt = words.findIndex((w) => /[0-9๐-๙]/u.test(w.text));
  if (kind === 'date-day' && digitAt > 0) return isPrintedNumber(words.slice(digitAt), kind);
  const first = words.findIndex((w) => withoutSigns(w.text) !== '');
  const misreadMark = CIRCULAR_MARK_MISREAD.test(words[first]?.text ?? '') && (words[first]?.confidence ?? 0) >= PRINTED_CONFIDENCE;
  const digits = words.filter((w, k) => withoutSigns(w.text) !== '' && !(misreadMark && k === first));
  return digits.length > 0 && DIGITS.test(withoutSigns(digits.map((w) => w.text).join(''))) && digits.every((w) => w.confidence >= PRINTED_CONFIDENCE);
}

/**
 * What the final text of a line (its digits re-read) holds in the field: printed digits there
 * mean the blank was filled by the printer, not by hand.
 */
function isPrintedField(finalText: string, kind: FieldKind): boolean {
  const field = fieldText(finalText, kind);
  return field !== null && DIGITS.test(withoutSigns(field)) && !otherScript(finalText, field);
}

/**
 * The field's digits are in the other script than the rest of the line's (Arabic "2" where the
 * form prints "๒๕๕๖"): what Tesseract made of a written digit, not the printer's.
 */
function otherScript(line: string, field: string): boolean {
  const rest = line.replace(field, '');
  const thai = (t: string) => /[๐-๙]/u.test(t);
  const arabic = (t: string) => /[0-9]/.test(t);
  return (thai(rest) && !arabic(rest) && arabic(field)) || (arabic(rest) && !thai(rest) && thai(field));
}

/**
 * Pen digits stand higher or lower than the print and may start left of where the field was
 * looked for: the region takes in what was read in it (coloured pieces, or words of a black
 * pen), at most this many line heights beyond it.
 */
const PIECE_REACH_LINES = 1;

function takeIn(region: Box, pieces: Box[], h: number): Box {
  const reach = PIECE_REACH_LINES * h;
  return {
    left: Math.max(0, Math.round(Math.max(region.left - reach, Math.min(region.left, ...pieces.map((b) => b.left))))),
    right: region.right,
    top: Math.max(0, Math.round(Math.max(region.top - reach, Math.min(region.top, ...pieces.map((b) => b.top))))),
    bottom: Math.round(Math.min(region.bottom + reach, Math.max(region.bottom, ...pieces.map((b) => b.bottom)))),
  };
}

/**
 * `finalText`: the line with its digits re-read, or null when the re-read text does not show the
 * field where Tesseract's words do (a slash it lost, found again inside a word).
 */
function slotIn(kind: FieldKind, index: number, line: OcrLine, after: Span[], left: number, right: number, colour: OcrLine[], finalText: string | null): FieldSlot | null {
  const h = heightOf(line.box);
  // Pen strokes reach over the printed slash or label a little; the region's left edge takes in
  // what overlaps it (the model sets aside what is not a digit).
  const region: Box = {
    left: Math.max(0, Math.round(left - OVERLAP_LINES * h)),
    right,
    top: Math.max(0, Math.round(line.box.top - 0.4 * h)),
    bottom: Math.round(line.box.bottom + 0.3 * h),
  };
  const pieces = colour.flatMap((piece, k) => (centreX(piece.box) >= left && centreX(piece.box) <= right && overlapsRows(piece.box, line.box) ? [k] : []));
  const words = after.map((s) => s.word).filter((w) => centreX(w.box) >= left && centreX(w.box) <= right);
  if (pieces.length > 0) return { kind, line: index, region: takeIn(region, pieces.map((k) => (colour[k] as OcrLine).box), h), ink: 'colour', pieces, words };
  const typedOn = kind === 'reference-number' && finalText !== null && isTypedOn(words, left, h);
  const printed = typedOn || isPrintedNumber(words, kind) || (finalText !== null && isPrintedField(finalText, kind));
  const inOtherScript = finalText !== null && otherScript(finalText, fieldText(finalText, kind) ?? '');
  if (words.length === 0 || (printed && !inOtherScript)) return null;
  return { kind, line: index, region: takeIn(region, words.map((w) => w.box), h), ink: 'black', pieces, words };
}

/**
 * Two digits or more right after the slash in the re-read text: the number was typed with the
 * prefix, whatever Tesseract made of a speck a blank away (one digit may be the slash's remains).
 */
const TYPED_AFTER_SLASH = /^[0-9๐-๙]{2}/u;

/** A blank this wide (line heights) after the printed unit was left for a number filled in later. */
const BLANK_LINES = 1.2;

/**
 * Where the printed prefix ends in Tesseract's text when Tesseract lost the slash ("030751" for
 * "0307.5/") but the digits re-read show it: after the first word holding a digit that a blank
 * follows, left for the number a registry stamps or writes in later. A number typed right after
 * the slash has no blank before it. Null when Tesseract read a slash (the prefix is then what it
 * read, a unit digit misread as a letter: the blank may be the one before the address), when the
 * re-read text shows no prefix or a number typed right after its slash, or when there is no blank.
 */
function lostSlashPrefixEnd(text: string, spans: Span[], finalText: string, h: number): number | null {
  const prefix = REFERENCE_PREFIX.exec(finalText);
  if (text.includes('/') || !prefix || TYPED_AFTER_SLASH.test(finalText.slice(prefix[0].length))) return null;
  const unit = spans.findIndex((s, k) => k > 0 && /[0-9๐-๙]/u.test(s.word.text) && spans[k + 1] !== undefined && spans[k + 1]!.word.box.left - s.word.box.right >= BLANK_LINES * h);
  return unit < 0 ? null : spans[unit]!.to;
}

/** The nearest printed line right of `line` on the same row (the layout cuts a row at wide gaps). */
function nextOnRow(print: OcrLine[], index: number): number | null {
  const line = print[index] as OcrLine;
  let best: number | null = null;
  print.forEach((other, k) => {
    if (k === index || other.box.left <= line.box.right) return;
    const shared = Math.min(other.box.bottom, line.box.bottom) - Math.max(other.box.top, line.box.top);
    if (shared < 0.5 * Math.min(heightOf(other.box), heightOf(line.box))) return;
    if (best === null || other.box.left < (print[best] as OcrLine).box.left) best = k;
  });
  return best;
}

/**
 * The filled-in fields of the page's printed lines (as read, and `finalTexts`: their text with
 * digits re-read), with the coloured lines in them. The day is a field only on a header line
 * (one that starts with วันที่, or holds the reference too), after ณ of a closing, or opening an
 * external letter's date line (month and year alone on it), and before a printed month, on the
 * line or opening the next piece of its row: a date stamped whole is read as it is.
 */
export function findFieldSlots(print: OcrLine[], finalTexts: string[], colour: OcrLine[]): FieldSlot[] {
  const slots: FieldSlot[] = [];
  print.forEach((line, index) => {
    const finalText = finalTexts[index] ?? line.text;
    const spans = wordSpans(line);
    const h = heightOf(line.box);
    const next = nextOnRow(print, index);
    const nextLine = next === null ? null : (print[next] as OcrLine);
    const prefix = REFERENCE_PREFIX.exec(line.text);
    const prefixEnd = prefix ? prefix[0].length : lostSlashPrefixEnd(line.text, spans, finalText, h);
    if (prefixEnd !== null) {
      const slash = spans.filter((s) => s.from < line.text.slice(0, prefixEnd).trimEnd().length).at(-1);
      const after = spans.filter((s) => s.from >= prefixEnd);
      // The field ends where printed words begin: the memo's วันที่, or an address on the row,
      // which Tesseract may have cut into one word a letter.
      const printedAt = printedAfterNumber(line.text.slice(prefixEnd));
      const end = printedAt === null ? undefined : after.find((s) => s.to > prefixEnd + printedAt);
      const left = (slash?.word.box.right ?? line.box.left) + 1;
      const right = end ? end.word.box.left - 1 : Math.min(left + FIELD_REACH_LINES * h, (nextLine?.box.left ?? Infinity) - 1);
      const slot = slotIn('reference-number', index, line, after.filter((s) => !end || s.from < end.from), left, right, colour, prefix ? finalText : null);
      if (slot) slots.push(slot);
    }
    const date = DATE_LABEL.exec(line.text);
    if (date && (prefix || DAY_LABEL_OPENS.test(line.text.slice(0, date.index)))) {
      const labelEnd = date.index + date[0].length;
      const labelSpan = spans.filter((s) => s.from < labelEnd).at(-1);
      const after = spans.filter((s) => s.from >= labelEnd);
      const monthAt = MONTH_START.exec(line.text.slice(labelEnd));
      const month = monthAt ? after.find((s) => s.to > labelEnd + monthAt.index) : undefined;
      const monthNext = !month && nextLine && MONTH_START.exec(nextLine.text)?.index === 0 ? nextLine : null;
      const left = (labelSpan?.word.box.right ?? line.box.left) + 1;
      const right = month ? month.word.box.left - 1 : monthNext ? monthNext.box.left - 1 : 0;
      if ((month || monthNext) && right - left >= MIN_DAY_GAP_LINES * h) {
        const slot = slotIn('date-day', index, line, month ? after.filter((s) => s.from < month.from) : after, left, right, colour, finalText);
        if (slot) slots.push({ ...slot, ...(monthNext ? { joins: next as number } : {}) });
      }
    }
    const day = date || prefix ? null : unlabelledDayEnd(line.text);
    const month = day === null ? undefined : spans.find((s) => s.to > day);
    if (month) {
      const right = month.word.box.left - 1;
      const slot = slotIn('date-day', index, line, spans.filter((s) => s !== month && s.from < month.from), right - DAY_REACH_LINES * h, right, colour, finalText);
      if (slot) slots.push(slot);
    }
  });
  // A month cut off from its วันที่ is that label's day, not a date line of its own.
  return slots.filter((slot) => !slots.some((other) => other.joins === slot.line));
}

/** The field's image: the page raster over its region. */
export function fieldImage(image: GrayImage, region: Box): GrayImage {
  // Whole pixels: a fractional crop leaves the digit reader's loops no end.
  const box = {
    left: Math.max(0, Math.round(region.left)),
    top: Math.max(0, Math.round(region.top)),
    right: Math.min(image.width - 1, Math.round(region.right)),
    bottom: Math.min(image.height - 1, Math.round(region.bottom)),
  };
  return { data: crop(image, box), width: box.right - box.left + 1, height: box.bottom - box.top + 1, dpi: image.dpi };
}

/**
 * An external letter's date line has no label: the day's blank (or a few signs Tesseract made
 * of what was written there), the month, a year, nothing after. Where the month starts, or null.
 */
function unlabelledDayEnd(text: string): number | null {
  const month = MONTH_START.exec(text);
  if (!month || !MONTH_AND_YEAR_ONLY.test(text.slice(month.index))) return null;
  return text.slice(0, month.index).replace(/\s+/gu, '').length <= MAX_DAY_SIGNS ? month.index : null;
}

/**
 * Where printed words begin in the text after a running number's prefix: the memo's วันที่ or an
 * address. The date label ends the field where the Thai letters glued before it begin (ลงวันที่
 * of a citation); digits glued to it are the field's.
 */
function printedAfterNumber(rest: string): number | null {
  const label = DATE_LABEL.exec(rest)?.index;
  const labelWord = label === undefined ? undefined : rest.slice(0, label).search(/[\u0E01-\u0E2E\u0E30-\u0E4E]*$/u);
  const ends = [labelWord, PRINTED_WORD.exec(rest)?.index].filter((i) => i !== undefined);
  return ends.length === 0 ? null : Math.min(...ends);
}

/** Where the field lies in a line's text: [start, end), or null when its anchors are not there. */
function fieldBounds(text: string, kind: FieldKind): [number, number] | null {
  if (kind === 'reference-number') {
    const prefix = REFERENCE_PREFIX.exec(text);
    if (!prefix) return null;
    const rest = text.slice(prefix[0].length);
    return [prefix[0].length, prefix[0].length + (printedAfterNumber(rest) ?? rest.length)];
  }
  const label = DATE_LABEL.exec(text);
  if (!label) {
    const day = unlabelledDayEnd(text);
    return day === null ? null : [0, day];
  }
  const end = label.index + label[0].length;
  const month = MONTH_START.exec(text.slice(end));
  return [end, month ? end + month.index : text.length];
}

function fieldText(text: string, kind: FieldKind): string | null {
  const bounds = fieldBounds(text, kind);
  return bounds ? text.slice(...bounds).trim() : null;
}

/** The line's text with what stood in the field replaced by `reading` ('' to leave it out). */
export function fillField(text: string, kind: FieldKind, reading = ''): string {
  const bounds = fieldBounds(text, kind);
  if (!bounds) return text;
  return [text.slice(0, bounds[0]).trimEnd(), reading, text.slice(bounds[1]).trimStart()].filter((t) => t !== '').join(' ');
}
