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
import {
  type ReferenceQuery,
  compactReference,
  looksLikeReferenceFragment,
  parseReferenceQuery,
  withoutCircularMarker,
} from './reference-query.js';
import { buildSnippet, snippetTerms } from './snippets.js';
import { buildMatchExpression } from './word-index.js';

interface Condition {
  sql: string;
  params: unknown[];
}

interface HitRow {
  id: number;
  copy_key: string | null;
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

const HIT_COLUMNS = `l.id, l.copy_key, l.source_sha256, l.position, l.reference, l.date, l.buddhist_year, l.kind, l.urgency,
  l.level, l.issuer, l.subject, l.page_first, l.page_last, s.file`;

export function searchLetters(db: Database, params: SearchParams): SearchPage {
  const conditions = filterConditions(params);
  const asReference = params.q === undefined ? null : parseReferenceQuery(params.q);
  if (asReference) conditions.push(wholeReferenceCondition(asReference));
  // Part of a number typed in the main box: the letter with that number, before letters citing it.
  if (!asReference && params.q !== undefined && looksLikeReferenceFragment(params.q)) {
    const page = filterSearch(db, [...conditions, referenceCondition(params.q)], params, 'reference');
    if (page.total > 0) return page;
  }
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

/** ORDER BY of a search: inside a group of copies (best copy first) and for the page. */
function ordering(params: SearchParams, words: boolean): { inner: string; outer: string } {
  const sort = params.sort ?? (words ? 'relevance' : 'newest');
  if (sort === 'relevance' && words) return { inner: 'letters_text.rank, l.position, l.id', outer: 'rank, id' };
  const direction = sort === 'oldest' ? 'ASC' : 'DESC';
  return { inner: `l.date ${direction} NULLS LAST, l.position, l.id`, outer: `date ${direction} NULLS LAST, id` };
}

/**
 * One page of letter ids and the total. Grouped, copies of one letter (same number and year)
 * count once and the best-placed copy stands for them.
 */
function pageOfIds(db: Database, from: string, params: unknown[], search: SearchParams, words: boolean): { total: number; ids: number[] } {
  const order = ordering(search, words);
  const paging = [search.pageSize, offsetOf(search)];
  if (search.group !== 'copies') {
    const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(...params) as number;
    const ids = db.prepare(`SELECT l.id ${from} ORDER BY ${order.inner} LIMIT ? OFFSET ?`).pluck().all(...params, ...paging) as number[];
    return { total, ids };
  }
  const letter = 'coalesce(l.copy_key, l.id)';
  const total = db.prepare(`SELECT count(DISTINCT ${letter}) ${from}`).pluck().get(...params) as number;
  const rank = words ? 'letters_text.rank' : 'NULL';
  const ids = db
    .prepare(
      `SELECT id FROM (SELECT l.id AS id, l.date AS date, ${rank} AS rank,
         row_number() OVER (PARTITION BY ${letter} ORDER BY ${order.inner}) AS best ${from})
       WHERE best = 1 ORDER BY ${order.outer} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(...params, ...paging) as number[];
  return { total, ids };
}

function wordSearch(db: Database, query: WordQuery, conditions: Condition[], params: SearchParams): SearchPage {
  const { match } = query;
  const where = whereClause(conditions, 'letters_text MATCH ?');
  const from = `FROM letters_text JOIN letters l ON l.id = letters_text.rowid ${where.sql}`;
  // Without filters or grouping the index alone can count (every indexed row is a letter).
  const plain = conditions.length === 0 && params.group === undefined && (params.sort ?? 'relevance') === 'relevance';
  const { total, ids } = plain
    ? {
        total: db.prepare('SELECT count(*) FROM letters_text WHERE letters_text MATCH ?').pluck().get(match) as number,
        ids: db
          .prepare(`SELECT l.id ${from} ORDER BY letters_text.rank, l.id LIMIT ? OFFSET ?`)
          .pluck()
          .all(match, params.pageSize, offsetOf(params)) as number[],
      }
    : pageOfIds(db, from, [match, ...where.params], params, true);
  const terms = snippetTerms(query.words, query.prefix);
  const hits = new HitReader(db);
  const items = ids.map((id) => {
    const { row, document } = hits.withDocument(id);
    return toHit(row, buildSnippet([document.text, document.subject, document.addressee, document.issuer.name], terms), hits.copiesOf(row));
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
  const { total, ids } = pageOfIds(db, `FROM letters l ${where.sql}`, where.params, params, false);
  const hits = new HitReader(db);
  const items = ids.map((id) => {
    const row = hits.row(id);
    return toHit(row, null, hits.copiesOf(row));
  });
  return { total, page: params.page, pageSize: params.pageSize, matched, items };
}

/** Reads the rows of a page's hits and the other copies of each letter. */
class HitReader {
  private readonly rowStatement;
  private readonly documentStatement;
  private readonly copiesStatement;

  constructor(db: Database) {
    this.rowStatement = db.prepare(`SELECT ${HIT_COLUMNS} FROM letters l JOIN sources s ON s.sha256 = l.source_sha256 WHERE l.id = ?`);
    this.documentStatement = db.prepare('SELECT coalesce(corrected_document, document) FROM letters WHERE id = ?').pluck();
    this.copiesStatement = db.prepare(
      `SELECT l.source_sha256, l.position, s.file FROM letters l JOIN sources s ON s.sha256 = l.source_sha256
       WHERE l.copy_key = ? AND l.id != ? ORDER BY l.id LIMIT 50`,
    );
  }

  row(id: number): HitRow {
    return this.rowStatement.get(id) as HitRow;
  }

  withDocument(id: number): { row: HitRow; document: LetterDocument } {
    const blob = this.documentStatement.get(id) as Buffer;
    return { row: this.row(id), document: JSON.parse(inflateRawSync(blob).toString('utf8')) as LetterDocument };
  }

  copiesOf(row: HitRow): SearchHit['copies'] {
    if (row.copy_key === null) return [];
    const copies = this.copiesStatement.all(row.copy_key, row.id) as Array<{ source_sha256: string; position: number; file: string }>;
    return copies.map((copy) => ({ id: formatLetterId(copy.source_sha256, copy.position), file: copy.file }));
  }
}

function offsetOf(params: SearchParams): number {
  return (params.page - 1) * params.pageSize;
}

function toHit(row: HitRow, snippet: SnippetPart[] | null, copies: SearchHit['copies']): SearchHit {
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
    copies,
  };
}
