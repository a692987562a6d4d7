/**
 * Everything the service asks of Redis about jobs: adding a PDF, adding its page flow, looking
 * jobs up and removing them for a retry.
 */
import { FlowProducer, type Job, type JobState, Queue } from 'bullmq';
import {
  type AssemblePdfData,
  type InspectPdfData,
  JOB_OPTIONS,
  JOB_QUEUE,
  JobName,
  QUEUE_PREFIX,
  QueueName,
  type ReadPageData,
  jobIds,
  pagePriority,
} from './jobs.js';
import { type RedisEndpoint, redisOptions } from './redis/connection.js';

export type QueueCounts = Record<QueueName, Record<string, number>>;

const COUNTED_STATES: JobState[] = ['waiting', 'active', 'delayed', 'waiting-children', 'prioritized', 'completed', 'failed'];

export class ServiceQueues {
  readonly documents: Queue;
  readonly pages: Queue;
  private readonly flows: FlowProducer;

  constructor(endpoint: RedisEndpoint, onError: (error: Error) => void) {
    const connection = redisOptions(endpoint);
    this.documents = new Queue(QueueName.Documents, { connection, prefix: QUEUE_PREFIX });
    this.pages = new Queue(QueueName.Pages, { connection, prefix: QUEUE_PREFIX });
    this.flows = new FlowProducer({ connection, prefix: QUEUE_PREFIX });
    this.documents.on('error', onError);
    this.pages.on('error', onError);
    this.flows.on('error', onError);
  }

  /** Adds the first job of a PDF; a no-op while a job with this hash exists. */
  async addPdf(data: InspectPdfData): Promise<void> {
    await this.documents.add(JobName.InspectPdf, data, { ...JOB_OPTIONS[JobName.InspectPdf], jobId: jobIds.inspectPdf(data.sha256) });
  }

  /** The assemble job with one read-page child per page, added atomically (shorter PDFs' pages first). */
  async addPageFlow(data: AssemblePdfData): Promise<void> {
    const children = Array.from({ length: data.pageCount }, (_, index) => {
      const pageData: ReadPageData = { ...data, pageNumber: index + 1 };
      return {
        name: JobName.ReadPage,
        queueName: JOB_QUEUE[JobName.ReadPage],
        data: pageData,
        opts: { ...JOB_OPTIONS[JobName.ReadPage], jobId: jobIds.readPage(data.sha256, pageData.pageNumber), priority: pagePriority(data.pageCount) },
      };
    });
    await this.flows.add({
      name: JobName.AssemblePdf,
      queueName: JOB_QUEUE[JobName.AssemblePdf],
      data,
      opts: { ...JOB_OPTIONS[JobName.AssemblePdf], jobId: jobIds.assemblePdf(data.sha256) },
      children,
    });
  }

  async getInspectJob(sha256: string): Promise<Job | undefined> {
    return this.documents.getJob(jobIds.inspectPdf(sha256));
  }

  async getAssembleJob(sha256: string): Promise<Job | undefined> {
    return this.documents.getJob(jobIds.assemblePdf(sha256));
  }

  /** Removes what is left of a PDF's jobs (with its page jobs) so it can be added afresh. */
  async removePdfJobs(sha256: string): Promise<void> {
    await this.documents.remove(jobIds.assemblePdf(sha256), { removeChildren: true });
    await this.documents.remove(jobIds.inspectPdf(sha256));
  }

  async counts(): Promise<QueueCounts> {
    const [documents, pages] = await Promise.all([
      this.documents.getJobCounts(...COUNTED_STATES),
      this.pages.getJobCounts(...COUNTED_STATES),
    ]);
    return { [QueueName.Documents]: documents, [QueueName.Pages]: pages };
  }

  async close(): Promise<void> {
    await Promise.all([this.documents.close(), this.pages.close(), this.flows.close()]);
  }
}
