/**
 * The review queue: letters whose machine reading is doubtful (low-confidence fields,
 * warnings) and that nobody has corrected or checked yet, most doubtful first.
 */
import type { Database, Statement } from 'better-sqlite3';
import { formatLetterId } from '../letter-id.js';

export interface ReviewItem {
  id: string;
  reference: string | null;
  date: string | null;
  subject: string | null;
  issuer: string | null;
  kind: string;
  doubt: number;
  fields: string[];
  file: string;
  pages: { first: number; last: number };
}

const WAITING = `FROM letters l WHERE l.doubt > 0
  AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.source_sha256 = l.source_sha256 AND r.position = l.position)`;

export class ReviewQueue {
  private readonly page: Statement;
  private readonly total: Statement;

  constructor(db: Database) {
    this.page = db.prepare(
      `SELECT l.source_sha256, l.position, l.reference, l.date, l.subject, l.issuer, l.kind, l.doubt, l.doubtful_fields,
              l.page_first, l.page_last, (SELECT file FROM sources s WHERE s.sha256 = l.source_sha256) AS file
       ${WAITING} ORDER BY l.doubt DESC, l.id LIMIT ? OFFSET ?`,
    );
    this.total = db.prepare(`SELECT count(*) ${WAITING}`).pluck();
  }

  list(page: number, pageSize: number): { total: number; items: ReviewItem[] } {
    const rows = this.page.all(pageSize, (page - 1) * pageSize) as Array<{
      source_sha256: string;
      position: number;
      reference: string | null;
      date: string | null;
      subject: string | null;
      issuer: string | null;
      kind: string;
      doubt: number;
      doubtful_fields: string;
      page_first: number;
      page_last: number;
      file: string;
    }>;
    return {
      total: this.total.get() as number,
      items: rows.map((row) => ({
        id: formatLetterId(row.source_sha256, row.position),
        reference: row.reference,
        date: row.date,
        subject: row.subject,
        issuer: row.issuer,
        kind: row.kind,
        doubt: row.doubt,
        fields: JSON.parse(row.doubtful_fields) as string[],
        file: row.file,
        pages: { first: row.page_first, last: row.page_last },
      })),
    };
  }
}
