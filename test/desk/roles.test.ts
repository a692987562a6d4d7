/**
 * What each role can and cannot do, over HTTP against the real service (redis-server, SQLite,
 * folders): clerks receive, review and correct; archivists search and export; admins manage
 * users and may do everything; nobody signed in gets nothing; no change passes without CSRF.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkokDateTime } from '../../archive/register/thai-time.js';
import { SessionClient } from '../support/session-client.js';
import { DIGITAL_SAMPLE } from '../service/fixtures.js';
import { type RunningServe, REPO, type ServiceFolders, ensureBuilt, makeFolders, removeFolders, startServe, waitFor } from '../service/harness.js';

const PASSWORD = 'รหัสผ่านของสำนักงาน-2567';
const YEAR = bangkokDateTime(new Date()).buddhistYear;
const ROLES = { somchai: 'clerk', malee: 'archivist', admin: 'admin' } as const;

describe('roles over HTTP, on the real service', () => {
  let folders: ServiceFolders;
  let service: RunningServe;
  const clients = {} as Record<keyof typeof ROLES, SessionClient>;
  let letterId = '';
  let sha256 = '';

  beforeAll(async () => {
    await ensureBuilt();
    folders = await makeFolders('roles');
    for (const [login, role] of Object.entries(ROLES)) {
      execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), 'users', 'add', login, '--role', role, '--password-stdin', '--data', folders.data], { input: PASSWORD });
    }
    service = await startServe(folders);
    for (const login of Object.keys(ROLES) as Array<keyof typeof ROLES>) {
      clients[login] = new SessionClient(service.http);
      expect((await clients[login].signIn(login, PASSWORD)).status).toBe(200);
    }
  });
  afterAll(async () => {
    await service?.stop();
    await removeFolders();
  });

  const status = async (response: Promise<Response>) => (await response).status;

  it('a clerk uploads, reads, reviews, corrects and notes the register, but neither exports nor manages users', async () => {
    const clerk = clients.somchai;
    const upload = await clerk.change('POST', `/api/uploads?name=${encodeURIComponent('หนังสือเชิญประชุม.pdf')}`, new Uint8Array(await fs.readFile(DIGITAL_SAMPLE)));
    expect(upload.status).toBe(201);
    sha256 = ((await upload.json()) as { sha256: string }).sha256;
    letterId = await waitFor('the uploaded PDF in the archive', async () => {
      const page = (await (await clerk.call('GET', '/api/search')).json()) as { items: Array<{ id: string }> };
      return page.items[0]?.id;
    }, 60_000);
    expect(await status(clerk.call('GET', '/api/intake'))).toBe(200);
    expect(await status(clerk.call('GET', '/api/review'))).toBe(200);
    expect(await status(clerk.change('POST', `/api/letters/${letterId}/corrections`, { urgency: 'ด่วน' }))).toBe(201);
    expect(await status(clerk.change('PUT', `/api/register/${sha256}/notes`, { action: 'เสนอผู้อำนวยการ', remarks: '' }))).toBe(200);
    expect(await status(clerk.call('GET', `/api/register/export?year=${YEAR}`))).toBe(403);
    expect(await status(clerk.call('GET', '/api/search/export?q=ประชุม'))).toBe(403);
    expect(await status(clerk.call('GET', '/api/users'))).toBe(403);
    expect(await status(clerk.change('POST', '/api/users', { login: 'x1', displayName: 'x', role: 'admin', password: PASSWORD }))).toBe(403);
  });

  it('an archivist searches and exports, but neither uploads, corrects, reviews nor manages users', async () => {
    const archivist = clients.malee;
    expect(await status(archivist.call('GET', `/api/letters/${letterId}`))).toBe(200);
    expect(await status(archivist.call('GET', '/api/register'))).toBe(200);
    const exported = await archivist.call('GET', `/api/register/export?year=${YEAR}&format=csv`);
    expect(exported.status).toBe(200);
    expect(await status(archivist.call('GET', '/api/search/export?q=ประชุม&format=csv'))).toBe(200);
    const refused = await archivist.change('POST', '/api/uploads?name=a.pdf', new Uint8Array(await fs.readFile(DIGITAL_SAMPLE)));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe('บัญชีนี้ไม่มีสิทธิ์รับหนังสือเข้า');
    expect(await status(archivist.change('POST', `/api/letters/${letterId}/corrections`, { urgency: null }))).toBe(403);
    expect(await status(archivist.change('POST', `/api/intake/${sha256}/reprocess`, {}))).toBe(403);
    expect(await status(archivist.change('PUT', `/api/register/${sha256}/notes`, { action: '', remarks: '' }))).toBe(403);
    expect(await status(archivist.call('GET', '/api/review'))).toBe(403);
    expect(await status(archivist.call('GET', '/api/users'))).toBe(403);
  });

  it('an admin manages users and may do what clerks and archivists do', async () => {
    const admin = clients.admin;
    expect(await status(admin.call('GET', '/api/users'))).toBe(200);
    expect(await status(admin.change('POST', '/api/users', { login: 'wichai', displayName: 'วิชัย', role: 'clerk', password: PASSWORD }))).toBe(201);
    expect(await status(admin.change('PATCH', '/api/users/wichai', { role: 'archivist', disabled: true }))).toBe(200);
    expect(await status(admin.call('GET', `/api/register/export?year=${YEAR}`))).toBe(200);
    expect(await status(admin.change('POST', `/api/letters/${letterId}/corrections`, { checked: true }))).toBe(201);
    expect(await status(admin.call('GET', '/api/review'))).toBe(200);
  });

  it('answers nobody signed in with 401 and only the page and the session', async () => {
    const nobody = new SessionClient(service.http);
    for (const path of ['/api/search', '/api/stats', `/api/letters/${letterId}`, '/api/intake', '/api/register', `/api/originals/${sha256}`]) {
      expect(await status(nobody.call('GET', path)), path).toBe(401);
    }
    expect(await status(nobody.call('POST', '/api/uploads?name=a.pdf', new Uint8Array([37, 80, 68, 70, 45])))).toBe(401);
    expect(await status(nobody.call('GET', '/api/session'))).toBe(200);
    expect(await status(nobody.call('GET', '/index.html'))).toBe(200);
  });

  it('refuses every change without the CSRF token, with a wrong one, or from another site', async () => {
    const clerk = clients.somchai;
    const correction = `/api/letters/${letterId}/corrections`;
    expect(await status(clerk.call('POST', correction, { urgency: 'ด่วนมาก' }))).toBe(403);
    expect(await status(clerk.call('POST', correction, { urgency: 'ด่วนมาก' }, { 'X-CSRF-Token': 'x'.repeat(43) }))).toBe(403);
    expect(await status(clerk.call('POST', correction, { urgency: 'ด่วนมาก' }, { 'X-CSRF-Token': clerk.csrf!, Origin: 'http://evil.example' }))).toBe(403);
    expect(await status(clerk.call('POST', `/api/uploads?name=a.pdf`, new Uint8Array(await fs.readFile(DIGITAL_SAMPLE))))).toBe(403);
    // Another user's token is not this user's.
    expect(await status(clerk.call('POST', correction, { urgency: 'ด่วนมาก' }, { 'X-CSRF-Token': clients.admin.csrf! }))).toBe(403);
    const letter = (await (await clerk.call('GET', `/api/letters/${letterId}`)).json()) as { document: { urgency: string | null } };
    expect(letter.document.urgency).toBe('ด่วน');
  });
});
