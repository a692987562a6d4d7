/**
 * `saraban status`: queue counts, the PDFs in progress (with pages read so far), results waiting
 * for an output folder that cannot be written, and the most recent failures, for an operator at
 * a terminal (or --json for scripts).
 */
import type { DocumentRecord } from './files/document-records.js';
import { printable } from './files/file-names.js';
import type { QuarantineReport } from './files/output-folders.js';
import { createLogger } from './logger.js';
import type { ServiceOptions } from './options.js';
import type { OutputFault } from './output-faults.js';
import type { QueueCounts } from './queues.js';
import { describeEndpoint } from './redis/connection.js';
import { type ServiceContext, openServiceContext } from './service-context.js';

const SHOWN_IN_PROGRESS = 20;
const SHOWN_FAILURES = 10;

export interface PdfProgress {
  file: string;
  outputName: string;
  receivedAt: string;
  stage: string;
  pagesRead?: number;
  pageCount?: number;
}

export interface ServiceStatus {
  redis: string;
  queues: QueueCounts;
  inProgress: PdfProgress[];
  /** Results or reports that could not be written yet (the folder is tried again until it can be). */
  waitingForOutput: OutputFault[];
  recentFailures: Array<{ outputName: string; report: QuarantineReport }>;
  totals: Record<string, number>;
}

export async function collectStatus(ctx: ServiceContext): Promise<ServiceStatus> {
  const pending = await ctx.records.listPending();
  const inProgress: PdfProgress[] = [];
  for (const sha256 of pending) {
    const record = await ctx.records.get(sha256);
    if (record?.status === 'queued') inProgress.push(await progressOf(ctx, record));
  }
  inProgress.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return {
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
  const assemble = await ctx.queues.getAssembleJob(record.sha256);
  if (assemble) {
    const state = await assemble.getState();
    const counts = await assemble.getDependenciesCount();
    const pagesRead = (counts.processed ?? 0) + (counts.ignored ?? 0) + (counts.failed ?? 0);
    const pageCount = pagesRead + (counts.unprocessed ?? 0);
    return { ...base, stage: state === 'waiting-children' ? 'reading' : `assembling (${state})`, pagesRead, pageCount };
  }
  const inspect = await ctx.queues.getInspectJob(record.sha256);
  const state = inspect ? await inspect.getState() : 'not queued';
  return { ...base, stage: state === 'active' ? 'inspecting' : `waiting to be inspected (${state})` };
}

export function formatStatus(status: ServiceStatus): string {
  const lines = [`Redis: ${status.redis}`, '', 'Queues:'];
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

export async function printStatus(options: ServiceOptions): Promise<void> {
  const logger = createLogger({ level: 'warn', name: 'saraban' });
  const ctx = await openServiceContext(options, logger);
  try {
    const status = await collectStatus(ctx);
    process.stdout.write((options.json ? JSON.stringify(status, null, 2) : formatStatus(status)) + '\n');
  } finally {
    await ctx.close();
  }
}
