import { describe, expect, it } from 'vitest';
import { abbreviationNear, OFFICIAL_ABBREVIATIONS } from './abbreviations.js';

describe('abbreviationNear', () => {
  it('reads an unlisted abbreviation one letter from exactly one listed abbreviation as that one', () => {
    expect(abbreviationNear('คชช')).toBe('กชช');
    expect(abbreviationNear('จปช')).toBe('จปฐ');
  });

  it('leaves a listed abbreviation, a dictionary word and one as near two listed ones by no look-alike alone', () => {
    expect(abbreviationNear('อบต')).toBeNull();
    expect(abbreviationNear('กรม')).toBeNull();
    // อบม is one letter from both อบต and อบจ, and ม is a look-alike of neither.
    expect(abbreviationNear('อบม')).toBeNull();
  });

  it('does not mend abbreviations of two letters: too many are one letter apart', () => {
    expect(abbreviationNear('สก')).toBeNull();
  });

  it('lists bare consonants only, each once', () => {
    expect(OFFICIAL_ABBREVIATIONS.every((a) => /^[ก-ฮ]+$/u.test(a))).toBe(true);
    expect(new Set(OFFICIAL_ABBREVIATIONS).size).toBe(OFFICIAL_ABBREVIATIONS.length);
  });
});
