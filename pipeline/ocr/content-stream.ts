/**
 * Reads a page's content stream just far enough to tell whether the page is one picture: a
 * single image XObject drawn under some transform, and nothing else painted. Asking pdfjs instead
 * (its operator list) would decode the JPEG in JavaScript, which costs more than the OCR saves.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { type ContentToken, contentTokens } from '../pdf/content-tokens.js';

export type Matrix = [number, number, number, number, number, number];

export interface ImageDraw {
  /** Resource name of the XObject, without the slash. */
  name: string;
  /** Maps the image's unit square to page space (points). */
  matrix: Matrix;
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Operators that change state or build clipping paths but paint nothing. */
const NON_PAINTING = new Set([
  'gs', 'ri', 'i', 'w', 'J', 'j', 'M', 'd',
  'g', 'G', 'rg', 'RG', 'k', 'K', 'cs', 'CS', 'sc', 'SC', 'scn', 'SCN',
  'm', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*', 'n',
  'BDC', 'BMC', 'EMC', 'MP', 'DP', 'BX', 'EX',
]);

/** The page's content streams, decoded and concatenated; null if a filter is not supported. */
function contentText(page: PDFPage): string | null {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  let text = '';
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return null;
    try {
      text += Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') + '\n';
    } catch {
      return null;
    }
  }
  return text;
}

/**
 * The single XObject the page draws and where, or null when the page draws nothing, several
 * things, or anything other than XObjects (text, filled paths, inline images, shadings).
 */
export function soleXObjectDraw(page: PDFPage): ImageDraw | null {
  const text = contentText(page);
  if (text === null) return null;
  const stack: Matrix[] = [];
  let current: Matrix = [1, 0, 0, 1, 0, 0];
  let operands: ContentToken[] = [];
  let draw: ImageDraw | null = null;
  for (const token of contentTokens(text)) {
    if (token.kind !== 'operator') {
      operands.push(token);
      continue;
    }
    const op = token.value;
    const numbers = operands.flatMap((t) => (t.kind === 'number' ? [t.value] : []));
    const lastName = operands.at(-1);
    operands = [];
    if (op === 'q') stack.push(current);
    else if (op === 'Q') current = stack.pop() ?? current;
    else if (op === 'cm' && numbers.length === 6) current = multiply(current, numbers as Matrix);
    else if (op === 'Do' && draw === null && lastName?.kind === 'name') draw = { name: lastName.value, matrix: current };
    else if (!NON_PAINTING.has(op)) return null;
  }
  return draw;
}

/** The image XObject a resource name refers to, if it is an image (not a form). */
export function imageXObject(page: PDFPage, name: string): PDFRawStream | null {
  const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const stream = xObjects?.lookupMaybe(PDFName.of(name), PDFStream);
  if (!(stream instanceof PDFRawStream)) return null;
  return stream.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image') ? stream : null;
}
