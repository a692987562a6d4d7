/**
 * Limits on what reading a PDF may cost, checked before anything is decoded, so that a small
 * hostile or broken file (a JPEG claiming 60000 × 60000 pixels, a megabyte that inflates to a
 * gigabyte, tens of thousands of nested graphics states) is refused with a reason instead of
 * exhausting memory or time:
 *
 *   maxImagePixels   width × height of any image, as its dictionary and its own header claim
 *   maxStreamBytes   what a page's drawing instructions, or any other compressed part (fonts,
 *                    forms, patterns), may inflate to; inflation stops at the limit
 *   maxNesting       how deeply drawing instructions may nest saved graphics states (q … Q)
 *
 * Everything reachable from each page is visited once (pdf-lib's object model, without decoding
 * images). A file pdf-lib cannot parse is left to pdfjs unchecked: reading still has pdfjs's own
 * image size limit, and the service's page processes their time and memory ceilings.
 */
import zlib from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFObject, PDFRawStream, PDFRef, ParseSpeeds } from 'pdf-lib';
import type { PDFContext } from 'pdf-lib';
import { contentTokens } from './content-tokens.js';
import { type PixelSize, jpeg2000PixelSize, jpegPixelSize } from './image-headers.js';
import { PdfInputError } from './input-error.js';

export interface PdfLimits {
  /** Largest image, in pixels (width × height), that may be decoded. */
  maxImagePixels: number;
  /** Largest size, in bytes, a page's drawing instructions or any compressed part may inflate to. */
  maxStreamBytes: number;
  /** Deepest nesting of saved graphics states (q … Q) in drawing instructions. */
  maxNesting: number;
}

const MEGABYTE = 1024 * 1024;

/**
 * An A3 page scanned at 600 dpi is 70 million pixels; a page's drawing instructions are rarely
 * over a few megabytes; Acrobat itself stops at 28 nested graphics states.
 */
export const DEFAULT_PDF_LIMITS: Readonly<PdfLimits> = {
  maxImagePixels: 100_000_000,
  maxStreamBytes: 64 * MEGABYTE,
  maxNesting: 1000,
};

/** Objects visited per file at most; past that the rest is left to the reading's own limits. */
const MAX_OBJECTS = 500_000;

/** Links that lead away from the page (up the page tree, to other pages, to actions). */
const LINKS_AWAY = new Set(['Parent', 'P', 'Dest', 'A', 'AA', 'Next', 'Prev', 'First', 'Last', 'PA', 'Popup', 'IRT', 'StructParent'].map((key) => PDFName.of(key)));
const CHAR_PROCS = PDFName.of('CharProcs');

/** Throws a PdfInputError with code 'over-limit' naming the page and the limit it passes. */
export async function checkPdfLimits(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<void> {
  const parsed = await parseForChecking(bytes);
  if (!parsed) return;
  const check = new LimitCheck(parsed.context, limits);
  parsed.pages.forEach((page, index) => check.page(page, index + 1));
}

async function parseForChecking(bytes: Uint8Array): Promise<{ context: PDFContext; pages: PDFDict[] } | null> {
  try {
    const doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
    return { context: doc.context, pages: doc.getPages().map((page) => page.node) };
  } catch {
    return null;
  }
}

function overLimit(message: string): PdfInputError {
  return new PdfInputError('over-limit', message);
}

const count = (value: number) => value.toLocaleString('en-US');

function numberIn(dict: PDFDict, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const value = dict.lookup(PDFName.of(key));
    if (value instanceof PDFNumber) return value.asNumber();
  }
  return undefined;
}

function nameIn(dict: PDFDict, key: string): string | undefined {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFName ? value.decodeText() : undefined;
}

function filtersOf(dict: PDFDict): string[] {
  const value = dict.lookup(PDFName.of('Filter'));
  if (value instanceof PDFName) return [value.decodeText()];
  if (value instanceof PDFArray) return value.asArray().map((item) => (item instanceof PDFName ? item.decodeText() : '?'));
  return [];
}

/** A resource inherited down the page tree (Resources may sit on an ancestor of the page). */
function inherited(page: PDFDict, key: string): PDFObject | undefined {
  let node: PDFDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    const value = node.get(PDFName.of(key));
    if (value) return value;
    const parent: PDFObject | undefined = node.lookup(PDFName.of('Parent'));
    node = parent instanceof PDFDict ? parent : undefined;
  }
  return undefined;
}

type Role = 'drawing' | 'data' | 'glyph-procedures';

class LimitCheck {
  private readonly visited = new Set<PDFRef>();

  constructor(
    private readonly context: PDFContext,
    private readonly limits: PdfLimits,
  ) {}

  page(node: PDFDict, pageNumber: number): void {
    const label = `page ${pageNumber}`;
    const contents = node.get(PDFName.of('Contents'));
    const parts = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    let instructions = '';
    for (const part of parts) {
      const stream = this.resolve(part);
      if (!(stream instanceof PDFRawStream)) continue;
      const decoded = this.inflate(stream, label, this.limits.maxStreamBytes - instructions.length, 'its drawing instructions');
      if (decoded) instructions += decoded.toString('latin1') + '\n';
    }
    this.drawing(instructions, label);
    const resources = inherited(node, 'Resources');
    const annotations = node.get(PDFName.of('Annots'));
    this.walk([resources, annotations].filter((item): item is PDFObject => item !== undefined), label);
  }

