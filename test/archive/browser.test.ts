/**
 * The archivists' page in headless Chromium (Debian's /usr/bin/chromium, offline flags):
 * search, open a record, see its chain as a tree, open the original. Screenshots go to
 * test/artifacts/ (gitignored).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Archive, STORE_FOLDER, openArchive } from '../../archive/archive.js';
import { createArchiveRoutes } from '../../archive/http.js';
import { ContentStore } from '../../workers/files/content-store.js';
import { SEED_FIXTURE, loadAllFixtures, loadFixture, removeTempDataDirs, tempDataDir } from './fixtures.js';

afterAll(removeTempDataDirs);

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const OFFLINE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A one-page PDF standing in for the seed bundle's original in the content store. */
async function originalPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  pdf.setTitle('seed bundle original');
  return pdf.save();
}

describe.skipIf(!existsSync(CHROMIUM))('archive web page in Chromium', () => {
  let archive: Archive;
  let server: ReturnType<typeof serve>;
  /** The page mounted under a base path, as the service serves it. */
  let base: string;
  let browser: BrowserContext;
  let page: Page;
  let seedSha: string;

  beforeAll(async () => {
    const dataDir = tempDataDir();
    archive = openArchive(dataDir);
    const pdf = await originalPdf();
    seedSha = createHash('sha256').update(pdf).digest('hex');
    const stored = new ContentStore(join(dataDir, STORE_FOLDER)).pathOf(seedSha);
    mkdirSync(dirname(stored), { recursive: true });
    writeFileSync(stored, pdf);
    const seed = loadFixture(SEED_FIXTURE);
    const others = loadAllFixtures().filter((r) => r.source.sha256 !== seed.source.sha256);
    archive.indexResults([{ ...seed, source: { ...seed.source, sha256: seedSha } }, ...others]);
    const app = new Hono().route('/archive', createArchiveRoutes(archive, { token: '' }));
    base = await new Promise<string>((resolve) => {
      server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(`http://127.0.0.1:${info.port}/archive`));
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launchPersistentContext(join(dataDir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: OFFLINE_FLAGS,
      viewport: { width: 1100, height: 900 },
      locale: 'th-TH',
    });
    page = browser.pages()[0] ?? (await browser.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    archive?.close();
  });

  it('searches Thai words and shows ranked results with highlighted snippets', async () => {
    await page.goto(base);
    await page.fill('#q', 'ทุจริต');
    await page.press('#q', 'Enter');
    // The newest-first listing is already on the page, so wait for the search's own summary.
    await expect.poll(() => page.textContent('#summary')).toMatch(/พบ \d+ รายการ/);
    expect(await page.locator('.result mark').first().textContent()).toBe('ทุจริต');
    await page.screenshot({ path: join(ARTIFACTS, 'search-results.png'), fullPage: false });
  });

  it('finds a letter by its number in Thai digits and opens its record with every field and the original', async () => {
    await page.fill('#q', 'พร ๐๐๒๓.๔/ว ๗๙');
    await page.press('#q', 'Enter');
    await expect.poll(() => page.locator('.result').count()).toBe(1);
    await page.click('.result-link');
    await page.waitForSelector('#record-fields dt');
    expect(await page.textContent('#record-title')).toContain('พร 0023.4/ว 79');
    const labels = await page.locator('#record-fields dt').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['ลงวันที่', 'เรื่อง', 'เรียน', 'สิ่งที่ส่งมาด้วย', 'ผู้ลงนาม', 'แฟ้มต้นฉบับ']));
    const href = await page.getAttribute('#original-link', 'href');
    expect(href).toBe(`api/originals/${seedSha}#page=1`); // opens at the letter's own page
    const original = await page.request.get(`${base}/${href!.split('#')[0]}`);
    expect(original.headers()['content-type']).toBe('application/pdf');
    expect(page.url()).toBe(`${base}/index.html#/letter/${seedSha}-1`);
    await page.screenshot({ path: join(ARTIFACTS, 'record.png'), fullPage: true });
  });

  it('shows the chain as a tree with dates, the open letter marked', async () => {
    await page.waitForSelector('#chain-list .node');
    const nodes = await page.locator('#chain-list .node').allTextContents();
    expect(nodes.map((text) => text.split(' · ')[0])).toEqual(['มท 0226.2/20', 'มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
    expect(nodes[0]).toContain('2 ม.ค. 2567');
    expect(await page.locator('#chain-list .node.current').textContent()).toContain('พร 0023.4/ว 79');
    const depth = await page.locator('#chain-list ul ul li').count();
    expect(depth).toBe(1);
    await page.locator('#chain-section').screenshot({ path: join(ARTIFACTS, 'chain.png') });
  });

  it('asks for the API token when the server requires one, then searches with it', async () => {
    const guarded = new Hono().route('/archive', createArchiveRoutes(archive, { token: 'archivist-token' }));
    const guardedServer = serve({ fetch: guarded.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => guardedServer.once('listening', resolve));
    const { port } = guardedServer.address() as { port: number };
    const tab = await browser.newPage();
    try {
      await tab.goto(`http://127.0.0.1:${port}/archive#/search?q=${encodeURIComponent('ทุจริต')}`);
      await tab.waitForSelector('#token-panel:not([hidden])');
      await tab.fill('#token', 'archivist-token');
      await tab.press('#token', 'Enter');
      await tab.waitForSelector('.result');
      expect(await tab.textContent('#stats')).toMatch(/\d+ ฉบับ/);
    } finally {
      await tab.close();
      await new Promise((resolve) => guardedServer.close(resolve));
    }
  });

  it('follows a chain link to the earlier letter', async () => {
    await page.click('#chain-list a:has-text("มท 0804.6/ว 569")');
    await expect.poll(() => page.textContent('#record-title')).toContain('มท 0804.6/ว 569');
    expect(await page.locator('#chain-list .node.current').textContent()).toContain('มท 0804.6/ว 569');
  });
});
