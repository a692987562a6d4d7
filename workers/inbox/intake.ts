/**
 * Taking one completely written file from the inbox. Order matters for crash safety:
 *   1. copy into the content store (hash, fsync, rename)   the bytes are safe
 *   2. claim an output name, save the document record       the data folder knows the PDF
 *   3. add the job (id = hash)                              work is queued
 *   4. remove the file from the inbox
 * A crash between any two steps leaves the file in the inbox; taken again, it is recognised by
 * its record (same path, size and mtime) and resumed, not reported as a duplicate.
 * The file is examined without following links before it is read (and opened so that a link
 * fails), and again before it is removed: only the very regular file that was copied is deleted.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileIdentity } from '../files/content-store.js';
import type { DocumentRecord } from '../files/document-records.js';
import type { QuarantineReport } from '../files/output-folders.js';
import type { ServiceContext } from '../service-context.js';
import { type InboxEntry, examineInboxEntry } from './inbox-files.js';

export type IntakeOutcome =
  | { kind: 'accepted'; record: DocumentRecord }
  | { kind: 'resumed'; record: DocumentRecord }
  | { kind: 'duplicate'; record: DocumentRecord };

/**
 * NAME of outbox/NAME.json: the file name without its .pdf extension, control characters (a
 * newline) made underscores so every name lists on one line. Too long a name is fitted when
 * the output name is claimed.
 */
export function outputStem(fileName: string): string {
  return (fileName.replace(/\.pdf$/i, '') || fileName).replace(/\p{Cc}/gu, '_');
}

/** Where an entry is in the inbox, with forward slashes. */
function inboxPathOf(inbox: string, file: string): string {
  return path.relative(inbox, file).split(path.sep).join('/');
}

export async function takeInboxFile(ctx: ServiceContext, inbox: string, file: string): Promise<IntakeOutcome> {
  const inboxPath = inboxPathOf(inbox, file);
  const fileName = path.basename(file);
  const entry = await examineInboxEntry(inbox, file);
  if (entry.kind !== 'file') throw new Error(`${inboxPath} is no longer a regular file in the inbox`);
  const stored = await ctx.store.add(file, { dev: entry.stats.dev, ino: entry.stats.ino });
  const existing = await ctx.records.get(stored.sha256);

  let outcome: IntakeOutcome;
  if (existing && isSameArrival(existing, inboxPath, stored)) {
    if (existing.status === 'queued') await ctx.queues.addPdf({ sha256: existing.sha256, fileName: existing.fileName });
    outcome = { kind: 'resumed', record: existing };
  } else if (existing) {
    await ctx.records.recordDuplicate({
      at: new Date().toISOString(),
      sha256: existing.sha256,
      inboxPath,
      duplicateOf: existing.fileName,
      outputName: existing.outputName,
      status: existing.status,
    });
    await ctx.counters.duplicateReceived();
    outcome = { kind: 'duplicate', record: existing };
  } else {
    const now = new Date().toISOString();
    const record: DocumentRecord = {
      sha256: stored.sha256,
      fileName,
      inboxPath,
      outputName: await ctx.records.claimOutputName(outputStem(fileName), stored.sha256),
      size: stored.size,
      sourceMtimeMs: stored.sourceMtimeMs,
      receivedAt: now,
      status: 'queued',
      updatedAt: now,
    };
    await ctx.records.save(record);
    await ctx.queues.addPdf({ sha256: record.sha256, fileName });
    outcome = { kind: 'accepted', record };
  }
  await removeIfUnchanged(inbox, file, stored);
  return outcome;
}

function isSameArrival(record: DocumentRecord, inboxPath: string, seen: { size: number; sourceMtimeMs: number }): boolean {
  return record.inboxPath === inboxPath && record.size === seen.size && record.sourceMtimeMs === seen.sourceMtimeMs;
}

/**
 * Removes the file that was copied, and nothing else: a file written again under the same name
 * since the copy is a new arrival, and a path that now leads through a link is not ours to touch.
 */
async function removeIfUnchanged(
  inbox: string,
  file: string,
  copied: { size: number; sourceMtimeMs: number; sourceIdentity: FileIdentity },
): Promise<void> {
  const entry = await examineInboxEntry(inbox, file);
  if (entry.kind !== 'file') return;
  const { stats } = entry;
  const same = stats.dev === copied.sourceIdentity.dev && stats.ino === copied.sourceIdentity.ino;
  if (same && stats.size === copied.size && stats.mtimeMs === copied.sourceMtimeMs) await fs.unlink(file);
}

/**
 * An inbox entry that is not taken: a symbolic link (to a file or a folder) or a special file.
 * It is logged and reported in the quarantine folder, named after its place in the inbox, and
 * left where it is; whatever it points to is never read, moved or deleted.
 */
export async function refuseInboxEntry(ctx: ServiceContext, inbox: string, entry: Exclude<InboxEntry, { kind: 'file' | 'gone' }>): Promise<string> {
  const inboxPath = inboxPathOf(inbox, entry.path);
  const now = new Date().toISOString();
  const report: QuarantineReport =
    entry.kind === 'link'
      ? {
          file: inboxPath,
          stage: 'intake',
          code: 'symlink',
          target: entry.target,
          reason: `${inboxPath} is a symbolic link: the inbox takes only real files and never follows links. Remove the link and put the file itself in the inbox.`,
          attempts: 0,
          receivedAt: now,
          failedAt: now,
        }
      : {
          file: inboxPath,
          stage: 'intake',
          code: 'not-a-file',
          reason: `${inboxPath} is not a regular file (a pipe, socket or device) and was left alone. Remove it from the inbox.`,
          attempts: 0,
          receivedAt: now,
          failedAt: now,
        };
  const reportFile = await ctx.outputs.writeRefusal(inboxPath.replaceAll('/', ' - '), report);
  ctx.logger.warn({ file: inboxPath, target: report.target, report: reportFile }, entry.kind === 'link' ? 'symbolic link in the inbox: refused, not followed' : 'not a regular file: refused');
  return reportFile;
}
