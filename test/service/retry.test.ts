/**
 * A PDF refused for a limit is quarantined with its reason at once; once the cause is fixed (here
 * the limit, set too low, raised again), `saraban retry` queues it again and it reaches the
 * outbox. Nothing is deleted.
 */
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { drop, scannedPdf } from './fixtures.js';
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

it('quarantines a PDF over a limit at once, and retries it once the limit is raised', async () => {
  await ensureBuilt();
  const folders = await makeFolders('retry');
  // The cause: an operator set the image limit below what an ordinary 200 dpi scan holds.
  service = await startServe(folders, ['--max-image-pixels', '1000000']);
  await drop(folders.inbox, 'scan.pdf', await scannedPdf('retry'));

  const reportFile = path.join(folders.quarantine, 'scan.error.json');
  const report = await waitFor('the quarantine report', () => readJson(reportFile).catch(() => undefined), 120_000);
  expect(report).toMatchObject({
    file: 'scan.pdf',
    stage: 'inspect',
    code: 'over-limit',
    attempts: 1,
    reason: 'page 1: image of 1653 × 2339 pixels is larger than the limit of 1,000,000 pixels',
  });
  expect(await listFolder(folders.quarantine)).toEqual(['scan.error.json', 'scan.pdf']);
  expect(runCommand('status', folders)).toMatch(/scan\s+\[inspect\/over-limit\] page 1: image of 1653 × 2339 pixels/);

  expect(await service.stop()).toBe(0);
  service = await startServe(folders);
  expect(runCommand('retry', folders)).toBe('queued again: scan\n');

  expect(await waitForOutbox(folders, 1, 180_000)).toEqual(['scan.json']);
  expect((await readJson(path.join(folders.outbox, 'scan.json'))).pages).toMatchObject([{ method: 'ocr' }]);
  expect(await listFolder(folders.quarantine)).toEqual(['retried']);
  const [retried] = await listFolder(path.join(folders.quarantine, 'retried'));
  expect(await listFolder(path.join(folders.quarantine, 'retried', retried!))).toEqual(['scan.error.json', 'scan.pdf']);
  expect(runCommand('retry', folders)).toBe('the quarantine folder is empty\n');
  expect(await service.stop()).toBe(0);
}, 300_000);
