/**
 * Reads a page's content stream just far enough to tell what it paints and where: image XObjects
 * under their transforms, text shown visibly or invisibly (render mode), anything else. That
 * tells a scan (one picture) from a drawn page, and a scan's old OCR layer (invisible text, or
 * text under the picture) from real text. Asking pdfjs instead (its operator list) would decode
 * the JPEG in JavaScript, which costs more than the OCR saves.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { type ContentToken, contentTokens } from './content-tokens.js';

export type Matrix = [number, number, number, number, number, number];

export interface ImageDraw {
  /** Resource name of the XObject, without the slash. */
  name: string;
  /** Maps the image's unit square to page space (points). */
  matrix: Matrix;
  /** The image XObject itself (its name may belong to a form's resources, not the page's). */
  stream: PDFStream;
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
/** Text objects and text state: what paints is the showing operators, judged by render mode. */
const TEXT_STATE = new Set(['BT', 'ET', 'Tc', 'Tw', 'Tz', 'TL', 'Tf', 'Ts', 'Td', 'TD', 'Tm', 'T*', 'd0', 'd1']);

function decodedText(stream: PDFRawStream): string | null {
  try {
    return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  } catch {
    return null;
  }
}

/** The page's content streams, decoded and concatenated; null if a filter is not supported. */
function contentText(page: PDFPage): string | null {
  const contents = page.node.Contents();
  if (contents === undefined) return '';
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  let text = '';
  for (const stream of streams) {
    const decoded = stream instanceof PDFRawStream ? decodedText(stream) : null;
    if (decoded === null) return null;
    text += decoded + '\n';
  }
  return text;
}

/** What one painting operator of the page put there, in content order. */
export type PaintEvent =
  | { kind: 'image'; draw: ImageDraw }
  /** Text shown by Tj, TJ, ' or "; `characters` counts string bytes (a glyph is 1 or 2). */
  | { kind: 'text'; visible: boolean; characters: number }
  /** Any other paint: paths, shadings, inline images, forms that could not be read. */
  | { kind: 'other' };

/** Text render modes that put no ink on the page: 3 (invisible) and 7 (clip only). */
const INVISIBLE_RENDER_MODES = new Set([3, 7]);
const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
/** Form XObjects inside form XObjects are followed this deep, no deeper (cycles, bombs). */
const MAX_FORM_DEPTH = 4;

interface GraphicsState {
  matrix: Matrix;
  renderMode: number;
}

/**
 * Everything the page paints, in order, following form XObjects; null when a content stream
 * cannot be decoded.
 */
export function pagePaint(page: PDFPage): PaintEvent[] | null {
  const text = contentText(page);
  if (text === null) return null;
  const events: PaintEvent[] = [];
  return walk(text, page.node.Resources(), { matrix: [1, 0, 0, 1, 0, 0], renderMode: 0 }, 0, events) ? events : null;
}

function walk(text: string, resources: PDFDict | undefined, start: GraphicsState, depth: number, events: PaintEvent[]): boolean {
  const stack: GraphicsState[] = [];
  let state = start;
  let operands: ContentToken[] = [];
  for (const token of contentTokens(text)) {
    if (token.kind !== 'operator') {
      operands.push(token);
      continue;
    }
    const op = token.value;
    const numbers = operands.flatMap((t) => (t.kind === 'number' ? [t.value] : []));
    const shown = operands.reduce((sum, t) => sum + (t.kind === 'string' ? t.length : 0), 0);
    const lastName = operands.at(-1);
    operands = [];
    if (op === 'q') stack.push(state);
    else if (op === 'Q') state = stack.pop() ?? state;
    else if (op === 'cm' && numbers.length === 6) state = { ...state, matrix: multiply(state.matrix, numbers as Matrix) };
    else if (op === 'Tr' && numbers.length === 1) state = { ...state, renderMode: numbers[0] as number };
    else if (TEXT_SHOWING.has(op)) events.push({ kind: 'text', visible: !INVISIBLE_RENDER_MODES.has(state.renderMode), characters: shown });
    else if (op === 'Do' && lastName?.kind === 'name') {
      if (!drawXObject(resources, lastName.value, state, depth, events)) return false;
    } else if (op === 'EI') events.push({ kind: 'other' }); // an inline image (its data is stepped over)
    else if (op === 'BI' || op === 'ID') continue;
    else if (!NON_PAINTING.has(op) && !TEXT_STATE.has(op)) events.push({ kind: 'other' });
  }
  return true;
}

/** An image becomes one event; a form's own content is walked under its matrix. */
function drawXObject(resources: PDFDict | undefined, name: string, state: GraphicsState, depth: number, events: PaintEvent[]): boolean {
  const stream = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.lookupMaybe(PDFName.of(name), PDFStream);
  const subtype = stream?.dict.lookup(PDFName.of('Subtype'));
  if (stream && subtype === PDFName.of('Image')) {
    events.push({ kind: 'image', draw: { name, matrix: state.matrix, stream } });
    return true;
  }
  if (subtype !== PDFName.of('Form') || !(stream instanceof PDFRawStream) || depth >= MAX_FORM_DEPTH) {
    events.push({ kind: 'other' });
    return true;
  }
  const text = decodedText(stream);
  if (text === null) return false;
  const formMatrix = stream.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray)?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
  const matrix = formMatrix?.length === 6 && formMatrix.every(Number.isFinite) ? multiply(state.matrix, formMatrix as Matrix) : state.matrix;
  const formResources = stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources;
  return walk(text, formResources, { ...state, matrix }, depth + 1, events);
}

/**
 * The single XObject the page draws and where, or null when the page draws nothing, several
 * things, or paints anything else that shows (visible text, filled paths, inline images,
 * shadings). Invisible text, the layer an OCR tool leaves on a scan, paints nothing.
 */
export function soleXObjectDraw(page: PDFPage): ImageDraw | null {
  const events = pagePaint(page);
  if (events === null) return null;
  const images = events.flatMap((e) => (e.kind === 'image' ? [e.draw] : []));
  const imageAt = events.findIndex((e) => e.kind === 'image');
  const shows = events.some((e, i) => e.kind === 'other' || (e.kind === 'text' && e.visible && i > imageAt));
  return images.length === 1 && !shows ? (images[0] as ImageDraw) : null;
}

/** Share of the page's crop box covered by the drawn unit square (its bounding box). */
export function pageCoverage(matrix: Matrix, page: PDFPage): number {
  const [a, b, c, d, e, f] = matrix;
  const xs = [e, e + a, e + c, e + a + c];
  const ys = [f, f + b, f + d, f + b + d];
  const box = page.getCropBox();
  const overlapWidth = Math.min(Math.max(...xs), box.x + box.width) - Math.max(Math.min(...xs), box.x);
  const overlapHeight = Math.min(Math.max(...ys), box.y + box.height) - Math.max(Math.min(...ys), box.y);
  return overlapWidth > 0 && overlapHeight > 0 ? (overlapWidth * overlapHeight) / (box.width * box.height) : 0;
}
