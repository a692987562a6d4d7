import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FIXTURE, loadAllFixtures, loadFixture, removeTempDataDirs, tempDataDir } from '../../test/archive/fixtures.js';
import { type Archive, openArchive } from '../archive.js';
import { createArchiveRoutes } from '../http.js';
import { REGISTER_COLUMNS } from './routes.js';

afterAll(removeTempDataDirs);

describe('register export', () => {
  let archive: Archive;
  let app: ReturnType<typeof createArchiveRoutes>;
  const auth = { headers: { Authorization: 'Bearer export-token' } };

  beforeAll(() => {
    archive = openArchive(tempDataDir());
    // Received in this order on 10 and 12 February 2567 (Bangkok), then read and indexed.
    loadAllFixtures().forEach((result, index) => {
      const receivedAt = new Date(Date.UTC(2024, 1, 10 + Math.floor(index / 4), 2, index));
      archive.receipts.register({ sha256: result.source.sha256, fileName: result.source.file, receivedAt });
      archive.indexResult(result);
    });
    app = createArchiveRoutes(archive, { token: 'export-token' });
  });
  afterAll(() => archive.close());

  it('opens in a spreadsheet program with the register columns in Thai, one row per received PDF', async () => {
    const response = await app.request('/api/register/export?year=2567&format=xlsx', auth);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toContain(encodeURIComponent('ทะเบียนหนังสือรับ-2567.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('ทะเบียนหนังสือรับ พ.ศ. 2567');
    expect(String(sheet.getCell('A2').value)).toMatch(/^ส่งออกโดย api-token เมื่อ .* · 7 รายการ$/);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(REGISTER_COLUMNS.map((column) => column.header));
    expect(sheet.rowCount).toBe(3 + 7);
    const seed = loadFixture(SEED_FIXTURE);
    const seedRow = [...Array(7).keys()].map((i) => sheet.getRow(4 + i)).find((row) => row.getCell(4).value === 'พร 0023.4/ว 79')!;
    expect(seedRow.getCell(2).value).toMatch(/^1[02] ก\.พ\. 2567$/);
    expect(seedRow.getCell(5).value).toBe('20 ก.พ. 2567');
    expect(seedRow.getCell(6).value).toBe(seed.documents[0]!.issuer.name);
    expect(seedRow.getCell(8).value).toBe(seed.documents[0]!.subject);
    expect((sheet.getColumn(1).values as unknown[]).slice(4)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('writes CSV with a byte-order mark and Thai digits when asked, and records who exported', async () => {
    const response = await app.request('/api/register/export?year=2567&format=csv&digits=thai', auth);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // response.text() would drop it
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFเลขทะเบียนรับ,วันที่รับ,เวลา,ที่,ลงวันที่,จาก,ถึง,เรื่อง,การปฏิบัติ,หมายเหตุ\r\n')).toBe(true);
    expect(text).toContain('พร ๐๐๒๓.๔/ว ๗๙');
    expect(text.split('\r\n')[1]).toMatch(/^๑,/);
    expect(archive.audit.recent(5)[0]).toMatchObject({ actor: 'api-token', action: 'export', detail: { what: 'register', rows: 7, digits: 'thai' } });
  });

  it('exports any search the same way', async () => {
    const response = await app.request(`/api/search/export?q=${encodeURIComponent('ทุจริต')}&format=csv`, auth);
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('ที่,ลงวันที่,จาก,ถึง,เรื่อง,ชั้นความเร็ว,เลขทะเบียนรับ,แฟ้ม');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => line.startsWith('พร 0023.4/ว 79,20 ก.พ. 2567,'))).toBe(true);
  });
});
