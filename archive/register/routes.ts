/**
 * The receipt register over HTTP: the register of a year as a page (everyone), its action and
 * remarks (clerks), and exports of the register or of any search as CSV or XLSX (archivists),
 * each recorded with who exported what.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Archive } from '../archive.js';
import { type SearchPage, SearchParams, Sha256 } from '../api-schemas.js';
import { MESSAGES } from '../messages.js';
import { acceptParameters, invalidRequest } from '../http-guards.js';
import { validate } from '../request-validation.js';
import { type AccessControl, type ArchiveEnv, type Principal, actorOf } from '../users/access.js';
import { type ExportTable, toCsv, toXlsx } from './table-export.js';
import { bangkokDateTime, thaiShortDate } from './thai-time.js';

/** Runs a search the way the API does (on a search thread in the service). */
export type Search = (params: SearchParams) => Promise<SearchPage>;

/** Rows one export may hold: a busy office receives a few thousand letters a year. */
export const MAX_EXPORT_ROWS = 20_000;
const SEARCH_EXPORT_ROWS = 2_000;

const Year = z.coerce.number().int().min(2400).max(2700);
const Format = { format: z.enum(['csv', 'xlsx']).default('xlsx'), digits: z.enum(['arabic', 'thai']).default('arabic') };
const RegisterPage = z
  .object({
    year: Year.optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
const RegisterExport = z.object({ year: Year, ...Format }).strict();
const SearchExport = SearchParams.omit({ page: true, pageSize: true }).extend(Format).strict();
const Notes = z.object({ action: z.string().trim().max(500), remarks: z.string().trim().max(500) }).strict();

export const REGISTER_COLUMNS = [
  { header: 'เลขทะเบียนรับ', width: 10 },
  { header: 'วันที่รับ', width: 13 },
  { header: 'เวลา', width: 7 },
  { header: 'ที่', width: 20 },
  { header: 'ลงวันที่', width: 13 },
  { header: 'จาก', width: 30 },
  { header: 'ถึง', width: 30 },
  { header: 'เรื่อง', width: 50 },
  { header: 'การปฏิบัติ', width: 20 },
  { header: 'หมายเหตุ', width: 20 },
];
const SEARCH_COLUMNS = [
  { header: 'ที่', width: 20 },
  { header: 'ลงวันที่', width: 13 },
  { header: 'จาก', width: 30 },
  { header: 'ถึง', width: 30 },
  { header: 'เรื่อง', width: 50 },
  { header: 'ชั้นความเร็ว', width: 11 },
  { header: 'เลขทะเบียนรับ', width: 12 },
  { header: 'แฟ้ม', width: 30 },
];

export function createRegisterRoutes(archive: Archive, access: AccessControl, search: Search): Hono<ArchiveEnv> {
  const app = new Hono<ArchiveEnv>();

  app.get('/api/register', acceptParameters(...Object.keys(RegisterPage.shape)), access.require('read'), (c) => {
    const query = validate(RegisterPage, c.req.query());
    if (!query.ok) return invalidRequest(c, query.issues);
    const years = archive.register.yearsKept();
    const year = query.value.year ?? years[0] ?? bangkokDateTime(new Date()).buddhistYear;
    const { page, pageSize, order } = query.value;
    const items = archive.register.rows({ year, order, limit: pageSize, offset: (page - 1) * pageSize });
    return c.json({ year, years, total: archive.register.count(year), page, pageSize, items });
  });

  app.put('/api/register/:sha256/notes', acceptParameters(), access.require('correct'), async (c) => {
    const sha256 = validate(Sha256, c.req.param('sha256'), 'รหัสแฟ้ม');
    const notes = validate(Notes, await c.req.json().catch(() => null), 'บันทึก');
    if (!sha256.ok) return invalidRequest(c, sha256.issues);
    if (!notes.ok) return invalidRequest(c, notes.issues);
    const saved = archive.receipts.setNotes(sha256.value, { action: notes.value.action || null, remarks: notes.value.remarks || null });
    if (!saved) return c.json({ error: MESSAGES.notFound }, 404);
    archive.audit.record(actorOf(c.get('principal')), 'register-notes', { sha256: sha256.value, ...notes.value });
    return c.json(archive.register.row(sha256.value));
  });

  app.get('/api/register/export', acceptParameters(...Object.keys(RegisterExport.shape)), access.require('export'), async (c) => {
    const query = validate(RegisterExport, c.req.query());
    if (!query.ok) return invalidRequest(c, query.issues);
    const { year, format, digits } = query.value;
    const rows = archive.register.rows({ year, order: 'asc', limit: MAX_EXPORT_ROWS, offset: 0 });
    const table: ExportTable = {
      title: `ทะเบียนหนังสือรับ พ.ศ. ${year}`,
      note: exportNote(c.get('principal'), rows.length),
      columns: REGISTER_COLUMNS,
      rows: rows.map((row) => [
        row.number,
        thaiShortDate(row.receivedDate),
        row.receivedTime,
        row.reference,
        row.date && thaiShortDate(row.date),
        row.from,
        row.to,
        row.subject ?? (row.indexed ? null : `(ยังไม่มีข้อมูลจากการอ่าน: ${row.fileName})`),
        row.action,
        row.remarks,
      ]),
    };
    archive.audit.record(actorOf(c.get('principal')), 'export', { what: 'register', year, format, digits, rows: rows.length });
    return sendTable(c, table, format, digits, `ทะเบียนหนังสือรับ-${year}`);
  });

  app.get('/api/search/export', acceptParameters(...Object.keys(SearchExport.shape)), access.require('export'), async (c) => {
    const query = validate(SearchExport, c.req.query());
    if (!query.ok) return invalidRequest(c, query.issues);
    const { format, digits, ...params } = query.value;
    const hits = [];
    for (let page = 1; hits.length < SEARCH_EXPORT_ROWS; page++) {
      const found = await search({ ...params, page, pageSize: 100 });
      hits.push(...found.items);
      if (found.items.length < 100 || page * 100 >= found.total) break;
    }
    const table: ExportTable = {
      title: 'ผลการค้นหา',
      note: `${exportNote(c.get('principal'), hits.length)} · คำค้น: ${describeSearch(params)}`,
      columns: SEARCH_COLUMNS,
      rows: hits.map((hit) => {
        const receipt = archive.receipts.get(hit.source.sha256);
        return [
          hit.reference,
          hit.date && thaiShortDate(hit.date),
          hit.issuer,
          archive.letter(hit.id)?.document.addressee ?? null,
          hit.subject,
          hit.urgency,
          receipt && `${receipt.number}/${receipt.buddhistYear}`,
          hit.source.file,
        ];
      }),
    };
    archive.audit.record(actorOf(c.get('principal')), 'export', { what: 'search', params, format, digits, rows: hits.length });
    return sendTable(c, table, format, digits, 'ผลการค้นหา');
  });
  return app;
}

function exportNote(principal: Principal | null, rows: number): string {
  const who = principal?.kind === 'user' ? `${principal.user.displayName} (${principal.user.login})` : actorOf(principal);
  const now = bangkokDateTime(new Date());
  return `ส่งออกโดย ${who} เมื่อ ${thaiShortDate(now.date)} เวลา ${now.time} น. · ${rows} รายการ`;
}

function describeSearch(params: Record<string, unknown>): string {
  const parts = Object.entries(params).filter(([, value]) => value !== undefined && value !== '');
  return parts.length > 0 ? parts.map(([key, value]) => `${key}=${String(value)}`).join(', ') : 'ทั้งหมด';
}

async function sendTable(c: Context, table: ExportTable, format: 'csv' | 'xlsx', digits: 'arabic' | 'thai', name: string) {
  const file = `${name}.${format}`;
  const disposition = `attachment; filename="${format === 'csv' ? 'export.csv' : 'export.xlsx'}"; filename*=UTF-8''${encodeURIComponent(file)}`;
  if (format === 'csv') {
    return c.body(toCsv(table, digits), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition });
  }
  const body = await toXlsx(table, digits);
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': disposition,
  });
}
