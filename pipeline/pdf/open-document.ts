/**
 * Opening a PDF with pdfjs, offline, and turning its failures into errors a user can act on.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, InvalidPDFException, VerbosityLevel } from './pdfjs.js';
import type { PDFDocumentProxy } from './pdfjs.js';
import { PdfInputError } from './input-error.js';
import { DEFAULT_PDF_LIMITS, type PdfLimits } from './limits.js';

export type { PDFDocumentProxy };
export { PdfInputError };
export type { PdfInputErrorCode } from './input-error.js';

/**
 * pdfjs reads fonts, CMaps and image decoders from these package folders with fs (in Node, a
 * factory URL is a file path). Giving them explicitly keeps pdfjs from ever trying the network.
 */
const pdfjsFolder = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const packageFolder = (name: string): string => path.join(pdfjsFolder, name) + path.sep;

const OFFLINE_OPTIONS = {
  standardFontDataUrl: packageFolder('standard_fonts'),
  cMapUrl: packageFolder('cmaps'),
  cMapPacked: true,
  wasmUrl: packageFolder('wasm'),
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  useWorkerFetch: false,
  disableAutoFetch: true,
  disableStream: true,
  verbosity: VerbosityLevel.ERRORS,
} as const;

const PDF_HEADER = '%PDF-';
/** The header may sit after some leading junk; readers accept it within the first kilobyte. */
const HEADER_SEARCH_BYTES = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_SEARCH_BYTES));
  return head.includes(PDF_HEADER, 0, 'latin1');
}

/** A complete PDF ends with %%EOF (possibly followed by whitespace); a cut file does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tailStart = Math.max(0, bytes.length - HEADER_SEARCH_BYTES);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + tailStart, bytes.length - tailStart);
  return tail.includes('%%EOF', 0, 'latin1');
}

function toInputError(error: unknown, bytes: Uint8Array): PdfInputError {
  const detail = error instanceof Error ? error.message : String(error);
  // pdfjs does not export PasswordException; its exceptions carry their class name.
  if (error instanceof Error && error.name === 'PasswordException') {
    return new PdfInputError('encrypted', 'the PDF is password-protected and cannot be read', { cause: error });
  }
  if (!hasEndMarker(bytes)) {
    return new PdfInputError('truncated', `the PDF is incomplete (cut off before its end): ${detail}`, {
      cause: error,
    });
  }
  if (error instanceof InvalidPDFException) {
    return new PdfInputError('unreadable', `the PDF structure is invalid: ${detail}`, { cause: error });
  }
  return new PdfInputError('unreadable', `the PDF could not be read: ${detail}`, { cause: error });
}

/**
 * Loads a PDF for reading. The bytes are copied, since pdfjs transfers (detaches) the buffer it
 * is given and callers usually still need theirs (hashing, OCR image extraction). pdfjs leaves
 * out any image over `maxImagePixels` instead of decoding it (checkPdfLimits refuses such a file
 * with a reason before it is read; this holds when that check could not parse the file).
 */
export async function openPdfDocument(
  bytes: Uint8Array,
  { maxImagePixels }: Pick<PdfLimits, 'maxImagePixels'> = DEFAULT_PDF_LIMITS,
): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) {
    throw new PdfInputError('empty', 'the file is empty (0 bytes)');
  }
  if (!hasPdfHeader(bytes)) {
    throw new PdfInputError('not-pdf', 'the file is not a PDF (no %PDF header)');
  }
  const task = getDocument({ data: bytes.slice(), ...OFFLINE_OPTIONS, maxImageSize: maxImagePixels });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    throw toInputError(error, bytes);
  }
}
