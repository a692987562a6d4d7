import { describe, expect, it } from 'vitest';
import { cannotSplitBetween, isThaiLetter } from './script.js';

describe('isThaiLetter', () => {
  it('accepts consonants, vowels and marks, not digits, ฯ, ๆ, ฿ or Latin', () => {
    for (const char of ['ก', 'ฮ', 'เ', 'า', 'ำ', 'ั', '่', '์']) expect(isThaiLetter(char), char).toBe(true);
    for (const char of ['๑', 'ฯ', 'ๆ', '฿', 'a', ' ']) expect(isThaiLetter(char), char).toBe(false);
  });
});

describe('cannotSplitBetween', () => {
  it('forbids a word boundary before a following vowel or a mark', () => {
    expect(cannotSplitBetween('ว่', 'า')).toBe(true);
    expect(cannotSplitBetween('ที', '่')).toBe(true);
  });

  it('forbids a word boundary after a leading vowel, ั or ื', () => {
    expect(cannotSplitBetween('หนั', 'งสือ')).toBe(true);
    expect(cannotSplitBetween('เ', 'ป็น')).toBe(true);
    expect(cannotSplitBetween('ทั้', 'ง')).toBe(true);
  });

  it('allows the boundaries Thai really has', () => {
    expect(cannotSplitBetween('ที่', 'ผ่านมา')).toBe(false);
    expect(cannotSplitBetween('ต่าง', 'ๆ')).toBe(false);
    expect(cannotSplitBetween('ป.ป.ท.', 'ว่า')).toBe(false);
    expect(cannotSplitBetween('ป้', 'องกัน')).toBe(false);
  });
});
