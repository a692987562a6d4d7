import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDifferences, differences, editDistance } from './edit-distance.js';

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

describe('differences', () => {
  it('finds each stretch where two readings of one subject differ', () => {
    expect(differences('ดินโคลนตล่ม และวาตภัย', 'ดินโคลนถล่ม และจาตภัย')).toEqual([
      { from: 7, to: 8, text: 'ถ' },
      { from: 15, to: 16, text: 'จ' },
    ]);
    expect(differences('สุนัข', 'สุนัขบ้า')).toEqual([{ from: 5, to: 5, text: 'บ้า' }]);
    expect(differences('เชิจรุก', 'เชิงรุคก')).toEqual([{ from: 3, to: 4, text: 'ง' }, { from: 6, to: 6, text: 'ค' }]);
  });

  it('gives the other string back when all are applied, and as many edits as editDistance counts at most', () => {
    const thai = fc.string({ unit: fc.constantFrom(...'กขคาิ่ำ '), maxLength: 10 });
    fc.assert(
      fc.property(thai, thai, (a, b) => {
        const found = differences(a, b);
        expect(applyDifferences(a, found)).toBe(b);
        expect(found.length).toBeLessThanOrEqual(editDistance(a, b));
        expect(found.length === 0).toBe(a === b);
      }),
    );
  });
});
