/**
 * The queue workers of one process: PDF-level jobs (inspect, assemble) run here, one small
 * handler per job name; page jobs run in sandboxed child processes (CPU-heavy text extraction
 * and OCR) so this process keeps renewing job locks.
 *
 * Lock and stall settings: a job's lock is renewed every lockDuration/2 while its worker lives,
 * however long the OCR takes. When a worker dies its jobs' locks expire and the stalled-job check
 * of any live worker returns them to the queue; lockDuration is that recovery time, kept well
 * above the longest pause of this process's event loop (assembling a 300-page PDF).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Job, UnrecoverableError, Worker, type WorkerOptions } from 'bullmq';
import { PdfInputError, TEXT_LAYER_VARIABLE } from '../pipeline/pdf/index.js';
import type { FailureStage } from './files/output-folders.js';
import { assemblePdf } from './handlers/assemble-pdf.js';
import { inspectPdf } from './handlers/inspect-pdf.js';
import { JobName, QUEUE_PREFIX, QueueName, ReadPageData, ReadPageResult } from './jobs.js';
import { quarantineDocument } from './outcomes.js';
import { DATA_FOLDER_VARIABLE } from './processors/environment.js';
import { redisOptions } from './redis/connection.js';
import type { ServiceContext } from './service-context.js';

type DocumentHandler = (job: Job, ctx: ServiceContext) => Promise<unknown>;

const DOCUMENT_HANDLERS: Record<string, { stage: FailureStage; handle: DocumentHandler }> = {
  [JobName.InspectPdf]: { stage: 'inspect', handle: inspectPdf },
  [JobName.AssemblePdf]: { stage: 'assemble', handle: assemblePdf },
};

/** A worker SIGKILLed mid-OCR leaves its page stalled; allow a few such losses before failing it. */
const MAX_STALLED_COUNT = 3;

export function readPageProcessorFile(): string {
  const file = fileURLToPath(new URL('./processors/read-page-processor.js', import.meta.url));
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);
  return file;
}

export interface RunningWorkers {
  close(): Promise<void>;
}

export function startWorkers(ctx: ServiceContext): RunningWorkers {
  const { options, logger } = ctx;
  const common: WorkerOptions = {
    connection: redisOptions(ctx.endpoint),
    prefix: QUEUE_PREFIX,
    lockDuration: options.lockDurationMs,
    stalledInterval: Math.max(1000, Math.round(options.lockDurationMs / 2)),
    maxStalledCount: MAX_STALLED_COUNT,
  };
  const documents = new Worker(QueueName.Documents, (job) => runDocumentJob(job, ctx), {
    ...common,
    concurrency: options.pdfWorkers,
  });
  const pages = new Worker(QueueName.Pages, readPageProcessorFile(), {
    ...common,
    concurrency: options.ocrWorkers,
    workerForkOptions: { env: { ...process.env, [DATA_FOLDER_VARIABLE]: options.data, [TEXT_LAYER_VARIABLE]: options.textLayer } },
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
    },
  };
}

/**
 * Runs a PDF-level job. Bad input is permanent (no retries); any error on the last attempt
 * quarantines the PDF before the job is marked failed, so the failure always has its report.
 */
async function runDocumentJob(job: Job, ctx: ServiceContext): Promise<unknown> {
  const handler = DOCUMENT_HANDLERS[job.name];
  if (!handler) throw new UnrecoverableError(`unknown job "${job.name}"`);
  try {
    return await handler.handle(job, ctx);
  } catch (error) {
    const permanent = error instanceof PdfInputError || error instanceof UnrecoverableError;
    const attempt = job.attemptsMade + 1;
    const reason = error instanceof Error ? error.message : String(error);
    if (permanent || attempt >= (job.opts.attempts ?? 1)) {
      await quarantineDocument(ctx, job.data.sha256, {
        stage: handler.stage,
        reason,
        code: error instanceof PdfInputError ? error.code : undefined,
        attempts: attempt,
        queuedAt: new Date(job.timestamp).toISOString(),
        lastAttemptAt: job.processedOn ? new Date(job.processedOn).toISOString() : undefined,
      });
    } else {
      ctx.logger.warn({ file: job.data.fileName, job: job.name, attempt, err: reason }, 'job failed, will retry');
    }
    throw permanent && !(error instanceof UnrecoverableError) ? new UnrecoverableError(reason) : error;
  }
}
