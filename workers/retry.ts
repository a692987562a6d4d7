/**
 * `saraban retry [NAME ...]`: queues quarantined PDFs again once the cause is fixed (a new
 * version, a missing language pack, a full disk). Their quarantine files move to
 * quarantine/retried/<time>/, so nothing is deleted and a new failure gets a fresh report.
 * A PDF that is itself broken is fixed by dropping a repaired copy into the inbox instead.
 */
import { createLogger } from './logger.js';
import type { ServiceOptions } from './options.js';
import { type ServiceContext, openServiceContext } from './service-context.js';

export interface RetryResult {
  requeued: string[];
  skipped: Array<{ name: string; why: string }>;
}

/** Retries every quarantined PDF, or those whose output name or file name is in `names`. */
export async function requeueQuarantined(ctx: ServiceContext, names: readonly string[] = []): Promise<RetryResult> {
  const result: RetryResult = { requeued: [], skipped: [] };
  const chosen = (await ctx.outputs.listQuarantined()).filter(
    ({ outputName, report }) => names.length === 0 || names.includes(outputName) || names.includes(report.file),
  );
  for (const { outputName, report } of chosen) {
    if (!report.sha256) {
      result.skipped.push({ name: outputName, why: 'refused in the inbox, never received: remove it there, drop the file itself' });
      continue;
    }
    const record = await ctx.records.get(report.sha256);
    if (!record || record.status !== 'quarantined') {
      result.skipped.push({ name: outputName, why: record ? `status is ${record.status}` : 'no document record' });
      continue;
    }
    await ctx.queues.removePdfJobs(record.sha256);
    await ctx.outputs.setAsideQuarantined(outputName, report);
    await ctx.records.update(record.sha256, { status: 'queued', outcome: undefined });
    await ctx.queues.addPdf({ sha256: record.sha256, fileName: record.fileName });
    ctx.logger.info({ file: record.fileName, previousFailure: report.reason }, 'queued again');
    result.requeued.push(outputName);
  }
  for (const name of names) {
    if (!chosen.some(({ outputName, report }) => name === outputName || name === report.file)) {
      result.skipped.push({ name, why: 'not in the quarantine folder' });
    }
  }
  return result;
}

export async function retryQuarantined(options: ServiceOptions, names: readonly string[] = []): Promise<RetryResult> {
  const logger = createLogger({ level: 'warn', name: 'saraban' });
  const ctx = await openServiceContext(options, logger);
  try {
    const result = await requeueQuarantined(ctx, names);
    for (const name of result.requeued) process.stdout.write(`queued again: ${name}\n`);
    for (const { name, why } of result.skipped) process.stdout.write(`skipped: ${name} (${why})\n`);
    if (result.requeued.length === 0 && result.skipped.length === 0) process.stdout.write('the quarantine folder is empty\n');
    return result;
  } finally {
    await ctx.close();
  }
}
