/**
 * The two ends of a PDF's journey: its result in the outbox, or the PDF in quarantine with the
 * reason. Both update the document record last, so a crash before that point redoes the step
 * (rewriting the same file) and nothing is ever lost or doubled. A folder that cannot be
 * written throws OutputWriteError: the caller waits and tries again (output-faults.ts).
 */
import type { PageText, ProcessingResult } from '../schemas/index.js';
import type { QuarantineReport } from './files/output-folders.js';
import type { ServiceContext } from './service-context.js';

export type DocumentFailure = Omit<QuarantineReport, 'file' | 'sha256' | 'receivedAt' | 'failedAt'>;

export async function deliverResult(
  ctx: ServiceContext,
  sha256: string,
  result: ProcessingResult,
  reading: { pages: PageText[]; ocrSeconds: number },
): Promise<string> {
  const record = await ctx.records.require(sha256);
  const file = await ctx.outputs.writeResult(record.outputName, result);
  indexInArchive(ctx, result, file);
  await ctx.records.update(sha256, { status: 'done', pageCount: result.source.pageCount, outcome: { file } });
  await ctx.outputFaults.clear(sha256);
  await ctx.counters.documentProcessed(reading.pages, reading.ocrSeconds);
  ctx.logger.info(
    { file: record.fileName, outbox: file, pages: result.source.pageCount, letters: result.documents.length },
    'result written to the outbox',
  );
  return file;
}

/**
 * The outbox file is the delivery; the archive is a search index over it. A failure to index is
 * logged with the command that repairs it, and does not send a delivered PDF to quarantine.
 */
function indexInArchive(ctx: ServiceContext, result: ProcessingResult, file: string): void {
  try {
    ctx.archive.indexResult(result);
  } catch (error) {
    ctx.logger.error(
      { file, err: String(error) },
      `indexing the result into the archive failed; run: saraban index ${ctx.options.outbox} --data ${ctx.options.data}`,
    );
  }
}

export async function quarantineDocument(ctx: ServiceContext, sha256: string, failure: DocumentFailure): Promise<string> {
  const record = await ctx.records.require(sha256);
  const report: QuarantineReport = {
    file: record.fileName,
    sha256,
    ...failure,
    receivedAt: record.receivedAt,
    failedAt: new Date().toISOString(),
  };
  const file = await ctx.outputs.writeQuarantine(record.outputName, ctx.store.pathOf(sha256), report);
  await ctx.records.update(sha256, { status: 'quarantined', outcome: { file, stage: failure.stage, reason: failure.reason } });
  await ctx.outputFaults.clear(sha256);
  await ctx.counters.documentFailed(failure.stage);
  ctx.logger.warn({ file: record.fileName, quarantine: file, stage: failure.stage, reason: failure.reason }, 'PDF quarantined');
  return file;
}
