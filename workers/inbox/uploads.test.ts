import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInboxFiles } from './inbox-files.js';
import { UploadRefused, publishUpload, stageUpload, uploadName } from './uploads.js';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => fs.rm(folder, { recursive: true, force: true }))));

async function inbox(): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-upload-'));
  folders.push(folder);
  return folder;
}

async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const part of parts) yield Buffer.from(part);
}

describe('uploads into the inbox', () => {
  it('appear in the inbox complete, under their own name, and never overwrite a file already there', async () => {
    const folder = await inbox();
    const staged = await stageUpload(folder, chunks('%PDF-1.7\n', 'body\n%%EOF\n'), 1000);
    expect(await listInboxFiles(folder)).toEqual([]); // the watcher never sees a file being written
    expect(await publishUpload(folder, staged, 'หนังสือเวียน ที่ 5.pdf')).toBe('หนังสือเวียน ที่ 5.pdf');
    const second = await stageUpload(folder, chunks('%PDF-1.7\nother\n%%EOF\n'), 1000);
    expect(await publishUpload(folder, second, 'หนังสือเวียน ที่ 5.pdf')).toBe('หนังสือเวียน ที่ 5 (2).pdf');
    expect((await listInboxFiles(folder)).map((file) => path.basename(file))).toEqual(['หนังสือเวียน ที่ 5 (2).pdf', 'หนังสือเวียน ที่ 5.pdf']);
    expect(await fs.readFile(path.join(folder, 'หนังสือเวียน ที่ 5.pdf'), 'utf8')).toBe('%PDF-1.7\nbody\n%%EOF\n');
    expect((await fs.readdir(folder)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses what is not a PDF or too large, leaving nothing behind', async () => {
    const folder = await inbox();
    await expect(stageUpload(folder, chunks('PK\u0003\u0004 a zip'), 1000)).rejects.toMatchObject({ status: 415 });
    await expect(stageUpload(folder, chunks('%PDF-1.7', 'x'.repeat(2000)), 1000)).rejects.toBeInstanceOf(UploadRefused);
    await expect(stageUpload(folder, chunks(), 1000)).rejects.toMatchObject({ status: 415 });
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('keeps only a safe last path part of the name the browser sent', () => {
    expect(uploadName('../../etc/passwd')).toEqual({ stem: 'passwd', extension: '.pdf' });
    expect(uploadName('C:\\scans\\.hidden.PDF')).toEqual({ stem: 'hidden', extension: '.pdf' });
    expect(uploadName('a\nb\u0000.pdf.part')).toEqual({ stem: 'ab.pdf.part', extension: '.pdf' });
    expect(uploadName('')).toEqual({ stem: 'หนังสือ', extension: '.pdf' });
  });
});
