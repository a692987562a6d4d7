/**
 * `saraban status`: whether the service runs, files waiting in the inbox, queue counts, the PDFs
 * in progress (with pages read so far), results waiting for an output folder that cannot be
 * written, and the most recent failures, for an operator at a terminal (or --json for scripts).
 * Folders not given are the ones the data folder's service last ran with (data/service.json).
 */
import type { DocumentRecord } from './files/document-records.js';
import { printable } from './files/file-names.js';
import type { QuarantineReport } from './files/output-folders.js';
import { createLogger } from './logger.js';
import type { ServiceOptions } from './options.js';
import type { OutputFault } from './output-faults.js';
import type { QueueCounts } from './queues.js';
import { describeEndpoint } from './redis/connection.js';
import { type WaitingFile, listWaitingFiles } from './inbox/waiting-files.js';
import { type ServiceContext, openServiceContext } from './service-context.js';
import { type ServiceRecord, isServiceRunning, readServiceRecord } from './service-record.js';

const SHOWN_IN_PROGRESS = 20;
const SHOWN_FAILURES = 10;
const SHOWN_WAITING = 50;

export interface PdfProgress {
  file: string;
  outputName: string;
  receivedAt: string;
  stage: string;
  pagesRead?: number;
  pageCount?: number;
}

export interface ServiceStatus {
  /** The service of this data folder: null when none has ever run with it. */
  service: (ServiceRecord & { running: boolean }) | null;
  inbox: { folder: string; waiting: WaitingFile[] };
  redis: string;
  queues: QueueCounts;
  inProgress: PdfProgress[];
  /** Results or reports that could not be written yet (the folder is tried again until it can be). */
  waitingForOutput: OutputFault[];
  recentFailures: Array<{ outputName: string; report: QuarantineReport }>;
  totals: Record<string, number>;
}

export async function collectStatus(ctx: ServiceContext): Promise<ServiceStatus> {
  const record = await readServiceRecord(ctx.options.data);
  const pending = await ctx.records.listPending();
  const inProgress: PdfProgress[] = [];
  for (const sha256 of pending) {
    const record = await ctx.records.get(sha256);
    if (record?.status === 'queued') inProgress.push(await progressOf(ctx, record));
  }
  inProgress.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return {
    service: record && { ...record, running: await isServiceRunning(record) },
    inbox: { folder: ctx.options.inbox, waiting: await listWaitingFiles(ctx.options, SHOWN_WAITING) },
    redis: describeEndpoint(ctx.endpoint),
    queues: await ctx.queues.counts(),
    inProgress,
    waitingForOutput: await ctx.outputFaults.list(),
    recentFailures: (await ctx.outputs.listQuarantined()).slice(0, SHOWN_FAILURES),
    totals: Object.fromEntries(await ctx.counters.read()),
  };
}

async function progressOf(ctx: ServiceContext, record: DocumentRecord): Promise<PdfProgress> {
  const base = { file: record.inboxPath, outputName: record.outputName, receivedAt: record.receivedAt };
  const progress = await readingProgress(ctx, record.sha256);
  const stage = {
    reading: 'reading',
    assembling: `assembling (${progress.jobState})`,
    inspecting: 'inspecting',
    waiting: `waiting to be inspected (${progress.jobState})`,
  }[progress.stage];
  return progress.pageCount === undefined ? { ...base, stage } : { ...base, stage, pagesRead: progress.pagesRead, pageCount: progress.pageCount };
}

export interface ReadingProgress {
  stage: 'waiting' | 'inspecting' | 'reading' | 'assembling';
  /** The BullMQ state of the PDF's current job, or "not queued". */
  jobState: string;
  pagesRead?: number;
  pageCount?: number;
}

/** Where a queued PDF is: its jobs' states and, once its pages are queued, how many are read. */
export async function readingProgress(ctx: ServiceContext, sha256: string): Promise<ReadingProgress> {
  const assemble = await ctx.queues.getAssembleJob(sha256);
  if (assemble) {
    const jobState = await assemble.getState();
    const counts = await assemble.getDependenciesCount();
    const pagesRead = (counts.processed ?? 0) + (counts.ignored ?? 0) + (counts.failed ?? 0);
    const pageCount = pagesRead + (counts.unprocessed ?? 0);
    return { stage: jobState === 'waiting-children' ? 'reading' : 'assembling', jobState, pagesRead, pageCount };
  }
  const inspect = await ctx.queues.getInspectJob(sha256);
  const jobState = inspect ? await inspect.getState() : 'not queued';
  return { stage: jobState === 'active' ? 'inspecting' : 'waiting', jobState };
}

