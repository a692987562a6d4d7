/**
 * Search over the archive: filters combine with AND, full text is ranked by bm25, and
 * every value reaches SQLite as a bound parameter.
 */
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchPage, SearchParams, SnippetPart } from './api-schemas.js';
import { parseDateBound } from './date-bounds.js';
import { formatLetterId } from './letter-id.js';
import { compactReference, parseReferenceQuery } from './reference-query.js';
import { buildMatchExpression, unmarkWordBoundaries } from './word-index.js';

const HIT_START = '\u0002';
const HIT_END = '\u0003';
const SNIPPET_TOKENS = 24;

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
  snippet: string | null;
}

const HIT_COLUMNS = `l.source_sha256, l.position, l.reference, l.date, l.buddhist_year, l.kind, l.urgency,
  l.level, l.issuer, l.subject, l.page_first, l.page_last, s.file`;

export function searchLetters(db: Database, params: SearchParams): SearchPage {
  const conditions = filterConditions(params);
  const asReference = params.q === undefined ? null : parseReferenceQuery(params.q);
  if (asReference) conditions.push({ sql: 'l.reference = ?', params: [asReference.normalized] });
  const words = asReference || params.q === undefined ? null : params.q;
  if (words !== null) {
    const exact = buildMatchExpression(words);
    if (exact !== null) {
      const page = wordSearch(db, exact, conditions, params, 'words');
      if (page.total > 0) return page;
      return wordSearch(db, buildMatchExpression(words, { prefix: true })!, conditions, params, 'word-prefixes');
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

/** A whole number is looked up exactly (index); a fragment matches inside the compact form. */
function referenceCondition(raw: string): Condition {
  const whole = parseReferenceQuery(raw);
  if (whole) return { sql: 'l.reference = ?', params: [whole.normalized] };
  return { sql: "l.reference_compact LIKE ? ESCAPE '\\'", params: [`%${escapeLike(compactReference(raw))}%`] };
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

function wordSearch(
  db: Database,
  match: string,
  conditions: Condition[],
  params: SearchParams,
  matched: 'words' | 'word-prefixes',
): SearchPage {
  const where = whereClause(conditions, 'letters_text MATCH ?');
  const from = `FROM letters_text JOIN letters l ON l.id = letters_text.rowid ${where.sql}`;
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(match, ...where.params) as number;
  // Rank first, then make snippets for the page only: snippet() in the ranked query would
  // run for every match before the sort.
  const ids = db
    .prepare(`SELECT l.id ${from} ORDER BY letters_text.rank, l.id LIMIT ? OFFSET ?`)
    .pluck()
    .all(match, ...where.params, params.pageSize, offsetOf(params)) as number[];
  const hit = db.prepare(
    `SELECT ${HIT_COLUMNS}, snippet(letters_text, -1, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}) AS snippet
     FROM letters_text JOIN letters l ON l.id = letters_text.rowid JOIN sources s ON s.sha256 = l.source_sha256
     WHERE letters_text MATCH ? AND letters_text.rowid = ?`,
  );
  const rows = ids.map((id) => hit.get(match, id) as HitRow);
  return { total, page: params.page, pageSize: params.pageSize, matched, items: rows.map(toHit) };
}

function filterSearch(
  db: Database,
  conditions: Condition[],
  params: SearchParams,
  matched: 'reference' | 'filters',
): SearchPage {
  const where = whereClause(conditions);
  const from = `FROM letters l JOIN sources s ON s.sha256 = l.source_sha256 ${where.sql}`;
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(...where.params) as number;
  const rows = db
    .prepare(`SELECT ${HIT_COLUMNS}, NULL AS snippet ${from} ORDER BY l.date DESC NULLS LAST, l.id LIMIT ? OFFSET ?`)
    .all(...where.params, params.pageSize, offsetOf(params)) as HitRow[];
  return { total, page: params.page, pageSize: params.pageSize, matched, items: rows.map(toHit) };
}

function offsetOf(params: SearchParams): number {
  return (params.page - 1) * params.pageSize;
}

function toHit(row: HitRow): SearchHit {
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
    snippet: row.snippet === null ? null : snippetParts(row.snippet),
  };
}

/** Splits SQLite's marked snippet into plain and hit parts, so no caller has to parse markup. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of unmarkWordBoundaries(marked).split(HIT_START).entries()) {
    const [hit, rest] = index === 0 ? [undefined, piece] : splitOnce(piece, HIT_END);
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest.replace(/\s+/g, ' '), hit: false });
  }
  return mergeAdjacent(parts);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** Neighbouring hits ("การ" "ทุจริต") read as one highlighted phrase. */
function mergeAdjacent(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.hit === part.hit) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
