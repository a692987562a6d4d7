/**
 * The inbox never reaches outside itself: symbolic links (to a folder, to a file, inside a dropped
 * folder, present at start or made while the service runs) and special files are refused with a
 * report naming them, never followed, never read and never deleted through; what they point to
 * is untouched, even files created there later. A real PDF dropped beside them is delivered.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { digitalPdf, drop } from './fixtures.js';
import {
  type ServiceProcess,
  ensureBuilt,
  listFolder,
  makeFolders,
  readJson,
  removeFolders,
  startServe,
  waitFor,
  waitForOutbox,
} from './harness.js';

let service: ServiceProcess | undefined;
afterAll(async () => {
  await service?.kill();
  await removeFolders();
});

/** Every file below a folder with its bytes, to compare before and after. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(folder, full)] = (await fs.readFile(full)).toString('base64');
    }
  }
  return files;
}

it('refuses links and special files in the inbox without touching what they point to', async () => {
  await ensureBuilt();
  const folders = await makeFolders('links');
  const outside = path.join(folders.root, 'elsewhere');
  await fs.mkdir(path.join(outside, 'sub'), { recursive: true });
  await fs.writeFile(path.join(outside, 'notes.txt'), 'not for the inbox');
  await fs.writeFile(path.join(outside, 'sub', 'deeper.txt'), 'nor this');
  await fs.writeFile(path.join(outside, 'letter.pdf'), await digitalPdf('outside the inbox'));
  const secret = path.join(folders.root, 'secret.txt');
  await fs.writeFile(secret, 'root:x:0:0:a secret the store must never hold');

  // A link present when the service starts, and a FIFO (it must not hang the intake).
  await fs.symlink(outside, path.join(folders.inbox, 'shared folder'));
  execFileSync('mkfifo', [path.join(folders.inbox, 'pipe.pdf')]);
  service = await startServe(folders);

  // Links made while it runs: to a file, to the folder from inside a dropped folder.
  await fs.symlink(secret, path.join(folders.inbox, 'passwd.pdf'));
  await fs.mkdir(path.join(folders.inbox, 'ฝ่ายธุรการ'));
  await fs.symlink(outside, path.join(folders.inbox, 'ฝ่ายธุรการ', 'ทางลัด'));
  await drop(folders.inbox, 'real letter.pdf', await digitalPdf('real one'));
  const before = await snapshot(outside);

  const reports = await waitFor(
    'four refusal reports',
    async () => {
      const names = (await listFolder(folders.quarantine)).filter((name) => name.endsWith('.refused.error.json'));
      return names.length === 4 ? names : undefined;
    },
    60_000,
  );
  expect(reports.sort()).toEqual(
    ['passwd.pdf.refused.error.json', 'pipe.pdf.refused.error.json', 'shared folder.refused.error.json', 'ฝ่ายธุรการ - ทางลัด.refused.error.json'].sort(),
  );
  const link = await readJson(path.join(folders.quarantine, 'shared folder.refused.error.json'));
  expect(link).toMatchObject({ file: 'shared folder', stage: 'intake', code: 'symlink', target: outside, attempts: 0 });
  expect(String(link.reason)).toMatch(/symbolic link/);
  expect(await readJson(path.join(folders.quarantine, 'passwd.pdf.refused.error.json'))).toMatchObject({ code: 'symlink', target: secret });
  expect(await readJson(path.join(folders.quarantine, 'pipe.pdf.refused.error.json'))).toMatchObject({ code: 'not-a-file' });

  // A file created behind the link later is not taken either.
  await fs.writeFile(path.join(outside, 'later.pdf'), await digitalPdf('made later'));
  expect(await waitForOutbox(folders, 1, 60_000)).toEqual(['real letter.json']);
  await sleep(5000); // several settle periods: time enough for anything wrongly taken to go

  expect(await snapshot(outside)).toEqual({ ...before, 'later.pdf': expect.any(String) });
  expect(await fs.readFile(secret, 'utf8')).toMatch(/^root:x/);
  // Only the real letter reached the content store; the links and the FIFO stay for the clerk.
  const stored = await fs.readdir(path.join(folders.data, 'store'), { recursive: true });
  expect(stored.filter((name) => name.endsWith('.pdf'))).toHaveLength(1);
  expect(await listFolder(folders.inbox)).toEqual(['passwd.pdf', 'pipe.pdf', 'shared folder', 'ฝ่ายธุรการ']);
  expect(await listFolder(folders.outbox)).toEqual(['real letter.json']);
  expect(service.logs.filter((entry) => entry.msg === 'symbolic link in the inbox: refused, not followed')).toHaveLength(3);
  expect(await service.stop()).toBe(0);
}, 180_000);
