import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Box } from './geometry.js';
import { fieldImage, readFieldDigits } from './handwritten-fields.js';
import type { GrayImage } from './page-image.js';
import { findReceiptNumbers, receiptNumberText } from './receipt-numbers.js';
import type { OcrLine } from './recognize-lines.js';

/** A line of words, each [text, left, right]; text joined with spaces. */
function line(words: Array<[string, number, number]>, top = 100, bottom = 140): OcrLine {
  const box = (left: number, right: number): Box => ({ left, right, top, bottom });
  return {
    text: words.map(([t]) => t).join(' '),
    confidence: 70,
    box: box(words[0]?.[1] ?? 0, words.at(-1)?.[2] ?? 0),
    words: words.map(([text, left, right]) => ({ text, confidence: 60, box: box(left, right), symbols: [] })),
  };
}

describe('findReceiptNumbers', () => {
  it('finds the number right of a receipt label, up to three line heights past what Tesseract read of it (a stamp field runs to the edge of its box)', () => {
    const [slot] = findReceiptNumbers([line([['รับที่', 1200, 1280], ['7', 1330, 1350]])]);
    expect(slot).toMatchObject({ line: 0, label: 'รับที่', rest: '', region: { left: 1296, right: 1473, top: 88, bottom: 152 } });
    // OCR drops the mark on ที่ of a stamp's small print.
    expect(findReceiptNumbers([line([['รับที', 1200, 1280], ['แน92', 1330, 1390]])])).toMatchObject([{ label: 'รับที' }]);
    // ...and may read the vowel over ร as another ("รุบที่" on a red stamp).
    expect(findReceiptNumbers([line([['รุบที่', 1200, 1280], ['1๕', 1330, 1390]])])).toMatchObject([{ label: 'รุบที่' }]);
  });

  it('ends the field at the next label of a one-line stamp, which stays in the text', () => {
    const stamp = line([['เลขรับ', 100, 180], ['2๒', 200, 240], ['วันที่', 300, 370], ['6', 380, 400], ['ม.ค.', 410, 460], ['2568', 470, 540]]);
    const [slot] = findReceiptNumbers([stamp]);
    expect(slot).toMatchObject({ label: 'เลขรับ', rest: 'วันที่ 6 ม.ค. 2568', region: { left: 196, right: 299 } });
  });

  it('leaves lines that are no receipt number alone', () => {
    const sentence = line([['เลขที่', 100, 180], ['ตามหนังสือกรมการปกครองที่แจ้งมา', 200, 900]]);
    const office = line([['สำนักงานปกครองและทะเบียน', 100, 600]]);
    expect(findReceiptNumbers([sentence, office])).toEqual([]);
  });

  it('writes the number read surely, and only the label and what follows when unsure', () => {
    const [slot] = findReceiptNumbers([line([['รับที่', 1200, 1280], ['7', 1330, 1350], ['วันที่', 1400, 1480]])]);
    expect(receiptNumberText(slot!, { text: '1916', confidence: 0.97, unread: false })).toBe('รับที่ 1916 วันที่');
    expect(receiptNumberText(slot!, { text: '', confidence: 0.5, unread: true })).toBe('รับที่ วันที่');
  });
});

const fontFiles = (family: string) => path.join(path.dirname(createRequire(import.meta.url).resolve(`@fontsource/${family}/package.json`)), 'files');

beforeAll(() => {
  GlobalFonts.registerFromPath(path.join(fontFiles('itim'), 'itim-latin-400-normal.woff2'), 'receipt-pen');
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/tlwg/Garuda.ttf', 'receipt-print');
});

/**
 * A red receipt stamp's number row: the printed label "รับที่" and dots, and a number written in
 * blue ballpoint (a hand face), as the coloured ink of a page (gray: darkest channel).
 */
function stampRow(number: string): { image: GrayImage; label: [number, number] } {
  const width = 460;
  const height = 90;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f8f6f0';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#c0302a';
  context.font = '26px receipt-print';
  context.fillText('รับที่', 14, 60);
  const labelRight = Math.round(14 + context.measureText('รับที่').width);
  for (let x = labelRight + 4; x < width - 10; x += 7) context.fillRect(x, 63, 2, 2);
  context.fillStyle = '#2a3fa0';
  context.font = '40px receipt-pen';
  let x = labelRight + 40;
  for (const digit of number) {
    context.fillText(digit, x, 56);
    x += context.measureText(digit).width + 3;
  }
  const rgba = canvas.data();
  const data = Buffer.alloc(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(rgba[i * 4] as number, rgba[i * 4 + 1] as number, rgba[i * 4 + 2] as number);
  return { image: { data, width, height, dpi: 200 }, label: [14, labelRight] };
}

describe('a rendered receipt stamp row', () => {
  it('has its pen number read by the digit model in place of what Tesseract made of it', () => {
    const { image, label } = stampRow('1916');
    // Tesseract's reading of such a row: the label, and one wrong digit for the pen number.
    const [slot] = findReceiptNumbers([line([['รับที่', ...label], ['7', label[1] + 60, label[1] + 80]], 30, 66)]);
    const reading = readFieldDigits(fieldImage(image, slot!.region));
    expect(receiptNumberText(slot!, reading)).toBe('รับที่ 1916');
  });
});
