import { describe, expect, it } from 'vitest';
import { EnginePool } from './pool.js';

describe('EnginePool', () => {
  it('starts no OCR engine until a page needs one', async () => {
    const pool = new EnginePool(2, 50);
    expect(pool.running).toBe(0);
    await pool.close();
    expect(pool.running).toBe(0);
  });

  it('starts one engine for one page and terminates it on close', async () => {
    const pool = new EnginePool(2, 50);
    await pool.use(async () => expect(pool.running).toBe(1));
    await pool.close();
    expect(pool.running).toBe(0);
  }, 60_000);
});