function describeService(service: ServiceStatus['service']): string {
  if (!service) return 'Service: no service has run with this data folder (start it with `saraban serve`)';
  if (service.running) return `Service: running since ${service.startedAt} (pid ${service.pid}, ${service.http})`;
  const since = service.stoppedAt ? `stopped at ${service.stoppedAt}` : `not answering (pid ${service.pid} started ${service.startedAt})`;
  return `Service: DOWN, ${since}: nothing is taken from the inbox until \`saraban serve\` runs again`;
}

export function formatStatus(status: ServiceStatus): string {
  const lines = [describeService(status.service), `Redis: ${status.redis}`, ''];
  lines.push(`Inbox ${status.inbox.folder}: ${status.inbox.waiting.length === 0 ? 'nothing waiting' : `${status.inbox.waiting.length} file(s) waiting`}`);
  for (const file of status.inbox.waiting) {
    const why = file.looksComplete ? 'settling' : `incomplete (no end marker), taken as it is by ${file.takenBy} if unchanged`;
    lines.push(`  ${file.file} (${file.size} bytes): ${why}`);
  }
  lines.push('', 'Queues:');
  for (const [queue, counts] of Object.entries(status.queues)) {
    const shown = Object.entries(counts).map(([state, count]) => `${state} ${count}`);
    lines.push(`  ${queue.padEnd(10)} ${shown.join(', ')}`);
  }
  lines.push('', `In progress: ${status.inProgress.length} PDF(s)`);
  for (const pdf of status.inProgress.slice(0, SHOWN_IN_PROGRESS)) {
    const pages = pdf.pageCount === undefined ? '' : `, ${pdf.pagesRead}/${pdf.pageCount} pages read`;
    lines.push(`  ${printable(pdf.file)}: ${pdf.stage}${pages}`);
  }
  if (status.inProgress.length > SHOWN_IN_PROGRESS) lines.push(`  … and ${status.inProgress.length - SHOWN_IN_PROGRESS} more`);
  if (status.waitingForOutput.length > 0) {
    lines.push('', `Waiting for an output folder that cannot be written: ${status.waitingForOutput.length} PDF(s), tried again until it can`);
    for (const fault of status.waitingForOutput.slice(0, SHOWN_IN_PROGRESS)) {
      lines.push(`  ${printable(fault.file)}: ${fault.error} (since ${fault.since}, ${fault.attempts} tries)`);
    }
  }
  lines.push('', `Recent failures (quarantine): ${status.recentFailures.length === 0 ? 'none' : ''}`);
  for (const { outputName, report } of status.recentFailures) {
    lines.push(`  ${report.failedAt}  ${printable(outputName)}  [${report.stage}${report.code ? `/${report.code}` : ''}] ${printable(report.reason)}`);
  }
  const totals = Object.entries(status.totals).map(([name, value]) => `${name} ${Math.round(value * 10) / 10}`);
  lines.push('', `Totals: ${totals.length > 0 ? totals.join(', ') : 'nothing processed yet'}`);
  return lines.join('\n');
}

/** `given`: options set by flag or environment; the others come from the service's record when there is one. */
export async function printStatus(options: ServiceOptions, given: ReadonlySet<string> = new Set()): Promise<void> {
  const logger = createLogger({ level: 'warn', name: 'saraban' });
  const record = await readServiceRecord(options.data);
  const fromRecord = (name: 'inbox' | 'outbox' | 'quarantine') =>
    record && !given.has(name) && !(name === 'quarantine' && given.has('outbox')) ? record[name] : options[name];
  const folders = { inbox: fromRecord('inbox'), outbox: fromRecord('outbox'), quarantine: fromRecord('quarantine') };
  const ctx = await openServiceContext({ ...options, ...folders }, logger);
  try {
    const status = await collectStatus(ctx);
    process.stdout.write((options.json ? JSON.stringify(status, null, 2) : formatStatus(status)) + '\n');
  } finally {
    await ctx.close();
  }
}
