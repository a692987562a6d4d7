/**
 * Hostile PDFs (made in test/support/hostile-pdfs.ts) against the real service: each is
 * quarantined within 60 s with a reason a clerk can read, the whole process tree stays under
 * 1.5 GB, nothing is retried, and a good PDF dropped with them is delivered. With the checks
 * before decoding turned off, the page processes' own time limit and memory ceiling still stop them.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFlateBomb, deepArray, imageFlateBomb, jpegSizeClaim, nestedGraphicsStates } from '../support/hostile-pdfs.js';
import { digitalPdf, drop } from './fixtures.js';
import {
  type ServiceFolders,
  type ServiceProcess,
  ensureBuilt,
  listFolder,
  makeFolders,
  readJson,
  removeFolders,
  startServe,
  waitFor,
  waitForOutbox,
  watchTreeMemory,
} from './harness.js';

const MEMORY_CEILING = 1.5 * 1024 ** 3;
const MB = 1024 ** 2;

const running: ServiceProcess[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) await service.kill();
  await removeFolders();
});

interface Quarantined {
  reason: string;
  code?: string;
  attempts: number;
  seconds: number;
}

/** Waits for a quarantine report per name, noting when each appeared (seconds after `since`). */
async function waitForReports(folders: ServiceFolders, names: string[], since: number, timeoutMs: number): Promise<Record<string, Quarantined>> {
  const seen: Record<string, Quarantined> = {};
  await waitFor(
    `quarantine reports for ${names.join(', ')}`,
    async () => {
      for (const name of names) {
        if (seen[name]) continue;
        const report = await readJson(path.join(folders.quarantine, `${name}.error.json`)).catch(() => null);
        if (report) seen[name] = { reason: String(report.reason), code: report.code as string | undefined, attempts: Number(report.attempts), seconds: (Date.now() - since) / 1000 };
      }
      return Object.keys(seen).length === names.length;
    },
    timeoutMs,
  );
  return seen;
}

function printFigures(title: string, reports: Record<string, Quarantined>, peak: number): void {
  const lines = Object.entries(reports).map(([name, report]) => `  ${name.padEnd(22)} ${report.seconds.toFixed(1).padStart(5)} s  ${report.reason}`);
  process.stdout.write(`${title} (peak resident memory of the service's process tree ${Math.round(peak / MB)} MB):\n${lines.join('\n')}\n`);
}

describe('hostile PDFs', () => {
  it('quarantines each within 60 s under 1.5 GB, at the first attempt, and delivers a good PDF dropped with them', async () => {
    await ensureBuilt();
    const folders = await makeFolders('hostile');
    const service = await startServe(folders);
    running.push(service);
    const memory = watchTreeMemory(service.pid);
    const started = Date.now();
    await Promise.all([
      jpegSizeClaim().then((bytes) => drop(folders.inbox, 'jpeg size claim.pdf', bytes)),
      drop(folders.inbox, 'content flate bomb.pdf', contentFlateBomb()),
      drop(folders.inbox, 'image flate bomb.pdf', imageFlateBomb()),
      drop(folders.inbox, 'nested 20k.pdf', nestedGraphicsStates(20_000)),
      drop(folders.inbox, 'nested 200k.pdf', nestedGraphicsStates(200_000)),
      drop(folders.inbox, 'deep array.pdf', deepArray()),
      digitalPdf('among hostile ones').then((bytes) => drop(folders.inbox, 'good.pdf', bytes)),
    ]);

    const reports = await waitForReports(
      folders,
      ['jpeg size claim', 'content flate bomb', 'image flate bomb', 'nested 20k', 'nested 200k', 'deep array'],
      started,
      60_000,
    );
    expect(await waitForOutbox(folders, 1, 60_000)).toEqual(['good.json']);
    const peak = memory.stop();
    printFigures('hostile PDFs, default limits', reports, peak);

    expect(peak).toBeLessThan(MEMORY_CEILING);
    for (const report of Object.values(reports)) {
      expect(report.seconds).toBeLessThan(60);
      expect(report.attempts).toBe(1); // bad input is never retried
    }
    expect(reports['jpeg size claim']).toMatchObject({ code: 'over-limit', reason: 'page 1: image of 60000 × 60000 pixels is larger than the limit of 100,000,000 pixels' });
    expect(reports['image flate bomb']).toMatchObject({ code: 'over-limit', reason: 'page 1: image of 40000 × 30000 pixels is larger than the limit of 100,000,000 pixels' });
    expect(reports['content flate bomb']).toMatchObject({ code: 'over-limit', reason: 'page 1: its drawing instructions unpack to more than 64 MB, more than the limit' });
    for (const name of ['nested 20k', 'nested 200k']) {
      expect(reports[name]).toMatchObject({ code: 'over-limit', reason: 'page 1: its drawing instructions are nested more than 1,000 levels deep, more than the limit' });
    }
    expect(reports['deep array']!.reason).toMatch(/^1 of 1 pages could not be read: page 1 cannot be read: /);

    // What the libraries printed on the way (pdf-lib's parse warnings) arrived as log entries.
    expect(service.logs.filter((entry) => entry.level === undefined)).toEqual([]);
    expect(service.logs.some((entry) => entry.msg === 'page process output')).toBe(true);
    expect(await service.stop()).toBe(0);
  }, 180_000);

  it('stops a page past the time limit, and one past the memory ceiling, when the checks before decoding let them through', async () => {
    await ensureBuilt();
    const folders = await makeFolders('hostile-ceilings');
    const lenient = ['--max-nesting', '10000000', '--max-image-pixels', '150000000'];
    const service = await startServe(folders, [...lenient, '--page-time-limit-ms', '40000', '--page-memory-mb', '400']);
    running.push(service);
    const memory = watchTreeMemory(service.pid);
    const started = Date.now();
    await drop(folders.inbox, 'nested 200k.pdf', nestedGraphicsStates(200_000));
    // 144 million pixels: under the image limit, but rendering the page for OCR needs gigabytes.
    await drop(folders.inbox, 'huge image.pdf', imageFlateBomb(12_000, 12_000));
    await drop(folders.inbox, 'good.pdf', await digitalPdf('beside the ceilings'));

    const reports = await waitForReports(folders, ['nested 200k', 'huge image'], started, 120_000);
    expect(await waitForOutbox(folders, 1, 60_000)).toEqual(['good.json']);
    const peak = memory.stop();
    printFigures('hostile PDFs past lenient checks, page limits 40 s and 400 MB', reports, peak);

    expect(peak).toBeLessThan(MEMORY_CEILING);
    expect(reports['nested 200k']!.reason).toBe('1 of 1 pages could not be read: page 1: reading it took longer than the limit of 40 s');
    expect(reports['huge image']!.reason).toBe('1 of 1 pages could not be read: page 1: reading it needed more than 400 MB of memory, more than the limit');
    for (const report of Object.values(reports)) expect(report.attempts).toBe(1);
    expect(await listFolder(folders.inbox)).toEqual([]);
    expect(await service.stop()).toBe(0);
  }, 240_000);
});
