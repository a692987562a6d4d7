/** The pdf stage: open a PDF and read each page's text layer, or say why a page needs OCR. */
export { openPdfDocument, PdfInputError } from './open-document.js';
export type { PdfInputErrorCode, PDFDocumentProxy } from './open-document.js';
export { readPageText, readPdfText } from './read-text.js';
export { resolveTextLayerPolicy, TEXT_LAYER_VARIABLE } from './text-layer-policy.js';
export { checkPdfLimits, DEFAULT_PDF_LIMITS } from './limits.js';
export type { PdfLimits } from './limits.js';
