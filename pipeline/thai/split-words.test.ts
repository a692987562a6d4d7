import { describe, expect, it } from 'vitest';
import { joinSplitWords } from './split-words.js';

describe('joinSplitWords', () => {
  it('closes a space OCR put inside a word, where the joined letters read as likelier words', () => {
    expect(joinSplitWords('เพื่อบูรณา การการป้องกันการทุจริต').text).toBe('เพื่อบูรณาการการป้องกันการทุจริต');
    expect(joinSplitWords('ความโปร่งใสในการดำ เนินงานของห น่วยงานภาครัฐ').text).toBe('ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ');
    expect(joinSplitWords('เพื่อบูรณา การการ').mends).toEqual([{ before: 'บูรณา การ', after: 'บูรณาการ' }]);
  });

  it('keeps a space between words, a space before a number or a Latin word, and the space of a name', () => {
    for (const kept of [
      'โครงการขับเคลื่อนระบบ เฝ้าระวังและป้องกัน',
      'นายกองค์การบริหารส่วนตำบล ทุกแห่ง',
      'การประชุม คณะกรรมการ',
      'ประจำปีงบประมาณ พ.ศ. 2568',
      'ฝุ่นละอองขนาดเล็ก (PM 2.5)',
      'นายปิยะพงษ์ อุ่นเรือน',
      'นางสาวณัฐธิดา ทองดี',
      'รายงาน การประชุมสามัญคณะกรรมการมูลนิธิ',
    ]) expect(joinSplitWords(kept).text).toBe(kept);
  });
});
