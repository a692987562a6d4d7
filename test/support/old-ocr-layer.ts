/**
 * Scans as PDF tools leave them after their own OCR: the scanned page image with a text layer
 * that reads fluently but is not what the page says. Made from two fixtures: the scanned memo's
 * JPEG, and the whole text of another (born-digital) memo laid on it as that layer, either
 * invisible (text render mode 3, what iLovePDF and OCRmyPDF write) or drawn under the image.
 */
import { readFileSync } from 'node:fs';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { soleXObjectDraw } from '../../pipeline/pdf/content-stream.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

/** What the scanned page says, and what the wrong layer says instead. */
export const SCAN_REFERENCE = 'มท 0819.6/ว 3233';
export const LAYER_REFERENCE = 'กษ 0208.1/271';

export type LayerPlacement = 'invisible' | 'under-image';

export async function scanWithOldOcrLayer(placement: LayerPlacement): Promise<Uint8Array> {
  const scan = await PDFDocument.load(fixture('ocr/scanned-memo.pdf'));
  const jpeg = soleXObjectDraw(scan.getPage(0))?.stream;
  if (!(jpeg instanceof PDFRawStream)) throw new Error('the scanned memo fixture is no longer one JPEG');
  const out = await PDFDocument.create();
  const [page] = await out.copyPages(await PDFDocument.load(fixture('pdf/rabies-memo.digital.pdf')), [0]);
  if (!page) throw new Error('the digital memo fixture has no page');
  out.addPage(page);
  const image = await out.embedJpg(jpeg.contents);
  const imageName = page.node.newXObject('Scan', image.ref).asString();
  const { width, height } = page.getSize();
  const drawImage = `q ${width} 0 0 ${height} 0 0 cm ${imageName} Do Q\n`;
  // Only the text is kept: the digital memo's own paint (white page, crest, lines) would cover the scan.
  let layer = contentOf(page)
    .replace(/(?<=\s)(f\*?|F|S|s|B\*?|b\*?|sh)(?=\s)/g, 'n')
    .replace(/\/[^\s/]+\s+Do(?=\s)/g, '');
  if (placement === 'invisible') layer = layer.replace(/(^|\s)BT(?=\s)/g, '$1BT 3 Tr');
  const content = placement === 'invisible' ? drawImage + `q ${layer} Q\n` : `q ${layer} Q\n` + drawImage;
  page.node.set(PDFName.of('Contents'), out.context.register(out.context.flateStream(Buffer.from(content, 'latin1'))));
  return out.save();
}

function contentOf(page: import('pdf-lib').PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents && 'asArray' in contents ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => (stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : ''))
    .join('\n');
}
