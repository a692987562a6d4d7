/**
 * The queue workers of one process: PDF-level jobs (inspect, assemble) run here, one small
 * handler per job name; opening PDFs and reading pages runs in page processes (forked children
 * with a time limit and a memory ceiling, page-processes/pool.ts) so this process never parses a
 * PDF itself and keeps renewing job locks.
 *
 * Lock and stall settings: a job's lock is renewed every lockDuration/2 while its worker lives,
 * however long the OCR takes. When a worker dies its jobs' locks expire and the stalled-job check
 * of any live worker returns them to the queue; lockDuration is that recovery time, kept well
 * above the longest pause of this process's event loop (assembling a 300-page PDF).
 *
 * What fails how: bad or hostile input (PdfInputError, a limit reached) is final at once and
 * quarantined; an outbox or quarantine folder that cannot be written makes the job wait and try
 * again until it can (output-faults.ts); anything else is retried a few times, then quarantined.
 */
import { DelayedError, type Job, UnrecoverableError, Worker, type WorkerOptions } from 'bullmq';
import { PdfInputError } from '../pipeline/pdf/index.js';
import { type FailureStage, OutputWriteError } from './files/output-folders.js';
import { assemblePdf } from './handlers/assemble-pdf.js';
import { inspectPdf } from './handlers/inspect-pdf.js';
import { QUEUE_PREFIX, JobName, QueueName, ReadPageData, ReadPageResult } from './jobs.js';
import { pdfLimitsOf } from './options.js';
import { quarantineDocument } from './outcomes.js';
import { PageProcessPool } from './page-processes/pool.js';
import { redisOptions } from './redis/connection.js';
import type { ServiceContext } from './service-context.js';

type DocumentHandler = (job: Job, ctx: ServiceContext, pages: PageProcessPool) => Promise<unknown>;

const DOCUMENT_HANDLERS: Record<string, { stage: FailureStage; handle: DocumentHandler }> = {
  [JobName.InspectPdf]: { stage: 'inspect', handle: inspectPdf },
  [JobName.AssemblePdf]: { stage: 'assemble', handle: assemblePdf },
};

/** A worker SIGKILLed mid-OCR leaves its page stalled; allow a few such losses before failing it. */
const MAX_STALLED_COUNT = 3;

export interface RunningWorkers {
  close(): Promise<void>;
}

export function startWorkers(ctx: ServiceContext): RunningWorkers {
  const { options, logger } = ctx;
  const pageProcesses = new PageProcessPool({
    size: options.ocrWorkers,
    settings: { data: options.data, pdfLimits: pdfLimitsOf(options), textLayer: options.textLayer },
    timeLimitMs: options.pageTimeLimitMs,
    memoryLimitMb: options.pageMemoryMb,
    logger,
  });
  const common: WorkerOptions = {
    connection: redisOptions(ctx.endpoint),
    prefix: QUEUE_PREFIX,
    lockDuration: options.lockDurationMs,
    stalledInterval: Math.max(1000, Math.round(options.lockDurationMs / 2)),
    maxStalledCount: MAX_STALLED_COUNT,
  };
  const documents = new Worker(QueueName.Documents, (job, token) => runDocumentJob(job, token, ctx, pageProcesses), {
    ...common,
    concurrency: options.pdfWorkers,
  });
  const pages = new Worker(QueueName.Pages, (job) => readPageJob(job, pageProcesses), {
    ...common,
    concurrency: options.ocrWorkers,
  });

  pages.on('completed', (job, value) => {
    const data = ReadPageData.parse(job.data);
    const reading = ReadPageResult.safeParse(value);
    logger.info(
      {
        file: data.fileName,
        page: `${data.pageNumber}/${data.pageCount}`,
        method: reading.success ? reading.data.page.method : undefined,
        seconds: job.finishedOn && job.processedOn ? (job.finishedOn - job.processedOn) / 1000 : undefined,
      },
      'page read',
    );
  });
  pages.on('failed', (job, error) => {
    logger.warn({ file: job?.data?.fileName, page: job?.data?.pageNumber, attempt: job?.attemptsMade, err: error.message }, 'page failed');
  });
  for (const worker of [documents, pages]) {
    worker.on('error', ctx.reportRedisError);
    worker.on('stalled', (jobId) => logger.warn({ queue: worker.name, jobId }, 'job stalled (its worker died?): back in the queue'));
  }
  logger.info({ ocrWorkers: options.ocrWorkers, pdfWorkers: options.pdfWorkers }, 'workers started');

  return {
    /** Running jobs finish first; a second signal makes the caller exit and their locks expire. */
    async close() {
      await Promise.all([documents.close(), pages.close()]);
      await pageProcesses.close();
    },
  };
}

/** One page in a page process; a page that is bad input (or passes a limit) fails for good. */
async function readPageJob(job: Job, pageProcesses: PageProcessPool): Promise<ReadPageResult> {
  const data = ReadPageData.parse(job.data);
  try {
    return ReadPageResult.parse(await pageProcesses.run({ kind: 'read-page', page: data }, `page ${data.pageNumber}`));
  } catch (error) {
    throw error instanceof PdfInputError ? new UnrecoverableError(error.message) : error;
  }
}

/**
 * Runs a PDF-level job. Bad input is permanent (no retries); any error on the last attempt
 * quarantines the PDF before the job is marked failed, so the failure always has its report.
 */
async function runDocumentJob(job: Job, token: string | undefined, ctx: ServiceContext, pages: PageProcessPool): Promise<unknown> {
  const handler = DOCUMENT_HANDLERS[job.name];
  if (!handler) throw new UnrecoverableError(`unknown job "${job.name}"`);
  try {
    return await handler.handle(job, ctx, pages);
  } catch (error) {
    if (error instanceof OutputWriteError) return waitForOutputFolder(job, token, ctx, error);
    const permanent = error instanceof PdfInputError || error instanceof UnrecoverableError;
    const attempt = job.attemptsMade + 1;
    const reason = error instanceof Error ? error.message : String(error);
    if (permanent || attempt >= (job.opts.attempts ?? 1)) {
      const failure = {
        stage: handler.stage,
        reason,
        code: error instanceof PdfInputError ? error.code : undefined,
        attempts: attempt,
        queuedAt: new Date(job.timestamp).toISOString(),
        lastAttemptAt: job.processedOn ? new Date(job.processedOn).toISOString() : undefined,
      };
      await quarantineDocument(ctx, job.data.sha256, failure).catch((quarantineError: unknown) => {
        if (quarantineError instanceof OutputWriteError) return waitForOutputFolder(job, token, ctx, quarantineError);
        throw quarantineError;
      });
    } else {
      ctx.logger.warn({ file: job.data.fileName, job: job.name, attempt, err: reason }, 'job failed, will retry');
    }
    throw permanent && !(error instanceof UnrecoverableError) ? new UnrecoverableError(reason) : error;
  }
}

/**
 * The outbox or quarantine folder cannot be written: the job goes back to wait (not counted as
 * an attempt) and runs again later; the wait is recorded for status and /healthz.
 */
async function waitForOutputFolder(job: Job, token: string | undefined, ctx: ServiceContext, error: OutputWriteError): Promise<never> {
  const { attempts, retryInMs } = await ctx.outputFaults.record(job.data.sha256, { file: job.data.fileName, folder: error.folder, error: error.message });
  ctx.logger.warn({ file: job.data.fileName, folder: error.folder, err: error.message, attempt: attempts, retryInMs }, 'output folder cannot be written: waiting to try again');
  await job.moveToDelayed(Date.now() + retryInMs, token);
  throw new DelayedError();
}
