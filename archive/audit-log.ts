/** The audit log: who signed in, exported what, changed which user. Corrections are revisions. */
import type { Database, Statement } from 'better-sqlite3';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

export class AuditLog {
  private readonly insert: Statement;
  private readonly recentRows: Statement;

  constructor(db: Database) {
    this.insert = db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)');
    this.recentRows = db.prepare('SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?');
  }

  record(actor: string, action: string, detail: Record<string, unknown> = {}): void {
    this.insert.run(new Date().toISOString(), actor, action, JSON.stringify(detail));
  }

  recent(limit = 100): AuditEntry[] {
    return (this.recentRows.all(limit) as Array<{ at: string; actor: string; action: string; detail: string }>).map((row) => ({
      ...row,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }
}
