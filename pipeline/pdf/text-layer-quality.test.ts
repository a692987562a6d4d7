import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeTextLayer } from './text-layer-quality.js';

const memoLines = readFileSync(new URL('../../test/fixtures/pdf/rabies-memo.truth.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0);

/** A deterministic shuffle, so the test does not depend on luck. */
function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

const scrambleCharacters = (line: string, seed: number): string =>
  line.split(' ').map((word) => shuffled([...word], seed).join('')).join(' ');

/** Thai clusters (consonant with its marks, or a lone leading vowel) in random order per word. */
const scrambleClusters = (line: string, seed: number): string =>
  line
    .split(' ')
    .map((word) => shuffled(word.match(/[\u0e01-\u0e2e][\u0e30-\u0e3a\u0e47-\u0e4e]*|./gu) ?? [], seed).join(''))
    .join(' ');

/** Every fourth Thai letter replaced by another consonant: a poor OCR layer. */
const replaceLetters = (line: string): string => {
  let count = 0;
  return line.replace(/[\u0e01-\u0e2e]/g, (c) => (++count % 4 === 0 ? String.fromCharCode(((c.charCodeAt(0) - 0xe01 + 17) % 46) + 0xe01) : c));
};

describe('judgeTextLayer', () => {
  it('trusts the text layer of a typed memo', () => {
    expect(judgeTextLayer(memoLines)).toEqual({ usable: true });
  });

  it('finds no text layer on an empty page or one with a few stray characters', () => {
    expect(judgeTextLayer([])).toMatchObject({ usable: false, code: 'no-text-layer' });
    expect(judgeTextLayer(['- ๒ -', 'ก'])).toMatchObject({ usable: false, code: 'no-text-layer' });
  });

  it.each([
    ['characters scrambled within words', memoLines.map((line, i) => scrambleCharacters(line, i + 1)), /spelling/],
    ['clusters scrambled within words', memoLines.map((line, i) => scrambleClusters(line, i + 7)), /dictionary/],
    ['a quarter of the consonants misread', memoLines.map(replaceLetters), /dictionary/],
    ['replacement characters', memoLines.map((line) => line.replace(/[ก-ฮ]/g, (c, i: number) => (i % 5 ? c : '\ufffd'))), /garbage/],
    ['Latin letters inside Thai words', memoLines.map((line) => line.replace(/ร/g, 'S').replace(/า/g, 'i')), /Latin/],
  ])('rejects a layer with %s', (_kind, lines, reason) => {
    const verdict = judgeTextLayer(lines);
    expect(verdict).toMatchObject({ usable: false, code: 'text-layer-broken' });
    expect(verdict.usable ? '' : verdict.reason).toMatch(reason);
  });

  it('keeps a page with e-mail addresses and English terms among the Thai', () => {
    const lines = [...memoLines, 'ไปรษณีย์อิเล็กทรอนิกส์ saraban@center.office.go.th', 'Integrity and Transparency Assessment (ITA)'];
    expect(judgeTextLayer(lines)).toEqual({ usable: true });
  });
});
