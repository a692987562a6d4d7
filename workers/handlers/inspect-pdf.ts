/**
 * inspect-pdf: opens the stored PDF once to count its pages (bad input fails here, fast), then
 * adds the flow that reads every page and assembles the result.
 */
import fs from 'node:fs/promises';
import type { Job } from 'bullmq';
import { openPdfDocument } from '../../pipeline/pdf/index.js';
import { AssemblePdfData, InspectPdfData } from '../jobs.js';
import type { ServiceContext } from '../service-context.js';

export async function inspectPdf(job: Job, ctx: ServiceContext): Promise<{ pageCount: number }> {
  const data = InspectPdfData.parse(job.data);
  const flow = await ctx.queues.getAssembleJob(data.sha256);
  if (flow) return { pageCount: AssemblePdfData.parse(flow.data).pageCount }; // rerun after the flow was added
  const bytes = await fs.readFile(ctx.store.pathOf(data.sha256));
  const doc = await openPdfDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const pageCount = doc.numPages;
  await doc.destroy();
  await ctx.records.update(data.sha256, { pageCount });
  await ctx.queues.addPageFlow({ ...data, pageCount });
  ctx.logger.info({ file: data.fileName, pages: pageCount }, 'reading pages');
  return { pageCount };
}
