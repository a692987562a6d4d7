/**
 * The folders people and downstream systems read: outbox/NAME.json (a validated result, written
 * atomically) and quarantine/ (the PDF that failed, beside NAME.error.json saying why; or only
 * NAME.refused.error.json for an inbox entry that was refused, such as a symbolic link).
 * Nothing here is ever deleted: a retried PDF's quarantine files move to quarantine/retried/.
 * A folder that cannot be written fails with OutputWriteError, a fault to retry, not a verdict.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ProcessingResult } from '../../schemas/index.js';
import { copyFileAtomically, fileExists, readJsonFile, syncFolder, writeFileAtomically } from './durable-files.js';
import { MAX_OUTPUT_NAME_BYTES, fitToBytes } from './file-names.js';

export const FailureStage = z.enum(['intake', 'inspect', 'read-page', 'assemble']);
export type FailureStage = z.infer<typeof FailureStage>;

export const QuarantineReport = z.object({
  file: z.string().describe('original file name (for a refused inbox entry: its path in the inbox)'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('content hash; absent for an inbox entry that was refused unread'),
  stage: FailureStage,
  reason: z.string().describe('why, in words a clerk can act on'),
  code: z.string().optional().describe('machine-readable reason, e.g. "encrypted", "over-limit", "symlink"'),
  target: z.string().optional().describe('where a refused symbolic link points (never followed)'),
  attempts: z.number().int().min(0),
  receivedAt: z.string().describe('when the file was taken from the inbox'),
  queuedAt: z.string().optional().describe('when the failing job was queued'),
  lastAttemptAt: z.string().optional(),
  failedAt: z.string(),
  pages: z.array(z.object({ page: z.number().int().min(1), reason: z.string() })).optional().describe('pages that failed'),
});
export type QuarantineReport = z.infer<typeof QuarantineReport>;

const ERROR_SUFFIX = '.error.json';
const REFUSED_SUFFIX = '.refused';

/** The outbox or the quarantine folder cannot be written (permissions, a full or read-only disk). */
export class OutputWriteError extends Error {
  override readonly name = 'OutputWriteError';
  constructor(
    readonly folder: string,
    cause: Error,
  ) {
    super(`${folder} cannot be written: ${cause.message}`, { cause });
  }
}

/** File-system failures of a write become OutputWriteError; anything else (a bug) passes as it is. */
async function writingInto<T>(folder: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall) {
      throw new OutputWriteError(folder, error);
    }
    throw error;
  }
}

/** The output name keeps the original extension for the quarantined copy: NAME.pdf, or notes.txt as is. */
export function quarantinedFileName(outputName: string, originalFileName: string): string {
  const extension = /\.pdf$/i.exec(originalFileName)?.[0] ?? '';
  return `${outputName}${extension}`;
}

export class OutputFolders {
  constructor(
    readonly outbox: string,
    readonly quarantine: string,
  ) {}

  resultPath(outputName: string): string {
    return path.join(this.outbox, `${outputName}.json`);
  }

  errorReportPath(outputName: string): string {
    return path.join(this.quarantine, `${outputName}${ERROR_SUFFIX}`);
  }

  /** Validates again at the boundary: nothing invalid ever reaches downstream systems. */
  async writeResult(outputName: string, result: ProcessingResult): Promise<string> {
    const target = this.resultPath(outputName);
    const json = JSON.stringify(ProcessingResult.parse(result), null, 2) + '\n';
    await writingInto(this.outbox, () => writeFileAtomically(target, json));
    return target;
  }

  async writeQuarantine(outputName: string, storedPdf: string, report: QuarantineReport): Promise<string> {
    const pdfCopy = path.join(this.quarantine, quarantinedFileName(outputName, report.file));
    const json = JSON.stringify(QuarantineReport.parse(report), null, 2) + '\n';
    await writingInto(this.quarantine, async () => {
      await copyFileAtomically(storedPdf, pdfCopy);
      await writeFileAtomically(this.errorReportPath(outputName), json);
    });
    return pdfCopy;
  }

  /**
   * The report of an inbox entry refused unread (a symbolic link, a device): written once, since
   * the entry stays in the inbox for the clerk to remove and is seen again at every rescan.
   */
  async writeRefusal(entryName: string, report: QuarantineReport): Promise<string> {
    const stem = fitToBytes(entryName, MAX_OUTPUT_NAME_BYTES) + REFUSED_SUFFIX;
    const target = this.errorReportPath(stem);
    const json = JSON.stringify(QuarantineReport.parse(report), null, 2) + '\n';
    if (!(await fileExists(target))) await writingInto(this.quarantine, () => writeFileAtomically(target, json));
    return target;
  }

  async listQuarantined(): Promise<Array<{ outputName: string; report: QuarantineReport }>> {
    const names = await fs.readdir(this.quarantine).catch(() => [] as string[]);
    const entries = [];
    for (const name of names.filter((entry) => entry.endsWith(ERROR_SUFFIX) && !entry.startsWith('.'))) {
      const report = QuarantineReport.safeParse(await readJsonFile(path.join(this.quarantine, name)).catch(() => null));
      if (report.success) entries.push({ outputName: name.slice(0, -ERROR_SUFFIX.length), report: report.data });
    }
    return entries.sort((a, b) => b.report.failedAt.localeCompare(a.report.failedAt));
  }

  /** Moves a PDF's quarantine files into quarantine/retried/<time>/ before it is tried again. */
  async setAsideQuarantined(outputName: string, report: QuarantineReport): Promise<void> {
    const folder = path.join(this.quarantine, 'retried', new Date().toISOString().replace(/[:.]/g, '-'));
    await fs.mkdir(folder, { recursive: true });
    for (const name of [quarantinedFileName(outputName, report.file), `${outputName}${ERROR_SUFFIX}`]) {
      await fs.rename(path.join(this.quarantine, name), path.join(folder, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await syncFolder(folder);
  }
}
