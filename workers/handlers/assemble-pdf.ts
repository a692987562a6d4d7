/**
 * assemble-pdf: runs once every page job of a PDF has finished. Pages that could not be read
 * quarantine the PDF with their reasons; otherwise the pages become the result, which is
 * validated and written to the outbox. An outbox that cannot be written makes the job wait and
 * try again (worker-runtime.ts), so the result is delivered once the folder is back.
 */
import { type Job, UnrecoverableError } from 'bullmq';
import { type ResultSource, assembleResult } from '../../pipeline/process.js';
import type { PageText, ProcessingResult } from '../../schemas/index.js';
import { AssemblePdfData, JOB_OPTIONS, JobName, ReadPageResult, jobIds, pageNumberOfJob } from '../jobs.js';
import { deliverResult, quarantineDocument } from '../outcomes.js';
import type { ServiceContext } from '../service-context.js';

export type AssembleOutcome = { status: 'done' | 'quarantined' | 'already-settled'; file?: string };

export async function assemblePdf(job: Job, ctx: ServiceContext): Promise<AssembleOutcome> {
  const data = AssemblePdfData.parse(job.data);
  const record = await ctx.records.require(data.sha256);
  if (record.status !== 'queued') return { status: 'already-settled' };

  const failedPages = pageFailures(await job.getIgnoredChildrenFailures());
  if (failedPages.length > 0) {
    const file = await quarantineDocument(ctx, data.sha256, {
      stage: 'read-page',
      reason: `${failedPages.length} of ${data.pageCount} pages could not be read: ${failedPages[0]!.reason}`,
      attempts: await attemptsOfPage(ctx, data.sha256, failedPages[0]!.page),
      pages: failedPages,
    });
    return { status: 'quarantined', file };
  }

  const readings = Object.values((await job.getChildrenValues()) ?? {}).map((value) => ReadPageResult.parse(value));
  const pages = readings.map((reading) => reading.page).sort((a, b) => a.number - b.number);
  if (pages.length !== data.pageCount) {
    throw new Error(`expected ${data.pageCount} page results, found ${pages.length}`);
  }
  const result = lettersOf({ file: data.fileName, sha256: data.sha256, pageCount: data.pageCount }, pages);
  const ocrSeconds = readings.reduce((sum, reading) => sum + reading.ocrSeconds, 0);
  const file = await deliverResult(ctx, data.sha256, result, { pages, ocrSeconds });
  return { status: 'done', file };
}

/** How often the (first) failed page was tried: once for bad input, up to the job's attempts for a fault. */
async function attemptsOfPage(ctx: ServiceContext, sha256: string, pageNumber: number): Promise<number> {
  const job = await ctx.queues.pages.getJob(jobIds.readPage(sha256, pageNumber));
  return Math.max(1, job?.attemptsMade ?? JOB_OPTIONS[JobName.ReadPage].attempts ?? 1);
}

/** Parsing is a pure function of the pages: if it fails once it fails every time, so it is final. */
function lettersOf(source: ResultSource, pages: PageText[]): ProcessingResult {
  try {
    return assembleResult(source, pages);
  } catch (error) {
    throw new UnrecoverableError(`the pages could not be turned into a result: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function pageFailures(failures: Record<string, string>): Array<{ page: number; reason: string }> {
  return Object.entries(failures)
    .map(([jobKey, reason]) => ({ page: pageNumberOfJob(jobKey) ?? 0, reason }))
    .filter((failure) => failure.page > 0)
    .sort((a, b) => a.page - b.page);
}
