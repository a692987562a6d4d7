import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toArabicDigits, toThaiDigits } from './digits.js';

describe('toArabicDigits / toThaiDigits', () => {
  it('converts every Thai digit to the Arabic digit of the same value', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('converts every Arabic digit to the Thai digit of the same value', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
  });

  it('leaves letters, punctuation and the other digit style untouched', () => {
    expect(toArabicDigits('มท ๐๘๐๔.๖/ว 569')).toBe('มท 0804.6/ว 569');
    expect(toThaiDigits('มท 0804.6/ว ๕๖๙')).toBe('มท ๐๘๐๔.๖/ว ๕๖๙');
  });

  it('round-trips any number written in either digit style', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const arabic = String(n);
        expect(toArabicDigits(toThaiDigits(arabic))).toBe(arabic);
        expect(toThaiDigits(toArabicDigits(toThaiDigits(arabic)))).toBe(toThaiDigits(arabic));
      }),
    );
  });

  it('makes any text free of Thai digits and keeps its length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ก๐๕๙059 .าุ') }), (text) => {
        const arabic = toArabicDigits(text);
        expect(arabic).not.toMatch(/[๐-๙]/);
        expect(arabic).toHaveLength(text.length);
        expect(toArabicDigits(toThaiDigits(text))).toBe(arabic);
      }),
    );
  });
});
