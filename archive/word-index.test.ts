import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { THAI_TOKENIZER, buildMatchExpression, indexWords, markWordBoundaries } from './word-index.js';

/** A real FTS5 table with the archive's tokenizer, to check what a query finds. */
function ftsTable(texts: string[]) {
  const db = new BetterSqlite3(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize="${THAI_TOKENIZER}")`);
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  texts.forEach((text, index) => insert.run(index + 1, markWordBoundaries(text)));
  const find = (query: string, prefix = false) => {
    const match = buildMatchExpression(query, { prefix });
    return match === null ? [] : (db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck().all(match) as number[]);
  };
  return { db, find };
}

describe('Thai word index', () => {
  const { db, find } = ftsTable([
    'ประกาศข่าวการรับสมัคร', // 1: ข่าว (news)
    'ราคาข้าวหอมมะลิ', // 2: ข้าว (rice)
    'ทาสีขาวอาคารเรียน', // 3: ขาว (white)
    'ป้องกันไฟป่าและหมอกควัน', // 4: two-character words ไฟ, ป่า
    'ที่ มท ๐๘๐๔.๖/ว ๕๖๙ ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗', // 5: Thai digits
    'การป้องกันการทุจริตเชิงรุกในหน่วยงานภาครัฐ', // 6
  ]);
  afterAll(() => db.close());

  it('keeps tone marks distinct: ขาว, ข่าว and ข้าว are three words', () => {
    expect(find('ข่าว')).toEqual([1]);
    expect(find('ข้าว')).toEqual([2]);
    expect(find('ขาว')).toEqual([3]);
  });

  it('finds two-character words inside unspaced Thai', () => {
    expect(find('ไฟ')).toEqual([4]);
    expect(find('ป่า')).toEqual([4]);
  });

  it('finds a multi-word query as a phrase and each space-separated term with AND', () => {
    expect(find('การทุจริต')).toEqual([6]);
    expect(find('ทุจริต ภาครัฐ')).toEqual([6]);
    expect(find('ทุจริต ข้าว')).toEqual([]);
  });

  it('matches numbers written in either digit form', () => {
    expect(find('2567')).toEqual([5]);
    expect(find('๕๖๙')).toEqual([5]);
    expect(find('569')).toEqual([5]);
  });

  it('finds compound words by their first word with prefixes', () => {
    const compound = ftsTable(['ประชาสัมพันธ์ข่าวสารของทางราชการ']);
    expect(compound.find('ข่าวสาร')).toEqual([1]);
    expect(compound.find('ข่าว', true)).toEqual([1]);
    compound.db.close();
  });

  it('never lets typed text act as FTS5 syntax: any query is either empty or a valid expression', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', '*', '(', ')', ':', '^', '-', '+', ' ', 'ก', 'า', '่', 'A', 'N', 'D', 'O', 'R', '1', '๑') }), (query) => {
        expect(() => find(query)).not.toThrow();
        expect(() => find(query, true)).not.toThrow();
      }),
    );
  });

  it('marks word boundaries with zero-width spaces only: removing them gives back the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('ก', 'ข', 'า', '่', '้', 'เ', 'ไ', 'ม', ' ', '๑', '1', '.') }), (text) => {
        expect(markWordBoundaries(text).replaceAll('\u200b', '')).toBe(text);
        expect(markWordBoundaries(markWordBoundaries(text))).toBe(markWordBoundaries(text));
      }),
    );
  });

  it('splits words at punctuation the way the tokenizer does', () => {
    expect(indexWords('มท ๐๘๐๔.๖/ว ๕๖๙')).toEqual(['มท', '๐๘๐๔', '๖', 'ว', '๕๖๙']);
  });
});
