/**
 * The jobs of the inbox service: one map from job name to queue, the data each job carries
 * (hashes, names and numbers, never file bytes) and how each is retried.
 *
 *   inspect-pdf (documents, id = sha256)      open the stored PDF, count pages, add the flow:
 *     assemble-pdf (documents, parent)         once all pages are read: parse, chain, emit
 *       read-page × pageCount (pages)          text layer or OCR for one page
 */
import type { JobsOptions } from 'bullmq';
import { z } from 'zod';
import { PageText } from '../schemas/index.js';

/** Redis key prefix of every queue (keys look like saraban:documents:…). */
export const QUEUE_PREFIX = 'saraban';

export const QueueName = { Documents: 'documents', Pages: 'pages' } as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = { InspectPdf: 'inspect-pdf', ReadPage: 'read-page', AssemblePdf: 'assemble-pdf' } as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Pages have their own queue so a large scan's pages spread over every OCR worker. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.InspectPdf]: QueueName.Documents,
  [JobName.AssemblePdf]: QueueName.Documents,
  [JobName.ReadPage]: QueueName.Pages,
};

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const InspectPdfData = z.object({ sha256: Sha256, fileName: z.string() });
export type InspectPdfData = z.infer<typeof InspectPdfData>;

export const AssemblePdfData = InspectPdfData.extend({ pageCount: z.number().int().min(0) });
export type AssemblePdfData = z.infer<typeof AssemblePdfData>;

export const ReadPageData = AssemblePdfData.extend({ pageNumber: z.number().int().min(1) });
export type ReadPageData = z.infer<typeof ReadPageData>;

export const ReadPageResult = z.object({ page: PageText, ocrSeconds: z.number().min(0) });
export type ReadPageResult = z.infer<typeof ReadPageResult>;

/** Job ids derive from the content hash: adding the same work twice adds it once. */
export const jobIds = {
  inspectPdf: (sha256: string) => sha256,
  assemblePdf: (sha256: string) => `${sha256}-assemble`,
  readPage: (sha256: string, pageNumber: number) => `${sha256}-page-${pageNumber}`,
};

/** Page number of a read-page job from its id or its Redis key (…:pages:<sha>-page-12). */
export function pageNumberOfJob(idOrKey: string): number | null {
  const match = /-page-(\d+)$/.exec(idOrKey);
  return match ? Number(match[1]) : null;
}

/**
 * Pages of short PDFs are read before pages of long ones, so a 2-page letter dropped after a
 * 2000-page report does not wait for it: the priority (1 first) grows with the logarithm of the
 * page count, and PDFs of similar length keep their arrival order.
 */
export function pagePriority(pageCount: number): number {
  return 1 + Math.ceil(Math.log2(Math.max(1, pageCount)));
}

const DAY_SECONDS = 24 * 3600;
/** Finished jobs are trimmed; the data folder keeps the lasting record of every PDF. */
const KEEP_FINISHED = {
  removeOnComplete: { age: DAY_SECONDS, count: 1000 },
  removeOnFail: { age: 30 * DAY_SECONDS, count: 5000 },
} satisfies JobsOptions;

export const JOB_OPTIONS: Record<JobName, JobsOptions> = {
  [JobName.InspectPdf]: { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, ...KEEP_FINISHED },
  [JobName.AssemblePdf]: { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, ...KEEP_FINISHED },
  [JobName.ReadPage]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5000 },
    // A page that still fails is recorded on its parent, which then quarantines the PDF with the
    // page's reason instead of waiting forever.
    ignoreDependencyOnFailure: true,
    removeOnComplete: { age: DAY_SECONDS, count: 20_000 },
    removeOnFail: { age: 30 * DAY_SECONDS, count: 20_000 },
  },
};
