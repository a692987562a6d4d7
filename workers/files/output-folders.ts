/**
 * The folders people and downstream systems read: outbox/NAME.json (a validated result, written
 * atomically) and quarantine/ (the PDF that failed, beside NAME.error.json saying why).
 * Nothing here is ever deleted: a retried PDF's quarantine files move to quarantine/retried/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ProcessingResult } from '../../schemas/index.js';
import { copyFileAtomically, readJsonFile, syncFolder, writeFileAtomically } from './durable-files.js';

export const FailureStage = z.enum(['inspect', 'read-page', 'assemble']);
export type FailureStage = z.infer<typeof FailureStage>;

export const QuarantineReport = z.object({
  file: z.string().describe('original file name'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  stage: FailureStage,
  reason: z.string().describe('why, in words a clerk can act on'),
  code: z.string().optional().describe('machine-readable reason, e.g. "encrypted"'),
  attempts: z.number().int().min(0),
  receivedAt: z.string().describe('when the file was taken from the inbox'),
  queuedAt: z.string().optional().describe('when the failing job was queued'),
  lastAttemptAt: z.string().optional(),
  failedAt: z.string(),
  pages: z.array(z.object({ page: z.number().int().min(1), reason: z.string() })).optional().describe('pages that failed'),
});
export type QuarantineReport = z.infer<typeof QuarantineReport>;

const ERROR_SUFFIX = '.error.json';

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
    await writeFileAtomically(target, JSON.stringify(ProcessingResult.parse(result), null, 2) + '\n');
    return target;
  }

  async writeQuarantine(outputName: string, storedPdf: string, report: QuarantineReport): Promise<string> {
    const pdfCopy = path.join(this.quarantine, quarantinedFileName(outputName, report.file));
    await copyFileAtomically(storedPdf, pdfCopy);
    await fs.chmod(pdfCopy, 0o644);
    await writeFileAtomically(this.errorReportPath(outputName), JSON.stringify(QuarantineReport.parse(report), null, 2) + '\n');
    return pdfCopy;
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
