import { describe, expect, it } from 'vitest';
import type { SnippetPart } from './api-schemas.js';
import { buildSnippet, snippetTerms } from './snippets.js';

const hits = (parts: SnippetPart[] | null) => (parts ?? []).filter((part) => part.hit).map((part) => part.text);
const snippet = (text: string, query: string, prefix = false) => buildSnippet([text], snippetTerms(query, prefix));

describe('snippets', () => {
  it('highlights a word only where it stands as a word, tone marks included', () => {
    expect(hits(snippet('ข่าวดี ราคาข้าว ผ้าขาว', 'ขาว'))).toEqual(['ขาว']);
    expect(hits(snippet('ตารางสอนของนักเรียน และตา', 'ตา'))).toEqual(['ตา']);
    expect(snippet('ดวงตาเห็นธรรม', 'ตา')).toBeNull();
  });

  it('highlights a multi-word query as one phrase', () => {
    const parts = snippet('เรื่อง สถานการณ์การทุจริตในหน่วยงาน', 'การทุจริต');
    expect(hits(parts)).toEqual(['การทุจริต']);
    expect(parts!.map((part) => part.text).join('')).toBe('เรื่อง สถานการณ์การทุจริตในหน่วยงาน');
  });

  it('highlights numbers in either digit form', () => {
    expect(hits(snippet('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', '2567'))).toEqual(['๒๕๖๗']);
  });

  it('highlights the words a prefix query found', () => {
    expect(hits(snippet('ประชาสัมพันธ์ข่าวสารของทางราชการ', 'ข่าว', true))).toEqual(['ข่าวสาร']);
  });

  it('shows a short passage around the first hit in a long text, marking every term in it', () => {
    const filler = 'การดำเนินงานเป็นไปด้วยความเรียบร้อย '.repeat(20);
    const text = `${filler}เพื่อป้องกันไฟป่าและหมอกควันในพื้นที่ ${filler}`;
    const parts = snippet(text, 'ไฟป่า หมอกควัน')!;
    expect(parts[0]!.text.startsWith('…')).toBe(true);
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true);
    expect(hits(parts)).toEqual(['ไฟป่า', 'หมอกควัน']);
    const shown = parts.map((part) => part.text).join('');
    expect(shown.length).toBeLessThan(260);
    const passage = shown.slice(1, -1);
    const boundaries = new Set(Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(text), (part) => part.index));
    expect(boundaries.has(text.indexOf(passage))).toBe(true);
    expect(boundaries.has(text.indexOf(passage) + passage.length)).toBe(true);
  });

  it('falls back to the next field, and gives null when no field has a hit', () => {
    const terms = snippetTerms('ทุจริต', false);
    expect(hits(buildSnippet(['ไม่มีคำนี้', null, 'ต่อต้านการทุจริต'], terms))).toEqual(['ทุจริต']);
    expect(buildSnippet(['ไม่มีคำนี้'], terms)).toBeNull();
  });
});
