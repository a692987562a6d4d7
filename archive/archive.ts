/**
 * The archive: an SQLite file in the data folder holding every indexed result, searchable
 * by number, date, agency and Thai words, with forwarding chains across documents.
 * One Archive per process; better-sqlite3 is synchronous, so calls never interleave.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { ProcessingResult } from '../schemas/index.js';
import { ContentStore } from '../workers/files/content-store.js';
import type { ChainView, LetterRecord, SearchPage, SearchParams } from './api-schemas.js';
import { SearchParams as SearchParamsSchema } from './api-schemas.js';
import { AuditLog } from './audit-log.js';
import { ChainQueries } from './chains.js';
import { parseLetterId } from './letter-id.js';
import { type LetterRow, letterRows } from './letter-rows.js';
import { applyMigrations } from './migrations.js';
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

  constructor(
    private readonly db: Database,
    readonly dataDir: string,
  ) {
    this.originals = new ContentStore(join(dataDir, STORE_FOLDER));
    this.chains = new ChainQueries(db);
    this.statements = prepareStatements(db);
    this.users = new UserStore(db);
    this.audit = new AuditLog(db);
  }

  /** Stores a result, replacing any earlier index of the same source (by sha256). Validates first. */
  indexResult(input: ProcessingResult): IndexOutcome {
    const result = ProcessingResult.parse(input);
    return this.db.transaction(() => this.replaceSource(result))();
  }

  /** Indexes many results in one transaction (much faster for bulk loads). */
  indexResults(inputs: Iterable<ProcessingResult>): IndexOutcome[] {
    return this.db.transaction(() => [...inputs].map((input) => this.replaceSource(ProcessingResult.parse(input))))();
  }

  search(params: Partial<SearchParams>): SearchPage {
    return searchLetters(this.db, SearchParamsSchema.parse(params));
  }

  letter(id: string): LetterRecord | null {
    const parsed = parseLetterId(id);
    if (!parsed) return null;
    const row = this.statements.letter.get(parsed.sha256, parsed.position) as
      | { document: Buffer; file: string; page_count: number; chain_json: string }
      | undefined;
    if (!row) return null;
    return {
      id,
      source: { file: row.file, sha256: parsed.sha256, pageCount: row.page_count, chain: JSON.parse(row.chain_json) },
      position: parsed.position + 1,
      document: JSON.parse(inflateRawSync(row.document).toString('utf8')),
      originalAvailable: this.originalPdfPath(parsed.sha256) !== null,
    };
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
    const replaced = this.statements.deleteSource.run(sha256).changes > 0;
    this.statements.insertSource.run(sha256, result.source.file, result.source.pageCount, JSON.stringify(result.chain), new Date().toISOString());
    const rows = letterRows(result);
    for (const row of rows) this.insertLetter(sha256, row);
    return { sha256, letters: rows.length, replaced };
  }

  private insertLetter(sha256: string, row: LetterRow): void {
    const { statements } = this;
    const id = statements.insertLetter.run(
      sha256, row.position, row.kind, row.urgency, row.secrecy, row.reference, row.referenceCompact, row.agencyCode,
      row.date, row.buddhistYear, row.issuer, row.level, row.subject, row.pageFirst, row.pageLast, row.document,
      row.referenceWithoutMarker,
    ).lastInsertRowid;
    const text = row.searchText;
    statements.insertText.run(id, text.subject, text.issuer, text.addressee, text.text);
    for (const c of row.citations) statements.insertCitation.run(id, c.citedReference, c.citedYear, c.citedDate, c.evidence);
  }
}

function prepareStatements(db: Database) {
  return {
    letter: db.prepare(
      `SELECT l.document, s.file, s.page_count, s.chain_json FROM letters l
       JOIN sources s ON s.sha256 = l.source_sha256 WHERE l.source_sha256 = ? AND l.position = ?`,
    ),
    letterKey: db.prepare('SELECT reference, buddhist_year FROM letters WHERE source_sha256 = ? AND position = ?'),
    sourceHash: db.prepare('SELECT sha256 FROM sources WHERE sha256 = ?').pluck(),
    stats: db.prepare('SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM letters) AS letters'),
    deleteSource: db.prepare('DELETE FROM sources WHERE sha256 = ?'),
    insertSource: db.prepare('INSERT INTO sources (sha256, file, page_count, chain_json, indexed_at) VALUES (?, ?, ?, ?, ?)'),
    insertLetter: db.prepare(
      `INSERT INTO letters (source_sha256, position, kind, urgency, secrecy, reference, reference_compact, agency_code,
         date, buddhist_year, issuer, level, subject, page_first, page_last, document, reference_without_marker)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertText: db.prepare('INSERT INTO letters_text (rowid, subject, issuer, addressee, text) VALUES (?, ?, ?, ?, ?)'),
    insertCitation: db.prepare(
      'INSERT OR IGNORE INTO citations (citing_letter_id, cited_reference, cited_year, cited_date, evidence) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}
