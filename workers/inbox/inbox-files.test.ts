import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { examineInboxEntry, isIgnoredName, isIgnoredPath, listInboxFiles, looksComplete } from './inbox-files.js';

let inbox: string;
beforeEach(async () => {
  inbox = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-inbox-'));
});
afterEach(async () => {
  await fs.rm(inbox, { recursive: true, force: true });
});

describe('isIgnoredName', () => {
  it.each(['scan.pdf.part', 'scan.crdownload', '~$letter.docx', '.~lock.memo.odt#', '.DS_Store', 'Thumbs.db', 'x.pdf.tmp'])(
    'ignores the temporary or system file %s',
    (name) => expect(isIgnoredName(name)).toBe(true),
  );
  it.each(['หนังสือ เวียน ที่ 1.pdf', 'scan 2024.PDF', 'notes.txt', 'partial-report.pdf'])('takes %s', (name) =>
    expect(isIgnoredName(name)).toBe(false),
  );
  it('ignores files inside dot-folders and outside the inbox', () => {
    expect(isIgnoredPath('/in', '/in/.sync/a.pdf')).toBe(true);
    expect(isIgnoredPath('/in', '/elsewhere/a.pdf')).toBe(true);
    expect(isIgnoredPath('/in', '/in/folder/a.pdf')).toBe(false);
  });
});

describe('listInboxFiles', () => {
  it('walks dropped folders and skips ignored names and excluded folders', async () => {
    await fs.mkdir(path.join(inbox, 'ฝ่ายธุรการ', 'sub'), { recursive: true });
    await fs.mkdir(path.join(inbox, 'outbox'));
    for (const file of ['a.pdf', 'b.pdf.part', 'ฝ่ายธุรการ/c.pdf', 'ฝ่ายธุรการ/sub/d.pdf', 'outbox/x.json']) {
      await fs.writeFile(path.join(inbox, file), 'x');
    }
    const files = await listInboxFiles(inbox, [path.join(inbox, 'outbox')]);
    expect(files.map((file) => path.relative(inbox, file))).toEqual(['a.pdf', 'ฝ่ายธุรการ/c.pdf', 'ฝ่ายธุรการ/sub/d.pdf']);
  });
});

describe('examineInboxEntry', () => {
  let outside: string;
  beforeEach(async () => {
    outside = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-outside-'));
    await fs.writeFile(path.join(outside, 'secret.pdf'), 'not for the inbox');
  });
  afterEach(async () => {
    await fs.rm(outside, { recursive: true, force: true });
  });

  it('finds a regular file reached through real folders', async () => {
    await fs.mkdir(path.join(inbox, 'folder'));
    await fs.writeFile(path.join(inbox, 'folder', 'a.pdf'), 'x');
    expect(await examineInboxEntry(inbox, path.join(inbox, 'folder', 'a.pdf'))).toMatchObject({ kind: 'file' });
  });

  it('names the link for a linked file, and for a file reached through a linked folder', async () => {
    await fs.symlink(path.join(outside, 'secret.pdf'), path.join(inbox, 'p.pdf'));
    await fs.symlink(outside, path.join(inbox, 'x'));
    expect(await examineInboxEntry(inbox, path.join(inbox, 'p.pdf'))).toEqual({ kind: 'link', path: path.join(inbox, 'p.pdf'), target: path.join(outside, 'secret.pdf') });
    expect(await examineInboxEntry(inbox, path.join(inbox, 'x', 'secret.pdf'))).toEqual({ kind: 'link', path: path.join(inbox, 'x'), target: outside });
  });

  it('tells special files and missing ones apart', async () => {
    execFileSync('mkfifo', [path.join(inbox, 'pipe.pdf')]);
    expect(await examineInboxEntry(inbox, path.join(inbox, 'pipe.pdf'))).toMatchObject({ kind: 'special' });
    expect(await examineInboxEntry(inbox, path.join(inbox, 'gone.pdf'))).toMatchObject({ kind: 'gone' });
    expect(await examineInboxEntry(inbox, path.join(outside, 'secret.pdf'))).toMatchObject({ kind: 'gone' });
  });

  it('lists links as entries to refuse, never walking into a linked folder', async () => {
    await fs.symlink(outside, path.join(inbox, 'x'));
    await fs.writeFile(path.join(inbox, 'a.pdf'), 'x');
    const files = await listInboxFiles(inbox);
    expect(files.map((file) => path.relative(inbox, file))).toEqual(['a.pdf', 'x']);
  });
});

describe('looksComplete', () => {
  const write = async (name: string, content: string) => {
    await fs.writeFile(path.join(inbox, name), content, 'latin1');
    return path.join(inbox, name);
  };
  it('is true for a PDF ending with %%EOF', async () => {
    expect(await looksComplete(await write('a.pdf', '%PDF-1.7\n1 0 obj\nendobj\n%%EOF\n'))).toBe(true);
  });
  it('is false for a PDF still missing its end and for an empty file', async () => {
    expect(await looksComplete(await write('b.pdf', '%PDF-1.7\n1 0 obj\n'))).toBe(false);
    expect(await looksComplete(await write('c.pdf', ''))).toBe(false);
  });
  it('is true for a file that is not a PDF: nothing to wait for', async () => {
    expect(await looksComplete(await write('notes.txt', 'hello'))).toBe(true);
  });
});
