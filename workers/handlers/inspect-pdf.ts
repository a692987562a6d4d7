/**
 * inspect-pdf: a page process opens the stored PDF once, checks its limits and counts its pages
 * (bad or hostile input fails here, fast and for good), then the flow that reads every page and
 * assembles the result is added.
 */
import type { Job } from 'bullmq';
import { AssemblePdfData, InspectPdfData } from '../jobs.js';
import type { PageProcessPool } from '../page-processes/pool.js';
import type { InspectResult } from '../page-processes/protocol.js';
import type { ServiceContext } from '../service-context.js';

export async function inspectPdf(job: Job, ctx: ServiceContext, pages: PageProcessPool): Promise<{ pageCount: number }> {
  const data = InspectPdfData.parse(job.data);
  const flow = await ctx.queues.getAssembleJob(data.sha256);
  if (flow) return { pageCount: AssemblePdfData.parse(flow.data).pageCount }; // rerun after the flow was added
  const { pageCount } = (await pages.run({ kind: 'inspect', sha256: data.sha256 }, 'the PDF')) as InspectResult;
  await ctx.records.update(data.sha256, { pageCount });
  await ctx.queues.addPageFlow({ ...data, pageCount });
  ctx.logger.info({ file: data.fileName, pages: pageCount }, 'reading pages');
  return { pageCount };
}
