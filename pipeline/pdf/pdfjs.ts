/**
 * The one place the app loads pdfjs (its legacy build, the one that runs on Node 20).
 *
 * That build and its worker install core-js polyfills over builtins Node already has, among
 * them Array.prototype.push, JSON.parse and JSON.stringify, for the whole process. The
 * polyfilled push alone made text extraction ~15 % slower, and every other stage paid for it
 * too. So the worker code is loaded here, up front (pdfjs then runs it in this thread through
 * globalThis.pdfjsWorker instead of importing it on first use), and the builtins captured before
 * either loaded are put back. If pdfjs was loaded earlier by another path, the capture already
 * holds the polyfills and nothing changes.
 */
import { nativeBuiltins } from './native-builtins.js';
// Evaluated after the capture above: ES modules run their imports in order.
import { getDocument, InvalidPDFException, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

Array.prototype.push = nativeBuiltins.arrayPush;
JSON.parse = nativeBuiltins.jsonParse;
JSON.stringify = nativeBuiltins.jsonStringify;

export { getDocument, InvalidPDFException, VerbosityLevel };
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
