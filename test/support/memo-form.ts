/**
 * Real-looking memo forms (บันทึกข้อความ) rendered for tests: the printed form with its dotted
 * leader lines after ส่วนราชการ, ที่, วันที่ and เรื่อง (dots running under the typed text and on
 * to the margin, as the government template prints them), typed header text, and blanks filled
 * in "by hand" in a handwriting-like font (Purisa, fonts-thai-tlwg), in blue ballpoint or black.
 * Saved as a 200 dpi JPEG scan in a PDF, like an office scanner's output.
 */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

const TLWG = '/usr/share/fonts/truetype/tlwg';
GlobalFonts.registerFromPath(`${TLWG}/Garuda.ttf`, 'FormPrint');
GlobalFonts.registerFromPath(`${TLWG}/Garuda-Bold.ttf`, 'FormPrintBold');
GlobalFonts.registerFromPath(`${TLWG}/Purisa.ttf`, 'FormPen');

const DPI = 200;
const WIDTH = Math.round(8.27 * DPI);
const HEIGHT = Math.round(5.2 * DPI);
const LEFT = Math.round(0.9 * DPI);
const RIGHT = WIDTH - Math.round(0.6 * DPI);
const PRINT = 'px FormPrint';
const SIZE = 34;

export interface MemoForm {
  office: string;
  /** Printed prefix of the reference number, up to and with the slash. */
  referencePrefix: string;
  /** The running number: typed, or filled in by pen. */
  number: { text: string; pen?: 'blue' | 'black' };
  /** The day: typed, or filled in by pen; month and year are typed. */
  day: { text: string; pen?: 'blue' | 'black' };
  monthYear: string;
  subject: string;
  addressee: string;
  body: string;
}

const INK = { blue: '#2a3f9c', black: '#202020' };

/** A dotted leader from x to the right margin, just under the baseline. */
function leader(ctx: SKRSContext2D, from: number, to: number, baseline: number): void {
  ctx.fillStyle = '#222';
  for (let x = from; x < to; x += 7) ctx.fillRect(x, baseline + 5, 2.4, 2.4);
}

function typed(ctx: SKRSContext2D, text: string, x: number, y: number, bold = false, size = SIZE): number {
  ctx.font = `${size}${bold ? 'px FormPrintBold' : PRINT}`;
  ctx.fillStyle = '#111';
  ctx.fillText(text, x, y);
  return x + ctx.measureText(text).width;
}

function penned(ctx: SKRSContext2D, field: { text: string; pen?: 'blue' | 'black' }, x: number, y: number): number {
  if (!field.pen) return typed(ctx, field.text, x, y);
  ctx.font = '44px FormPen';
  ctx.fillStyle = INK[field.pen];
  // Handwriting sits a little above and across the dotted line, slanted.
  ctx.save();
  ctx.translate(x, y + 4);
  ctx.transform(1, 0, -0.12, 1, 0, 0);
  ctx.fillText(field.text, 0, 0);
  ctx.restore();
  return x + ctx.measureText(field.text).width;
}

export async function memoFormPdf(form: MemoForm): Promise<Uint8Array> {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fbfaf5';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  typed(ctx, 'บันทึกข้อความ', WIDTH / 2 - 170, 150, true, 58);
  let y = 240;
  const row = 70;
  let x = typed(ctx, 'ส่วนราชการ', LEFT, y, true, 40) + 10;
  leader(ctx, x, RIGHT, y);
  typed(ctx, form.office, x + 8, y);
  y += row;
  x = typed(ctx, 'ที่', LEFT, y, true, 40) + 10;
  const middle = LEFT + Math.round(3.4 * DPI);
  leader(ctx, x, middle - 20, y);
  x = typed(ctx, form.referencePrefix, x + 8, y);
  penned(ctx, form.number, x + 6, y);
  x = typed(ctx, 'วันที่', middle, y, true, 40) + 10;
  leader(ctx, x, RIGHT, y);
  x = penned(ctx, form.day, x + 14, y);
  typed(ctx, form.monthYear, Math.max(x + 24, middle + 210), y);
  y += row;
  x = typed(ctx, 'เรื่อง', LEFT, y, true, 40) + 10;
  leader(ctx, x, RIGHT, y);
  typed(ctx, form.subject, x + 8, y);
  y += row + 20;
  typed(ctx, `เรียน  ${form.addressee}`, LEFT, y);
  y += row;
  typed(ctx, form.body, LEFT + Math.round(0.8 * DPI), y);
  const jpeg = await canvas.encode('jpeg', 88);
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(jpeg);
  const page = pdf.addPage([(WIDTH / DPI) * 72, (HEIGHT / DPI) * 72]);
  page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  return pdf.save();
}
