import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileAtomically, temporaryPathBeside } from './durable-files.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-durable-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('copyFileAtomically', () => {
  it('makes a writable copy of a read-only original (the store keeps its originals 0444)', async () => {
    const original = path.join(dir, 'original.pdf');
    await fs.writeFile(original, '%PDF-1.4 original %%EOF');
    await fs.chmod(original, 0o444);
    const copy = path.join(dir, 'quarantine', 'copy.pdf');
    await copyFileAtomically(original, copy);
    expect(await fs.readFile(copy, 'utf8')).toBe('%PDF-1.4 original %%EOF');
    expect((await fs.stat(copy)).mode & 0o600).toBe(0o600);
  });

  it('leaves no temporary file behind when the copy fails', async () => {
    await fs.mkdir(path.join(dir, 'quarantine'));
    await expect(copyFileAtomically(path.join(dir, 'missing.pdf'), path.join(dir, 'quarantine', 'copy.pdf'))).rejects.toThrow();
    expect(await fs.readdir(path.join(dir, 'quarantine'))).toEqual([]);
  });
});

describe('temporaryPathBeside', () => {
  it('stays a valid file name however long the target name is', () => {
    const target = path.join(dir, `${'หนังสือราชการ'.repeat(6)}.error.json`);
    expect(Buffer.byteLength(path.basename(temporaryPathBeside(target)))).toBeLessThanOrEqual(140);
  });
});
