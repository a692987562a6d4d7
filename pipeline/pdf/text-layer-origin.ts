/**
 * Whether a page's text layer is the page's own text or an old OCR layer: a scan on which some
 * PDF tool (iLovePDF, OCRmyPDF, a scanner's software) laid the text its own OCR read, invisible
 * (render mode 3) or drawn under the page image. Such a layer reads fluently but misses what that
 * OCR missed (handwriting, stamps) and keeps what it misread ("Any on Go" for a reference number),
 * so it is no better than reading the picture again, and often worse.
 */
import type { PDFPage } from 'pdf-lib';
import { pageCoverage, pagePaint } from './content-stream.js';

export type TextLayerOrigin = { oldOcr: false } | { oldOcr: true; reason: string };

/** An image covering this share of the page or more is a scan of it. */
const SCAN_COVERAGE = 0.5;
/** Text drawn before an image covering this much of the page is hidden under it. */
const HIDING_COVERAGE = 0.9;
/** This share of the text's characters, or more, must be out of sight for the layer to be old OCR. */
const HIDDEN_SHARE = 0.9;

export function judgeTextLayerOrigin(page: PDFPage): TextLayerOrigin {
  const events = pagePaint(page);
  if (events === null) return { oldOcr: false };
  const coverages = events.map((e) => (e.kind === 'image' ? pageCoverage(e.draw.matrix, page) : 0));
  if (!coverages.some((c) => c >= SCAN_COVERAGE)) return { oldOcr: false };
  const lastHidingImage = coverages.findLastIndex((c) => c >= HIDING_COVERAGE);
  let total = 0;
  let invisible = 0;
  let underImage = 0;
  events.forEach((event, index) => {
    if (event.kind !== 'text') return;
    total += event.characters;
    if (!event.visible) invisible += event.characters;
    else if (index < lastHidingImage) underImage += event.characters;
  });
  if (total === 0 || invisible + underImage < HIDDEN_SHARE * total) return { oldOcr: false };
  const how = invisible >= underImage ? 'invisible (text render mode 3)' : 'drawn under the page-sized scanned image';
  return { oldOcr: true, reason: `the page is a scanned image whose text layer is ${how}: an old OCR layer, so the page is read by OCR again` };
}
