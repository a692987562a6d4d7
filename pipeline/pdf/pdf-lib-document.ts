/**
 * pdf-lib's view of a PDF pdfjs has open, parsed once per document: pdf-lib reads the raw
 * objects (content streams, image streams) that pdfjs only hands out decoded.
 */
import { PDFDocument } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import type { PDFDocumentProxy } from './pdfjs.js';

const pdfLibDocuments = new WeakMap<PDFDocumentProxy, Promise<PDFDocument | null>>();

/** The parsed document; null if pdf-lib cannot parse it. */
export function pdfLibDocument(doc: PDFDocumentProxy): Promise<PDFDocument | null> {
  let loaded = pdfLibDocuments.get(doc);
  if (!loaded) {
    loaded = doc
      .getData()
      .then((bytes) => PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false }))
      .catch(() => null);
    pdfLibDocuments.set(doc, loaded);
  }
  return loaded;
}

/** One page of it (1-based), or null. */
export async function pdfLibPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PDFPage | null> {
  const pdf = await pdfLibDocument(doc);
  return pdf && pageNumber <= pdf.getPageCount() ? pdf.getPage(pageNumber - 1) : null;
}
