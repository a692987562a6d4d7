import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServiceOptions } from './options.js';
import { outputRetryDelayMs } from './output-faults.js';
import { type OpenServiceContext, openServiceContext } from './service-context.js';

let root: string;
let ctx: OpenServiceContext;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-faults-'));
  const { options } = parseServiceOptions(['--outbox', path.join(root, 'outbox'), '--data', path.join(root, 'data')], {});
  ctx = await openServiceContext(options, pino({ level: 'silent' }));
});
afterAll(async () => {
  await ctx?.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('output faults', () => {
  it('waits longer after each failed write, up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(outputRetryDelayMs)).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('counts the failed writes of each PDF since the first, and forgets them once one succeeds', async () => {
    const sha = 'c'.repeat(64);
    const failure = { file: 'a.pdf', folder: '/srv/outbox', error: '/srv/outbox cannot be written: EACCES' };
    expect(await ctx.outputFaults.record(sha, failure)).toEqual({ attempts: 1, retryInMs: 2000 });
    expect(await ctx.outputFaults.record(sha, failure)).toEqual({ attempts: 2, retryInMs: 4000 });
    const [fault] = await ctx.outputFaults.list();
    expect(fault).toMatchObject({ sha256: sha, file: 'a.pdf', attempts: 2 });
    await ctx.outputFaults.clear(sha);
    expect(await ctx.outputFaults.list()).toEqual([]);
  });
});
