/**
 * The archive: an SQLite file in the data folder holding every indexed result, searchable
 * by number, date, agency and Thai words, with forwarding chains across documents.
 * One Archive per process; better-sqlite3 is synchronous, so calls never interleave.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { FieldCorrection, type LetterDocument, ProcessingResult, type ProcessingResultInput, type Revision, SCHEMA_VERSION } from '../schemas/index.js';
import { ContentStore } from '../workers/files/content-store.js';
import type { ChainView, LetterRecord, SearchPage, SearchParams } from './api-schemas.js';
import { SearchParams as SearchParamsSchema } from './api-schemas.js';
import { AuditLog } from './audit-log.js';
import { ChainQueries } from './chains.js';
import { parseLetterId } from './letter-id.js';
import { type LetterRow, letterRows } from './letter-rows.js';
import { applyMigrations } from './migrations.js';
import { ReceiptBook } from './register/receipts.js';
import { RegisterQueries } from './register/register-rows.js';
import { type CorrectedValues } from './review/correction-input.js';
import { doubtOf } from './review/doubt.js';
import { ReviewQueue } from './review/review-queue.js';
import { RevisionStore } from './review/revision-store.js';
import { machineReadingOf, revisedPositions, withRevisions } from './review/revisions.js';
import { searchLetters } from './search.js';
import { UserStore } from './users/user-store.js';

export const ARCHIVE_FILE = 'archive.sqlite';
/** The service's content store of original PDFs (workers/files/content-store.ts), in the data folder. */
export const STORE_FOLDER = 'store';

export interface IndexOutcome {
  sha256: string;
  letters: number;
  /** The same source was indexed before; its rows were replaced. */
  replaced: boolean;
  /** The result as stored: the machine reading with every correction on top (the outbox's content). */
  result: ProcessingResult;
}

export interface CorrectionOutcome {
  /** The new revision; null when the values sent were the ones already there. */
  revision: Revision | null;
  result: ProcessingResult;
}

