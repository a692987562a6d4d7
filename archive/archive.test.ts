import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { letter, result } from '../test/archive/builders.js';
import { removeTempDataDirs, tempDataDir } from '../test/archive/fixtures.js';
import { ARCHIVE_FILE, type Archive, openArchive } from './archive.js';
import { MIGRATIONS, applyMigrations, schemaVersion } from './migrations.js';

afterAll(removeTempDataDirs);

const opened: Archive[] = [];
function freshArchive(dir = tempDataDir()): Archive {
  const archive = openArchive(dir);
  opened.push(archive);
  return archive;
}
afterEach(() => {
  for (const archive of opened.splice(0)) archive.close();
});

const ministry = letter({ reference: 'มท 0804.6/ว 569', date: '2024-02-05', subject: 'การป้องกันการทุจริต', level: 'department' });
const province = (name: string, reference: string) =>
  letter({ reference, date: '2024-02-20', subject: `แจ้ง${name}`, level: 'province', encloses: [{ reference: 'มท 0804.6/ว 569', date: '2024-02-05' }] });

describe('archive migrations', () => {
  it('records each applied step and applies nothing twice', () => {
    const dir = tempDataDir();
    freshArchive(dir).close();
    opened.length = 0;
    const db = new BetterSqlite3(join(dir, ARCHIVE_FILE));
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(applyMigrations(db)).toEqual([]);
    const next = { version: 999, name: 'test step', sql: 'CREATE TABLE later_step (x INTEGER)' };
    expect(applyMigrations(db, [...MIGRATIONS, next])).toEqual([999]);
    expect(applyMigrations(db, [...MIGRATIONS, next])).toEqual([]);
    db.close();
  });

  it('brings an archive made by an earlier version up to date, rows included', () => {
    const dir = tempDataDir();
    const old = new BetterSqlite3(join(dir, ARCHIVE_FILE));
    applyMigrations(old, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO sources VALUES ('s', 'old.pdf', 1, '[]', '2024-01-01')").run();
    old.prepare(
      `INSERT INTO letters (source_sha256, position, kind, reference, level, page_first, page_last, document)
       VALUES ('s', 0, 'internal_memo', 'มท 0804.6/ว 569', 'department', 1, 1, x'')`,
    ).run();
    old.close();
    const db = new BetterSqlite3(join(dir, ARCHIVE_FILE));
    expect(applyMigrations(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(db.prepare('SELECT reference_without_marker FROM letters').pluck().get()).toBe('มท 0804.6/569');
    db.close();
  });
});

describe('indexing results', () => {
  it('is idempotent: indexing the same source again replaces its rows', () => {
    const archive = freshArchive();
    const bundle = result('bundle', [province('แพร่', 'พร 0023.4/ว 79'), ministry], ['มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
    expect(archive.indexResult(bundle)).toMatchObject({ letters: 2, replaced: false });
    expect(archive.indexResult(bundle)).toMatchObject({ letters: 2, replaced: true });
    expect(archive.stats()).toEqual({ sources: 1, letters: 2 });
    expect(archive.search({ ref: 'มท 0804.6/ว 569' }).total).toBe(1);
    expect(archive.search({ q: 'ทุจริต' }).total).toBe(1);
  });

  it('finds words typed with a decomposed sara am as the repaired text has them', () => {
    const archive = freshArchive();
    archive.indexResult(result('flood', [letter({ reference: 'ชร 0025.2/ว 468', date: '2023-12-27', subject: 'การเตรียมรับมือน้ำท่วม' })]));
    expect(archive.search({ q: 'นํ้าท่วม' }).total).toBe(1);
  });

  it('finds a circular by its number typed without ว, but not an ordinary number typed with ว', () => {
    const archive = freshArchive();
    archive.indexResult(result('pair', [ministry, letter({ reference: 'มท 0226.2/20', date: '2024-01-02' })]));
    const found = (query: { ref?: string; q?: string }) => archive.search(query).items.map((hit) => hit.reference);
    expect(found({ ref: 'มท 0804.6/569' })).toEqual(['มท 0804.6/ว 569']);
    expect(found({ q: 'มท ๐๘๐๔.๖/๕๖๙' })).toEqual(['มท 0804.6/ว 569']);
    expect(found({ ref: '๐๘๐๔.๖/๕๖๙' })).toEqual(['มท 0804.6/ว 569']);
    expect(found({ ref: 'ว ๕๖๙' })).toEqual(['มท 0804.6/ว 569']);
    expect(found({ ref: 'มท 0226.2/ว 20' })).toEqual([]);
    expect(found({ ref: '/ว 20' })).toEqual([]);
    expect(found({ ref: '0226.2/20' })).toEqual(['มท 0226.2/20']);
  });

  it('rejects a result that does not match the schema', () => {
    const archive = freshArchive();
    const broken = { ...result('broken', [ministry]), schemaVersion: '0' } as never;
    expect(() => archive.indexResult(broken)).toThrow();
    expect(archive.stats()).toEqual({ sources: 0, letters: 0 });
  });

  it('survives closing and reopening the data folder', () => {
    const dir = tempDataDir();
    const first = freshArchive(dir);
    first.indexResult(result('one', [ministry]));
    first.close();
    opened.length = 0;
    expect(freshArchive(dir).search({ ref: 'มท ๐๘๐๔.๖/ว๕๖๙' }).total).toBe(1);
  });
});

describe('chains across documents', () => {
  it('links a letter to the letter it encloses once that letter arrives later', () => {
    const archive = freshArchive();
    const phrae = result('phrae', [province('แพร่', 'พร 0023.4/ว 79')], ['พร 0023.4/ว 79']);
    archive.indexResult(phrae);
    const before = archive.chain(`${phrae.source.sha256}-1`)!;
    expect(before.path.map((step) => [step.reference, step.letterIds.length])).toEqual([
      ['มท 0804.6/ว 569', 0],
      ['พร 0023.4/ว 79', 1],
    ]);
    expect(before.path[0]!.date).toBe('2024-02-05');

    const dla = result('dla', [ministry]);
    archive.indexResult(dla);
    const after = archive.chain(`${phrae.source.sha256}-1`)!;
    expect(after.path[0]!.letterIds).toEqual([`${dla.source.sha256}-1`]);
    expect(after.path[1]!.evidence).toBe('enclosure');
  });

  it('keeps the same number in another year a different letter', () => {
    const archive = freshArchive();
    const lastYear = result('last-year', [letter({ reference: 'มท 0804.6/ว 569', date: '2023-03-01' })]);
    archive.indexResult(lastYear);
    archive.indexResult(result('dla', [ministry]));
    const phrae = result('phrae', [province('แพร่', 'พร 0023.4/ว 79')]);
    archive.indexResult(phrae);
    const view = archive.chain(`${phrae.source.sha256}-1`)!;
    expect(view.path[0]!.buddhistYear).toBe(2567);
    expect(archive.chain(`${lastYear.source.sha256}-1`)!.tree.children).toEqual([]);
  });

  it('shows every letter that forwarded a letter onward as branches, and copies as one letter', () => {
    const archive = freshArchive();
    const phrae = result('phrae', [province('แพร่', 'พร 0023.4/ว 79'), ministry], ['มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
    const nan = result('nan', [province('น่าน', 'นน 0023.3/ว 102'), ministry], ['มท 0804.6/ว 569', 'นน 0023.3/ว 102']);
    const district = result('district', [
      letter({ reference: 'พร 0818/ว 12', date: '2024-02-25', level: 'district', cites: [{ reference: 'พร 0023.4/ว 79', date: '2024-02-20' }] }),
    ]);
    for (const r of [phrae, nan, district]) archive.indexResult(r);
    const { tree } = archive.chain(`${district.source.sha256}-1`)!;
    expect(tree.reference).toBe('มท 0804.6/ว 569');
    expect(tree.letterIds).toHaveLength(2);
    expect(tree.children.map((child) => child.reference).sort()).toEqual(['นน 0023.3/ว 102', 'พร 0023.4/ว 79']);
    const phraeNode = tree.children.find((child) => child.reference === 'พร 0023.4/ว 79')!;
    expect(phraeNode.children.map((child) => [child.reference, child.evidence])).toEqual([['พร 0818/ว 12', 'reference']]);
  });

  it('links a citation without a date to the letter of that number from the same or the previous year', () => {
    const archive = freshArchive();
    const december = result('december', [letter({ reference: 'ชร 0025.2/ว 468', date: '2023-12-27' })]);
    const january = result('january', [
      letter({ reference: 'ชร 0369/166', date: '2024-01-01', encloses: [{ reference: 'ชร 0025.2/ว 468', date: null }] }),
    ]);
    archive.indexResult(january);
    archive.indexResult(december);
    const view = archive.chain(`${january.source.sha256}-1`)!;
    expect(view.path.map((step) => [step.reference, step.buddhistYear])).toEqual([
      ['ชร 0025.2/ว 468', 2566],
      ['ชร 0369/166', 2567],
    ]);
    expect(archive.chain(`${december.source.sha256}-1`)!.tree.children.map((c) => c.reference)).toEqual(['ชร 0369/166']);
  });

  it('gives no chain for a document without a number or date', () => {
    const archive = freshArchive();
    const bundle = result('with-attachment', [ministry, letter({ reference: null, kind: 'attachment' })]);
    archive.indexResult(bundle);
    expect(archive.chain(`${bundle.source.sha256}-2`)).toBeNull();
    expect(archive.chain(`${'0'.repeat(64)}-1`)).toBeNull();
    expect(archive.chain('not-an-id')).toBeNull();
  });
});
