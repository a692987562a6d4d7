/**
 * The inbox service's side of the records desk (archive/desk/services.ts): uploads go into the
 * inbox, the intake view is gathered from the inbox folder, the document records, the queues,
 * the quarantine and the register; retries and re-reads reuse the service's own steps.
 */
import fs from 'node:fs/promises';
import type {
  DeskServices,
  DuplicateArrival,
  IntakeView,
  QuarantinedPdf,
  ReadingPdf,
} from '../archive/desk/services.js';
import { describeQuarantine } from '../archive/desk/quarantine-reasons.js';
import { formatLetterId } from '../archive/letter-id.js';
import { ProcessingResult } from '../schemas/index.js';
import { DuplicateArrival as DuplicateLine } from './files/document-records.js';
import { publishUpload, stageUpload } from './inbox/uploads.js';
import { listWaitingFiles } from './inbox/waiting-files.js';
import { requeueQuarantined } from './retry.js';
import type { ServiceContext } from './service-context.js';
import { readingProgress } from './status.js';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const SHOWN = { waiting: 200, delivered: 30, duplicates: 30 };
/** The end of duplicates.jsonl is enough for the latest arrivals, however long the file grows. */
const DUPLICATES_TAIL_BYTES = 64 * 1024;

export function createDeskServices(ctx: ServiceContext): DeskServices {
  return {
    async receiveUpload({ name, body, uploadedBy }) {
      const staged = await stageUpload(ctx.options.inbox, body, MAX_UPLOAD_BYTES);
      const alreadyReceived = ctx.archive.receipts.get(staged.sha256);
      ctx.archive.receipts.recordUpload({ sha256: staged.sha256, fileName: name, uploadedBy, at: new Date() });
      const fileName = await publishUpload(ctx.options.inbox, staged, name);
      ctx.logger.info({ file: fileName, by: uploadedBy, sha256: staged.sha256.slice(0, 12) }, 'PDF uploaded into the inbox');
      return { sha256: staged.sha256, fileName, size: staged.size, alreadyReceived };
    },
    intakeView: () => gatherIntakeView(ctx),
    async retry(sha256) {
      const entry = (await ctx.outputs.listQuarantined()).find(({ report }) => report.sha256 === sha256);
      if (!entry) return false;
      return (await requeueQuarantined(ctx, [entry.outputName])).requeued.length > 0;
    },
    async reprocess(sha256) {
      const record = await ctx.records.get(sha256);
      if (record?.status !== 'done') return false;
      await ctx.queues.removePdfJobs(sha256);
      await ctx.records.update(sha256, { status: 'queued', outcome: undefined });
      await ctx.queues.addPdf({ sha256, fileName: record.fileName });
      ctx.logger.info({ file: record.fileName }, 'PDF queued to be read again');
      return true;
    },
    async publishRevision(result: ProcessingResult) {
      const record = await ctx.records.require(result.source.sha256);
      const pages = result.pages.length > 0 ? result.pages : await pagesFromOutbox(ctx, record.outputName);
      const file = await ctx.outputs.writeResult(record.outputName, { ...result, pages });
      ctx.logger.info({ file: record.fileName, outbox: file, revision: result.revision }, 'corrected result written to the outbox');
    },
  };
}

async function gatherIntakeView(ctx: ServiceContext): Promise<IntakeView> {
  const [waiting, reading, quarantined, duplicates] = await Promise.all([
    listWaitingFiles(ctx.options, SHOWN.waiting),
    readingPdfs(ctx),
    quarantinedPdfs(ctx),
    recentDuplicates(ctx),
  ]);
  const delivered = ctx.archive.register.rows({ order: 'desc', limit: SHOWN.delivered, offset: 0 }).filter((row) => row.indexed);
  return { waiting, reading, delivered, quarantined, duplicates };
}

async function readingPdfs(ctx: ServiceContext): Promise<ReadingPdf[]> {
  const pending = await ctx.records.listPending();
  const reading = await Promise.all(
    pending.map(async (sha256): Promise<ReadingPdf | null> => {
      const record = await ctx.records.get(sha256);
      if (record?.status !== 'queued') return null;
      const progress = await readingProgress(ctx, sha256);
      return {
        sha256,
        file: record.inboxPath,
        receivedAt: record.receivedAt,
        stage: progress.stage,
        pagesRead: progress.pagesRead ?? null,
        pageCount: progress.pageCount ?? record.pageCount ?? null,
        receipt: ctx.archive.receipts.get(sha256),
      };
    }),
  );
  return reading.filter((pdf): pdf is ReadingPdf => pdf !== null).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}

async function quarantinedPdfs(ctx: ServiceContext): Promise<QuarantinedPdf[]> {
  return (await ctx.outputs.listQuarantined()).map(({ outputName, report }) => ({
    sha256: report.sha256 ?? null,
    file: report.file,
    outputName,
    failedAt: report.failedAt,
    ...describeQuarantine(report),
    detail: report.reason,
  }));
}

async function recentDuplicates(ctx: ServiceContext): Promise<DuplicateArrival[]> {
  const lines = await readTail(ctx.records.duplicatesFile, DUPLICATES_TAIL_BYTES);
  const arrivals = lines.flatMap((line) => {
    const parsed = DuplicateLine.safeParse(JSON.parse(line));
    return parsed.success ? [parsed.data] : [];
  });
  return arrivals
    .slice(-SHOWN.duplicates)
    .reverse()
    .map((arrival) => {
      const original = ctx.archive.register.row(arrival.sha256);
      return {
        at: arrival.at,
        file: arrival.inboxPath,
        duplicateOf: arrival.duplicateOf,
        sha256: arrival.sha256,
        status: arrival.status,
        receipt: ctx.archive.receipts.get(arrival.sha256),
        letterId: original?.letterId ?? (original?.indexed ? formatLetterId(arrival.sha256, 0) : null),
      };
    });
}

/** Whole lines from the last `bytes` of a file (none when it is missing). */
async function readTail(file: string, bytes: number): Promise<string[]> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (!handle) return [];
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - bytes);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split('\n');
    if (start > 0) lines.shift(); // cut in the middle
    return lines.filter((line) => line.trim() !== '');
  } finally {
    await handle.close();
  }
}

/** Sources indexed before the archive kept page notes: take them from the delivered result. */
async function pagesFromOutbox(ctx: ServiceContext, outputName: string): Promise<ProcessingResult['pages']> {
  const delivered = await fs.readFile(ctx.outputs.resultPath(outputName), 'utf8').catch(() => null);
  return delivered ? ProcessingResult.parse(JSON.parse(delivered)).pages : [];
}
