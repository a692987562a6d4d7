/**
 * Keeps Redis in step with the data folder, the source of truth. For every PDF accepted but
 * without an outcome it checks its jobs: missing (Redis lost them, or a crash came between
 * record and queue) -> queued again; failed without a report (a job that stalled too often) ->
 * quarantined. Run at start and periodically by `serve`; every step is idempotent, and a PDF
 * that cannot be settled now (its quarantine folder not writable) never holds up the others.
 */
import type { Job } from 'bullmq';
import { type FailureStage, OutputWriteError } from './files/output-folders.js';
import { quarantineDocument } from './outcomes.js';
import type { ServiceContext } from './service-context.js';

export interface ReconcileReport {
  requeued: number;
  quarantined: number;
}

/**
 * `settledForMs` skips records changed more recently (periodic runs): an intake or a retry may be
 * between saving the record and adding its job, which is not a lost job.
 */
export async function reconcilePending(ctx: ServiceContext, settledForMs = 0): Promise<ReconcileReport> {
  const report: ReconcileReport = { requeued: 0, quarantined: 0 };
  for (const sha256 of await ctx.records.listPending()) {
    try {
      await reconcileOne(ctx, sha256, settledForMs, report);
    } catch (error) {
      if (error instanceof OutputWriteError) {
        const record = await ctx.records.get(sha256);
        await ctx.outputFaults.record(sha256, { file: record?.fileName ?? sha256, folder: error.folder, error: error.message });
      }
      ctx.logger.error({ sha256, err: String(error) }, 'reconciling a PDF failed; tried again at the next round');
    }
  }
  return report;
}

async function reconcileOne(ctx: ServiceContext, sha256: string, settledForMs: number, report: ReconcileReport): Promise<void> {
  const record = await ctx.records.get(sha256);
  if (!record || Date.now() - Date.parse(record.updatedAt) < settledForMs) return;
  if (record.status !== 'queued') {
    await ctx.records.save(record); // settled: saving clears the stale pending mark
    return;
  }
  const assemble = await ctx.queues.getAssembleJob(sha256);
  const inspect = assemble ? undefined : await ctx.queues.getInspectJob(sha256);
  const job = assemble ?? inspect;
  const state = job ? await job.getState() : 'missing';
  if (job && state === 'failed') {
    await quarantineDocument(ctx, sha256, failureOf(job, assemble ? 'assemble' : 'inspect'));
    report.quarantined++;
  } else if (!job || (inspect && state === 'completed')) {
    // No job, or the page flow an inspection added is gone: start the PDF again.
    if (inspect) await ctx.queues.removePdfJobs(sha256);
    await ctx.queues.addPdf({ sha256, fileName: record.fileName });
    ctx.logger.warn({ file: record.fileName, sha256 }, 'PDF had no job in Redis: queued again');
    report.requeued++;
  }
}

function failureOf(job: Job, stage: FailureStage) {
  return {
    stage,
    reason: job.failedReason || 'the job failed',
    attempts: Math.max(1, job.attemptsMade),
    queuedAt: new Date(job.timestamp).toISOString(),
    lastAttemptAt: job.processedOn ? new Date(job.processedOn).toISOString() : undefined,
  };
}
