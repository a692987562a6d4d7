/**
 * Revisions in the archive database, apart from the indexed rows: re-indexing a PDF (a new
 * machine reading, or `saraban index` of the outbox) never loses them.
 */
import type { Database, Statement, Transaction } from 'better-sqlite3';
import { type FieldCorrection, Revision } from '../../schemas/index.js';

interface RevisionRow {
  revision: number;
  position: number;
  actor: string;
  at: string;
  changes: string;
}

export class RevisionStore {
  private readonly listStatement: Statement;
  private readonly insertStatement: Statement;
  private readonly nextStatement: Statement;
  private readonly addOnce: Transaction<(sha256: string, position: number, actor: string, changes: FieldCorrection[]) => Revision>;

  constructor(db: Database) {
    this.listStatement = db.prepare(
      'SELECT revision, position, actor, at, changes FROM revisions WHERE source_sha256 = ? ORDER BY revision',
    );
    this.insertStatement = db.prepare(
      'INSERT OR IGNORE INTO revisions (source_sha256, revision, position, actor, at, changes) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.nextStatement = db.prepare('SELECT coalesce(max(revision), 0) + 1 FROM revisions WHERE source_sha256 = ?').pluck();
    this.addOnce = db.transaction((sha256, position, actor, changes) => {
      const revision: Revision = {
        revision: this.nextStatement.get(sha256) as number,
        document: position + 1,
        by: actor,
        at: new Date().toISOString(),
        changes,
      };
      this.insert(sha256, revision);
      return revision;
    });
  }

  list(sha256: string): Revision[] {
    return (this.listStatement.all(sha256) as RevisionRow[]).map((row) =>
      Revision.parse({ revision: row.revision, document: row.position + 1, by: row.actor, at: row.at, changes: JSON.parse(row.changes) }),
    );
  }

  /** Records a new revision of one document, numbered after the PDF's last. Call inside a transaction. */
  add(sha256: string, position: number, actor: string, changes: FieldCorrection[]): Revision {
    return this.addOnce(sha256, position, actor, changes);
  }

  /** Takes in revisions carried by a result (an outbox file); those already known are kept as they are. */
  merge(sha256: string, revisions: readonly Revision[]): void {
    for (const revision of revisions) this.insert(sha256, revision);
  }

  private insert(sha256: string, revision: Revision): void {
    this.insertStatement.run(sha256, revision.revision, revision.document - 1, revision.by, revision.at, JSON.stringify(revision.changes));
  }
}
