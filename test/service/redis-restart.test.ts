/**
 * Redis (given by REDIS_URL) stopped and started again in the middle of a run: the service
 * waits for it, files dropped meanwhile are taken once it is back, and every PDF ends in the
 * outbox exactly once.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { digitalPdf, drop, scannedPdf } from './fixtures.js';
import {
  ensureBuilt,
  freePort,
  listFolder,
  makeFolders,
  removeFolders,
  startServe,
  startTestRedis,
  waitFor,
  waitForOutbox,
} from './harness.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await removeFolders();
});

it('resumes processing after Redis is stopped and started again mid-run', async () => {
  await ensureBuilt();
  const folders = await makeFolders('redis-restart');
  const redisDir = path.join(folders.root, 'redis');
  const port = await freePort();
  let redis = await startTestRedis(redisDir, port);
  cleanups.push(() => redis.stop());
  const service = await startServe(folders, [], { REDIS_URL: redis.url });
  cleanups.push(() => service.kill());

  await drop(folders.inbox, 'scan.pdf', await scannedPdf('redis restart'));
  for (let index = 1; index <= 6; index++) {
    await drop(folders.inbox, `letter ${index}.pdf`, await digitalPdf(`redis restart ${index}`));
  }
  await waitFor('a first result', async () => (await listFolder(folders.outbox)).length > 0, 120_000);

  await redis.stop();
  for (let index = 7; index <= 8; index++) {
    await drop(folders.inbox, `letter ${index}.pdf`, await digitalPdf(`redis restart ${index}`));
  }
  await sleep(4000);
  redis = await startTestRedis(redisDir, port);

  const expected = ['scan.json', ...Array.from({ length: 8 }, (_, index) => `letter ${index + 1}.json`)].sort();
  expect(await waitForOutbox(folders, expected.length, 180_000)).toEqual(expected);
  expect(await listFolder(folders.quarantine)).toEqual([]);
  expect(await listFolder(folders.inbox)).toEqual([]);
  const health = await fetch(`${service.http}/healthz`);
  expect(await health.json()).toEqual({ ok: true, redis: 'up', outputs: 'writable' });
  expect(await service.stop()).toBe(0);
}, 300_000);
