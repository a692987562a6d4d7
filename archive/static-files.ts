/**
 * The archivists' web page: a fixed list of files, each served under a fixed URL.
 * Requests pick an entry of this list; no part of a request becomes a file path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page is index.html; its own URLs are relative, so it works under any base path. */
export const PAGE_URL = '/index.html';

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const SVG = 'image/svg+xml';

const PAGE_FILES: Record<string, { file: string; type: string }> = {
  [PAGE_URL]: { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: SVG },
  '/favicon.ico': { file: 'favicon.svg', type: SVG },
  ...Object.fromEntries(
    ['app', 'lib', 'search', 'record', 'pdf-view', 'intake', 'review', 'register', 'users'].map((name) => [
      `/${name}.js`,
      { file: `${name}.js`, type: JAVASCRIPT },
    ]),
  ),
};

/** pdf.js for the browser (page thumbnails and crops), served from the installed package. */
const VENDOR_FILES: Record<string, { file: string; type: string }> = {
  '/vendor/pdf.min.mjs': { file: 'build/pdf.min.mjs', type: JAVASCRIPT },
  '/vendor/pdf.worker.min.mjs': { file: 'build/pdf.worker.min.mjs', type: JAVASCRIPT },
};

/** archive/web beside this module when run from source, or from dist/archive (tsc copies no assets). */
function webFolder(): string {
  const candidates = [new URL('./web/', import.meta.url), new URL('../../archive/web/', import.meta.url)];
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new Error('archive web page files are missing (archive/web)');
  return fileURLToPath(found);
}

function pdfjsFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** Loads the page files once; they are small and never change while the server runs. */
export function loadWebPage(): Map<string, StaticFile> {
  const folders = [
    { root: webFolder(), files: PAGE_FILES },
    { root: pdfjsFolder(), files: VENDOR_FILES },
  ];
  return new Map(
    folders.flatMap(({ root, files }) =>
      Object.entries(files).map(([url, { file, type }]) => [url, { body: readFileSync(join(root, file)), type }] as const),
    ),
  );
}
