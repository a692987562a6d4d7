/**
 * The service as a normal user (nobody, when the tests run as root) on folders it owns:
 * quarantine and delivery work, and an outbox made read-only in the middle of a run loses
 * nothing: the results wait (shown by status and /healthz) and every one is delivered, once,
 * when the folder is writable again.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { BAD_INPUTS, digitalPdf, drop } from './fixtures.js';
import {
  type ServiceProcess,
  ensureBuilt,
  giveFoldersTo,
  listFolder,
  makeFolders,
  readJson,
  removeFolders,
  runCommand,
  startServe,
  unprivilegedUser,
  waitFor,
  waitForOutbox,
} from './harness.js';

let service: ServiceProcess | undefined;
afterAll(async () => {
  await service?.kill();
  await removeFolders();
});

const READ_ONLY_SECONDS = 30;

it('quarantines and delivers as a normal user, and delivers every result once a read-only outbox is writable again', async () => {
  await ensureBuilt();
  const user = unprivilegedUser();
  const folders = await makeFolders('unprivileged');
  for (const folder of [folders.outbox, folders.quarantine, folders.data]) await fs.mkdir(folder);
  giveFoldersTo(folders, user);
  const serve = await startServe(folders, [], {}, user);
  service = serve;
  const health = async () => {
    const response = await fetch(`${serve.http}/healthz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  // Quarantine (a text file named .pdf) and delivery, written by the service's own user.
  await fs.copyFile(path.join(BAD_INPUTS, 'text-file.pdf'), path.join(folders.inbox, 'not a pdf.pdf'));
  await drop(folders.inbox, 'first.pdf', await digitalPdf('as nobody'));
  giveFoldersTo(folders, user);
  expect(await waitForOutbox(folders, 1, 120_000)).toEqual(['first.json']);
  await waitFor('the quarantine report', () => fs.access(path.join(folders.quarantine, 'not a pdf.error.json')).then(() => true, () => false), 60_000);
  expect(await readJson(path.join(folders.quarantine, 'not a pdf.error.json'))).toMatchObject({ code: 'not-pdf', attempts: 1 });
  expect(await listFolder(folders.quarantine)).toEqual(['not a pdf.error.json', 'not a pdf.pdf']);
  if (user) expect((await fs.stat(path.join(folders.outbox, 'first.json'))).uid).toBe(user.uid);

  // The outbox turns read-only mid-run: ten PDFs arrive meanwhile.
  await fs.chmod(folders.outbox, 0o555);
  for (let index = 1; index <= 10; index++) await drop(folders.inbox, `letter ${index}.pdf`, await digitalPdf(`read-only outbox ${index}`));
  giveFoldersTo(folders, user);
  await waitFor('results waiting for the outbox', async () => ((await health()).body.waiting as number) === 10, 120_000);
  expect(await health()).toEqual({ status: 503, body: { ok: false, redis: 'up', outputs: 'blocked', waiting: 10 } });
  const status = runCommand('status', folders, [], user);
  expect(status).toMatch(/Waiting for an output folder that cannot be written: 10 PDF\(s\)/);
  expect(status).toMatch(/letter 1\.pdf: .*outbox cannot be written: EACCES/);
  await sleep(READ_ONLY_SECONDS * 1000);
  expect(await listFolder(folders.outbox)).toEqual(['first.json']);
  expect(await listFolder(folders.quarantine)).toEqual(['not a pdf.error.json', 'not a pdf.pdf']);

  await fs.chmod(folders.outbox, 0o755);
  const expected = ['first.json', ...Array.from({ length: 10 }, (_, index) => `letter ${index + 1}.json`)].sort();
  expect(await waitForOutbox(folders, expected.length, 120_000)).toEqual(expected);
  await waitFor('health back to normal', async () => (await health()).status === 200, 30_000);
  expect((await health()).body).toEqual({ ok: true, redis: 'up', outputs: 'writable' });
  expect(runCommand('status', folders, [], user)).not.toMatch(/Waiting for an output folder/);
  expect(await listFolder(folders.quarantine)).toEqual(['not a pdf.error.json', 'not a pdf.pdf']);
  expect((await fs.readdir(folders.outbox)).filter((name) => name.startsWith('.'))).toEqual([]); // no temporary files left
  expect(await serve.stop()).toBe(0);
}, 300_000);
