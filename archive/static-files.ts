/**
 * The archivists' web page: a fixed list of files, each served under a fixed URL.
 * Requests pick an entry of this list; no part of a request becomes a file path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The page is index.html; its own URLs are relative, so it works under any base path. */
export const PAGE_URL = '/index.html';

const FILES: Record<string, { file: string; type: string }> = {
  [PAGE_URL]: { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

/** archive/web beside this module when run from source, or from dist/archive (tsc copies no assets). */
function webFolder(): string {
  const candidates = [new URL('./web/', import.meta.url), new URL('../../archive/web/', import.meta.url)];
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new Error('archive web page files are missing (archive/web)');
  return fileURLToPath(found);
}

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** Loads the page files once; they are small and never change while the server runs. */
export function loadWebPage(): Map<string, StaticFile> {
  const folder = webFolder();
  return new Map(
    Object.entries(FILES).map(([url, { file, type }]) => [url, { body: readFileSync(folder + file), type }]),
  );
}
