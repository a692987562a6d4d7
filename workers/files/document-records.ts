/**
 * What the service knows about each distinct PDF, kept in the data folder (the source of truth;
 * Redis only holds the work in flight):
 *   documents/<sha256>.json   one record per content, its original name and its outcome
 *   pending/<sha256>          present while a PDF is accepted but has no outcome yet
 *   names/<NAME>              which content owns an output name (outbox/NAME.json)
 *   duplicates.jsonl          one line per arrival of content already received
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { appendLineDurably, readJsonFile, writeFileAtomically } from './durable-files.js';
import { outputNameCandidates } from './file-names.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const DocumentStatus = z.enum(['queued', 'done', 'quarantined']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

export const DocumentRecord = z.object({
  sha256: Sha256,
  fileName: z.string().describe('original file name, as dropped'),
  inboxPath: z.string().describe('path inside the inbox when it arrived (folders included)'),
  outputName: z.string().describe('NAME of outbox/NAME.json and quarantine/NAME.*'),
  size: z.number().int().min(0),
  sourceMtimeMs: z.number(),
  receivedAt: z.string(),
  status: DocumentStatus,
  updatedAt: z.string(),
  pageCount: z.number().int().min(0).optional(),
  outcome: z
    .object({ file: z.string(), stage: z.string().optional(), reason: z.string().optional() })
    .optional()
    .describe('where the result or the quarantined PDF was written'),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const DuplicateArrival = z.object({
  at: z.string(),
  sha256: Sha256,
  inboxPath: z.string(),
  duplicateOf: z.string().describe('file name the content first arrived as'),
  outputName: z.string(),
  status: DocumentStatus,
});
export type DuplicateArrival = z.infer<typeof DuplicateArrival>;

export class DocumentRecords {
  private readonly documentsDir: string;
  private readonly pendingDir: string;
  private readonly namesDir: string;
  readonly duplicatesFile: string;

  constructor(dataDir: string) {
    this.documentsDir = path.join(dataDir, 'documents');
    this.pendingDir = path.join(dataDir, 'pending');
    this.namesDir = path.join(dataDir, 'names');
    this.duplicatesFile = path.join(dataDir, 'duplicates.jsonl');
  }

  private recordPath(sha256: string): string {
    return path.join(this.documentsDir, `${sha256}.json`);
  }

  async get(sha256: string): Promise<DocumentRecord | null> {
    try {
      return DocumentRecord.parse(await readJsonFile(this.recordPath(sha256)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async require(sha256: string): Promise<DocumentRecord> {
    const record = await this.get(sha256);
    if (!record) throw new Error(`no document record for ${sha256}`);
    return record;
  }

  /** Saves a record; a queued one is also marked pending so the reconciler can find it. */
  async save(record: DocumentRecord): Promise<void> {
    const valid = DocumentRecord.parse({ ...record, updatedAt: new Date().toISOString() });
    if (valid.status === 'queued') await writeFileAtomically(path.join(this.pendingDir, valid.sha256), '');
    await writeFileAtomically(this.recordPath(valid.sha256), JSON.stringify(valid, null, 2) + '\n');
    if (valid.status !== 'queued') await fs.rm(path.join(this.pendingDir, valid.sha256), { force: true });
  }

  async update(sha256: string, change: Partial<DocumentRecord>): Promise<DocumentRecord> {
    const record = { ...(await this.require(sha256)), ...change };
    await this.save(record);
    return record;
  }

  /** Hashes of PDFs accepted but without an outcome yet. */
  async listPending(): Promise<string[]> {
    const names = await fs.readdir(this.pendingDir).catch(() => [] as string[]);
    return names.filter((name) => Sha256.safeParse(name).success);
  }

  /**
   * Claims an output name for a content: the file's own name when free, else the name with the
   * start of the hash added (two different PDFs called the same; a name too long to be an output
   * name always gets it). Claims are exclusive creates, so two intakes never get the same name.
   */
  async claimOutputName(stem: string, sha256: string): Promise<string> {
    await fs.mkdir(this.namesDir, { recursive: true });
    for (const candidate of outputNameCandidates(stem, sha256)) {
      const claim = path.join(this.namesDir, candidate);
      try {
        await fs.writeFile(claim, sha256, { flag: 'wx' });
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if ((await fs.readFile(claim, 'utf8')).trim() === sha256) return candidate;
      }
    }
    throw new Error(`no free output name for ${stem}`);
  }

  async recordDuplicate(arrival: DuplicateArrival): Promise<void> {
    await appendLineDurably(this.duplicatesFile, JSON.stringify(DuplicateArrival.parse(arrival)));
  }

  async listDuplicates(): Promise<DuplicateArrival[]> {
    const text = await fs.readFile(this.duplicatesFile, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => DuplicateArrival.parse(JSON.parse(line)));
  }
}
