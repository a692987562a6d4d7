import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Box } from './geometry.js';
import { dateStampText, findDateStamps } from './date-stamps.js';
import { fieldImage, readFieldDigits } from './handwritten-fields.js';
import type { GrayImage } from './page-image.js';
import type { OcrLine } from './recognize-lines.js';

/** A line of words, each [text, left, right]. */
function line(words: Array<[string, number, number]>, top = 400, bottom = 450): OcrLine {
  const box = (left: number, right: number): Box => ({ left, right, top, bottom });
  return {
    text: words.map(([t]) => t).join(' '),
    confidence: 65,
    box: box(words[0]?.[1] ?? 0, words.at(-1)?.[2] ?? 0),
    words: words.map(([text, left, right]) => ({ text, confidence: 60, box: box(left, right), symbols: [] })),
  };
}

describe('findDateStamps', () => {
  it('takes a coloured line of ink, a month abbreviation and ink for a date stamp, with its day and year regions', () => {
    const worn = line([[']0', 776, 816], ['ก', 843, 860], ['ค', 869, 891], ['7', 913, 974]]);
    const [slot] = findDateStamps([worn]);
    expect(slot).toMatchObject({ line: 0, month: 7 });
    expect(slot?.day).toMatchObject({ left: 766, right: 824 });
    // The year is looked for a line height past Tesseract's last word: it drops a faint last digit.
    expect(slot?.year).toMatchObject({ left: 905, right: 1025, top: 390, bottom: 460 });
    const spaced = line([['2', 836, 851], ['5', 865, 879], ['กพ', 906, 951], ['7553', 976, 1038]]);
    expect(findDateStamps([spaced])).toMatchObject([{ month: 2, day: { right: 887 }, year: { left: 968 } }]);
  });

  it('reads a month whose dots came out as zeros or marks, and the date row of a receipt stamp after its label', () => {
    const row = line([['วันที่', 1200, 1270], ['26', 1310, 1350], ['ก0ิพ0', 1370, 1430], ['53', 1450, 1490]]);
    const [slot] = findDateStamps([row]);
    expect(slot).toMatchObject({ label: 'วันที่', month: 2, day: { left: 1271 } });
    const sure = (text: string) => ({ text, confidence: 0.95, unread: false });
    expect(dateStampText(slot!, sure('26'), sure('53'))).toBe('วันที่ 26 ก.พ. 53');
    expect(findDateStamps([line([['มีค', 100, 160], ['2', 80, 95], ['7', 200, 220]])])).toEqual([]);
    expect(findDateStamps([line([['1', 60, 75], ['มีค', 100, 160], ['2567', 200, 280]])])).toMatchObject([{ month: 3 }]);
  });

  it('leaves lines of words alone: a cited date, an office name, a month without a day', () => {
    const cited = line([['ลงวันที่', 100, 200], ['20', 220, 250], ['พฤษภาคม', 270, 400], ['2552', 420, 480]]);
    const office = line([['กรุงเทพมหานคร', 1246, 1449]]);
    const monthYear = line([['กันยายน', 900, 1010], ['2546', 1060, 1130]]);
    const note = line([['ได้รับ', 240, 330], ['2', 340, 360], ['ย', 370, 400], ['58', 420, 460]]);
    expect(findDateStamps([cited, office, monthYear, note])).toEqual([]);
  });
});

describe('dateStampText', () => {
  const slot = { line: 0, label: '', month: 2, day: { left: 0, right: 1, top: 0, bottom: 1 }, year: { left: 0, right: 1, top: 0, bottom: 1 } };
  const sure = (text: string) => ({ text, confidence: 0.95, unread: false });
  it('writes the date with the month abbreviation, and nothing when a part is unsure or impossible', () => {
    expect(dateStampText(slot, sure('25'), sure('2553'))).toBe('25 ก.พ. 2553');
    expect(dateStampText(slot, sure('๒๕'), sure('๕๓'))).toBe('๒๕ ก.พ. ๕๓');
    expect(dateStampText(slot, { text: '', confidence: 0.4, unread: true }, sure('2553'))).toBeNull();
    expect(dateStampText(slot, sure('45'), sure('2553'))).toBeNull();
    expect(dateStampText(slot, sure('25'), sure('255'))).toBeNull();
  });
});

const fontFiles = (family: string) => path.join(path.dirname(createRequire(import.meta.url).resolve(`@fontsource/${family}/package.json`)), 'files');

beforeAll(() => {
  GlobalFonts.registerFromPath(path.join(fontFiles('chakra-petch'), 'chakra-petch-thai-700-normal.woff2'), 'stamp-test-thai');
  GlobalFonts.registerFromPath(path.join(fontFiles('chakra-petch'), 'chakra-petch-latin-700-normal.woff2'), 'stamp-test-latin');
});

/**
 * A blue rubber date stamp on paper, its digits letter-spaced as stamp bands are, as the
 * coloured ink of a page (gray: darkest channel), with the boxes of its four parts.
 */
function stampImage(parts: string[]): { image: GrayImage; boxes: Array<[string, number, number]> } {
  const size = 40;
  const canvas = createCanvas(520, 100);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f7f5ee';
  context.fillRect(0, 0, 520, 100);
  context.fillStyle = '#3346a8';
  const boxes: Array<[string, number, number]> = [];
  let x = 20;
  for (const part of parts) {
    const start = x;
    for (const char of part) {
      context.font = `${size}px stamp-test-${/[0-9]/.test(char) ? 'latin' : 'thai'}`;
      context.fillText(char, x, 65);
      x += context.measureText(char).width + (/[0-9]/.test(char) ? 9 : 2);
    }
    boxes.push([part, Math.round(start), Math.round(x)]);
    x += 22;
  }
  const rgba = canvas.data();
  const data = Buffer.alloc(520 * 100);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(rgba[i * 4] as number, rgba[i * 4 + 1] as number, rgba[i * 4 + 2] as number);
  return { image: { data, width: 520, height: 100, dpi: 200 }, boxes };
}

describe('a rendered date stamp', () => {
  it('is read whole: the day and year by the digit model, the month from its letters', () => {
    const { image, boxes } = stampImage(['25', 'ก.พ.', '2553']);
    // Tesseract's reading of such a stamp: digits wrong, month letters right.
    const read = line([['2 5', boxes[0]![1], boxes[0]![2]], ['กพ', boxes[1]![1], boxes[1]![2]], ['7553', boxes[2]![1], boxes[2]![2]]], 25, 72);
    const [slot] = findDateStamps([read]);
    expect(slot).toBeDefined();
    const day = readFieldDigits(fieldImage(image, slot!.day));
    const year = readFieldDigits(fieldImage(image, slot!.year));
    expect(dateStampText(slot!, day, year)).toBe('25 ก.พ. 2553');
  });
});
