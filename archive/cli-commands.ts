/**
 * The archive's subcommands of `saraban`: index, search and api. Each takes argv after the
 * command name and resolves to an exit code (0 ok, 1 partial failure, 2 usage error).
 */
import { parseArgs } from 'node:util';
import { openArchive } from './archive.js';
import { type SearchHit, type SearchPage, SearchParams } from './api-schemas.js';
import { DEFAULT_HOST, DEFAULT_PORT, TOKEN_ENV, serveArchiveApi } from './http.js';
import { ALLOWED_HOSTS_ENV } from './http-guards.js';
import { SearchThreads } from './search-threads.js';
import { indexDirectory } from './index-directory.js';

export const DEFAULT_DATA_DIR = 'data';

export const INDEX_USAGE = `usage: saraban index DIR [DIR ...] [--data DIR]
  Adds the result JSON files in each DIR (NAME.json, or NAME.ndjson with one result per line)
  to the archive in the data folder (default ./data). Re-indexing a source replaces it.`;

export const SEARCH_USAGE = `usage: saraban search [WORDS | REFERENCE] [filters] [--json] [--data DIR]
  WORDS       Thai words, ranked by relevance; a whole reference number is looked up as one
  --ref R     reference number or part of one, any digits and spacing ("มท ๐๘๐๔.๖/ว๕๖๙")
  --from D    --to D   2567, 2567-02, 5/2/2567, "ก.พ. 2567" (Buddhist or Gregorian years)
  --issuer S  --agency มท  --level ministry|department|province|district|local|other
  --urgency ด่วนที่สุด|ด่วนมาก|ด่วน  --kind external_letter|internal_memo|...
  --page N    --page-size N (at most 100)   --json   prints the result page as JSON`;

export const API_USAGE = `usage: saraban api [--data DIR] [--host ${DEFAULT_HOST}] [--port ${DEFAULT_PORT}]
  Serves the archive's JSON API, its OpenAPI document (/openapi.json) and the web page (/).
  Listens on ${DEFAULT_HOST} unless --host says otherwise. Set ${TOKEN_ENV} to require
  "Authorization: Bearer TOKEN" on /api/*; without it, only IP addresses, localhost and the
  names in ${ALLOWED_HOSTS_ENV} (comma-separated) are answered.`;

export async function indexCommand(argv: string[]): Promise<number> {
  const { values, positionals: dirs } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || dirs.length === 0) return usage(INDEX_USAGE, values.help);
  let failed = 0;
  for (const dir of dirs) {
    const report = indexDirectory(dir, { data: values.data });
    for (const failure of report.failures) process.stderr.write(`saraban index: ${failure.file}: ${failure.reason}\n`);
    failed += report.failures.length;
    process.stderr.write(`${dir}: ${report.results} results, ${report.letters} documents indexed into ${values.data}\n`);
  }
  return failed > 0 ? 1 : 0;
}

export async function searchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      json: { type: 'boolean', default: false },
      ref: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      issuer: { type: 'string' },
      agency: { type: 'string' },
      level: { type: 'string' },
      urgency: { type: 'string' },
      kind: { type: 'string' },
      page: { type: 'string' },
      'page-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { data, json, help, 'page-size': pageSize, ...filters } = values;
  const words = positionals.join(' ').trim();
  const params = SearchParams.safeParse({ ...filters, ...(words ? { q: words } : {}), ...(pageSize ? { pageSize } : {}) });
  if (help || !params.success) {
    if (!params.success) for (const issue of params.error.issues) process.stderr.write(`saraban search: ${issue.path.join('.')}: ${issue.message}\n`);
    return usage(SEARCH_USAGE, help);
  }
  const archive = openArchive(data);
  try {
    const page = archive.search(params.data);
    process.stdout.write(json ? `${JSON.stringify(page, null, 2)}\n` : formatPage(page));
  } finally {
    archive.close();
  }
  return 0;
}

export async function apiCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      host: { type: 'string', default: DEFAULT_HOST },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const port = Number(values.port);
  if (values.help || !Number.isInteger(port) || port < 0 || port > 65535) return usage(API_USAGE, values.help);
  const archive = openArchive(values.data);
  const searches = new SearchThreads(values.data);
  const running = await serveArchiveApi(archive, { host: values.host, port, search: (params) => searches.search(params) });
  const guarded = process.env[TOKEN_ENV] ? ' (API token required)' : '';
  process.stderr.write(`saraban archive: ${running.url}/ serving ${values.data}${guarded}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  await searches.close();
  archive.close();
  return 0;
}

function usage(text: string, asked: boolean | undefined): number {
  process.stderr.write(`${text}\n`);
  return asked ? 0 : 2;
}

// ---- the readable table ----

const COLUMNS: Array<{ title: string; width: number; value: (hit: SearchHit) => string }> = [
  { title: 'reference', width: 22, value: (hit) => hit.reference ?? '-' },
  { title: 'date (BE)', width: 17, value: (hit) => (hit.date ? `${hit.date} (${hit.buddhistYear})` : '-') },
  { title: 'level', width: 10, value: (hit) => hit.level },
  { title: 'subject', width: 48, value: (hit) => hit.subject ?? '-' },
  { title: 'id', width: 14, value: (hit) => `${hit.id.slice(0, 10)}…${hit.id.slice(hit.id.lastIndexOf('-'))}` },
];

export function formatPage(page: SearchPage): string {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const lines = [`${page.total} found (${page.matched}), page ${page.page}/${pages}`];
  if (page.items.length === 0) return `${lines[0]}\n`;
  lines.push(row(COLUMNS.map((c) => c.title)), row(COLUMNS.map((c) => '-'.repeat(c.width))));
  for (const hit of page.items) {
    lines.push(row(COLUMNS.map((c) => c.value(hit))));
    if (hit.snippet) lines.push(`    ${hit.snippet.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('')}`);
  }
  return `${lines.join('\n')}\n`;
}

function row(cells: string[]): string {
  return cells.map((cell, index) => fit(cell, COLUMNS[index]!.width)).join('  ').trimEnd();
}

/** Pads or cuts to a width in terminal columns: Thai vowel and tone marks take no column. */
function fit(text: string, width: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  const columnsOf = (char: string) => (/\p{M}/u.test(char) ? 0 : 1);
  const total = chars.reduce((sum, char) => sum + columnsOf(char), 0);
  if (total <= width) return chars.join('') + ' '.repeat(width - total);
  let kept = '';
  let used = 0;
  for (const char of chars) {
    if (used + columnsOf(char) > width - 1) break;
    kept += char;
    used += columnsOf(char);
  }
  return `${kept}…${' '.repeat(width - 1 - used)}`;
}
