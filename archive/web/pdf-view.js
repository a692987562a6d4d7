// Pages of the original PDF drawn in the browser with pdf.js (served with the page, never from
// the network): thumbnails of a letter's pages and crops of the place a field was read.
import { authHeaders, el } from './lib.js';

let library;
const opened = new Map();

async function pdfjs() {
  if (!library) {
    library = await import('./vendor/pdf.min.mjs');
    library.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdf.worker.min.mjs', import.meta.url).href;
  }
  return library;
}

/** The original of a source, opened once per page visit (the last two are kept). */
export function openOriginal(sha256) {
  if (!opened.has(sha256)) {
    if (opened.size >= 2) opened.delete(opened.keys().next().value);
    opened.set(sha256, pdfjs().then((lib) =>
      lib.getDocument({ url: `api/originals/${sha256}`, httpHeaders: authHeaders(), isEvalSupported: false, enableXfa: false }).promise));
  }
  return opened.get(sha256);
}

const rendered = new Map();

/** A page drawn on a canvas `width` pixels wide (cached per page and width). */
export function renderPage(sha256, number, width) {
  const key = `${sha256}:${number}:${width}`;
  if (!rendered.has(key)) {
    rendered.set(key, (async () => {
      const page = await (await openOriginal(sha256)).getPage(number);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: width / base.width });
      const canvas = el('canvas', { width: Math.round(viewport.width), height: Math.round(viewport.height) });
      await page.render({ canvasContext: canvas.getContext('2d'), viewport, canvas }).promise;
      return canvas;
    })());
  }
  return rendered.get(key);
}

const normalize = (text) => String(text).replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))).replace(/\s+/g, '');

/**
 * Where on the page (0 top .. 1 bottom) a text was printed, from the PDF's own text layer;
 * null for a scan without one.
 */
export async function locateText(sha256, number, text) {
  const needle = normalize(text).slice(0, 14);
  if (needle.length < 3) return null;
  const page = await (await openOriginal(sha256)).getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const lines = new Map();
  for (const item of (await page.getTextContent()).items) {
    if (!item.str) continue;
    const y = Math.round(item.transform[5]);
    lines.set(y, (lines.get(y) || '') + item.str);
  }
  for (const [y, line] of lines) {
    if (normalize(line).includes(needle)) return viewport.convertToViewportPoint(0, y)[1] / viewport.height;
  }
  return null;
}

/** A horizontal band of a rendered page around `center` (fractions of its height). */
export function cropBand(canvas, center, height) {
  const top = Math.max(0, Math.min(1 - height, center - height / 2));
  const sourceY = Math.round(top * canvas.height);
  const sourceHeight = Math.round(height * canvas.height);
  const crop = el('canvas', { width: canvas.width, height: sourceHeight, class: 'crop' });
  crop.getContext('2d').drawImage(canvas, 0, sourceY, canvas.width, sourceHeight, 0, 0, canvas.width, sourceHeight);
  return crop;
}
