/**
 * Done-when checks of issue 5 over the result fixtures: every letter found by its number in
 * Thai digits, Arabic digits and odd spacing; by a Buddhist-year date range; by a Thai word
 * of its subject; and the seed bundle's chain as a tree, whole or letter by letter in reverse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Archive, openArchive } from '../../archive/archive.js';
import type { ChainNode } from '../../archive/api-schemas.js';
import { indexWords } from '../../archive/word-index.js';
import type { LetterDocument, ProcessingResult } from '../../schemas/index.js';
import { SEED_FIXTURE, loadAllFixtures, loadFixture, removeTempDataDirs, splitIntoLetters, tempDataDir } from './fixtures.js';

afterAll(removeTempDataDirs);

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thaiDigits = (text: string) => text.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);

/** "มท 0804.6/ว 569" written the ways an archivist might type it, ว left out included. */
function writings(normalized: string): string[] {
  const compact = normalized.replace(/\s+/g, '');
  const spaced = normalized.replace('/', ' / ').replace(/ว\s*/u, 'ว ').replace(/^(\S+)\s*/u, '$1  ');
  const withoutMarker = normalized.replace('/ว ', '/');
  return [thaiDigits(normalized), compact, spaced, thaiDigits(compact), thaiDigits(withoutMarker)];
}

const letters = (results: ProcessingResult[]) =>
  results.flatMap((result) =>
    result.documents
      .map((document, position) => ({ result, document, position }))
      .filter((entry): entry is { result: ProcessingResult; document: LetterDocument & { reference: NonNullable<LetterDocument['reference']> }; position: number } =>
        entry.document.reference !== null),
  );

function shape(node: ChainNode): unknown {
  return { reference: node.reference, children: node.children.map(shape) };
}

describe('archive over the result fixtures', () => {
  const fixtures = loadAllFixtures();
  let archive: Archive;

  beforeAll(() => {
    archive = openArchive(tempDataDir());
    for (const result of fixtures) archive.indexResult(result);
  });
  afterAll(() => archive.close());

  it('holds fixtures with letters to search', () => {
    expect(letters(fixtures).length).toBeGreaterThanOrEqual(15);
  });

  it('finds every letter by its number in Thai digits, Arabic digits, odd spacing, with or without ว', () => {
    for (const { result, document, position } of letters(fixtures)) {
      for (const written of writings(document.reference.normalized)) {
        const page = archive.search({ ref: written, pageSize: 100 });
        expect(page.items.map((hit) => hit.id), `${written}`).toContain(`${result.source.sha256}-${position + 1}`);
        expect(page.items.every((hit) => hit.reference === document.reference.normalized)).toBe(true);
      }
      const typedInSearchBox = archive.search({ q: `ที่ ${thaiDigits(document.reference.raw)}` });
      expect(typedInSearchBox.matched).toBe('reference');
      expect(typedInSearchBox.items.some((hit) => hit.reference === document.reference.normalized)).toBe(true);
    }
  });

  it('finds letters by a date range written in Buddhist years, and nothing outside it', () => {
    const page = archive.search({ from: '2567-02-01', to: '๒๕๖๗-๐๒-๒๙', pageSize: 100 });
    const expected = letters(fixtures).filter(({ document }) => document.date && document.date.iso >= '2024-02-01' && document.date.iso <= '2024-02-29');
    expect(expected.length).toBeGreaterThan(0);
    expect(page.total).toBe(expected.length);
    expect(page.items.every((hit) => hit.date! >= '2024-02-01' && hit.date! <= '2024-02-29')).toBe(true);
    expect(archive.search({ from: '2567', to: '2567', pageSize: 100 }).total).toBe(archive.search({ from: '2024', to: '2024', pageSize: 100 }).total);
  });

  it('finds every letter by a Thai word of its subject, with the word highlighted', () => {
    for (const { result, document, position } of letters(fixtures)) {
      const words = indexWords(document.subject ?? '').filter((word) => word.length >= 4 && /^[ก-ฮะ-ฺเ-๎]+$/u.test(word));
      const word = words.at(-1)!;
      const page = archive.search({ q: word, pageSize: 100 });
      expect(page.items.map((hit) => hit.id), word).toContain(`${result.source.sha256}-${position + 1}`);
      expect(page.items[0]!.snippet!.some((part) => part.hit && part.text.includes(word))).toBe(true);
    }
  });

  it('combines a word with filters', () => {
    const all = archive.search({ q: 'ทุจริต', pageSize: 100 });
    const ministry = archive.search({ q: 'ทุจริต', level: 'ministry', pageSize: 100 });
    expect(ministry.total).toBeGreaterThan(0);
    expect(ministry.total).toBeLessThan(all.total);
    expect(ministry.items.every((hit) => hit.level === 'ministry')).toBe(true);
  });

  it("returns the seed bundle's chain as a tree from the ministry memo down to Phrae", () => {
    const seed = loadFixture(SEED_FIXTURE);
    const view = archive.chain(`${seed.source.sha256}-1`)!;
    expect(view.path.map((step) => step.reference)).toEqual(['มท 0226.2/20', 'มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
    expect(shape(view.tree)).toEqual({
      reference: 'มท 0226.2/20',
      children: [{ reference: 'มท 0804.6/ว 569', children: [{ reference: 'พร 0023.4/ว 79', children: [] }] }],
    });
  });
});

describe("the seed bundle's chain from letters indexed one by one in reverse order", () => {
  it('builds the same tree once the last (oldest) letter arrives', () => {
    const archive = openArchive(tempDataDir());
    const singles = splitIntoLetters(loadFixture(SEED_FIXTURE));
    expect(singles).toHaveLength(3);
    const [phrae, dla, ministry] = singles.map((single) => `${single.source.sha256}-1`);
    archive.indexResult(singles[0]!);
    archive.indexResult(singles[1]!);
    expect(archive.chain(phrae!)!.path.map((step) => [step.reference, step.letterIds.length])).toEqual([
      ['มท 0226.2/20', 0],
      ['มท 0804.6/ว 569', 1],
      ['พร 0023.4/ว 79', 1],
    ]);
    archive.indexResult(singles[2]!);
    const view = archive.chain(ministry!)!;
    expect(shape(view.tree)).toEqual({
      reference: 'มท 0226.2/20',
      children: [{ reference: 'มท 0804.6/ว 569', children: [{ reference: 'พร 0023.4/ว 79', children: [] }] }],
    });
    expect(view.tree.children[0]!.letterIds).toEqual([dla]);
    expect(view.tree.children[0]!.children[0]!.date).toBe('2024-02-20');
    expect(archive.chain(phrae!)!.path.map((step) => step.evidence)).toEqual([null, 'bundle', 'enclosure']);
    archive.close();
  });
});
