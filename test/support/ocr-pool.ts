/**
 * One OCR page thread for a test file, started from the compiled dist/ (built when stale) before
 * its tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { createOcrPool, type OcrPool } from '../../pipeline/ocr/index.js';
import { ensureBuilt } from './build.js';

export function useOcrPool(): { readonly pool: OcrPool } {
  let pool: OcrPool | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    pool = createOcrPool({ size: 1 });
  }, 180_000);
  afterAll(() => pool?.close());
  return {
    get pool(): OcrPool {
      if (!pool) throw new Error('the OCR pool starts before the tests');
      return pool;
    },
  };
}
