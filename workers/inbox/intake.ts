/**
 * Taking one completely written file from the inbox. Order matters for crash safety:
 *   1. copy into the content store (hash, fsync, rename)   the bytes are safe
 *   2. give it a receipt number, claim an output name,      the register and the data
 *      save the document record                              folder know the PDF
 *   3. add the job (id = hash)                              work is queued
 *   4. remove the file from the inbox
 * A crash between any two steps leaves the file in the inbox; taken again, it is recognised by
 * its record (same path, size and mtime) and resumed, not reported as a duplicate.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentRecord } from '../files/document-records.js';
import type { ServiceContext } from '../service-context.js';

export type IntakeOutcome =
  | { kind: 'accepted'; record: DocumentRecord }
  | { kind: 'resumed'; record: DocumentRecord }
  | { kind: 'duplicate'; record: DocumentRecord };

/** NAME of outbox/NAME.json: the file name without its .pdf extension. */
export function outputStem(fileName: string): string {
  return fileName.replace(/\.pdf$/i, '') || fileName;
}

export async function takeInboxFile(ctx: ServiceContext, inbox: string, file: string): Promise<IntakeOutcome> {
  const inboxPath = path.relative(inbox, file).split(path.sep).join('/');
  const fileName = path.basename(file);
  const stored = await ctx.store.add(file);
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
    // The receipt number comes first: a crash before the record is saved takes the file again,
    // and the same bytes get the same number back.
    ctx.archive.receipts.register({ sha256: stored.sha256, fileName, receivedAt: new Date(now) });
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
  await removeIfUnchanged(file, stored);
  return outcome;
}

function isSameArrival(record: DocumentRecord, inboxPath: string, seen: { size: number; sourceMtimeMs: number }): boolean {
  return record.inboxPath === inboxPath && record.size === seen.size && record.sourceMtimeMs === seen.sourceMtimeMs;
}

/** A file written again under the same name since the copy is a new arrival: leave it. */
async function removeIfUnchanged(file: string, copied: { size: number; sourceMtimeMs: number }): Promise<void> {
  const now = await fs.stat(file).catch(() => null);
  if (now && now.size === copied.size && now.mtimeMs === copied.sourceMtimeMs) await fs.rm(file, { force: true });
}
