import { describe, expect, it } from 'vitest';
import { bundleLines, isPageMarker, markCatchwords } from './lines.js';

const page = (number: number, lines: string[]) => ({ number, method: 'text' as const, lines, warnings: [] });

describe('page furniture', () => {
  it('recognises page markers with Thai or Arabic digits', () => {
    expect(isPageMarker('- ๒ -')).toBe(true);
    expect(isPageMarker('-2-')).toBe(true);
    expect(isPageMarker('- ๒ - ตามหนังสือ')).toBe(false);
  });

  it('marks a catchword that repeats the next page opening', () => {
    const lines = bundleLines([page(1, ['ข้อความ', 'ดังนั้น...']), page(2, ['- ๒ -', 'ดังนั้น เพื่อให้การ'])]);
    markCatchwords(lines);
    expect(lines.map((l) => l.role)).toEqual(['content', 'catchword', 'page-marker', 'content']);
  });

  it('marks a catchword whose page ends before a page marker even if the next text differs', () => {
    const lines = bundleLines([page(1, ['(นายสุทธิพงษ์...', '- ๒ -', '(นายสุทธิพงษ์ จุลเจริญ)'])]);
    markCatchwords(lines);
    expect(lines[0]?.role).toBe('catchword');
  });

  it('marks a catchword written with a leading slash', () => {
    const lines = bundleLines([page(1, ['ข้อความ', '/ดังนั้น...']), page(2, ['- ๒ -', 'ดังนั้น เพื่อให้การ'])]);
    markCatchwords(lines);
    expect(lines[1]?.role).toBe('catchword');
  });

  it('leaves a line ending in dots that the next line does not repeat', () => {
    const lines = bundleLines([page(1, ['๑๒. ผู้เสนอ...', '๑๐. หน่วยงานที่รับผิดชอบโครงการ'])]);
    markCatchwords(lines);
    expect(lines[0]?.role).toBe('content');
  });
});
