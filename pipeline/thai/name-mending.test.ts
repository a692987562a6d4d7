import { describe, expect, it } from 'vitest';
import { mendName } from './name-mending.js';

describe('mendName', () => {
  it.each([
    ['นายณัชวุฒิ อุ่นเรือน', 'นายณัฐวุฒิ อุ่นเรือน'],
    ['นางวิโลวรรณ สายสุวรรณ', 'นางวิไลวรรณ สายสุวรรณ'],
    ['นางกนกุวรรณ หอมจันทร์', 'นางกนกวรรณ หอมจันทร์'],
    ['นายปูระเสริฐ วงศ์ใหญ่', 'นายประเสริฐ วงศ์ใหญ่'],
    ['นายสุทธิพจษ์ จุลเจริญ', 'นายสุทธิพงษ์ จุลเจริญ'],
    ['นายรัฐพล ซัยมงคล', 'นายรัฐพล ชัยมงคล'],
    ['นางสาวณัฐฮิดา ทองดี', 'นางสาวณัฐธิดา ทองดี'],
    ['นายสีรวัฒน์ ศรีสุวรรณ', 'นายธีรวัฒน์ ศรีสุวรรณ'],
    ['นางสาวศิธิพร มณีวงศ์', 'นางสาวศิริพร มณีวงศ์'],
    ['นางสาวเบญจวรรณ วงศ์ไหญ่', 'นางสาวเบญจวรรณ วงศ์ใหญ่'],
  ])('reads a name part one OCR slip from words far likelier as those words: %s', (read, mended) => {
    const { text, mends } = mendName(read);
    expect(text).toBe(mended);
    expect(mends).toHaveLength(1);
  });

  it('leaves names that are words as read, and names one letter from a common word by any other slip (ประภาศ is no ประกาศ)', () => {
    for (const name of ['นายประภาศ บุญยินดี', 'น.ส.สุภา หมื่นแกว้น', 'นางชนิดา นาคสวัสดิ์', 'นางสาวณัชชา ใจดี', 'นายจารุพงศ์ เรืองสุวรรณ', 'นางสาวรัชนี ทองคำ', 'นายสมศรี สุวรรณ', 'นางสุธิดา สมใจ', 'นายธนพร ไชยสิทธิ์']) {
      expect(mendName(name)).toEqual({ text: name, mends: [] });
    }
  });
});
