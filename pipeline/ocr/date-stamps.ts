/**
 * Rubber date stamps ("10 ก.ค. 2552", "25 ก.พ. 53"): the date a registry stamps where a letter's
 * date goes, or on a receipt. Tesseract reads their letters well enough to tell the month
 * ("กค", "ก พ"), but not their stamp-face digits ("]0", "7553" for 2553, a year cut to "7"). A
 * coloured line that holds a month abbreviation between ink before and after it is taken for a
 * date stamp: the day (the ink left of the month) and the year (right of it, a little past
 * where Tesseract's line ends, since it drops faint last digits) are read by the
 * handwritten-digit model, which knows stamp faces. A part the model is not sure of is no
 * reading: the stamp's date is left out, never guessed.
 */
import { isDayOfMonth, matchMonth, THAI_MONTHS } from '../dates/index.js';
import type { Box } from './geometry.js';
import { heightOf } from './geometry.js';
import type { HandwrittenReading } from './handwritten-fields.js';
import type { OcrLine, OcrWord } from './recognize-lines.js';

export interface DateStampSlot {
  /** Index of the coloured line. */
  line: number;
  /** A receipt stamp's วันที่ label before the date, or ''. */
  label: string;
  month: number;
  day: Box;
  year: Box;
}

/**
 * A month abbreviation as read off a stamp: Thai letters and dots; a dot may come out as a zero
 * (the digit re-reading) or as a mark over the letter before it ("ก0ิพ0" for ก.พ.).
 */
const MONTH_PIECE = /^(?=.*[\u0E01-\u0E2E])[\u0E01-\u0E4E.0\u0E50oO]+$/u;
const DOTS = /[.0\u0E50oO]/gu;
const MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu;
/** The วันที่ label of a receipt stamp's date row, before the stamped date. */
const DATE_LABEL = /^วันที\S?$/u;
/** What Tesseract makes of a stamp's digits: digits, with a sign or a Latin letter for a worn one. */
const DIGIT_PIECE = /^[^\u0E01-\u0E4E]*[0-9\u0E50-\u0E59][^\u0E01-\u0E4E]*$/u;
/** A date stamp is short: day, month (at most two pieces), year. */
const MAX_WORDS = 7;
/** How far (line heights) past Tesseract's last word the year's ink is looked for. */
const YEAR_REACH_LINES = 1;
/** Margin (line heights) around a part's region: stamp ink stands higher or lower than its line. */
const MARGIN_LINES = 0.2;
/** How far (line heights) the day and year regions reach beyond Tesseract's words for them. */
const EDGE_LINES = 0.15;
const DIGITS = /^[0-9\u0E50-\u0E59]+$/u;

/** The month an abbreviation read off a stamp names: as read, or with the marks its dots became. */
function stampMonth(words: OcrWord[]): number | null {
  const text = words.map((w) => w.text).join('').replace(DOTS, '');
  for (const letters of [text, text.replace(MARKS, '')]) {
    const month = letters.length >= 2 && letters.length <= 3 ? matchMonth(letters, { bare: true }) : null;
    if (month) return month;
  }
  return null;
}

/** The month pieces of a line: consecutive letter-only words naming a month abbreviation. */
function monthRun(words: OcrWord[], start: number): { from: number; to: number; month: number } | null {
  for (let from = start + 1; from < words.length - 1; from++) {
    for (let to = from + 1; to <= Math.min(from + 2, words.length - 1); to++) {
      const run = words.slice(from, to);
      if (!run.every((w) => MONTH_PIECE.test(w.text))) break;
      const month = stampMonth(run);
      if (month) return { from, to, month };
    }
  }
  return null;
}

/** The coloured lines that read as a date stamp, with where its day and year are. */
export function findDateStamps(colour: OcrLine[]): DateStampSlot[] {
  const slots: DateStampSlot[] = [];
  colour.forEach((line, index) => {
    const words = line.words.filter((w) => w.text.trim() !== '');
    // A receipt stamp's date row opens with its label; the stamped date follows.
    const label = words[0] && DATE_LABEL.test(words[0].text) ? (words[0] as OcrWord) : null;
    const start = label ? 1 : 0;
    if (words.length - start < 3 || words.length > MAX_WORDS) return;
    const run = monthRun(words, start);
    if (!run) return;
    const before = words.slice(start, run.from);
    const after = words.slice(run.to);
    if (!before.every((w) => DIGIT_PIECE.test(w.text)) || !after.every((w) => DIGIT_PIECE.test(w.text))) return;
    const h = heightOf(line.box);
    const margin = MARGIN_LINES * h;
    // The month's letters reach past the box Tesseract gives them (a tail, a dot): the day and
    // year are taken from their own words, a little widened, not from the month's edges.
    const edge = EDGE_LINES * h;
    const rows = { top: Math.max(0, Math.round(line.box.top - margin)), bottom: Math.round(line.box.bottom + margin) };
    const first = words[run.from] as OcrWord;
    const last = words[run.to - 1] as OcrWord;
    slots.push({
      line: index,
      label: label?.text ?? '',
      month: run.month,
      day: { left: label ? label.box.right + 1 : Math.max(0, Math.round(line.box.left - margin)), right: Math.round(Math.min(first.box.left - 1, (before.at(-1) as OcrWord).box.right + edge)), ...rows },
      year: { left: Math.round(Math.max(last.box.right + 1, (after[0] as OcrWord).box.left - edge)), right: Math.round(Math.max(line.box.right, ...after.map((w) => w.box.right)) + YEAR_REACH_LINES * h), ...rows },
    });
  });
  return slots;
}

/**
 * The stamp's date as text ("10 ก.ค. 2552"), from its day and year as the model read them;
 * null when either is not sure or is no day or year.
 */
export function dateStampText(slot: DateStampSlot, day: HandwrittenReading, year: HandwrittenReading): string | null {
  if (day.unread || year.unread || !DIGITS.test(day.text) || !DIGITS.test(year.text)) return null;
  if (!isDayOfMonth(day.text) || (year.text.length !== 2 && year.text.length !== 4)) return null;
  const month = THAI_MONTHS.find((m) => m.number === slot.month) as (typeof THAI_MONTHS)[number];
  return [slot.label, day.text, month.abbreviation, year.text].filter((t) => t !== '').join(' ');
}
