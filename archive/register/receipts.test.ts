import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/archive/fixtures.js';
import { REPO, ensureBuilt } from '../../test/support/build.js';
import { openArchive } from '../archive.js';

afterAll(removeTempDataDirs);
// The concurrent writers run the compiled archive.
beforeAll(ensureBuilt);

const hash = (label: string) => createHash('sha256').update(label).digest('hex');

describe('the receipt book', () => {
  it('numbers receipts per Buddhist year in Thai time, and gives a PDF asked for again the number it has', () => {
    const archive = openArchive(tempDataDir());
    try {
      const book = archive.receipts;
      const first = book.register({ sha256: hash('a'), fileName: 'a.pdf', receivedAt: new Date('2024-12-31T10:00:00Z') });
      const second = book.register({ sha256: hash('b'), fileName: 'b.pdf', receivedAt: new Date('2024-12-31T16:59:00Z') });
      // 17:30 UTC on 31 December is already 1 January 2568 in Bangkok: a new register.
      const third = book.register({ sha256: hash('c'), fileName: 'c.pdf', receivedAt: new Date('2024-12-31T17:30:00Z') });
      expect([first, second, third].map((r) => `${r.number}/${r.buddhistYear}`)).toEqual(['1/2567', '2/2567', '1/2568']);
      const again = book.register({ sha256: hash('a'), fileName: 'renamed.pdf', receivedAt: new Date('2025-03-01T00:00:00Z') });
      expect(again).toEqual(first);
    } finally {
      archive.close();
    }
  });

  it('names the user who uploaded a PDF on its receipt', () => {
    const archive = openArchive(tempDataDir());
    try {
      archive.receipts.recordUpload({ sha256: hash('u'), fileName: 'u.pdf', uploadedBy: 'somchai', at: new Date() });
      expect(archive.receipts.register({ sha256: hash('u'), fileName: 'u.pdf', receivedAt: new Date() }).receivedBy).toBe('somchai');
      expect(archive.receipts.register({ sha256: hash('d'), fileName: 'd.pdf', receivedAt: new Date() }).receivedBy).toBeNull();
    } finally {
      archive.close();
    }
  });

  it('never gives one number twice when processes register at the same time, some the same PDFs', async () => {
    const dataDir = tempDataDir();
    openArchive(dataDir).close();
    const script = join(dataDir, 'register-many.mjs');
    const archiveModule = pathToFileURL(join(REPO, 'dist', 'archive', 'archive.js')).href;
    writeFileSync(
      script,
      `const { openArchive } = await import(${JSON.stringify(archiveModule)});
       const { createHash } = await import('node:crypto');
       const archive = openArchive(process.argv[2]);
       const [start, end] = process.argv.slice(3).map(Number);
       for (let i = start; i < end; i++) {
         const sha256 = createHash('sha256').update('pdf-' + i).digest('hex');
         archive.receipts.register({ sha256, fileName: i + '.pdf', receivedAt: new Date('2024-05-01T03:00:00Z') });
       }
       archive.close();`,
    );
    // Two writers over 0..60 and 40..100: 100 distinct PDFs, 20 registered by both.
    const run = (start: number, end: number) =>
      new Promise<number | null>((resolve) => {
        const child = fork(script, [dataDir, String(start), String(end)], { stdio: 'inherit' });
        child.once('exit', resolve);
      });
    expect(await Promise.all([run(0, 60), run(40, 100)])).toEqual([0, 0]);
    const archive = openArchive(dataDir);
    try {
      const numbers = Array.from({ length: 100 }, (_, i) => archive.receipts.get(hash(`pdf-${i}`))!.number);
      expect(new Set(numbers).size).toBe(100);
      expect(Math.max(...numbers)).toBe(100);
    } finally {
      archive.close();
    }
  });
});