  /** The object behind a reference, once per file: null when seen before (or over budget). */
  private resolve(object: PDFObject): PDFObject | null {
    if (!(object instanceof PDFRef)) return object;
    if (this.visited.has(object) || this.visited.size >= MAX_OBJECTS) return null;
    this.visited.add(object);
    return this.context.lookup(object) ?? null;
  }

  private walk(start: PDFObject[], label: string): void {
    const stack: Array<{ object: PDFObject; role: Role }> = start.map((object) => ({ object, role: 'data' }));
    while (stack.length > 0) {
      const { object: reached, role } = stack.pop()!;
      const object = this.resolve(reached);
      if (object instanceof PDFRawStream) {
        this.stream(object, role, label);
        stack.push({ object: object.dict, role: 'data' });
      } else if (object instanceof PDFDict) {
        for (const [key, value] of object.entries()) {
          if (LINKS_AWAY.has(key)) continue;
          const childRole: Role = role === 'glyph-procedures' ? 'drawing' : key === CHAR_PROCS ? 'glyph-procedures' : 'data';
          stack.push({ object: value, role: childRole });
        }
      } else if (object instanceof PDFArray) {
        for (const item of object.asArray()) stack.push({ object: item, role: 'data' });
      }
    }
  }

  private stream(stream: PDFRawStream, role: Role, label: string): void {
    const { dict } = stream;
    const subtype = nameIn(dict, 'Subtype');
    if (subtype === 'Image') {
      this.image(stream, label);
      return;
    }
    const drawing = role === 'drawing' || subtype === 'Form' || numberIn(dict, 'PatternType') === 1;
    const decoded = this.inflate(stream, label, this.limits.maxStreamBytes, drawing ? 'its drawing instructions' : 'a compressed part (font or embedded data)');
    if (drawing && decoded) this.drawing(decoded.toString('latin1'), label);
  }

  private image(stream: PDFRawStream, label: string): void {
    const dict = stream.dict;
    this.pixels({ width: numberIn(dict, 'Width', 'W') ?? 0, height: numberIn(dict, 'Height', 'H') ?? 0 }, label);
    const filters = filtersOf(dict);
    if (filters.length !== 1) return;
    const claimed = ['DCTDecode', 'DCT'].includes(filters[0]!)
      ? jpegPixelSize(stream.contents)
      : filters[0] === 'JPXDecode'
        ? jpeg2000PixelSize(stream.contents)
        : null;
    if (claimed) this.pixels(claimed, label);
  }

  private pixels({ width, height }: PixelSize, label: string): void {
    if (width * height > this.limits.maxImagePixels) {
      throw overLimit(`${label}: image of ${width} × ${height} pixels is larger than the limit of ${count(this.limits.maxImagePixels)} pixels`);
    }
  }

  /**
   * The stream's decoded bytes, inflating no further than `room` bytes; null when its filters
   * cannot be measured here (LZW, run-length, encrypted or corrupt data).
   */
  private inflate(stream: PDFRawStream, label: string, room: number, what: string): Buffer | null {
    let data = Buffer.from(stream.contents.buffer, stream.contents.byteOffset, stream.contents.byteLength);
    const tooLarge = () => overLimit(`${label}: ${what} unpack to more than ${count(Math.round(this.limits.maxStreamBytes / MEGABYTE))} MB, more than the limit`);
    for (const filter of filtersOf(stream.dict)) {
      if (filter === 'FlateDecode' || filter === 'Fl') {
        try {
          data = zlib.inflateSync(data, { maxOutputLength: Math.max(1, room), finishFlush: zlib.constants.Z_SYNC_FLUSH });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
          return null;
        }
      } else if (['ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85'].includes(filter)) {
        data = Buffer.from(this.decodeText(data, filter));
      } else {
        return null;
      }
    }
    if (data.length > room) throw tooLarge();
    return data;
  }

  /** ASCII hex and ASCII 85 never grow the data, so pdf-lib's decoders are safe to run in full. */
  private decodeText(data: Buffer, filter: string): Uint8Array {
    return decodePDFRawStream(PDFRawStream.of(this.context.obj({ Filter: filter }), data)).decode();
  }

  /** Nesting of saved graphics states, and inline images' sizes, in drawing instructions. */
  private drawing(text: string, label: string): void {
    let depth = 0;
    let inlineImage: { width: number; height: number; key?: string } | null = null;
    for (const token of contentTokens(text)) {
      if (inlineImage) {
        if (token.kind === 'name') inlineImage.key = token.value;
        else if (token.kind === 'number' && (inlineImage.key === 'W' || inlineImage.key === 'Width')) inlineImage.width = token.value;
        else if (token.kind === 'number' && (inlineImage.key === 'H' || inlineImage.key === 'Height')) inlineImage.height = token.value;
        else if (token.kind === 'operator' && token.value === 'ID') {
          this.pixels(inlineImage, label);
          inlineImage = null;
        }
      } else if (token.kind === 'operator') {
        if (token.value === 'q' && ++depth > this.limits.maxNesting) {
          throw overLimit(`${label}: its drawing instructions are nested more than ${count(this.limits.maxNesting)} levels deep, more than the limit`);
        }
        if (token.value === 'Q') depth = Math.max(0, depth - 1);
        if (token.value === 'BI') inlineImage = { width: 0, height: 0 };
      }
    }
  }
}
