/**
 * Nothing is lost or doubled when processes die: a worker killed with SIGKILL in the middle of
 * OCR, and the whole service killed with SIGKILL and started again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { digitalPdf, drop, scannedPdf } from './fixtures.js';
import {
  type ServiceFolders,
  type ServiceProcess,
  childPids,
  ensureBuilt,
  isAlive,
  listFolder,
  makeFolders,
  removeFolders,
  readJson,
  startCommand,
  startServe,
  waitFor,
  waitForOutbox,
} from './harness.js';

const running: ServiceProcess[] = [];
afterEach(async () => {
  for (const process of running.splice(0)) await process.kill();
  await removeFolders();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Waits until the scan's page is being read (OCR), watching the queue in the local Redis. */
async function waitUntilPageActive(folders: ServiceFolders, scanSha: string): Promise<void> {
  const redis = new Redis({ path: path.join(folders.data, 'redis', 'redis.sock'), maxRetriesPerRequest: null });
  try {
    await waitFor(
      'the scan page to be read',
      async () => (await redis.lrange('saraban:pages:active', 0, -1)).includes(`${scanSha}-page-1`),
      60_000,
    );
  } finally {
    redis.disconnect();
  }
}

async function dropBatch(folders: ServiceFolders, label: string, digitalCount: number): Promise<string> {
  const scan = await scannedPdf(label);
  await drop(folders.inbox, 'scan.pdf', scan);
  for (let index = 1; index <= digitalCount; index++) {
    await drop(folders.inbox, `letter ${index}.pdf`, await digitalPdf(`${label} ${index}`));
  }
  return sha256(scan);
}

async function expectEachOnce(folders: ServiceFolders, digitalCount: number): Promise<void> {
  const expected = ['scan.json', ...Array.from({ length: digitalCount }, (_, index) => `letter ${index + 1}.json`)].sort();
  expect(await waitForOutbox(folders, expected.length, 180_000)).toEqual(expected);
  const scan = await readJson(path.join(folders.outbox, 'scan.json'));
  expect(scan.pages).toMatchObject([{ method: 'ocr' }]);
  expect(await listFolder(folders.quarantine)).toEqual([]);
  expect(await listFolder(folders.inbox)).toEqual([]);
}

async function expectGone(pids: number[]): Promise<void> {
  await waitFor('orphaned page processors to exit', async () => pids.every((pid) => !isAlive(pid)), 10_000);
}

describe('crash recovery', () => {
  it('finishes every PDF once when a worker is killed with SIGKILL in the middle of OCR', async () => {
    await ensureBuilt();
    const folders = await makeFolders('worker-kill');
    const service = await startServe(folders, ['--no-workers']);
    running.push(service);
    const doomed = startCommand('worker', folders, ['--ocr-workers', '1']);
    running.push(doomed);
    await doomed.waitForLog('saraban worker running');

    const scanSha = await dropBatch(folders, 'worker kill', 3);
    await waitUntilPageActive(folders, scanSha);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // well inside the OCR of the page
    const processors = childPids(doomed.pid);
    expect(processors.length).toBeGreaterThan(0);
    await doomed.kill();
    await expectGone(processors);

    const rescuer = startCommand('worker', folders, ['--ocr-workers', '1']);
    running.push(rescuer);
    await expectEachOnce(folders, 3);
    expect(rescuer.logs.some((entry) => entry.msg === 'page read' && entry.file === 'scan.pdf')).toBe(true);
    expect(await rescuer.stop()).toBe(0);
    expect(await service.stop()).toBe(0);
  }, 300_000);

  it('finishes every PDF once when the whole service is killed with SIGKILL and started again', async () => {
    await ensureBuilt();
    const folders = await makeFolders('service-kill');
    const first = await startServe(folders, ['--ocr-workers', '1']);
    running.push(first);

    const scanSha = await dropBatch(folders, 'service kill', 5);
    await waitUntilPageActive(folders, scanSha);
    const redisPidFile = path.join(folders.data, 'redis', 'redis.pid');
    const redisPid = Number(await fs.readFile(redisPidFile, 'utf8'));
    const processors = childPids(first.pid).filter((pid) => pid !== redisPid);
    expect(processors.length).toBeGreaterThan(0);
    await first.kill();
    await expectGone(processors);
    expect(isAlive(redisPid)).toBe(true); // left behind by the crash

    const second = await startServe(folders, ['--ocr-workers', '1']);
    running.push(second);
    await expectEachOnce(folders, 5);
    // The leftover redis-server was reused, not doubled.
    expect(Number(await fs.readFile(redisPidFile, 'utf8'))).toBe(redisPid);
    expect(await second.stop()).toBe(0);
    expect(isAlive(redisPid)).toBe(false);
  }, 300_000);
});
