import { describe, expect, it } from 'vitest';
import { matchKey } from './match-key.js';

describe('matchKey', () => {
  it('gives a keyword and its tone-less OCR reading the same key', () => {
    expect(matchKey('ว่าด้วย')).toBe(matchKey('วาดวย'));
    expect(matchKey('สิ่งที่ส่งมาด้วย')).toBe(matchKey('สิงทีสงมาดวย'));
  });

  it('gives a word with ำ and its lost-sara-am or split forms the same key', () => {
    expect(matchKey('สำเนา')).toBe(matchKey('สาเนา'));
    expect(matchKey('สำนัก')).toBe(matchKey('ส\u0E4D\u0E32นัก'));
  });

  it('removes spaces and makes Thai digits Arabic', () => {
    expect(matchKey('บันทึก ข้อความ')).toBe(matchKey('บันทึกข้อความ'));
    expect(matchKey('ว ๕๖๙')).toBe('ว569');
  });

  it('keeps different consonants apart', () => {
    expect(matchKey('เรื่อง')).not.toBe(matchKey('เรียน'));
  });
});
