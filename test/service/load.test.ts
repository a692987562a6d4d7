/**
 * Thirty PDFs dropped at once (digital and scanned) all end in the outbox exactly once, each
 * result the same as `saraban process` gives for the same file and indexed into the archive.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openArchive } from '../../archive/archive.js';
import { processPdf } from '../../pipeline/process.js';
import { ProcessingResult } from '../../schemas/index.js';
import { digitalPdf, drop, scannedPdf } from './fixtures.js';
import { type RunningServe, type ServiceFolders, ensureBuilt, listFolder, makeFolders, readJson, removeFolders, startServe, waitForOutbox } from './harness.js';

let folders: ServiceFolders;
let service: RunningServe;

beforeAll(async () => {
  await ensureBuilt();
  folders = await makeFolders('load');
  service = await startServe(folders);
}, 300_000);

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
  await removeFolders();
});

it('processes 30 PDFs dropped at once, each exactly once', async () => {
  const names = Array.from({ length: 30 }, (_, index) => `letter ${String(index + 1).padStart(2, '0')}.pdf`);
  const scanned = new Set([names[4], names[19]]);
  const contents = await Promise.all(names.map((name) => (scanned.has(name) ? scannedPdf(name) : digitalPdf(name))));
  await Promise.all(names.map((name, index) => drop(folders.inbox, name, contents[index]!)));

  const results = await waitForOutbox(folders, 30, 240_000);
  expect(results).toEqual(names.map((name) => name.replace(/\.pdf$/, '.json')));
  expect(await listFolder(folders.quarantine)).toEqual([]);
  expect(await listFolder(folders.inbox)).toEqual([]);

  const methods = new Map<string, string[]>();
  for (const name of results) {
    const result = ProcessingResult.parse(await readJson(path.join(folders.outbox, name)));
    methods.set(name, [...new Set(result.pages.map((page) => page.method))]);
  }
  expect(methods.get('letter 05.json')).toEqual(['ocr']);
  expect(methods.get('letter 01.json')).toEqual(['text']);

  // The service's result for a digital PDF is what `saraban process` gives for it.
  const direct = await processPdf({ file: 'letter 01.pdf', bytes: contents[0]! });
  expect(await readJson(path.join(folders.outbox, 'letter 01.json'))).toEqual(JSON.parse(JSON.stringify(direct)));

  const records = await fs.readdir(path.join(folders.data, 'documents'));
  expect(records).toHaveLength(30);

  // Every delivered result is also in the archive, found by its reference number.
  const archive = openArchive(folders.data);
  try {
    expect(archive.stats().sources).toBe(30);
    const reference = direct.documents[0]!.reference!.normalized;
    expect(archive.search({ ref: reference }).items.map((item) => item.reference)).toContain(reference);
  } finally {
    archive.close();
  }
}, 300_000);
