/**
 * The archive over HTTP: a JSON API (validated with zod), its OpenAPI document and the
 * archivists' web page. createArchiveRoutes mounts into the service's Hono app;
 * serveArchiveApi runs it alone (`saraban api`). Binds to 127.0.0.1 unless told otherwise.
 * Every route is made of the guards in http-guards.ts: known host names when no token is set,
 * the bearer token on /api/* when one is, and no query parameter a route does not take.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { serve } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Archive } from './archive.js';
import { LetterId, type SearchPage, SearchParams, Sha256 } from './api-schemas.js';
import {
  TOKEN_ENV,
  acceptParameters,
  allowedHostsFromEnvironment,
  invalidRequest,
  requireBearerToken,
  requireKnownHost,
  tokenFromEnvironment,
} from './http-guards.js';
import { buildOpenApiDocument } from './openapi.js';
import { SearchTimeLimitError } from './search-threads.js';
import { PAGE_URL, loadWebPage } from './static-files.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;
export { TOKEN_ENV };

export interface ArchiveRoutesOptions {
  /** Bearer token required on /api/*; default: SARABAN_API_TOKEN, none when unset or empty. */
  token?: string | undefined;
  /** Host names answered besides IP addresses and localhost when there is no token; default: SARABAN_ALLOWED_HOSTS. */
  allowedHosts?: readonly string[];
  /** Runs a search; default: on this thread (the service and `saraban api` pass search threads). */
  search?: (params: SearchParams) => Promise<SearchPage>;
}

const SEARCH_PARAMETERS = Object.keys(SearchParams.shape);
const noParameters = acceptParameters();

/** Security headers for everything served: the page loads only its own files and talks only to this server. */
const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function createArchiveRoutes(archive: Archive, options: ArchiveRoutesOptions = {}): Hono {
  const token = options.token ?? tokenFromEnvironment();
  const search = options.search ?? (async (params: SearchParams) => archive.search(params));
  const app = new Hono();
  const page = loadWebPage();
  const openApi = JSON.stringify(buildOpenApiDocument());

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    // The browser's PDF viewer is a plugin that this policy would block, so originals go without it.
    if (!c.res.headers.get('Content-Type')?.startsWith('application/pdf')) c.header('Content-Security-Policy', PAGE_POLICY);
  });
  if (token) app.use('/api/*', requireBearerToken(token));
  else app.use('*', requireKnownHost(options.allowedHosts ?? allowedHostsFromEnvironment()));

  app.get('/api/search', acceptParameters(...SEARCH_PARAMETERS), async (c) => {
    const params = validate(SearchParams.strict(), c.req.query());
    if (!params.ok) return invalidRequest(c, params.issues);
    try {
      return c.json(await search(params.value));
    } catch (error) {
      if (error instanceof SearchTimeLimitError) return c.json({ error: `${error.message}: add words or filters to narrow it` }, 503);
      throw error;
    }
  });
  app.get('/api/stats', noParameters, (c) => c.json(archive.stats()));
  app.get('/api/letters/:id', noParameters, (c) => {
    const id = validate(LetterId, c.req.param('id'));
    if (!id.ok) return invalidRequest(c, id.issues);
    const record = archive.letter(id.value);
    return record ? c.json(record) : c.json({ error: 'no such letter' }, 404);
  });
  app.get('/api/letters/:id/chain', noParameters, (c) => {
    const id = validate(LetterId, c.req.param('id'));
    if (!id.ok) return invalidRequest(c, id.issues);
    const view = archive.chain(id.value);
    return view ? c.json(view) : c.json({ error: 'no such letter, or it has no number and date' }, 404);
  });
  app.get('/api/originals/:sha256', noParameters, async (c) => {
    const sha256 = validate(Sha256, c.req.param('sha256'));
    if (!sha256.ok) return invalidRequest(c, sha256.issues);
    const path = archive.originalPdfPath(sha256.value);
    return path ? sendPdf(c, path, sha256.value) : c.json({ error: 'original not available' }, 404);
  });
  app.get('/openapi.json', noParameters, (c) => c.body(openApi, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  for (const [url, file] of page) {
    app.get(url, noParameters, (c) => c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' }));
  }
  // The base URL ("/" alone, "/archive" in the service) leads to the page, whose relative URLs
  // then resolve inside the base path. The target is the matched route's own path.
  app.get('/', noParameters, (c) => c.redirect(`${c.req.path.replace(/\/$/, '')}${PAGE_URL}`, 302));
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    process.stderr.write(`archive api: ${error instanceof Error ? error.message : String(error)}\n`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

type Validated<T> = { ok: true; value: T } | { ok: false; issues: string[] };

function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`) };
}

async function sendPdf(c: Context, path: string, sha256: string): Promise<Response> {
  const { size } = await stat(path);
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return c.body(body, 200, {
    'Content-Type': 'application/pdf',
    'Content-Length': String(size),
    'Content-Disposition': `inline; filename="${sha256}.pdf"`,
    'Cache-Control': 'private, max-age=3600',
  });
}

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/** Serves the archive alone, on 127.0.0.1 unless `host` says otherwise. Port 0 picks a free port. */
export function serveArchiveApi(
  archive: Archive,
  options: ArchiveRoutesOptions & { host?: string; port?: number } = {},
): Promise<RunningApi> {
  const app = createArchiveRoutes(archive, options);
  const hostname = options.host ?? DEFAULT_HOST;
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}
