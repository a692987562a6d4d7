import { describe, expect, it } from 'vitest';
import { mendAbbreviationsAcrossBundle } from './bundle-abbreviations.js';

const page = (number: number, method: 'ocr' | 'text', lines: string[]) => ({ number, method, lines, warnings: [] });

describe('mendAbbreviationsAcrossBundle', () => {
  const misread = 'เรื่อง การจัดเก็บข้อมูลความจำเป็นพื้นฐาน (จปช.) และข้อมูลพื้นฐานระดับหมู่บ้าน (คชช. ๒ค)';

  it('mends an abbreviation a page read one letter wrong throughout to the listed one another page reads, with a warning', () => {
    const [first] = mendAbbreviationsAcrossBundle([page(1, 'ocr', [misread]), page(2, 'ocr', ['ขอให้จัดเก็บข้อมูล จปฐ. และ กชช. ๒ค ให้แล้วเสร็จ'])]);
    expect(first?.lines).toEqual(['เรื่อง การจัดเก็บข้อมูลความจำเป็นพื้นฐาน (จปฐ.) และข้อมูลพื้นฐานระดับหมู่บ้าน (กชช. ๒ค)']);
    expect(first?.warnings.map((w) => [w.code, w.before, w.after])).toEqual([['ocr-word-mended', 'จปช.', 'จปฐ.'], ['ocr-word-mended', 'คชช.', 'กชช.']]);
  });

  it('takes a text layer as evidence but never changes it, and changes nothing without evidence', () => {
    const pages = mendAbbreviationsAcrossBundle([page(1, 'text', [misread]), page(2, 'text', ['จปฐ. และ กชช.'])]);
    expect(pages[0]?.lines).toEqual([misread]);
    const alone = [page(1, 'ocr', [misread]), page(2, 'ocr', ['ด้วยจังหวัดแจ้งว่า'])];
    expect(mendAbbreviationsAcrossBundle(alone)).toEqual(alone);
  });
});
