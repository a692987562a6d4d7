/**
 * Search over the archive: filters combine with AND, full text is ranked by bm25, and
 * every value reaches SQLite as a bound parameter.
 */
import { inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import { repairThaiText } from '../pipeline/thai/index.js';
import type { LetterDocument } from '../schemas/index.js';
import type { SearchHit, SearchPage, SearchParams, SnippetPart } from './api-schemas.js';
import { parseDateBound } from './date-bounds.js';
import { formatLetterId } from './letter-id.js';
import { type ReferenceQuery, compactReference, parseReferenceQuery, withoutCircularMarker } from './reference-query.js';
import { buildSnippet, snippetTerms } from './snippets.js';
import { buildMatchExpression } from './word-index.js';

interface Condition {
  sql: string;
  params: unknown[];
}

interface HitRow {
  source_sha256: string;
  position: number;
  reference: string | null;
  date: string | null;
  buddhist_year: number | null;
  kind: SearchHit['kind'];
  urgency: SearchHit['urgency'];
  level: SearchHit['level'];
  issuer: string | null;
  subject: string | null;
  page_first: number;
  page_last: number;
  file: string;
}

const HIT_COLUMNS = `l.source_sha256, l.position, l.reference, l.date, l.buddhist_year, l.kind, l.urgency,
  l.level, l.issuer, l.subject, l.page_first, l.page_last, s.file`;

export function searchLetters(db: Database, params: SearchParams): SearchPage {
  const conditions = filterConditions(params);
  const asReference = params.q === undefined ? null : parseReferenceQuery(params.q);
  if (asReference) conditions.push(wholeReferenceCondition(asReference));
  // Typed Thai gets the same repair as the indexed text (ํา -> ำ, stray zero-width characters).
  const words = asReference || params.q === undefined ? null : repairThaiText(params.q);
  if (words !== null) {
    const exact = buildMatchExpression(words);
    if (exact !== null) {
      const page = wordSearch(db, { match: exact, words, prefix: false }, conditions, params);
      if (page.total > 0) return page;
      const prefixes = buildMatchExpression(words, { prefix: true })!;
      return wordSearch(db, { match: prefixes, words, prefix: true }, conditions, params);
    }
  }
  return filterSearch(db, conditions, params, asReference ? 'reference' : 'filters');
}

function filterConditions(params: SearchParams): Condition[] {
  const conditions: Condition[] = [];
  if (params.ref !== undefined) conditions.push(referenceCondition(params.ref));
  if (params.from !== undefined) conditions.push({ sql: 'l.date >= ?', params: [parseDateBound(params.from, 'start')] });
  if (params.to !== undefined) conditions.push({ sql: 'l.date <= ?', params: [parseDateBound(params.to, 'end')] });
  if (params.issuer !== undefined) {
    conditions.push({ sql: "l.issuer LIKE ? ESCAPE '\\'", params: [`%${escapeLike(params.issuer.trim())}%`] });
  }
  if (params.agency !== undefined) conditions.push({ sql: 'l.agency_code = ?', params: [params.agency] });
  if (params.level !== undefined) conditions.push({ sql: 'l.level = ?', params: [params.level] });
  if (params.urgency !== undefined) conditions.push({ sql: 'l.urgency = ?', params: [params.urgency] });
  if (params.kind !== undefined) conditions.push({ sql: 'l.kind = ?', params: [params.kind] });
  return conditions;
}

/** A whole number is looked up in an index; a fragment matches inside the compact form. */
function referenceCondition(raw: string): Condition {
  const whole = parseReferenceQuery(raw);
  if (whole) return wholeReferenceCondition(whole);
  const fragment = compactReference(raw);
  // A fragment typed without ว also matches circulars: compare with their ว taken out.
  const column = /\/ว|ว\d/u.test(fragment) ? 'l.reference_compact' : "replace(l.reference_compact, '/ว', '/')";
  return { sql: `${column} LIKE ? ESCAPE '\\'`, params: [`%${escapeLike(fragment)}%`] };
}

/** Typed with ว, only that circular number; typed without, the number with or without ว. */
function wholeReferenceCondition(query: ReferenceQuery): Condition {
  return query.circular
    ? { sql: 'l.reference = ?', params: [query.normalized] }
    : { sql: 'l.reference_without_marker = ?', params: [withoutCircularMarker(query.normalized)] };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereClause(conditions: Condition[], first?: string): { sql: string; params: unknown[] } {
  const parts = [...(first ? [first] : []), ...conditions.map((c) => c.sql)];
  return {
    sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '',
    params: conditions.flatMap((c) => c.params),
  };
}

interface WordQuery {
  match: string;
  words: string;
  prefix: boolean;
}

function wordSearch(db: Database, query: WordQuery, conditions: Condition[], params: SearchParams): SearchPage {
  const { match } = query;
  const where = whereClause(conditions, 'letters_text MATCH ?');
  const from = `FROM letters_text JOIN letters l ON l.id = letters_text.rowid ${where.sql}`;
  // Without filters the index alone can count (every indexed row is a letter).
  const counting = conditions.length === 0 ? 'FROM letters_text WHERE letters_text MATCH ?' : from;
  const total = db.prepare(`SELECT count(*) ${counting}`).pluck().get(match, ...where.params) as number;
  const ids = db
    .prepare(`SELECT l.id ${from} ORDER BY letters_text.rank, l.id LIMIT ? OFFSET ?`)
    .pluck()
    .all(match, ...where.params, params.pageSize, offsetOf(params)) as number[];
  const hit = db.prepare(
    `SELECT ${HIT_COLUMNS}, l.document FROM letters l JOIN sources s ON s.sha256 = l.source_sha256 WHERE l.id = ?`,
  );
  const terms = snippetTerms(query.words, query.prefix);
  const items = ids.map((id) => {
    const row = hit.get(id) as HitRow & { document: Buffer };
    const document = JSON.parse(inflateRawSync(row.document).toString('utf8')) as LetterDocument;
    return toHit(row, buildSnippet([document.text, document.subject, document.addressee, document.issuer.name], terms));
  });
  const matched = query.prefix ? 'word-prefixes' : 'words';
  return { total, page: params.page, pageSize: params.pageSize, matched, items };
}

function filterSearch(
  db: Database,
  conditions: Condition[],
  params: SearchParams,
  matched: 'reference' | 'filters',
): SearchPage {
  const where = whereClause(conditions);
  const total = db.prepare(`SELECT count(*) FROM letters l ${where.sql}`).pluck().get(...where.params) as number;
  const rows = db
    .prepare(
      `SELECT ${HIT_COLUMNS} FROM letters l JOIN sources s ON s.sha256 = l.source_sha256 ${where.sql}
       ORDER BY l.date DESC NULLS LAST, l.id LIMIT ? OFFSET ?`,
    )
    .all(...where.params, params.pageSize, offsetOf(params)) as HitRow[];
  return { total, page: params.page, pageSize: params.pageSize, matched, items: rows.map((row) => toHit(row, null)) };
}

function offsetOf(params: SearchParams): number {
  return (params.page - 1) * params.pageSize;
}

function toHit(row: HitRow, snippet: SnippetPart[] | null): SearchHit {
  return {
    id: formatLetterId(row.source_sha256, row.position),
    reference: row.reference,
    date: row.date,
    buddhistYear: row.buddhist_year,
    kind: row.kind,
    urgency: row.urgency,
    level: row.level,
    issuer: row.issuer,
    subject: row.subject,
    pages: { first: row.page_first, last: row.page_last },
    source: { file: row.file, sha256: row.source_sha256 },
    snippet,
  };
}
