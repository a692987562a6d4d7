import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore } from './content-store.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-store-'));
});
afterEach(async () => {
  await fs.chmod(dir, 0o755);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('ContentStore', () => {
  it('stores a file under the SHA-256 of its bytes, read-only, leaving the source in place', async () => {
    const source = path.join(dir, 'in.pdf');
    const bytes = Buffer.from('%PDF-1.4 some bytes %%EOF');
    await fs.writeFile(source, bytes);
    const store = new ContentStore(path.join(dir, 'store'));
    const stored = await store.add(source);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(stored.storedPath).toBe(store.pathOf(stored.sha256));
    expect(await fs.readFile(stored.storedPath)).toEqual(bytes);
    expect((await fs.stat(stored.storedPath)).mode & 0o222).toBe(0);
    expect(await fs.readFile(source)).toEqual(bytes);
  });

  it('never reads through a symbolic link, and checks it copies the very file it was shown', async () => {
    const store = new ContentStore(path.join(dir, 'store'));
    await fs.writeFile(path.join(dir, 'secret.txt'), 'secret');
    await fs.symlink(path.join(dir, 'secret.txt'), path.join(dir, 'link.pdf'));
    await expect(store.add(path.join(dir, 'link.pdf'))).rejects.toMatchObject({ code: 'ELOOP' });
    await fs.writeFile(path.join(dir, 'a.pdf'), 'a');
    const other = await fs.stat(path.join(dir, 'secret.txt'));
    await expect(store.add(path.join(dir, 'a.pdf'), { dev: other.dev, ino: other.ino })).rejects.toThrow(/replaced/);
  });

  it('keeps one copy of the same bytes arriving twice', async () => {
    const store = new ContentStore(path.join(dir, 'store'));
    await fs.writeFile(path.join(dir, 'a.pdf'), 'same');
    await fs.writeFile(path.join(dir, 'b.pdf'), 'same');
    const first = await store.add(path.join(dir, 'a.pdf'));
    const second = await store.add(path.join(dir, 'b.pdf'));
    expect(second.storedPath).toBe(first.storedPath);
    const folder = path.dirname(first.storedPath);
    expect((await fs.readdir(folder)).filter((name) => !name.startsWith('.'))).toHaveLength(1);
    expect(await fs.readdir(path.join(dir, 'store', 'incoming'))).toEqual([]);
  });
});
