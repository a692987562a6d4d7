/**
 * The register number of a receipt stamp ("รับที่ 1916", "เลขรับ ๒๒"), written by hand or with a
 * numbering stamp into a coloured rubber stamp box. Tesseract reads the stamp's printed label
 * but not the pen's digits ("รับที่ 7" for 1916): where a coloured line opens with a
 * receipt-number label, the field right of it (up to the next label on the line, or a little past
 * the line's end) is read by the handwritten-digit model instead. A number it is not sure of is
 * left out, the label kept, so the stamp says its number could not be read, never a guess.
 */
import type { Box } from './geometry.js';
import { heightOf } from './geometry.js';
import { type HandwrittenReading, wordSpans } from './handwritten-fields.js';
import type { OcrLine } from './recognize-lines.js';

export interface ReceiptNumberSlot {
  /** Index of the coloured line. */
  line: number;
  region: Box;
  /** The line's text up to and with the label. */
  label: string;
  /** The line's text from the next label on (วันที่, เวลา), or ''. */
  rest: string;
}

/**
 * A receipt stamp's number labels as printed (pipeline/parse/lexicon.ts has them for the text);
 * OCR drops the mark on ที่ and reads the vowel over ร of a stamp's small print as another (รุบ).
 */
const NUMBER_LABEL = /^\s*(?:เลขทะเบียนรับ|ทะเบียนรับ|เลขที\S?รับ|เลขรับ|ร[\u0E31\u0E34-\u0E3A]?บที\S?|เลขที\S?)(?=[\s.:]|$)[\s.:]*/u;
/** The next field's label on the same line of a one-line stamp. */
const NEXT_LABEL = /วันที่|เวลา/u;
/** What stands in a number's field as Tesseract reads pen digits: a few signs, no word. */
const MAX_FIELD_SIGNS = 8;
/** How far (line heights) past Tesseract's line the number's ink is looked for. */
const REACH_LINES = 3;
/** Where the field starts (line heights) past the label's word. */
const LABEL_GAP_LINES = 0.4;
/** Pen digits stand higher or lower than the label (line heights). */
const MARGIN_LINES = 0.3;
const DIGITS = /^[0-9\u0E50-\u0E59]+$/u;

/** The coloured lines that open with a receipt-number label, with where the number is written. */
export function findReceiptNumbers(colour: OcrLine[]): ReceiptNumberSlot[] {
  const slots: ReceiptNumberSlot[] = [];
  colour.forEach((line, index) => {
    const label = NUMBER_LABEL.exec(line.text);
    if (!label) return;
    const labelEnd = label[0].trimEnd().length;
    const next = NEXT_LABEL.exec(line.text.slice(label[0].length));
    const restAt = next ? label[0].length + next.index : line.text.length;
    if (line.text.slice(label[0].length, restAt).replace(/\s+/gu, '').length > MAX_FIELD_SIGNS) return;
    const spans = wordSpans(line);
    const labelWord = spans.filter((s) => s.from < labelEnd).at(-1);
    const nextWord = next ? spans.find((s) => s.to > restAt) : undefined;
    if (!labelWord) return;
    const h = heightOf(line.box);
    const margin = MARGIN_LINES * h;
    slots.push({
      line: index,
      label: line.text.slice(0, labelEnd),
      rest: line.text.slice(restAt).trim(),
      region: {
        // The label's last strokes reach past the box Tesseract gives its word.
        left: Math.round(labelWord.word.box.right + LABEL_GAP_LINES * h),
        right: nextWord ? nextWord.word.box.left - 1 : Math.round(line.box.right + REACH_LINES * h),
        top: Math.max(0, Math.round(line.box.top - margin)),
        bottom: Math.round(line.box.bottom + margin),
      },
    });
  });
  return slots;
}

/** The line's text with the model's reading of the number, or without a number when unsure. */
export function receiptNumberText(slot: ReceiptNumberSlot, reading: HandwrittenReading): string {
  const number = !reading.unread && DIGITS.test(reading.text) ? reading.text : '';
  return [slot.label, number, slot.rest].filter((t) => t !== '').join(' ');
}
