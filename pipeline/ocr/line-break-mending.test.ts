import { describe, expect, it } from 'vitest';
import { mendAcrossLineBreaks } from './line-break-mending.js';

describe('mendAcrossLineBreaks', () => {
  it('mends a listed word the line break cut in two, each part keeping its line', () => {
    const { lines, mends } = mendAcrossLineBreaks(['เรียน นายกองค์การบริหารส่วนจังหวัดอุบลราชธานี นายก่', 'เทศมนตรีเมืองอุบลราชธานี และนายอำเภอ ทุกอำเภอ']);
    expect(lines).toEqual(['เรียน นายกองค์การบริหารส่วนจังหวัดอุบลราชธานี นายก', 'เทศมนตรีเมืองอุบลราชธานี และนายอำเภอ ทุกอำเภอ']);
    expect(mends).toEqual([{ before: 'นายก่|เทศมนตรีเมืองอุบลราชธานี', after: 'นายก|เทศมนตรีเมืองอุบลราชธานี', by: 'official-words' }]);
  });

  it('mends the part on the next line too', () => {
    expect(mendAcrossLineBreaks(['๒. บัญชีรายชื่อผู้บริหารองค์กรปกครองส่วนท้อง', 'ถิน จำนวน ๑ ชุด']).lines).toEqual([
      '๒. บัญชีรายชื่อผู้บริหารองค์กรปกครองส่วนท้อง',
      'ถิ่น จำนวน ๑ ชุด',
    ]);
  });

  it('leaves lines alone where a space, a digit or punctuation ends the line or starts the next', () => {
    const lines = ['เรียน นายก่ ', 'เทศมนตรี', 'ท้อง', '๑ ถิน'];
    expect(mendAcrossLineBreaks(lines)).toEqual({ lines, mends: [] });
  });

  it('leaves words that are right across the break as they are', () => {
    const lines = ['ขอความร่วมมือองค์กรปกครองส่วนท้อง', 'ถิ่นในพื้นที่'];
    expect(mendAcrossLineBreaks(lines)).toEqual({ lines, mends: [] });
  });

  it('leaves a letter alone at a line\'s end or start: a speck or a cell of a table as well as half a word', () => {
    for (const lines of [['๑.๓ อ', 'องค์การบริหารส่วนตำบลบางกล้าพิจารณาแล้ว'], ['ลงทะเบียน', 'น']]) expect(mendAcrossLineBreaks(lines).lines).toEqual(lines);
  });

  it('keeps as many letters on each line as were read there where a mend changes letters on both sides', () => {
    expect(mendAcrossLineBreaks(['ในหน่วย', 'จงานภาครัฐ']).lines).toEqual(['ในหน่วย', 'งานภาครัฐ']);
    expect(mendAcrossLineBreaks(['ตั้งอยู่ที่ถนนวง', 'ทตงสำนักงาน']).lines).toEqual(['ตั้งอยู่ที่ถนนวัง', 'ทองสำนักงาน']);
  });

  it('keeps a mark put back at the end of a line on that line', () => {
    expect(mendAcrossLineBreaks(['พิจารณาดำเนินการในส่วนที', 'เกี่ยวข้องต่อไป']).lines).toEqual(['พิจารณาดำเนินการในส่วนที่', 'เกี่ยวข้องต่อไป']);
  });

  it('mends letters on one side of the break that the other side\'s words show misread', () => {
    expect(mendAcrossLineBreaks(['เพื่อป้องกันการทุจริตไน', 'หน่วยงานภาครัฐ']).lines).toEqual(['เพื่อป้องกันการทุจริตใน', 'หน่วยงานภาครัฐ']);
  });

  it('makes no mend of letters on one side only where that side is its line\'s only word: a name whose title is a line above', () => {
    const lines = ['7. น.ส.สุภา', 'หมื่นแกว้น', 'กรรมการ'];
    expect(mendAcrossLineBreaks(lines).lines).toEqual(lines);
  });
});
