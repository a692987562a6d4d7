import { describe, expect, it } from 'vitest';
import { abbreviationNear, OFFICIAL_ABBREVIATIONS } from './abbreviations.js';

const ON_THE_PAGE = new Set(['กชช', 'จปฐ', 'ปปช', 'อบต', 'อบจ', 'กทม']);

describe('abbreviationNear', () => {
  it('reads an unlisted abbreviation one letter from exactly one listed abbreviation the page reads as that one', () => {
    expect(abbreviationNear('คชช', ON_THE_PAGE)).toBe('กชช');
    expect(abbreviationNear('จปช', ON_THE_PAGE)).toBe('จปฐ');
  });

  it('leaves an abbreviation as read where the page does not read the listed one it is near (กปก. is real, not กปภ.)', () => {
    expect(abbreviationNear('คชช', new Set())).toBeNull();
    expect(abbreviationNear('กปก', new Set(['กชช']))).toBeNull();
  });

  it('leaves a listed abbreviation, a dictionary word and one as near two listed ones by no look-alike alone', () => {
    expect(abbreviationNear('อบต', ON_THE_PAGE)).toBeNull();
    expect(abbreviationNear('กรม', ON_THE_PAGE)).toBeNull();
    // อบม is one letter from both อบต and อบจ, and ม is a look-alike of neither.
    expect(abbreviationNear('อบม', ON_THE_PAGE)).toBeNull();
  });

  it('lists bare consonants only, three or more, each once', () => {
    expect(OFFICIAL_ABBREVIATIONS.every((a) => /^[ก-ฮ]{3,5}$/u.test(a))).toBe(true);
    expect(new Set(OFFICIAL_ABBREVIATIONS).size).toBe(OFFICIAL_ABBREVIATIONS.length);
  });
});
