import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { letter, result } from '../test/archive/builders.js';
import { FIXTURE_DIR, SEED_FIXTURE, removeTempDataDirs, tempDataDir } from '../test/archive/fixtures.js';
import { SearchPage } from './api-schemas.js';
import { openArchive } from './archive.js';
import { formatPage, indexCommand, searchCommand } from './cli-commands.js';
import { indexDirectory } from './index-directory.js';

afterAll(removeTempDataDirs);

/** Runs a command with stdout and stderr captured. */
async function run(command: (argv: string[]) => Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    return { code: await command(argv), stdout: out.join(''), stderr: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('saraban index', () => {
  it('indexes .json and .ndjson results and reports files that are not results', () => {
    const dir = tempDataDir();
    copyFileSync(join(FIXTURE_DIR, SEED_FIXTURE), join(dir, 'seed.json'));
    const lines = [result('one', [letter({ reference: 'ชร 0328/240', date: '2024-02-20' })]), result('two', [letter({ reference: 'ชร 0328/241', date: '2024-02-21' })])];
    writeFileSync(join(dir, 'batch.ndjson'), lines.map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    writeFileSync(join(dir, 'other.json'), '{"hello": "world"}');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const data = join(tempDataDir(), 'data');
    const report = indexDirectory(dir, { data });
    expect(report).toMatchObject({ files: 4, results: 3, letters: 6 });
    expect(report.failures.map((f) => f.file.split('/').at(-1))).toEqual(['broken.json', 'other.json']);
    const archive = openArchive(data);
    expect(archive.stats()).toEqual({ sources: 3, letters: 6 });
    archive.close();
  });

  it('exits 1 when some file failed, 2 without a folder', async () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'broken.json'), '[');
    expect((await run(indexCommand, [dir, '--data', join(dir, 'data')])).code).toBe(1);
    expect((await run(indexCommand, [])).code).toBe(2);
  });
});

describe('saraban search', () => {
  const data = join(tempDataDir(), 'data');
  mkdirSync(data);
  indexDirectory(FIXTURE_DIR, { data });

  it('prints the result page as JSON with --json', async () => {
    const { code, stdout } = await run(searchCommand, ['--data', data, '--json', '--ref', 'มท ๐๘๐๔.๖ / ว. ๕๖๙']);
    expect(code).toBe(0);
    const page = SearchPage.parse(JSON.parse(stdout));
    expect(page.items.map((hit) => hit.reference)).toEqual(['มท 0804.6/ว 569']);
  });

  it('prints a readable table with the hit words bracketed in the snippet', async () => {
    const { code, stdout } = await run(searchCommand, ['--data', data, 'ทุจริต', '--level', 'ministry']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ found \(words\), page 1\/1/);
    expect(stdout).toContain('มท 0226.2/20');
    expect(stdout).toContain('[ทุจริต]');
  });

  it('refuses invalid filters with exit code 2', async () => {
    const { code, stderr } = await run(searchCommand, ['--data', data, '--from', 'last week']);
    expect(code).toBe(2);
    expect(stderr).toContain('from');
  });
});

describe('the search table', () => {
  it('aligns columns whatever Thai vowel and tone marks a subject holds', () => {
    const page = SearchPage.parse({
      total: 2, page: 1, pageSize: 20, matched: 'filters',
      items: ['ขอบความอนุเคราะห์ประสานการดำเนินการเพื่อบูรณาการป้องกันการทุจริตเชิงรุกในหน่วยงานภาครัฐ', 'สั้น'].map((subject, n) => ({
        id: `${'a'.repeat(64)}-${n + 1}`, reference: 'มท 0804.6/ว 569', date: '2024-02-05', buddhistYear: 2567, kind: 'internal_memo',
        urgency: null, level: 'department', issuer: null, subject, pages: { first: 1, last: 1 }, source: { file: 'x.pdf', sha256: 'a'.repeat(64) }, snippet: null, copies: [],
      })),
    });
    const rows = formatPage(page).split('\n').slice(3, 5);
    const idColumn = (line: string) => Array.from(line).filter((char) => !/\p{M}/u.test(char)).join('').indexOf('aaaaaaaaaa');
    expect(idColumn(rows[0]!)).toBeGreaterThan(0);
    expect(idColumn(rows[0]!)).toBe(idColumn(rows[1]!));
  });
});