export function openArchive(dataDir: string): Archive {
  mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(join(dataDir, ARCHIVE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  applyMigrations(db);
  return new Archive(db, dataDir);
}

export class Archive {
  private readonly chains: ChainQueries;
  private readonly statements: ReturnType<typeof prepareStatements>;

  private readonly originals: ContentStore;
  readonly users: UserStore;
  readonly audit: AuditLog;
  readonly receipts: ReceiptBook;
  readonly register: RegisterQueries;
  readonly revisions: RevisionStore;
  readonly reviewQueue: ReviewQueue;

  constructor(
    private readonly db: Database,
    readonly dataDir: string,
  ) {
    this.originals = new ContentStore(join(dataDir, STORE_FOLDER));
    this.chains = new ChainQueries(db);
    this.statements = prepareStatements(db);
    this.users = new UserStore(db);
    this.audit = new AuditLog(db);
    this.receipts = new ReceiptBook(db);
    this.register = new RegisterQueries(db);
    this.revisions = new RevisionStore(db);
    this.reviewQueue = new ReviewQueue(db);
  }

  /**
   * Stores a result, replacing any earlier index of the same source (by sha256), with the
   * source's corrections on top. Validates first. A result carrying corrections (an outbox
   * revision) adds them to the archive's own.
   */
  indexResult(input: ProcessingResultInput): IndexOutcome {
    const result = ProcessingResult.parse(input);
    return this.db.transaction(() => this.replaceSource(result))();
  }

  /** Indexes many results in one transaction (much faster for bulk loads). */
  indexResults(inputs: Iterable<ProcessingResultInput>): IndexOutcome[] {
    return this.db.transaction(() => [...inputs].map((input) => this.replaceSource(ProcessingResult.parse(input))))();
  }

  search(params: Partial<SearchParams>): SearchPage {
    return searchLetters(this.db, SearchParamsSchema.parse(params));
  }

  letter(id: string): LetterRecord | null {
    const parsed = parseLetterId(id);
    if (!parsed) return null;
    const row = this.statements.letter.get(parsed.sha256, parsed.position) as LetterRecordRow | undefined;
    if (!row) return null;
    const receipt = this.receipts.get(parsed.sha256);
    const revisions = this.revisions.list(parsed.sha256);
    return {
      id,
      source: { file: row.file, sha256: parsed.sha256, pageCount: row.page_count, chain: JSON.parse(row.chain_json) },
      position: parsed.position + 1,
      document: inflateDocument(row.corrected_document ?? row.document),
      machineReading: row.corrected_document ? inflateDocument(row.document) : null,
      revision: revisions.at(-1)?.revision ?? 0,
      revisions: revisions.filter((revision) => revision.document === parsed.position + 1),
      doubt: { score: row.doubt, fields: JSON.parse(row.doubtful_fields) as string[] },
      receipt: receipt && { number: receipt.number, buddhistYear: receipt.buddhistYear, receivedAt: receipt.receivedAt, receivedBy: receipt.receivedBy },
      originalAvailable: this.originalPdfPath(parsed.sha256) !== null,
    };
  }

  /**
   * Saves a clerk's correction of one letter as a new revision of its PDF and re-indexes the PDF
   * with it, so search and chains use the corrected values at once. Values equal to the current
   * ones are not changes; `checked` records a review even without changes. Null: no such letter.
   */
  correct(id: string, actor: string, values: CorrectedValues, checked = false): CorrectionOutcome | null {
    const parsed = parseLetterId(id);
    if (!parsed) return null;
    return this.db.transaction((): CorrectionOutcome | null => {
      const stored = this.storedMachineReading(parsed.sha256);
      if (!stored || !stored.documents[parsed.position]) return null;
      const revisions = this.revisions.list(parsed.sha256);
      const current = withRevisions(stored, revisions);
      const changes = fieldChanges(current.documents[parsed.position]!, values);
      if (changes.length === 0 && !checked) return { revision: null, result: current };
      const revision = this.revisions.add(parsed.sha256, parsed.position, actor, changes);
      return { revision, result: this.storeSource(stored, [...revisions, revision]).result };
    }).immediate();
  }

  /** The result of an indexed PDF as it stands (corrections applied), for the outbox. */
  currentResult(sha256: string): ProcessingResult | null {
    const stored = this.storedMachineReading(sha256);
    return stored && withRevisions(stored, this.revisions.list(sha256));
  }

  /** The chain around a letter; null when the letter is unknown or has no number and date to identify it. */
  chain(id: string): ChainView | null {
    const parsed = parseLetterId(id);
    const key = parsed
      ? (this.statements.letterKey.get(parsed.sha256, parsed.position) as
          | { reference: string | null; buddhist_year: number | null }
          | undefined)
      : undefined;
    if (!key?.reference || key.buddhist_year === null) return null;
    return this.chains.view({ reference: key.reference, buddhistYear: key.buddhist_year });
  }

  /**
   * The original PDF of an indexed source. The file name comes from the archive's own row
   * for that hash, never from the caller's text, and only archived sources are served.
   */
  originalPdfPath(sha256: string): string | null {
    const known = this.statements.sourceHash.get(sha256) as string | undefined;
    if (!known) return null;
    const path = this.originals.pathOf(known);
    return existsSync(path) ? path : null;
  }

  stats(): { sources: number; letters: number } {
    return this.statements.stats.get() as { sources: number; letters: number };
  }

  close(): void {
    this.db.close();
  }

  private replaceSource(result: ProcessingResult): IndexOutcome {
    const { sha256 } = result.source;
    this.revisions.merge(sha256, result.corrections);
    return this.storeSource(machineReadingOf(result), this.revisions.list(sha256));
  }

  /**
   * Writes a source's rows: letters.document keeps the machine reading, corrected_document the
   * letter with its revisions (when it has any); columns, full text and citations follow the
   * corrected values. Doubt is the machine's.
   */
  private storeSource(machine: ProcessingResult, revisions: readonly Revision[]): IndexOutcome {
    const { sha256 } = machine.source;
    const result = withRevisions(machine, revisions);
    const revised = revisedPositions(revisions);
    const replaced = this.statements.deleteSource.run(sha256).changes > 0;
    this.statements.insertSource.run(
      sha256, result.source.file, result.source.pageCount, JSON.stringify(result.chain), new Date().toISOString(),
      JSON.stringify(result.pages),
    );
    const rows = letterRows(result);
    for (const row of rows) {
      const reading = machine.documents[row.position]!;
      this.insertLetter(sha256, row, revised.has(row.position) ? deflateRawSync(JSON.stringify(reading)) : null, reading);
    }
    return { sha256, letters: rows.length, replaced, result };
  }

  /** The machine reading of an indexed source as stored (its chain with corrected numbers). */
  private storedMachineReading(sha256: string): ProcessingResult | null {
    const source = this.statements.source.get(sha256) as
      | { file: string; page_count: number; chain_json: string; pages_json: string | null }
      | undefined;
    if (!source) return null;
    const documents = (this.statements.machineDocuments.all(sha256) as Buffer[]).map(inflateDocument);
    return {
      schemaVersion: SCHEMA_VERSION,
      source: { file: source.file, sha256, pageCount: source.page_count },
      pages: source.pages_json ? JSON.parse(source.pages_json) : [],
      documents,
      chain: JSON.parse(source.chain_json),
      revision: 0,
      corrections: [],
    };
  }

  /** `machineDocument` is stored beside the row's (corrected) document when they differ. */
  private insertLetter(sha256: string, row: LetterRow, machineDocument: Buffer | null, reading: LetterDocument): void {
    const { statements } = this;
    const doubt = doubtOf(reading);
    const id = statements.insertLetter.run(
      sha256, row.position, row.kind, row.urgency, row.secrecy, row.reference, row.referenceCompact, row.agencyCode,
      row.date, row.buddhistYear, row.issuer, row.level, row.subject, row.pageFirst, row.pageLast,
      machineDocument ?? row.document, row.referenceWithoutMarker, machineDocument ? row.document : null,
      doubt.score, JSON.stringify(doubt.fields), row.reference && row.buddhistYear !== null ? `${row.reference}|${row.buddhistYear}` : null,
    ).lastInsertRowid;
    const text = row.searchText;
    statements.insertText.run(id, text.subject, text.issuer, text.addressee, text.text);
    for (const c of row.citations) statements.insertCitation.run(id, c.citedReference, c.citedYear, c.citedDate, c.evidence);
  }
}

interface LetterRecordRow {
  document: Buffer;
  corrected_document: Buffer | null;
  doubt: number;
  doubtful_fields: string;
  file: string;
  page_count: number;
  chain_json: string;
}

export function inflateDocument(blob: Buffer): LetterDocument {
  return JSON.parse(inflateRawSync(blob).toString('utf8')) as LetterDocument;
}

/** The fields whose new value differs from the current one, as corrections. */
function fieldChanges(current: LetterDocument, values: CorrectedValues): FieldCorrection[] {
  return Object.entries(values).flatMap(([field, after]) => {
    const before = current[field as keyof CorrectedValues];
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [FieldCorrection.parse({ field, before, after })];
  });
}

function prepareStatements(db: Database) {
  return {
    letter: db.prepare(
      `SELECT l.document, l.corrected_document, l.doubt, l.doubtful_fields, s.file, s.page_count, s.chain_json FROM letters l
       JOIN sources s ON s.sha256 = l.source_sha256 WHERE l.source_sha256 = ? AND l.position = ?`,
    ),
    letterKey: db.prepare('SELECT reference, buddhist_year FROM letters WHERE source_sha256 = ? AND position = ?'),
    sourceHash: db.prepare('SELECT sha256 FROM sources WHERE sha256 = ?').pluck(),
    stats: db.prepare('SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM letters) AS letters'),
    deleteSource: db.prepare('DELETE FROM sources WHERE sha256 = ?'),
    insertSource: db.prepare(
      'INSERT INTO sources (sha256, file, page_count, chain_json, indexed_at, pages_json) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    source: db.prepare('SELECT file, page_count, chain_json, pages_json FROM sources WHERE sha256 = ?'),
    machineDocuments: db.prepare('SELECT document FROM letters WHERE source_sha256 = ? ORDER BY position').pluck(),
    insertLetter: db.prepare(
      `INSERT INTO letters (source_sha256, position, kind, urgency, secrecy, reference, reference_compact, agency_code,
         date, buddhist_year, issuer, level, subject, page_first, page_last, document, reference_without_marker,
         corrected_document, doubt, doubtful_fields, copy_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertText: db.prepare('INSERT INTO letters_text (rowid, subject, issuer, addressee, text) VALUES (?, ?, ?, ?, ?)'),
    insertCitation: db.prepare(
      'INSERT OR IGNORE INTO citations (citing_letter_id, cited_reference, cited_year, cited_date, evidence) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}
