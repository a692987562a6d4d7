import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UnrecoverableError, Worker } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_PREFIX, QueueName } from './jobs.js';
import { parseServiceOptions } from './options.js';
import { reconcilePending } from './reconciler.js';
import { redisOptions } from './redis/connection.js';
import { type OpenServiceContext, openServiceContext } from './service-context.js';

let root: string;
let ctx: OpenServiceContext;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-reconcile-'));
  const { options } = parseServiceOptions(['--outbox', path.join(root, 'outbox'), '--data', path.join(root, 'data')], {});
  ctx = await openServiceContext(options, pino({ level: 'silent' }));
});
afterAll(async () => {
  await ctx?.close();
  await fs.rm(root, { recursive: true, force: true });
});

async function acceptedWithoutJob(name: string): Promise<string> {
  const source = path.join(root, name);
  await fs.writeFile(source, `%PDF-1.4 ${name} %%EOF`);
  const { sha256, size, sourceMtimeMs } = await ctx.store.add(source);
  const now = new Date().toISOString();
  const outputName = name.replace('.pdf', '');
  await ctx.records.save({ sha256, fileName: name, inboxPath: name, outputName, size, sourceMtimeMs, receivedAt: now, status: 'queued', updatedAt: now });
  return sha256;
}

describe('reconcilePending', () => {
  it('queues again an accepted PDF whose job Redis does not have', async () => {
    const sha256 = await acceptedWithoutJob('lost.pdf');
    expect(await reconcilePending(ctx)).toEqual({ requeued: 1, quarantined: 0 });
    expect(await (await ctx.queues.getInspectJob(sha256))?.getState()).toBe('waiting');
    expect(await reconcilePending(ctx)).toEqual({ requeued: 0, quarantined: 0 });
  });

  it('quarantines a PDF whose job failed without leaving a report', async () => {
    const failing = async () => {
      throw new UnrecoverableError('job stalled more than allowable limit');
    };
    const worker = new Worker(QueueName.Documents, failing, { connection: redisOptions(ctx.endpoint), prefix: QUEUE_PREFIX });
    await new Promise((resolve) => worker.once('failed', resolve));
    await worker.close();

    expect(await reconcilePending(ctx)).toEqual({ requeued: 0, quarantined: 1 });
    const [failure] = await ctx.outputs.listQuarantined();
    expect(failure?.report).toMatchObject({ file: 'lost.pdf', stage: 'inspect', reason: 'job stalled more than allowable limit' });
    expect(await ctx.records.listPending()).toEqual([]);
  });

  it('leaves alone a record changed within the settling time (an intake in progress)', async () => {
    await acceptedWithoutJob('fresh.pdf');
    expect(await reconcilePending(ctx, 120_000)).toEqual({ requeued: 0, quarantined: 0 });
  });
});
