/**
 * Every kind of arrival gets the right outcome, and the service stays up: bad input is
 * quarantined with its reason, a slow copy is waited for, the same content twice is processed
 * once, Thai names (250 bytes long too, or with a newline) and dropped folders work, temporary
 * files are left alone, and every log line stays one JSON object.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessingResult } from '../../schemas/index.js';
import { fitToBytes } from '../../workers/files/file-names.js';
import { BAD_INPUTS, digitalPdf, drop, dropSlowly, longPdf } from './fixtures.js';
import {
  type RunningServe,
  type ServiceFolders,
  ensureBuilt,
  listFolder,
  makeFolders,
  removeFolders,
  readJson,
  startServe,
  waitFor,
  waitForOutbox,
} from './harness.js';

let folders: ServiceFolders;
let service: RunningServe;

beforeAll(async () => {
  await ensureBuilt();
  folders = await makeFolders('outcomes');
  service = await startServe(folders);
}, 300_000);

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
  await removeFolders();
});

/** A Thai file name of exactly 250 bytes (the file system allows 255): too long for NAME.error.json and temporary names. */
function longThaiName(): string {
  const stem = fitToBytes('หนังสือราชการเรื่องขอเชิญประชุมคณะกรรมการ'.repeat(6), 246);
  return `${stem}${'1'.repeat(246 - Buffer.byteLength(stem))}.pdf`;
}

