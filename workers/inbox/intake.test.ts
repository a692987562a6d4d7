import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServiceOptions } from '../options.js';
import { type OpenServiceContext, openServiceContext } from '../service-context.js';
import { takeInboxFile } from './intake.js';

let root: string;
let ctx: OpenServiceContext;
let inbox: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-intake-'));
  inbox = path.join(root, 'inbox');
  await fs.mkdir(inbox);
  const { options } = parseServiceOptions(['--inbox', inbox, '--outbox', path.join(root, 'outbox'), '--data', path.join(root, 'data')], {});
  ctx = await openServiceContext(options, pino({ level: 'silent' }));
});
afterAll(async () => {
  await ctx?.close();
  await fs.rm(root, { recursive: true, force: true });
});

/** Puts a file back as it was before intake: same name, bytes and mtime (a crash before removal). */
async function putBack(name: string, bytes: string, mtime: Date): Promise<string> {
  const file = path.join(inbox, name);
  await fs.writeFile(file, bytes);
  await fs.utimes(file, mtime, mtime);
  return file;
}

describe('takeInboxFile', () => {
  const mtime = new Date('2026-01-02T03:04:05Z');

  it('accepts new content: stored, recorded, queued under its hash, removed from the inbox', async () => {
    const file = await putBack('หนังสือ 1.pdf', '%PDF-1.4 first %%EOF', mtime);
    const outcome = await takeInboxFile(ctx, inbox, file);
    expect(outcome.kind).toBe('accepted');
    expect(outcome.record).toMatchObject({ fileName: 'หนังสือ 1.pdf', outputName: 'หนังสือ 1', status: 'queued' });
    expect(await ctx.store.has(outcome.record.sha256)).toBe(true);
    expect((await ctx.queues.getInspectJob(outcome.record.sha256))?.data).toEqual({ sha256: outcome.record.sha256, fileName: 'หนังสือ 1.pdf' });
    await expect(fs.access(file)).rejects.toThrow();
  });

  it('resumes, not reports a duplicate, when the same arrival is seen again after a crash', async () => {
    const file = await putBack('หนังสือ 1.pdf', '%PDF-1.4 first %%EOF', mtime);
    expect((await takeInboxFile(ctx, inbox, file)).kind).toBe('resumed');
    expect(await ctx.records.listDuplicates()).toEqual([]);
  });

  it('reports the same content arriving again as a duplicate', async () => {
    const file = await putBack('copy.pdf', '%PDF-1.4 first %%EOF', new Date());
    const outcome = await takeInboxFile(ctx, inbox, file);
    expect(outcome.kind).toBe('duplicate');
    expect(await ctx.records.listDuplicates()).toMatchObject([{ inboxPath: 'copy.pdf', duplicateOf: 'หนังสือ 1.pdf' }]);
    await expect(fs.access(file)).rejects.toThrow();
  });

  it('names different content with the same file name apart', async () => {
    const file = await putBack('หนังสือ 1.pdf', '%PDF-1.4 second %%EOF', mtime);
    const outcome = await takeInboxFile(ctx, inbox, file);
    expect(outcome.kind).toBe('accepted');
    expect(outcome.record.outputName).toBe(`หนังสือ 1-${outcome.record.sha256.slice(0, 8)}`);
  });
});
