import { describe, expect, it } from 'vitest';
import { isKeywordLine, matchAnyLabel, matchLabel } from './keywords.js';

describe('matchLabel', () => {
  it('returns the rest of the line after a keyword', () => {
    expect(matchLabel('เรื่อง การจัดเก็บภาษี', 'เรื่อง')).toEqual({ rest: 'การจัดเก็บภาษี', distance: 0 });
  });

  it('ignores dropped tone marks and inserted spaces (OCR) without any edit', () => {
    expect(matchLabel('สิ่งที่ สงมาดวย แบบตอบรับ', 'สิ่งที่ส่งมาด้วย')?.rest).toBe('แบบตอบรับ');
  });

  it('accepts one misread letter only when fuzzy', () => {
    expect(matchLabel('เรืยน นายอำเภอ ทุกอำเภอ', 'เรียน')).toBeNull();
    expect(matchLabel('เรืยน นายอำเภอ ทุกอำเภอ', 'เรียน', true)).toEqual({ rest: 'นายอำเภอ ทุกอำเภอ', distance: 1 });
  });

  it('accepts two misread letters in a long label only (สิ่งที่ส่งมาด้วย, บันทึกข้อความ), when fuzzy', () => {
    expect(matchLabel('สิ่งกี่ส่งบาด้วย สำเนาหนังสือ', 'สิ่งที่ส่งมาด้วย', true)).toEqual({ rest: 'สำเนาหนังสือ', distance: 2 });
    expect(matchLabel('สิ่งกี่ส่งบาด้วย สำเนาหนังสือ', 'สิ่งที่ส่งมาด้วย')).toBeNull();
    expect(matchLabel('สิ่งกี่ส่งบาพร้อม สำเนาหนังสือ', 'สิ่งที่ส่งมาด้วย', true)).toBeNull();
    expect(matchLabel('อ่ามถืง หนังสือ', 'อ้างถึง', true)).toBeNull();
  });

  it('reads a label after the speck OCR made of a dot or a dash left of the line, and a value after a dash, in OCR text only', () => {
    expect(matchLabel('.ที่ มท 0208.2/253', 'ที่', true)?.rest).toBe('มท 0208.2/253');
    expect(matchLabel("' ,เรื่อง ขอเชิญประชุม", 'เรื่อง', true)?.rest).toBe('ขอเชิญประชุม');
    expect(matchLabel('.ที่ มท 0208.2/253', 'ที่')).toBeNull();
    expect(matchLabel('- ที่ กษ๐๒๐๘.๑/๒๗๑', 'ที่', true)?.rest).toBe('กษ๐๒๐๘.๑/๒๗๑');
    expect(matchLabel('เรื่อง - การดำเนินงานโครงการ', 'เรื่อง', true)?.rest).toBe('การดำเนินงานโครงการ');
    expect(matchLabel('-ที่ดิน', 'ที่', true)).toBeNull();
    expect(matchLabel('-ที่ นม 0017.2/ว 1868', 'ที่', true)?.rest).toBe('นม 0017.2/ว 1868');
    expect(matchLabel('-ที่ นม 0017.2/ว 1868', 'ที่')).toBeNull();
  });

  it('leaves out the specks OCR read between a label and its value, in OCR text only', () => {
    expect(matchLabel('เรื่อง . แนวทางการเร่งรัด', 'เรื่อง', true)?.rest).toBe('แนวทางการเร่งรัด');
    expect(matchLabel('เรียน .องค์การบริหารส่วนตำบล', 'เรียน', true)?.rest).toBe('องค์การบริหารส่วนตำบล');
    expect(matchLabel('เรื่อง “จังหวัดสะอาด”', 'เรื่อง', true)?.rest).toBe('“จังหวัดสะอาด”');
  });

  it('takes a misread label only as a word of its own, not as the start of a longer word (a name "เนืองแขม" is no เรื่อง), though digits may follow it unspaced', () => {
    expect(matchLabel('เนืองแขม', 'เรื่อง', true)).toBeNull();
    expect(matchLabel('เธื่อง ขอเชิญประชุม', 'เรื่อง', true)).toEqual({ rest: 'ขอเชิญประชุม', distance: 1 });
    expect(matchLabel('เรื่องขอเชิญประชุม', 'เรื่อง', true)?.rest).toBe('ขอเชิญประชุม');
    expect(matchLabel('ไทร.๐ ๓๖๑๒ ๘๓๙๖', 'โทร.', true)?.rest).toBe('๐ ๓๖๑๒ ๘๓๙๖');
  });

  it('never matches short keywords fuzzily', () => {
    expect(matchLabel('ทื มท ๐๘๐๔/๑', 'ที่', true)).toBeNull();
  });

  it('keeps the tone mark of the keyword out of the rest', () => {
    expect(matchLabel('ที่ มท ๐๒๒๖.๒/๒๐', 'ที่')?.rest).toBe('มท ๐๒๒๖.๒/๒๐');
  });
});

describe('words that open like a label', () => {
  it('are no label: a petition form\'s เรื่องราว and เขียนที่ are not เรื่อง and เรียน', () => {
    expect(matchLabel('เรื่องราวขออนุญาตจดทะเบียนการเปลี่ยนแปลงมูลนิธิ', 'เรื่อง', true)).toBeNull();
    expect(matchLabel('เขียนที่ ศาลากรุงเทพมหานคร', 'เรียน', true)).toBeNull();
    expect(matchLabel('เรื่อง ขออนุญาตจดทะเบียน', 'เรื่อง', true)?.rest).toBe('ขออนุญาตจดทะเบียน');
    expect(matchLabel('เขียน ผู้ว่าราชการกรุงเทพมหานคร', 'เรียน', true)?.rest).toBe('ผู้ว่าราชการกรุงเทพมหานคร');
  });
});

describe('matchAnyLabel and isKeywordLine', () => {
  it('prefers the longest keyword of a list', () => {
    expect(matchAnyLabel('ด่วนที่สุด', ['ด่วนที่สุด', 'ด่วนมาก', 'ด่วน'])?.keyword).toBe('ด่วนที่สุด');
  });

  it('takes a keyword line only when nothing follows the keyword', () => {
    expect(isKeywordLine('ลับ', 'ลับ')).toBe(true);
    expect(isKeywordLine('ลับเฉพาะกิจ', 'ลับ')).toBe(false);
  });
});
