import { describe, expect, it } from 'vitest';
import { buildPageText } from './page-text.js';
import type { OcrLine } from './recognize-lines.js';

const line = (text: string, confidence: number): OcrLine => ({
  text,
  confidence,
  box: { left: 100, right: 900, top: 100, bottom: 140 },
  words: [{ text, confidence, box: { left: 100, right: 900, top: 100, bottom: 140 }, symbols: [] }],
});

describe('buildPageText', () => {
  it('leaves out a line that is one sign read off a speck or a margin mark, however sure Tesseract was', () => {
    const page = buildPageText(1, [line('เรื่อง ให้อำนาจจัดตั้งมูลนิธิ', 90), line('ร', 75), line('|', 80), line('เป็นนิติบุคคล', 88)], []);
    expect(page.lines).toEqual(['เรื่อง ให้อำนาจจัดตั้งมูลนิธิ', 'เป็นนิติบุคคล']);
  });

  it('leaves out, with a warning, a long line with no space no Thai words explain (a seal read as letters), but keeps names, abbreviations and misread words', () => {
    const seal = 'วววววแหแสแหแหแตรแพนแพแน่เหแต่เตหแชเพแพแหนรแแหแพแแพรแนแครแหแนหแรแพรแแหแยาแพแพแพราเสาแพยต';
    const kept = [
      '๗.๓.๑.๑ ปปท.เขต ๑ - ๓ และ ปปท.เขต ๕ - ๙ จำนวนเขตละ ๗๐,๐๐๐ บาท (เจ็ดหมื่น บาทถ้วน)', '(นางสาวพรหมพรรณ สายทองคำ)', '-๒-',
      'เรียน นายถำเภอ ทุกถำเภอ', 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสุราษฎร์ธานี', 'กบฏบดีว่วทกรรแทพผู้ฮาราชการกรุงเทพหามคร์',
    ];
    const page = buildPageText(2, [line(seal, 80), ...kept.map((text) => line(text, 90))], []);
    // Kept, and mended like any line (the district chief's title read with อ as its look-alike ถ).
    expect(page.lines).toEqual(kept.map((l) => l.replace('นายถำเภอ ทุกถำเภอ', 'นายอำเภอ ทุกอำเภอ')));
    expect(page.warnings).toContainEqual(expect.objectContaining({ code: 'ocr-line-dropped', before: seal }));
  });

  it('keeps a short line with a digit (a page marker) read with fair confidence', () => {
    expect(buildPageText(2, [line('- ๒ -', 60), line('๓', 70)], []).lines).toEqual(['- ๒ -', '๓']);
  });
});
