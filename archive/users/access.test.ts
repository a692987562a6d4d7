import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/archive/fixtures.js';
import { type Archive, openArchive } from '../archive.js';
import { type RunningApi, serveArchiveApi } from '../http.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { decodeClaims, encodeClaims } from './sessions.js';
import { SessionClient as Client } from '../../test/support/session-client.js';

afterAll(removeTempDataDirs);

describe('passwords', () => {
  it('are hashed with scrypt and a salt of their own, and verified only by the right password', async () => {
    const [first, second] = await Promise.all([hashPassword('ลับมาก-1234'), hashPassword('ลับมาก-1234')]);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('ลับมาก-1234', first)).toBe(true);
    expect(await verifyPassword('ลับมาก-1235', first)).toBe(false);
    expect(await verifyPassword('ลับมาก-1234', 'md5$abc')).toBe(false);
  });
});

describe('session claims', () => {
  it('are read back only while they have not expired, and only in their own format', () => {
    const claims = { userId: 7, sessionVersion: 3, expires: 2_000 };
    expect(decodeClaims(encodeClaims(claims), 1_999)).toEqual(claims);
    expect(decodeClaims(encodeClaims(claims), 2_000)).toBeNull();
    expect(decodeClaims('v1.7.3', 0)).toBeNull();
    expect(decodeClaims('v1.7.3.2000;admin', 0)).toBeNull();
  });
});

describe('sign-in, sessions and CSRF over HTTP', () => {
  let archive: Archive;
  let api: RunningApi;

  beforeAll(async () => {
    archive = openArchive(tempDataDir());
    api = await serveArchiveApi(archive, { port: 0, token: 'machine-token' });
  });
  afterAll(async () => {
    await api.close();
    archive.close();
  });

  it('keeps the archive behind the token until users exist, then behind sign-in (the token still works)', async () => {
    const anonymous = new Client(api.url);
    expect((await anonymous.call('GET', '/api/stats')).status).toBe(401);
    expect((await anonymous.call('GET', '/api/stats', undefined, { Authorization: 'bearer machine-token' })).status).toBe(200);
    await archive.users.add({ login: 'somchai', displayName: 'สมชาย ใจดี', role: 'clerk', password: 'รหัสผ่านยาวพอ-1' });
    const refused = await anonymous.call('GET', '/api/stats');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('กรุณาลงชื่อเข้าใช้ก่อน');
    expect((await anonymous.call('GET', '/api/stats', undefined, { Authorization: 'Bearer machine-token' })).status).toBe(200);
  });

  it('signs a user in with a signed, HttpOnly, SameSite=Strict cookie and tells the page who it is', async () => {
    const clerk = new Client(api.url);
    expect((await clerk.signIn('somchai', 'wrong password')).status).toBe(401);
    const response = await clerk.signIn('SomChai', 'รหัสผ่านยาวพอ-1');
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/saraban_session=.+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict/);
    const session = (await (await clerk.call('GET', '/api/session')).json()) as Record<string, unknown>;
    expect(session).toMatchObject({ user: { login: 'somchai', role: 'clerk', roleLabel: 'เจ้าหน้าที่สารบรรณ' }, signInAvailable: true });
    expect(session.permissions).toEqual(['read', 'upload', 'correct']);
    expect((await clerk.call('GET', '/api/stats')).status).toBe(200);
  });

  it('refuses a forged or edited cookie', async () => {
    const clerk = new Client(api.url);
    await clerk.signIn('somchai', 'รหัสผ่านยาวพอ-1');
    const [name, value] = clerk.cookie.split('=') as [string, string];
    const forged = new Client(api.url);
    forged.cookie = `${name}=${value.replace(/^v1\.\d+/, 'v1.2')}`;
    expect((await forged.call('GET', '/api/stats')).status).toBe(401);
    forged.cookie = `${name}=v1.1.1.9999999999`;
    expect((await forged.call('GET', '/api/stats')).status).toBe(401);
  });

  it('refuses a change without the CSRF token, or sent from another site, and accepts it with the token', async () => {
    const clerk = new Client(api.url);
    await clerk.signIn('somchai', 'รหัสผ่านยาวพอ-1');
    const noToken = await clerk.call('DELETE', '/api/session', {});
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { error: string }).error).toContain('CSRF');
    const crossSite = await clerk.call('DELETE', '/api/session', {}, { 'X-CSRF-Token': clerk.csrf!, Origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    const form = await clerk.call('POST', '/api/users', undefined, { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' });
    expect(form.status).toBe(403);
    expect((await clerk.change('DELETE', '/api/session', {})).status).toBe(200);
    expect((await clerk.call('GET', '/api/stats')).status).toBe(401);
  });

  it('ends every session of a user whose password changes, and slows down password guessing', async () => {
    const clerk = new Client(api.url);
    await clerk.signIn('somchai', 'รหัสผ่านยาวพอ-1');
    await archive.users.setPassword('somchai', 'รหัสผ่านใหม่ยาวพอ-2');
    expect((await clerk.call('GET', '/api/stats')).status).toBe(401);
    const guesser = new Client(api.url);
    for (let attempt = 0; attempt < 5; attempt++) expect((await guesser.signIn('somchai', `guess-${attempt}`)).status).toBe(401);
    const locked = await guesser.signIn('somchai', 'รหัสผ่านใหม่ยาวพอ-2');
    expect(locked.status).toBe(429);
    expect(archive.audit.recent(10).map((entry) => entry.action)).toContain('sign-in-failed');
  });
});
