/**
 * The receipt book: every PDF received gets the next running number of its Buddhist year
 * (the register restarts at 1 each calendar year, as the official correspondence rules say),
 * exactly once. The number is taken from a counter and written with the receipt in one
 * transaction under SQLite's write lock, so concurrent intakes never share a number, a crash
 * leaves either both or neither, and asking again for the same PDF (an intake retried after a
 * crash) returns the number it already has. Numbers are never reused, even if a row were lost.
 */
import type { Database, Statement, Transaction } from 'better-sqlite3';
import { bangkokDateTime } from './thai-time.js';

export interface Receipt {
  sha256: string;
  buddhistYear: number;
  number: number;
  receivedAt: string;
  fileName: string;
  receivedBy: string | null;
  action: string | null;
  remarks: string | null;
}

export interface ReceiptRow {
  sha256: string;
  buddhist_year: number;
  number: number;
  received_at: string;
  file_name: string;
  received_by: string | null;
  action: string | null;
  remarks: string | null;
}

export class ReceiptBook {
  private readonly byHash: Statement;
  private readonly nextNumber: Statement;
  private readonly insert: Statement;
  private readonly setNotesStatement: Statement;
  private readonly recordUploadStatement: Statement;
  private readonly uploader: Statement;
  private readonly registerOnce: Transaction<(input: { sha256: string; fileName: string; receivedAt: Date }) => Receipt>;

  constructor(db: Database) {
    this.byHash = db.prepare('SELECT * FROM receipts WHERE sha256 = ?');
    this.nextNumber = db
      .prepare(
        `INSERT INTO receipt_counters (buddhist_year, last_number) VALUES (?, 1)
         ON CONFLICT (buddhist_year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
      )
      .pluck();
    this.insert = db.prepare(
      `INSERT INTO receipts (sha256, buddhist_year, number, received_at, file_name, received_by)
       VALUES (?, ?, ?, ?, ?, (SELECT uploaded_by FROM uploads WHERE sha256 = ?))`,
    );
    this.setNotesStatement = db.prepare('UPDATE receipts SET action = ?, remarks = ? WHERE sha256 = ?');
    this.recordUploadStatement = db.prepare(
      'INSERT OR IGNORE INTO uploads (sha256, file_name, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?)',
    );
    this.uploader = db.prepare('SELECT uploaded_by FROM uploads WHERE sha256 = ?').pluck();
    this.registerOnce = db.transaction(({ sha256, fileName, receivedAt }) => {
      const existing = this.get(sha256);
      if (existing) return existing;
      const year = bangkokDateTime(receivedAt).buddhistYear;
      const number = this.nextNumber.get(year) as number;
      this.insert.run(sha256, year, number, receivedAt.toISOString(), fileName, sha256);
      return this.get(sha256)!;
    });
  }

  /** The PDF's receipt, made now with the next number of the year unless it has one already. */
  register(input: { sha256: string; fileName: string; receivedAt: Date }): Receipt {
    return this.registerOnce.immediate(input);
  }

  get(sha256: string): Receipt | null {
    const row = this.byHash.get(sha256) as ReceiptRow | undefined;
    return row ? toReceipt(row) : null;
  }

  /** การปฏิบัติ and หมายเหตุ, written by a clerk. False when the PDF has no receipt. */
  setNotes(sha256: string, notes: { action: string | null; remarks: string | null }): boolean {
    return this.setNotesStatement.run(notes.action, notes.remarks, sha256).changes > 0;
  }

  /** Remembers who uploaded a PDF (the first upload of those bytes), for its receipt. */
  recordUpload(upload: { sha256: string; fileName: string; uploadedBy: string; at: Date }): void {
    this.recordUploadStatement.run(upload.sha256, upload.fileName, upload.uploadedBy, upload.at.toISOString());
  }

  uploadedBy(sha256: string): string | null {
    return (this.uploader.get(sha256) as string | undefined) ?? null;
  }
}

export function toReceipt(row: ReceiptRow): Receipt {
  return {
    sha256: row.sha256,
    buddhistYear: row.buddhist_year,
    number: row.number,
    receivedAt: row.received_at,
    fileName: row.file_name,
    receivedBy: row.received_by,
    action: row.action,
    remarks: row.remarks,
  };
}
