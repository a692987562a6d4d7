/**
 * A PDF that fails after all its attempts is quarantined with its reason; once the cause is
 * fixed, `saraban retry` queues it again and it reaches the outbox. Nothing is deleted.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { digitalPdf, drop } from './fixtures.js';
import {
  type ServiceProcess,
  ensureBuilt,
  listFolder,
  makeFolders,
  removeFolders,
  readJson,
  runCommand,
  startServe,
  waitFor,
  waitForOutbox,
} from './harness.js';

let service: ServiceProcess | undefined;
afterAll(async () => {
  await service?.kill();
  await removeFolders();
});

it('quarantines a PDF whose output cannot be written, and retries it once the cause is fixed', async () => {
  await ensureBuilt();
  const folders = await makeFolders('retry');
  service = await startServe(folders);
  // The cause: the outbox is not a folder (a mistyped share, a full or read-only disk).
  await fs.rm(folders.outbox, { recursive: true });
  await fs.writeFile(folders.outbox, 'not a folder');
  await drop(folders.inbox, 'circular.pdf', await digitalPdf('retry'));

  const reportFile = path.join(folders.quarantine, 'circular.error.json');
  await waitFor('the quarantine report', () => fs.access(reportFile).then(() => true, () => false), 120_000);
  const report = await readJson(reportFile);
  expect(report).toMatchObject({ file: 'circular.pdf', stage: 'assemble', attempts: 3 });
  expect(String(report.reason)).toMatch(/outbox/);
  expect(await listFolder(folders.quarantine)).toEqual(['circular.error.json', 'circular.pdf']);
  expect(runCommand('status', folders)).toMatch(/circular\s+\[assemble\]/);

  await fs.rm(folders.outbox);
  await fs.mkdir(folders.outbox);
  expect(runCommand('retry', folders)).toBe('queued again: circular\n');

  expect(await waitForOutbox(folders, 1, 120_000)).toEqual(['circular.json']);
  expect(await listFolder(folders.quarantine)).toEqual(['retried']);
  const [retried] = await listFolder(path.join(folders.quarantine, 'retried'));
  expect(await listFolder(path.join(folders.quarantine, 'retried', retried!))).toEqual(['circular.error.json', 'circular.pdf']);
  expect(runCommand('retry', folders)).toBe('the quarantine folder is empty\n');
  expect(await service.stop()).toBe(0);
}, 300_000);
