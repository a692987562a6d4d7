/**
 * The receipt register (ทะเบียนหนังสือรับ) as rows: one per received PDF, with the columns of
 * the official form: receipt number, date received, the letter's ที่, its date, from, to,
 * subject, action and remarks. A bundle is registered by the letter it was received as: the
 * last of its forwarding chain (the one addressed to this office), else its first letter.
 * Values are the corrected ones.
 */
import { inflateRawSync } from 'node:zlib';
import type { Database, Statement } from 'better-sqlite3';
import type { LetterDocument } from '../../schemas/index.js';
import { formatLetterId } from '../letter-id.js';
import { type Receipt, type ReceiptRow, toReceipt } from './receipts.js';
import { bangkokDateTime } from './thai-time.js';

export interface RegisterRow extends Receipt {
  /** Day and time received, in Thailand. */
  receivedDate: string;
  receivedTime: string;
  /** The PDF has been read and indexed; until then the letter's columns are empty. */
  indexed: boolean;
  letterId: string | null;
  letterCount: number;
  reference: string | null;
  date: string | null;
  from: string | null;
  to: string | null;
  subject: string | null;
}

export interface RegisterQuery {
  year?: number | undefined;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const ROWS = `
  SELECT r.*, s.sha256 IS NOT NULL AS indexed, main.position AS main_position,
         coalesce(main.corrected_document, main.document) AS main_document,
         (SELECT count(*) FROM letters c WHERE c.source_sha256 = r.sha256) AS letter_count
  FROM receipts r
  LEFT JOIN sources s ON s.sha256 = r.sha256
  LEFT JOIN letters main ON main.id = (
    SELECT l.id FROM letters l WHERE l.source_sha256 = r.sha256
    ORDER BY (l.reference IS NOT NULL AND l.reference = json_extract(s.chain_json, '$[#-1]')) DESC,
             l.kind = 'attachment', l.position
    LIMIT 1)`;

export class RegisterQueries {
  private readonly byYear: { asc: Statement; desc: Statement };
  private readonly allYears: Statement;
  private readonly countYear: Statement;
  private readonly years: Statement;
  private readonly one: Statement;

  constructor(db: Database) {
    this.byYear = {
      asc: db.prepare(`${ROWS} WHERE r.buddhist_year = ? ORDER BY r.number LIMIT ? OFFSET ?`),
      desc: db.prepare(`${ROWS} WHERE r.buddhist_year = ? ORDER BY r.number DESC LIMIT ? OFFSET ?`),
    };
    this.allYears = db.prepare(`${ROWS} ORDER BY r.received_at DESC, r.number DESC LIMIT ? OFFSET ?`);
    this.countYear = db.prepare('SELECT count(*) FROM receipts WHERE buddhist_year = ?').pluck();
    this.years = db.prepare('SELECT DISTINCT buddhist_year FROM receipts ORDER BY buddhist_year DESC').pluck();
    this.one = db.prepare(`${ROWS} WHERE r.sha256 = ?`);
  }

  /** A year's register in number order, or the latest receipts of every year (no year). */
  rows(query: RegisterQuery): RegisterRow[] {
    const raw =
      query.year === undefined
        ? this.allYears.all(query.limit, query.offset)
        : this.byYear[query.order].all(query.year, query.limit, query.offset);
    return (raw as RawRow[]).map(toRow);
  }

  count(year: number): number {
    return this.countYear.get(year) as number;
  }

  /** Buddhist years that have a register, newest first. */
  yearsKept(): number[] {
    return this.years.all() as number[];
  }

  row(sha256: string): RegisterRow | null {
    const raw = this.one.get(sha256) as RawRow | undefined;
    return raw ? toRow(raw) : null;
  }
}

interface RawRow extends ReceiptRow {
  indexed: number;
  main_position: number | null;
  main_document: Buffer | null;
  letter_count: number;
}

function toRow(raw: RawRow): RegisterRow {
  const received = bangkokDateTime(new Date(raw.received_at));
  const letter = raw.main_document ? (JSON.parse(inflateRawSync(raw.main_document).toString('utf8')) as LetterDocument) : null;
  return {
    ...toReceipt(raw),
    receivedDate: received.date,
    receivedTime: received.time,
    indexed: raw.indexed === 1,
    letterId: raw.main_position === null ? null : formatLetterId(raw.sha256, raw.main_position),
    letterCount: raw.letter_count,
    reference: letter?.reference?.normalized ?? null,
    date: letter?.date?.iso ?? null,
    from: letter?.issuer.name ?? null,
    to: letter?.addressee ?? null,
    subject: letter?.subject ?? null,
  };
}