describe('inbox service outcomes', () => {
  it('gives every arrival its outcome and keeps serving', async () => {
    const { inbox } = folders;
    const duplicate = await digitalPdf('duplicate');
    const longName = longThaiName();
    expect(Buffer.byteLength(longName)).toBe(250);
    const longNamed = await digitalPdf('long name');
    await Promise.all([
      drop(inbox, 'empty.pdf', ''),
      fs.copyFile(path.join(BAD_INPUTS, 'text-file.pdf'), path.join(inbox, 'not a pdf.pdf')),
      fs.copyFile(path.join(BAD_INPUTS, 'encrypted.pdf'), path.join(inbox, 'locked.pdf')),
      fs.copyFile(path.join(BAD_INPUTS, 'truncated.pdf'), path.join(inbox, 'cut.pdf')),
      longPdf(300).then((bytes) => drop(inbox, 'long report.pdf', bytes)),
      digitalPdf('thai name').then((bytes) => drop(inbox, 'หนังสือ เวียน ที่ 5.pdf', bytes)),
      drop(inbox, longName, longNamed),
      digitalPdf('newline').then((bytes) => drop(inbox, 'บรรทัดแรก\nบรรทัดที่สอง.pdf', bytes)),
      digitalPdf('folder 1').then((bytes) => drop(inbox, 'ฝ่ายธุรการ/เรื่อง 1.pdf', bytes)),
      digitalPdf('folder 2').then((bytes) => drop(inbox, 'ฝ่ายธุรการ/ย่อย/เรื่อง 2.pdf', bytes)),
      digitalPdf('report 1').then((bytes) => drop(inbox, 'report.pdf', bytes)),
      digitalPdf('report 2').then((bytes) => drop(inbox, 'ฝ่ายธุรการ/report.pdf', bytes)),
      drop(inbox, 'copy A.pdf', duplicate),
      drop(inbox, 'copy B.pdf', duplicate),
      drop(inbox, 'download.pdf.part', 'still downloading'),
      drop(inbox, '~$memo.pdf', 'office lock'),
      digitalPdf('slow').then((bytes) => dropSlowly(inbox, 'slow scan.pdf', bytes, 10)),
    ]);

    const results = await waitForOutbox(folders, 10, 240_000);
    const reportTwin = results.find((name) => /^report-[0-9a-f]{8}\.json$/.test(name));
    const copy = results.find((name) => name === 'copy A.json' || name === 'copy B.json');
    // A name too long to be an output name keeps its readable start and gains the content hash.
    const longResult = `${fitToBytes(longName.replace(/\.pdf$/, ''), 191)}-${createHash('sha256').update(longNamed).digest('hex').slice(0, 8)}.json`;
    expect(results.sort()).toEqual(
      [
        'long report.json',
        'หนังสือ เวียน ที่ 5.json',
        'เรื่อง 1.json',
        'เรื่อง 2.json',
        'report.json',
        reportTwin,
        'slow scan.json',
        copy,
        longResult,
        'บรรทัดแรก_บรรทัดที่สอง.json',
      ].sort(),
    );
    expect((await readJson(path.join(folders.outbox, longResult))).source).toMatchObject({ file: longName });

    for (const name of results) {
      ProcessingResult.parse(await readJson(path.join(folders.outbox, name)));
    }
    expect((await readJson(path.join(folders.outbox, 'long report.json'))).source).toMatchObject({ file: 'long report.pdf', pageCount: 300 });
    expect((await readJson(path.join(folders.outbox, 'slow scan.json'))).source).toMatchObject({ pageCount: 2 });

    const reports = await waitFor(
      'four quarantine reports',
      async () => {
        const names = (await listFolder(folders.quarantine)).filter((name) => name.endsWith('.error.json'));
        return names.length === 4 ? names : undefined;
      },
      30_000,
    );
    const codes: Record<string, unknown> = {};
    for (const name of reports) {
      const report = await readJson(path.join(folders.quarantine, name));
      codes[String(report.file)] = report.code;
      expect(report).toMatchObject({ stage: 'inspect', attempts: 1 });
      expect(String(report.reason).length).toBeGreaterThan(10);
    }
    expect(codes).toEqual({ 'empty.pdf': 'empty', 'not a pdf.pdf': 'not-pdf', 'locked.pdf': 'encrypted', 'cut.pdf': 'truncated' });
    expect(await listFolder(folders.quarantine)).toEqual(
      expect.arrayContaining(['empty.pdf', 'not a pdf.pdf', 'locked.pdf', 'cut.pdf']),
    );

    // The inbox keeps only what is not a document yet; folders stay for the clerk.
    expect(await listFolder(folders.inbox)).toEqual(['download.pdf.part', '~$memo.pdf', 'ฝ่ายธุรการ']);
    expect(await listFolder(path.join(folders.inbox, 'ฝ่ายธุรการ'))).toEqual(['ย่อย']);

    // The same content again, later and under a third name: reported, not processed.
    await drop(folders.inbox, 'copy C.pdf', duplicate);
    const duplicates = await waitFor(
      'two duplicate records',
      async () => {
        const lines = (await fs.readFile(path.join(folders.data, 'duplicates.jsonl'), 'utf8').catch(() => '')).trim().split('\n');
        return lines.length === 2 ? lines.map((line) => JSON.parse(line) as Record<string, unknown>) : undefined;
      },
      30_000,
    );
    expect(duplicates.map((entry) => entry.inboxPath).sort()).toEqual([copy === 'copy A.json' ? 'copy B.pdf' : 'copy A.pdf', 'copy C.pdf']);
    expect(await listFolder(folders.outbox)).toHaveLength(10);

    const health = await fetch(`${service.http}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`${service.http}/metrics`)).text();
    expect(metrics).toMatch(/saraban_pdfs_processed_total\{method="text"\} 10/);
    expect(metrics).toMatch(/saraban_failures_total\{stage="inspect"\} 4/);
    expect(metrics).toMatch(/saraban_duplicates_total 2/);

    // Every line the service printed is one JSON log entry, the newline inside a name included.
    expect(service.logs.filter((entry) => entry.level === undefined)).toEqual([]);
    expect(service.logs.some((entry) => entry.file === 'บรรทัดแรก\nบรรทัดที่สอง.pdf' && entry.msg === 'PDF accepted')).toBe(true);
  }, 300_000);
});
