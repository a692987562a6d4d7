/**
 * An external letter as a registry files it, rendered for tests: the typed letter (ที่ and the
 * address, เรื่อง, เรียน, a line of text) with no typed date, a blue rubber date stamp under the
 * address where the date goes (a bold stamp face, its digits letter-spaced), and a red receipt
 * stamp box at the top right: the receiving office, "รับที่" with a number in blue ballpoint (a
 * hand face), "วันที่" with a date stamp, "เวลา" with a time. Saved as a 200 dpi JPEG scan in a PDF.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

const TLWG = '/usr/share/fonts/truetype/tlwg';
const fontFiles = (family: string) => path.join(path.dirname(createRequire(import.meta.url).resolve(`@fontsource/${family}/package.json`)), 'files');
GlobalFonts.registerFromPath(`${TLWG}/Garuda.ttf`, 'LetterPrint');
GlobalFonts.registerFromPath(path.join(fontFiles('chakra-petch'), 'chakra-petch-thai-700-normal.woff2'), 'DateStampThai');
GlobalFonts.registerFromPath(path.join(fontFiles('chakra-petch'), 'chakra-petch-latin-700-normal.woff2'), 'DateStampLatin');
GlobalFonts.registerFromPath(path.join(fontFiles('itim'), 'itim-latin-400-normal.woff2'), 'LetterPen');

const DPI = 200;
const WIDTH = Math.round(8.27 * DPI);
const HEIGHT = Math.round(5.5 * DPI);
const LEFT = Math.round(1.0 * DPI);
const STAMP_BLUE = '#2f45b0';
const STAMP_RED = '#c42a2a';
const PEN_BLUE = '#26389a';

export interface StampedLetter {
  referencePrefix: string;
  /** The running number, typed. */
  number: string;
  /** The date stamped under the address, as the stamp prints it: day, month, year. */
  dateStamp: [string, string, string];
  receipt: { office: string; number: string; dateStamp: [string, string, string]; time: string };
  subject: string;
  addressee: string;
  body: string;
}

function typed(ctx: SKRSContext2D, text: string, x: number, y: number, size = 34): number {
  ctx.font = `${size}px LetterPrint`;
  ctx.fillStyle = '#111';
  ctx.fillText(text, x, y);
  return x + ctx.measureText(text).width;
}

/** A date stamp's band: digits letter-spaced, the month's letters close. */
function dateStamp(ctx: SKRSContext2D, [day, month, year]: [string, string, string], x: number, y: number, size: number, colour: string): void {
  ctx.fillStyle = colour;
  for (const [part, spacing] of [[day, size * 0.25], [month, 1], [year, size * 0.12]] as const) {
    for (const char of part) {
      if (char === '.') {
        // A stamp's dot is a small square at the foot.
        ctx.fillRect(x + 1, y - size * 0.09, size * 0.09, size * 0.09);
        x += size * 0.2;
        continue;
      }
      ctx.font = `${size}px ${/[0-9]/.test(char) ? 'DateStampLatin' : 'DateStampThai'}`;
      ctx.fillText(char, x, y);
      x += ctx.measureText(char).width + spacing;
    }
    x += size * 0.5;
  }
}

function receiptBox(ctx: SKRSContext2D, receipt: StampedLetter['receipt']): void {
  const left = WIDTH - Math.round(2.3 * DPI);
  const top = 40;
  const width = Math.round(2.0 * DPI);
  const row = 52;
  ctx.strokeStyle = STAMP_RED;
  ctx.lineWidth = 3;
  ctx.strokeRect(left, top, width, row * 4 + 20);
  ctx.fillStyle = STAMP_RED;
  ctx.font = '26px LetterPrint';
  ctx.fillText(receipt.office, left + 14, top + 40);
  const labels = ['รับที่', 'วันที่', 'เวลา'];
  labels.forEach((label, k) => {
    const y = top + 40 + row * (k + 1);
    ctx.fillStyle = STAMP_RED;
    ctx.font = '26px LetterPrint';
    ctx.fillText(label, left + 14, y);
    const from = left + 14 + ctx.measureText(label).width + 6;
    for (let x = from; x < left + width - 14; x += 7) ctx.fillRect(x, y + 3, 2, 2);
  });
  ctx.fillStyle = PEN_BLUE;
  ctx.font = '40px LetterPen';
  let x = left + 130;
  for (const digit of receipt.number) {
    ctx.fillText(digit, x, top + 40 + row - 4);
    x += ctx.measureText(digit).width + 3;
  }
  dateStamp(ctx, receipt.dateStamp, left + 110, top + 40 + row * 2, 32, STAMP_BLUE);
  ctx.fillStyle = PEN_BLUE;
  ctx.font = '36px LetterPen';
  ctx.fillText(receipt.time, left + 130, top + 40 + row * 3 - 4);
}

export async function stampedLetterPdf(letter: StampedLetter): Promise<Uint8Array> {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fbfaf5';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  const addressLeft = WIDTH - Math.round(3.0 * DPI);
  typed(ctx, `ที่ ${letter.referencePrefix}${letter.number}`, LEFT, 330);
  typed(ctx, 'กระทรวงมหาดไทย', addressLeft, 330);
  typed(ctx, 'ถนนอัษฎางค์ กทม. 10200', addressLeft, 390);
  dateStamp(ctx, letter.dateStamp, WIDTH / 2 - 110, 470, 44, STAMP_BLUE);
  typed(ctx, `เรื่อง  ${letter.subject}`, LEFT, 580);
  typed(ctx, `เรียน  ${letter.addressee}`, LEFT, 650);
  typed(ctx, letter.body, LEFT + Math.round(0.8 * DPI), 730);
  receiptBox(ctx, letter.receipt);
  const jpeg = await canvas.encode('jpeg', 90);
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(jpeg);
  const page = pdf.addPage([(WIDTH / DPI) * 72, (HEIGHT / DPI) * 72]);
  page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  return pdf.save();
}
