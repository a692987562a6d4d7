import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letter, result } from '../test/archive/builders.js';
import { removeTempDataDirs, tempDataDir } from '../test/archive/fixtures.js';
import { ContentStore } from '../workers/files/content-store.js';
import { type Archive, STORE_FOLDER, openArchive } from './archive.js';
import { ApiError, ChainView, LetterRecord, SearchPage, SearchParams } from './api-schemas.js';
import { createArchiveRoutes, serveArchiveApi } from './http.js';
import { SearchTimeLimitError } from './search-threads.js';

afterAll(removeTempDataDirs);

const PDF_BYTES = Buffer.from('%PDF-1.4\n% test original\n%%EOF\n');

describe('archive HTTP API', () => {
  let archive: Archive;
  let app: ReturnType<typeof createArchiveRoutes>;
  const bundle = result('http-bundle', [
    letter({ reference: 'พร 0023.4/ว 79', date: '2024-02-20', subject: 'การป้องกันการทุจริต', level: 'province', encloses: [{ reference: 'มท 0804.6/ว 569', date: '2024-02-05' }] }),
    letter({ reference: 'มท 0804.6/ว 569', date: '2024-02-05', subject: 'ขอความอนุเคราะห์', level: 'department' }),
  ], ['มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
  const unstored = result('no-original', [letter({ reference: 'ชร 0328/240', date: '2024-02-20' })]);
  const id = `${bundle.source.sha256}-1`;

  beforeAll(() => {
    const dataDir = tempDataDir();
    archive = openArchive(dataDir);
    archive.indexResult(bundle);
    archive.indexResult(unstored);
    const stored = new ContentStore(join(dataDir, STORE_FOLDER)).pathOf(bundle.source.sha256);
    mkdirSync(dirname(stored), { recursive: true });
    writeFileSync(stored, PDF_BYTES);
    app = createArchiveRoutes(archive, { token: '' });
  });
  afterAll(() => archive.close());

  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

  it('searches by a reference number typed in Thai digits', async () => {
    const response = await get(`/api/search?q=${encodeURIComponent('มท ๐๘๐๔.๖/ว๕๖๙')}`);
    expect(response.status).toBe(200);
    const page = SearchPage.parse(await response.json());
    expect(page).toMatchObject({ total: 1, matched: 'reference' });
    expect(page.items[0]!.reference).toBe('มท 0804.6/ว 569');
  });

  it('rejects invalid or unknown parameters and oversized requests with 400', async () => {
    const seventeenTerms = Array.from({ length: 17 }, () => 'ก').join(' ');
    for (const query of ['pageSize=1000', 'page=0', 'from=กุมภา', `q=${'ก'.repeat(201)}`, `q=${seventeenTerms}`, 'level=king', 'agency=1', 'sort=date', 'q=a&q=b']) {
      const response = await get(`/api/search?${encodeURI(query)}`);
      expect(response.status, query).toBe(400);
      expect(ApiError.parse(await response.json()).issues?.length, query).toBeGreaterThan(0);
    }
    const terms = await get(`/api/search?q=${encodeURIComponent(seventeenTerms)}`);
    expect(ApiError.parse(await terms.json()).issues).toEqual(['q: at most 16 separate words or numbers in one search']);
  });

  it('refuses query parameters on every route that takes none', async () => {
    for (const path of ['/api/stats', `/api/letters/${id}`, `/api/letters/${id}/chain`, `/api/originals/${bundle.source.sha256}`, '/openapi.json', '/index.html', '/app.js', '/']) {
      expect((await get(`${path}?x=1`)).status, path).toBe(400);
    }
  });

  it('returns every field of a letter and its chain', async () => {
    const record = LetterRecord.parse(await (await get(`/api/letters/${id}`)).json());
    expect(record.document.reference?.normalized).toBe('พร 0023.4/ว 79');
    expect(record.originalAvailable).toBe(true);
    const chain = ChainView.parse(await (await get(`/api/letters/${id}/chain`)).json());
    expect(chain.path.map((step) => step.reference)).toEqual(['มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
    expect((await get(`/api/letters/${bundle.source.sha256}-9`)).status).toBe(404);
    expect((await get('/api/letters/12345')).status).toBe(400);
  });

  it('serves an original only by the hash of an archived source', async () => {
    const response = await get(`/api/originals/${bundle.source.sha256}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF_BYTES);
    expect((await get(`/api/originals/${unstored.source.sha256}`)).status).toBe(404);
    expect((await get(`/api/originals/${'a'.repeat(64)}`)).status).toBe(404);
    for (const attempt of ['..%2F..%2Fetc%2Fpasswd', `${bundle.source.sha256}.pdf`, bundle.source.sha256.toUpperCase()]) {
      expect([400, 404], attempt).toContain((await get(`/api/originals/${attempt}`)).status);
    }
  });

  it('serves the Thai web page with a strict content policy', async () => {
    expect((await get('/')).headers.get('Location')).toBe('/index.html');
    const page = await get('/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('lang="th"');
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect((await get('/app.js')).headers.get('Content-Type')).toContain('javascript');
    expect((await get('/../package.json')).status).toBe(404);
  });

  it('publishes an OpenAPI document generated from the zod schemas', async () => {
    // a free-form JSON document: only its structure is checked
    const doc = (await (await get('/openapi.json')).json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    const parameters = doc.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(Object.keys(SearchParams.shape));
    expect(doc.components.schemas.ChainNode.properties.children.$ref).toBe('#/components/schemas/ChainNodes');
    expect(doc.components.schemas.ChainNodes.items.$ref).toBe('#/components/schemas/ChainNode');
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? [];
    for (const reference of refs) expect(doc.components.schemas).toHaveProperty(reference.split('/').at(-1)!.replace('"', ''));
    expect(doc.components.schemas.SearchHit.required).toContain('snippet');
  });

  it('requires the bearer token on the API when one is set (scheme in any case), but not for the page', async () => {
    const guarded = createArchiveRoutes(archive, { token: 'secret-token' });
    expect((await guarded.request('/api/search?q=x')).status).toBe(401);
    expect((await guarded.request('/api/search?q=x', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await guarded.request('/api/search?q=x', { headers: { Authorization: 'Bearer secret-token' } })).status).toBe(200);
    expect((await guarded.request('/api/search?q=x', { headers: { Authorization: 'bearer secret-token' } })).status).toBe(200);
    expect((await guarded.request('/index.html')).status).toBe(200);
  });

  it('without a token answers only IP addresses, localhost and configured host names', async () => {
    const open = createArchiveRoutes(archive, { token: '', allowedHosts: ['archive.example'] });
    expect((await open.request('/api/stats', { headers: { Host: 'rebound.example' } })).status).toBe(403);
    expect((await open.request('/index.html', { headers: { Host: 'rebound.example' } })).status).toBe(403);
    for (const host of ['127.0.0.1:8787', 'localhost:8787', 'archive.example']) {
      expect((await open.request('/api/stats', { headers: { Host: host } })).status, host).toBe(200);
    }
  });

  it('answers 503 when a search passes its time limit', async () => {
    const slow = createArchiveRoutes(archive, { token: '', search: async () => Promise.reject(new SearchTimeLimitError('the search took longer than 10 s')) });
    const response = await slow.request('/api/search?q=x');
    expect(response.status).toBe(503);
    expect(ApiError.parse(await response.json()).error).toMatch(/longer than 10 s/);
  });

  it('works mounted under a base path in the service', async () => {
    const service = new Hono().route('/archive', createArchiveRoutes(archive, { token: 'secret-token' }));
    const auth = { headers: { Authorization: 'Bearer secret-token' } };
    expect((await service.request('/archive/api/search?q=ทุจริต', auth)).status).toBe(200);
    expect((await service.request('/archive/api/search?q=ทุจริต')).status).toBe(401);
    expect((await service.request('/archive')).headers.get('Location')).toBe('/archive/index.html');
    expect(await (await service.request('/archive/index.html')).text()).toContain('lang="th"');
  });

  it('listens on 127.0.0.1 unless told otherwise', async () => {
    const running = await serveArchiveApi(archive, { port: 0, token: '' });
    try {
      expect(new URL(running.url).hostname).toBe('127.0.0.1');
      const stats = await (await fetch(`${running.url}/api/stats`)).json();
      expect(stats).toEqual({ sources: 2, letters: 3 });
    } finally {
      await running.close();
    }
  });
});
