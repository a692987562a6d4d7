/**
 * A short PDF is not held behind a long one: dropped while a 600-page PDF is being read, a
 * 2-page letter's pages go first and its result arrives long before the long one's.
 */
import { afterAll, expect, it } from 'vitest';
import { digitalPdf, drop, longPdf } from './fixtures.js';
import { type ServiceProcess, ensureBuilt, listFolder, makeFolders, removeFolders, startServe, waitFor } from './harness.js';

let service: ServiceProcess | undefined;
afterAll(async () => {
  await service?.kill();
  await removeFolders();
});

it('reads a 2-page PDF dropped after a 600-page one before finishing the long one', async () => {
  await ensureBuilt();
  const folders = await makeFolders('fair-order');
  const serve = await startServe(folders);
  service = serve;
  const pagesReadOf = (file: string) => serve.logs.filter((entry) => entry.msg === 'page read' && entry.file === file).length;

  await drop(folders.inbox, 'long report.pdf', await longPdf(600));
  await waitFor('the long PDF being read', async () => pagesReadOf('long report.pdf') >= 10, 120_000);
  await drop(folders.inbox, 'short letter.pdf', await digitalPdf('fair order'));

  await waitFor('the short letter', async () => (await listFolder(folders.outbox)).includes('short letter.json'), 120_000);
  const longPagesRead = pagesReadOf('long report.pdf');
  process.stdout.write(`short letter delivered when ${longPagesRead} of the long PDF's 600 pages were read\n`);
  expect(await listFolder(folders.outbox)).toEqual(['short letter.json']);
  expect(longPagesRead).toBeLessThan(500);
  expect(await serve.stop()).toBe(0);
}, 300_000);
