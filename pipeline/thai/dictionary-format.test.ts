import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWords, encodeWords, type WordEntry } from './dictionary-format.js';

const thaiWord = fc.array(fc.constantFrom(...'กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮะาำิีึืุู่้๊๋็์เแโใไ'), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));

describe('the compact word list', () => {
  it('gives back every sorted word with its bucket and whether it is curated', () => {
    fc.assert(
      fc.property(fc.uniqueArray(thaiWord, { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 35 }), { minLength: 60, maxLength: 60 }), (words, buckets) => {
        const entries: WordEntry[] = [...words].sort().map((word, i) => ({ word, bucket: buckets[i]!, curated: i % 3 !== 0 }));
        expect([...decodeWords(encodeWords(entries))]).toEqual(entries);
      }),
    );
  });

  it('shares at most nine letters with the word before, so long common prefixes still decode', () => {
    const entries = [{ word: 'กรุงเทพมหานคร', bucket: 20, curated: true }, { word: 'กรุงเทพมหานครและปริมณฑล', bucket: 3, curated: false }];
    expect(encodeWords(entries).split('\n')[1]?.[0]).toBe('9');
    expect([...decodeWords(encodeWords(entries))]).toEqual(entries);
  });
});
