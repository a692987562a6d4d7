import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letter, result } from '../test/archive/builders.js';
import { removeTempDataDirs, tempDataDir } from '../test/archive/fixtures.js';
import { type Archive, openArchive } from './archive.js';
import { looksLikeReferenceFragment } from './reference-query.js';

afterAll(removeTempDataDirs);

describe('browsing the archive', () => {
  let archive: Archive;
  const ministry = letter({ reference: 'มท 0804.6/ว 569', date: '2024-02-05', subject: 'การป้องกันการทุจริต', level: 'department' });
  const province = letter({ reference: 'พร 0023.4/ว 79', date: '2024-02-20', subject: 'การป้องกันการทุจริต ส่งต่อ', encloses: [{ reference: 'มท 0804.6/ว 569', date: '2024-02-05' }] });
  const district = letter({ reference: 'พร 0118/ว 12', date: '2024-03-01', subject: 'การป้องกันการทุจริต ส่งต่ออีก', encloses: [{ reference: 'มท 0804.6/ว 569', date: '2024-02-05' }] });
  const older = letter({ reference: 'ชร 0328/240', date: '2023-06-01', subject: 'เรื่องเก่า' });
  const first = result('browse-1', [province, ministry], ['มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
  const second = result('browse-2', [district, ministry], ['มท 0804.6/ว 569', 'พร 0118/ว 12']);
  const third = result('browse-3', [older]);

  beforeAll(() => {
    archive = openArchive(tempDataDir());
    archive.indexResults([first, second, third]);
  });
  afterAll(() => archive.close());

  it('lists every letter newest first without a query', () => {
    const page = archive.search({});
    expect(page.items.map((hit) => hit.reference)).toEqual(['พร 0118/ว 12', 'พร 0023.4/ว 79', 'มท 0804.6/ว 569', 'มท 0804.6/ว 569', 'ชร 0328/240']);
    expect(archive.search({ sort: 'oldest' }).items[0]!.reference).toBe('ชร 0328/240');
  });

  it('shows one row for identical copies when asked, with the other copies listed', () => {
    const page = archive.search({ group: 'copies' });
    expect(page.total).toBe(4);
    const copies = page.items.find((hit) => hit.reference === 'มท 0804.6/ว 569')!;
    expect([copies.id, ...copies.copies.map((copy) => copy.id)].sort()).toEqual([`${first.source.sha256}-2`, `${second.source.sha256}-2`].sort());
    expect(copies.copies[0]!.file).toMatch(/^browse-[12]\.pdf$/);
    const words = archive.search({ q: 'ทุจริต', group: 'copies' });
    expect(words.total).toBe(3);
    expect(archive.search({ q: 'ทุจริต' }).total).toBe(4);
  });

  it('sorts word matches by date when asked', () => {
    expect(archive.search({ q: 'ทุจริต', sort: 'newest', group: 'copies' }).items.map((hit) => hit.date)).toEqual(['2024-03-01', '2024-02-20', '2024-02-05']);
  });

  it('finds the letter itself first for part of a reference number typed in the main box', () => {
    for (const typed of ['0804.6/ว 569', '๐๘๐๔.๖/ว ๕๖๙', '0804.6/569']) {
      const page = archive.search({ q: typed, group: 'copies' });
      expect(page.matched, typed).toBe('reference');
      expect(page.items.map((hit) => hit.reference), typed).toEqual(['มท 0804.6/ว 569']);
    }
    expect(looksLikeReferenceFragment('2567')).toBe(false);
    expect(looksLikeReferenceFragment('ทุจริต')).toBe(false);
    expect(looksLikeReferenceFragment('0804.6')).toBe(true);
  });
});
