import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skeletonOf } from './dictionary.js';
import { WordGroups } from './word-groups.js';

const thaiWord = fc.array(fc.constantFrom(...'กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮะาำิีึืุู่้๊๋็์เแโใไ'), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));

/** What the packed groups replace: a Map of arrays filled in the order the words come. */
function mapOfGroups(words: readonly string[], keyOf: (word: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) groups.set(keyOf(word), [...(groups.get(keyOf(word)) ?? []), word]);
  return groups;
}

describe('words grouped by skeleton, packed', () => {
  it('answers every key, present or not, exactly as a Map of arrays does, order included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(thaiWord, { maxLength: 80 }), fc.array(thaiWord, { maxLength: 20 }), (words, others) => {
        const expected = mapOfGroups(words, skeletonOf);
        const groups = new WordGroups(words, skeletonOf);
        expect(groups.size).toBe(expected.size);
        for (const key of [...expected.keys(), ...others.map(skeletonOf), ...others, '']) expect(groups.get(key)).toEqual(expected.get(key) ?? []);
      }),
    );
  });

  it('keeps the order words were given in within a group, also for keys in any script', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 4 }), { maxLength: 60 }), (words) => {
        const keyOf = (word: string) => word.slice(0, 1);
        const expected = mapOfGroups(words, keyOf);
        const groups = new WordGroups(words, keyOf);
        for (const [key, group] of expected) expect(groups.get(key)).toEqual(group);
      }),
    );
  });

  it('finds nothing in an empty list', () => {
    expect(new WordGroups([], skeletonOf).get('กก')).toEqual([]);
  });
});
