import { describe, expect, it } from 'vitest';
import { OFFICIAL_WORDS, FORMS_IN_CORRECT_TEXT } from './official-words.js';

describe('OFFICIAL_WORDS', () => {
  it('holds a few hundred distinct NFC words, each with sara am', () => {
    expect(OFFICIAL_WORDS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(OFFICIAL_WORDS).size).toBe(OFFICIAL_WORDS.length);
    for (const word of OFFICIAL_WORDS) {
      expect(word, word).toContain('\u0E33');
      expect(word.normalize('NFC'), word).toBe(word);
      expect(word, word).toMatch(/^[\u0E01-\u0E4E]+$/);
    }
  });

  it('includes the words a broken font map is known to damage', () => {
    for (const word of ['สำเนา', 'จำนวน', 'ดำเนินการ', 'สำนักงาน', 'กำหนด', 'คำสั่ง', 'ประจำ', 'ตำบล', 'อำเภอ']) {
      expect(OFFICIAL_WORDS).toContain(word);
    }
  });

  it('lists as correct-text forms only forms that a listed word would otherwise be repaired into', () => {
    const brokenForms = new Set(OFFICIAL_WORDS.map((word) => word.replaceAll('\u0E33', '\u0E32')));
    for (const word of FORMS_IN_CORRECT_TEXT) expect(brokenForms).toContain(word);
  });
});
