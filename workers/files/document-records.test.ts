import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DocumentRecord, DocumentRecords } from './document-records.js';

const shaA = 'a'.repeat(64);
const shaB = 'b'.repeat(64);
let data: string;
let records: DocumentRecords;
beforeEach(async () => {
  data = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-records-'));
  records = new DocumentRecords(data);
});
afterEach(async () => {
  await fs.rm(data, { recursive: true, force: true });
});

const record = (sha256: string): DocumentRecord => ({
  sha256,
  fileName: 'หนังสือ 1.pdf',
  inboxPath: 'หนังสือ 1.pdf',
  outputName: 'หนังสือ 1',
  size: 10,
  sourceMtimeMs: 1,
  receivedAt: '2026-01-01T00:00:00.000Z',
  status: 'queued',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('DocumentRecords', () => {
  it('gives the file name to the first content and a hash-suffixed name to different content', async () => {
    expect(await records.claimOutputName('report', shaA)).toBe('report');
    expect(await records.claimOutputName('report', shaB)).toBe('report-bbbbbbbb');
    expect(await records.claimOutputName('report', shaA)).toBe('report');
    expect(await records.claimOutputName('report', shaB)).toBe('report-bbbbbbbb');
  });

  it('lists a queued PDF as pending until it has an outcome', async () => {
    await records.save(record(shaA));
    expect(await records.listPending()).toEqual([shaA]);
    await records.update(shaA, { status: 'done', outcome: { file: '/out/x.json' } });
    expect(await records.listPending()).toEqual([]);
    expect((await records.get(shaA))?.status).toBe('done');
  });

  it('appends duplicate arrivals to a log in the data folder', async () => {
    const arrival = { at: 'now', sha256: shaA, inboxPath: 'copy.pdf', duplicateOf: 'a.pdf', outputName: 'a', status: 'done' as const };
    await records.recordDuplicate(arrival);
    await records.recordDuplicate({ ...arrival, inboxPath: 'copy 2.pdf' });
    expect((await records.listDuplicates()).map((d) => d.inboxPath)).toEqual(['copy.pdf', 'copy 2.pdf']);
  });
});
