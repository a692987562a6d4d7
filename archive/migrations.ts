/**
 * The archive's schema as numbered steps. A database records the steps it has taken in
 * schema_migrations; opening it applies the missing ones in order, each in a transaction.
 * Published steps are never edited: a change is a new step.
 */
import type { Database } from 'better-sqlite3';
import { THAI_TOKENIZER } from './word-index.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sources, letters, citations and the Thai full-text index',
    sql: `
      CREATE TABLE sources (
        sha256      TEXT PRIMARY KEY,
        file        TEXT NOT NULL,
        page_count  INTEGER NOT NULL,
        chain_json  TEXT NOT NULL,
        indexed_at  TEXT NOT NULL
      );

      -- One row per document of a result: the same letter appears once per bundle that holds a copy.
      CREATE TABLE letters (
        id                INTEGER PRIMARY KEY,
        source_sha256     TEXT NOT NULL REFERENCES sources(sha256) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        kind              TEXT NOT NULL,
        urgency           TEXT,
        secrecy           TEXT,
        reference         TEXT,
        reference_compact TEXT,
        agency_code       TEXT,
        date              TEXT,
        buddhist_year     INTEGER,
        issuer            TEXT,
        level             TEXT NOT NULL,
        subject           TEXT,
        page_first        INTEGER NOT NULL,
        page_last         INTEGER NOT NULL,
        document          BLOB NOT NULL, -- the LetterDocument as deflated JSON (Thai text shrinks ~6x)
        UNIQUE (source_sha256, position)
      );
      CREATE INDEX letters_by_reference ON letters(reference, buddhist_year);
      CREATE INDEX letters_by_date ON letters(date);
      CREATE INDEX letters_by_agency ON letters(agency_code, date);

      -- A letter citing an earlier one. Resolved at query time against letters, so a link
      -- appears by itself when the cited letter is indexed later. cited_year is the Buddhist
      -- year of the cited letter, null when the citation gives no date.
      CREATE TABLE citations (
        citing_letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
        cited_reference  TEXT NOT NULL,
        cited_year       INTEGER,
        cited_date       TEXT,
        evidence         TEXT NOT NULL CHECK (evidence IN ('bundle', 'enclosure', 'reference')),
        PRIMARY KEY (citing_letter_id, cited_reference, evidence)
      ) WITHOUT ROWID;
      CREATE INDEX citations_by_cited ON citations(cited_reference, cited_year);

      -- Contentless: the text lives once, in letters.document; snippets are made in JS.
      CREATE VIRTUAL TABLE letters_text USING fts5(
        subject, issuer, addressee, text, content='', contentless_delete=1, tokenize="${THAI_TOKENIZER}");
      INSERT INTO letters_text(letters_text, rank) VALUES ('rank', 'bm25(8.0, 3.0, 2.0, 1.0)');
      CREATE TRIGGER letters_text_follows_delete AFTER DELETE ON letters BEGIN
        DELETE FROM letters_text WHERE rowid = old.id;
      END;
    `,
  },
  {
    version: 2,
    name: 'reference numbers without the circular marker, for numbers typed without ว',
    sql: `
      ALTER TABLE letters ADD COLUMN reference_without_marker TEXT;
      UPDATE letters SET reference_without_marker = replace(reference, '/ว ', '/');
      CREATE INDEX letters_by_reference_without_marker ON letters(reference_without_marker);
    `,
  },
  {
    version: 3,
    name: 'named users and the audit log of what they did',
    sql: `
      CREATE TABLE users (
        id              INTEGER PRIMARY KEY,
        login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name    TEXT NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('clerk', 'archivist', 'admin')),
        password_hash   TEXT NOT NULL, -- scrypt$N$r$p$salt$hash (archive/users/passwords.ts)
        session_version INTEGER NOT NULL DEFAULT 1, -- raised to end every session of the user
        disabled        INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );

      -- Who did what: sign-ins, exports, user changes (corrections have their own table).
      CREATE TABLE audit_log (
        id     INTEGER PRIMARY KEY,
        at     TEXT NOT NULL,
        actor  TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL -- JSON
      );
      CREATE INDEX audit_log_by_time ON audit_log(at);
    `,
  },
  {
    version: 4,
    name: 'the receipt register: one running number per received PDF and Buddhist year',
    sql: `
      -- The last number given in each year. Numbers come from here, never from max(number),
      -- so a number once given is never given again.
      CREATE TABLE receipt_counters (
        buddhist_year INTEGER PRIMARY KEY,
        last_number   INTEGER NOT NULL
      );
      -- Not tied to sources: a PDF is registered when it is received, before it is read.
      CREATE TABLE receipts (
        sha256        TEXT PRIMARY KEY,
        buddhist_year INTEGER NOT NULL,
        number        INTEGER NOT NULL,
        received_at   TEXT NOT NULL,
        file_name     TEXT NOT NULL,
        received_by   TEXT, -- the user who uploaded it; null for a file dropped in the inbox
        action        TEXT, -- การปฏิบัติ
        remarks       TEXT, -- หมายเหตุ
        UNIQUE (buddhist_year, number)
      );
      CREATE INDEX receipts_by_time ON receipts(received_at);
      -- PDFs a user uploaded in the browser: intake names them as received by that user.
      CREATE TABLE uploads (
        sha256      TEXT PRIMARY KEY,
        file_name   TEXT NOT NULL,
        uploaded_by TEXT NOT NULL,
        uploaded_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'corrections as revisions on top of the machine reading; review doubt; copies of one letter',
    sql: `
      -- letters.document stays the machine reading; corrected_document is the reading with the
      -- corrections applied (null when none), and the other columns and the full-text index
      -- follow the corrected values.
      ALTER TABLE letters ADD COLUMN corrected_document BLOB;
      ALTER TABLE letters ADD COLUMN doubt REAL NOT NULL DEFAULT 0;
      ALTER TABLE letters ADD COLUMN doubtful_fields TEXT NOT NULL DEFAULT '[]';
      -- Copies of one letter in several bundles share a key: number and Buddhist year.
      ALTER TABLE letters ADD COLUMN copy_key TEXT;
      UPDATE letters SET copy_key = reference || '|' || buddhist_year
        WHERE reference IS NOT NULL AND buddhist_year IS NOT NULL;
      CREATE INDEX letters_by_copy_key ON letters(copy_key);
      CREATE INDEX letters_by_doubt ON letters(doubt);
      ALTER TABLE sources ADD COLUMN pages_json TEXT;

      -- One row per saved correction of one letter (which may change several fields, or none:
      -- "checked, nothing to change"). Kept apart from sources so re-indexing never loses them.
      CREATE TABLE revisions (
        source_sha256 TEXT NOT NULL,
        revision      INTEGER NOT NULL,
        position      INTEGER NOT NULL,
        actor         TEXT NOT NULL,
        at            TEXT NOT NULL,
        changes       TEXT NOT NULL, -- JSON [{ field, before, after }]
        PRIMARY KEY (source_sha256, revision)
      );
      CREATE INDEX revisions_by_letter ON revisions(source_sha256, position);
    `,
  },
];

export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  // Each step checks and applies under one write lock (BEGIN IMMEDIATE), so service workers
  // opening a new archive at the same moment apply it once and never collide.
  const applyOnce = db.transaction((migration: Migration): boolean => {
    if (isApplied.get(migration.version)) return false;
    db.exec(migration.sql);
    record.run(migration.version, migration.name, new Date().toISOString());
    return true;
  });
  return [...migrations]
    .sort((a, b) => a.version - b.version)
    .filter((migration) => applyOnce.immediate(migration))
    .map((migration) => migration.version);
}

export function schemaVersion(db: Database): number {
  return (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
}
