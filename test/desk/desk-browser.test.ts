/**
 * The records desk in headless Chromium against the real service: `saraban serve` with its own
 * redis-server, the real SQLite archive and real folders, users made with `saraban users add`.
 * Each flow asserts what a clerk or an archivist sees. Screenshots go to test/artifacts/desk/
 * (docs/ holds copies).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkokDateTime } from '../../archive/register/thai-time.js';
import { type RunningServe, REPO, type ServiceFolders, ensureBuilt, makeFolders, readJson, removeFolders, startServe, waitFor } from '../service/harness.js';
import { BAD_INPUTS, DIGITAL_SAMPLE, SCANNED_SAMPLE, drop } from '../service/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'test', 'artifacts', 'desk');
const BUNDLE_SAMPLE = path.join(REPO, 'samples', 'phrae-forwarding-bundle.pdf');
const OFFLINE_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PASSWORD = 'รหัสผ่านของสำนักงาน-2567';
const YEAR = bangkokDateTime(new Date()).buddhistYear;

function addUser(folders: ServiceFolders, login: string, role: string, name: string): void {
  execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), 'users', 'add', login, '--role', role, '--name', name, '--password-stdin', '--data', folders.data], {
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
  });
}

describe.skipIf(!existsSync(CHROMIUM))('the records desk in Chromium, on the real service', () => {
  let folders: ServiceFolders;
  let service: RunningServe;
  let browser: BrowserContext;
  let page: Page;

  const outboxResult = async (name: string) => readJson(path.join(folders.outbox, `${name}.json`));
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

  async function signIn(login: string): Promise<void> {
    await browser.clearCookies(); // whoever was signed in before
    await page.goto(`${service.http}/#/`);
    await page.reload();
    await page.waitForSelector('#signin-panel:not([hidden])');
    await page.fill('#signin-login', login);
    await page.fill('#signin-password', PASSWORD);
    await page.click('#signin-form button[type=submit]');
    await page.waitForSelector('#who:not([hidden])');
  }

  async function signOut(): Promise<void> {
    await page.click('#sign-out');
    await page.waitForSelector('#signin-panel:not([hidden])');
  }

  beforeAll(async () => {
    await ensureBuilt();
    folders = await makeFolders('desk');
    addUser(folders, 'somchai', 'clerk', 'สมชาย ใจดี');
    addUser(folders, 'malee', 'archivist', 'มาลี รักษ์เอกสาร');
    addUser(folders, 'admin', 'admin', 'ผู้ดูแลระบบ');
    service = await startServe(folders);
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launchPersistentContext(path.join(folders.root, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: OFFLINE_FLAGS,
      viewport: { width: 1200, height: 900 },
      locale: 'th-TH',
      acceptDownloads: true,
    });
    page = browser.pages()[0] ?? (await browser.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await removeFolders();
  });

  it('asks for sign-in, and a clerk uploads PDFs that go from waiting through reading to delivered with receipt numbers', async () => {
    await signIn('somchai');
    expect(await page.textContent('#who-name')).toBe('สมชาย ใจดี (เจ้าหน้าที่สารบรรณ)');
    await page.click('#nav a[data-view=intake]');
    await page.waitForSelector('#drop-zone:not([hidden])');
    await page.setInputFiles('#upload-input', [DIGITAL_SAMPLE, BUNDLE_SAMPLE, SCANNED_SAMPLE]);
    await expect.poll(() => page.locator('#uploads li.sent').count(), { timeout: 20_000 }).toBe(3);
    // A PDF cut off while being copied: listed as waiting, then quarantined with a Thai reason.
    await drop(folders.inbox, 'ตัดกลางทาง.pdf', await fs.readFile(path.join(BAD_INPUTS, 'truncated.pdf')));
    await page.waitForSelector('#intake-waiting li.waiting:has-text("ตัดกลางทาง.pdf")');
    expect(await page.textContent('#intake-waiting')).toContain('แฟ้มยังไม่ครบ');
    await page.waitForSelector('#intake-reading li.reading', { timeout: 30_000 });
    await page.waitForSelector('#intake-delivered li:has-text("meeting-circular")', { timeout: 60_000 });
    await page.waitForSelector('#intake-delivered li:has-text("พร 0023.4/ว 79")', { timeout: 90_000 });
    await page.waitForSelector('#intake-quarantined li.quarantined', { timeout: 30_000 });
    expect(await page.textContent('#intake-quarantined .reason')).toBe('แฟ้ม PDF ไม่ครบ (ส่งหรือคัดลอกมาไม่หมด)');
    expect(await page.locator('#intake-quarantined button.retry').count()).toBe(1);
    await page.waitForSelector('#intake-delivered li:has-text("landtax-memo-scanned")', { timeout: 180_000 });
    // Which of the three was registered first is the queue's to decide (the scan may come second):
    // together they hold the first three numbers of the year.
    const numbers = await page.locator('#intake-delivered .receipt-number').allTextContents();
    expect(numbers.toSorted()).toEqual([`1/${YEAR}`, `2/${YEAR}`, `3/${YEAR}`]);
    await shot('intake');
  }, 300_000);

  it('tells the clerk a PDF was received before, and lists it as a duplicate linked to the letter', async () => {
    // Three PDFs were dropped together: which was registered first is the queue's to decide.
    const received = await page.locator('#intake-delivered li:has-text("meeting-circular") .receipt-number').textContent();
    expect(received).toMatch(new RegExp(`^[123]/${YEAR}$`));
    await page.setInputFiles('#upload-input', [DIGITAL_SAMPLE]);
    await page.waitForSelector('#uploads li.duplicate');
    expect(await page.textContent('#uploads li.duplicate')).toContain(`เคยรับแล้ว เลขทะเบียนรับ ${received}`);
    await page.waitForSelector('#intake-duplicates li.duplicate a', { timeout: 20_000 });
    await page.click('#intake-duplicates li.duplicate a');
    await expect.poll(() => page.textContent('#record-title')).toContain('—');
    expect(await page.textContent('#record-receipt')).toContain(`เลขทะเบียนรับ ${received}`);
  });

  it('shows doubtful letters in the review queue, with a crop of the page beside each doubtful field', async () => {
    await page.click('#nav a[data-view=review]');
    await page.waitForSelector('#review-list li.review-item');
    expect(await page.textContent('#review-summary')).toMatch(/^รอตรวจทาน \d+ ฉบับ$/);
    await shot('review');
    await page.click('#review-list li.review-item a.result-link');
    await page.waitForSelector('#correction-form:not([hidden]) .form-row.doubtful');
    await page.waitForSelector('#correction-form .form-row.doubtful canvas.crop', { timeout: 30_000 });
    await shot('review-record');
  });

  it('saves a correction as a revision: the record shows who changed what, search finds the new value, the outbox holds revision 1', async () => {
    await page.goto(`${service.http}/#/search?q=${encodeURIComponent('พร 0023.4/ว 79')}`);
    await page.click('.result-link');
    await page.waitForSelector('#edit-record:not([hidden])');
    await page.waitForSelector('#thumbnails canvas', { timeout: 30_000 });
    await page.click('#edit-record');
    await page.fill('#correction-form textarea[name=subject]', 'การดำเนินการเพื่อบูรณาการป้องกันการทุจริตเชิงรุก ครั้งที่สอง');
    await page.click('#save-correction');
    await page.waitForSelector('#record-message:has-text("บันทึกแล้ว (ฉบับแก้ไขที่ 1)")');
    expect(await page.textContent('#revisions')).toContain('ครั้งที่ 1 โดย somchai');
    expect(await page.textContent('#record-fields')).toContain('แก้ไขแล้ว');
    await page.evaluate('window.scrollTo(0, 0)');
    await shot('record');

    await page.click('#nav a[data-view=search]');
    await page.fill('#q', 'ครั้งที่สอง');
    await page.press('#q', 'Enter');
    await expect.poll(() => page.textContent('#summary')).toMatch(/พบ \d+ รายการ/);
    expect(await page.locator('.result .ref').allTextContents()).toContain('พร 0023.4/ว 79');

    const result = await outboxResult('phrae-forwarding-bundle');
    expect(result.revision).toBe(1);
    const [revision] = result.corrections as Array<{ revision: number; document: number; by: string; changes: Array<{ field: string }> }>;
    expect(revision).toMatchObject({ revision: 1, document: 1, by: 'somchai' });
    expect(revision!.changes.map((change) => change.field)).toEqual(['subject']); // untouched fields are not rewritten
    expect((result.documents as Array<{ subject: string }>)[0]!.subject).toContain('ครั้งที่สอง');
  });

  it('keeps the correction when the PDF is read again and when the service restarts', async () => {
    const outbox = path.join(folders.outbox, 'phrae-forwarding-bundle.json');
    const before = (await fs.stat(outbox)).mtimeMs;
    await page.goto(`${service.http}/#/search?q=${encodeURIComponent('พร 0023.4/ว 79')}`);
    await page.click('.result-link');
    await page.click('#reprocess');
    await page.waitForSelector('#record-message:has-text("สั่งอ่านแฟ้มใหม่แล้ว")');
    await waitFor('the PDF read again', async () => (await fs.stat(outbox)).mtimeMs > before, 90_000);
    const reread = await outboxResult('phrae-forwarding-bundle');
    expect(reread.revision).toBe(1);
    expect((reread.documents as Array<{ subject: string }>)[0]!.subject).toContain('ครั้งที่สอง');

    await service.stop();
    service = await startServe(folders);
    await signIn('somchai');
    await page.goto(`${service.http}/#/search?q=${encodeURIComponent('ครั้งที่สอง')}`);
    await page.waitForSelector('.result');
    await page.click('.result-link');
    await expect.poll(() => page.textContent('#record-title')).toContain('ครั้งที่สอง');
    await signOut();
  }, 180_000);

  it('lets an archivist export the register: the XLSX opens with the register columns and Thai text', async () => {
    await signIn('malee');
    expect(await page.locator('#nav a[data-view=review]').isHidden()).toBe(true);
    await page.click('#nav a[data-view=register]');
    await page.waitForSelector('#register-rows tr');
    expect(await page.textContent('#register-title')).toBe(`ทะเบียนหนังสือรับ พ.ศ. ${YEAR}`);
    await shot('register');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#register-export [data-export=xlsx]')]);
    expect(download.suggestedFilename()).toBe(`ทะเบียนหนังสือรับ-${YEAR}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['เลขทะเบียนรับ', 'วันที่รับ', 'เวลา', 'ที่', 'ลงวันที่', 'จาก', 'ถึง', 'เรื่อง', 'การปฏิบัติ', 'หมายเหตุ']);
    expect(String(sheet.getCell('A2').value)).toContain('ส่งออกโดย มาลี รักษ์เอกสาร (malee)');
    const bundleRow = [4, 5, 6, 7].map((n) => sheet.getRow(n)).find((row) => row.getCell(4).value === 'พร 0023.4/ว 79')!;
    expect(bundleRow.getCell(8).value).toContain('ครั้งที่สอง');
    expect(bundleRow.getCell(6).value).toBe('สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแพร่');

    await page.selectOption('#register-digits', 'thai');
    await page.click('#register-print');
    await page.waitForSelector('#print-rows tr');
    expect(await page.textContent('#print-title')).toContain('ทะเบียนหนังสือรับ พ.ศ. ๒๕');
    await shot('register-print');
    await signOut();
  });

  it('lets an admin add a user in the page', async () => {
    await signIn('admin');
    await page.click('#nav a[data-view=users]');
    await page.waitForSelector('#user-rows tr');
    await page.fill('#user-form input[name=login]', 'wichai');
    await page.fill('#user-form input[name=displayName]', 'วิชัย สารบรรณ');
    await page.selectOption('#user-form select[name=role]', 'clerk');
    await page.fill('#user-form input[name=password]', 'รหัสผ่านใหม่ยาวพอ');
    await page.click('#user-form button[type=submit]');
    await page.waitForSelector('#user-rows tr:has-text("wichai")');
    expect(await page.textContent('#user-message')).toBe('เพิ่มผู้ใช้ wichai แล้ว');
    await shot('users');
    await signOut();
  });

  it('fits a phone: at 390 px the search button stays inside its panel and nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await signIn('somchai');
      await page.goto(`${service.http}/#/`);
      await page.waitForSelector('.result');
      const panel = (await page.locator('#search-form').boundingBox())!;
      const button = (await page.locator('#search-button').boundingBox())!;
      expect(button.x + button.width).toBeLessThanOrEqual(panel.x + panel.width);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(await page.locator('#pager').isHidden()).toBe(true);
      await shot('phone');
      await signOut();
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  });

  it('answers /favicon.ico', async () => {
    const response = await fetch(`${service.http}/favicon.ico`);
    expect(response.status).toBe(200);
  });
});
