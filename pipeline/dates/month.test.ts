import { describe, expect, it } from 'vitest';
import { isMonthAbbreviated, matchMonth, misreadMonthName } from './month.js';
import { confusableMonth, THAI_MONTHS } from './months.js';

describe('matchMonth', () => {
  it('reads every full name, abbreviation and short form as its month', () => {
    for (const month of THAI_MONTHS) {
      expect(matchMonth(month.full)).toBe(month.number);
      expect(matchMonth(month.abbreviation)).toBe(month.number);
      expect(matchMonth(month.short)).toBe(month.number);
    }
  });

  it('tolerates stray spaces and a missing last dot in abbreviations', () => {
    expect(matchMonth('ก. พ.')).toBe(2);
    expect(matchMonth('ก .พ.')).toBe(2);
    expect(matchMonth('มี.ค')).toBe(3);
    expect(matchMonth('เม . ย .')).toBe(4);
  });

  it('accepts a full name misread by one character', () => {
    expect(matchMonth('พฤษจิกายน')).toBe(11);
    expect(matchMonth('กุมภาพันธ')).toBe(2);
    expect(matchMonth('มกราคน')).toBe(1);
    expect(matchMonth('กรกฏาคม')).toBe(7);
  });

  it('rejects words that are not month names and two-letter misreads', () => {
    for (const token of ['ร.ก.', 'พ.ศ.', 'กพ', 'ตุลาการ', 'มกรคน', 'เรื่อง', '']) {
      expect(matchMonth(token), token).toBeNull();
    }
  });

  it('takes confusable abbreviations as printed (ก.ค. is July even where ม.ค. was meant)', () => {
    expect(matchMonth('ก.ค.')).toBe(7);
    expect(matchMonth('ม.ค.')).toBe(1);
  });

  it('reads an abbreviation without dots only when told it stands between a day and a year', () => {
    expect(matchMonth('กย')).toBeNull();
    for (const month of THAI_MONTHS) {
      expect(matchMonth(month.abbreviation.replaceAll('.', ''), { bare: true })).toBe(month.number);
    }
    expect(matchMonth('พค.')).toBe(5);
  });
});

describe('misreadMonthName', () => {
  it('gives the full name a token one character from exactly one full name stands for', () => {
    expect(misreadMonthName('อันวาคม')).toBe('ธันวาคม');
    expect(misreadMonthName('มกรคม')).toBe('มกราคม');
  });

  it('gives nothing for a name or short form as printed, an abbreviation, or a word two characters off', () => {
    for (const token of ['ธันวาคม', 'มกรา', 'ธ.ค.', 'ธค', 'อันวาคร', 'ความ']) expect(misreadMonthName(token)).toBeNull();
  });
});

describe('months OCR may confuse', () => {
  it('pairs the abbreviations one look-alike letter apart, both ways, and no others', () => {
    expect([confusableMonth(8), confusableMonth(12), confusableMonth(1), confusableMonth(7)]).toEqual([12, 8, 7, 1]);
    expect(confusableMonth(2)).toBeNull();
  });

  it('tells a date printed with an abbreviation from one printed with the full name', () => {
    for (const printed of ['๒๕ ธ.ค. ๒๕๖๖', '25ส.ค.66', 'ลงวันที่ ๑ ม.ค ๖๗', '๓ สค ๒๕๖๗', '27 ส.ค่.2566', '๒๕ ส,ค. ๒๕๖๖', '๒๕ ส.ค: ๒๕๖๖']) expect(isMonthAbbreviated(printed), printed).toBe(true);
    for (const printed of ['๒๕ ธันวาคม ๒๕๖๖', '๒๕ สันวาคม ๒๕๖๖', '๑ มกราคม พ.ศ. ๒๕๖๗', 'ศาลากลาง']) expect(isMonthAbbreviated(printed), printed).toBe(false);
  });
});
