import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../test/support/build.js';
import { PageThreadPool } from './pool.js';

// Page threads run the compiled page-worker.js.
beforeAll(ensureBuilt, 180_000);

const blankPage = { width: 400, height: 300, dpi: 300, data: Buffer.alloc(400 * 300, 255) };

describe('PageThreadPool', () => {
  it('starts no thread until a page needs one', async () => {
    const pool = new PageThreadPool(2, 50);
    expect(pool.running).toBe(0);
    await pool.close();
    expect(pool.running).toBe(0);
  });

  it('reads a page in a thread and ends the thread on close', async () => {
    const pool = new PageThreadPool(2, 50);
    const page = await pool.use(async (thread) => {
      expect(pool.running).toBe(1);
      return thread.read(blankPage, 7);
    });
    expect(page).toMatchObject({ number: 7, method: 'ocr', lines: [] });
    await pool.close();
    expect(pool.running).toBe(0);
  }, 60_000);

  it('replaces a thread after its share of pages', async () => {
    const pool = new PageThreadPool(1, 1);
    const first = await pool.use(async (thread) => thread);
    const second = await pool.use(async (thread) => thread);
    expect(second).not.toBe(first);
    expect(pool.running).toBe(0);
    await pool.close();
  });

  it('fails the page, not the pool, when a thread cannot read it', async () => {
    const pool = new PageThreadPool(1, 50);
    const broken = { width: 400, height: 300, dpi: 300, data: Buffer.alloc(10) };
    await expect(pool.use((thread) => thread.read(broken, 1))).rejects.toThrow();
    const page = await pool.use((thread) => thread.read(blankPage, 2));
    expect(page.number).toBe(2);
    await pool.close();
  }, 60_000);
});
