import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('counts one substitution for a misspelt month name', () => {
    expect(editDistance('พฤษจิกายน', 'พฤศจิกายน')).toBe(1);
  });

  it('counts one deletion for a dropped tone mark and one insertion for an extra letter', () => {
    expect(editDistance('ว่าด้วย', 'วาด้วย')).toBe(1);
    expect(editDistance('ขอความ', 'ขอบความ')).toBe(1);
  });

  it('is zero only for equal strings, symmetric, and at most the longer length', () => {
    const thai = fc.string({ unit: fc.constantFrom(...'กขคาิ่ำ'), maxLength: 8 });
    fc.assert(
      fc.property(thai, thai, (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});
