import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { acceptParameters, hostNameOf, isKnownHost, requireBearerToken, requireKnownHost } from './http-guards.js';

describe('hostNameOf', () => {
  it.each([
    ['127.0.0.1:8080', '127.0.0.1'],
    ['[::1]:8787', '::1'],
    ['Saraban.Example.', 'saraban.example'],
    ['localhost', 'localhost'],
  ])('reads %s as %s', (header, name) => expect(hostNameOf(header)).toBe(name));
});

describe('isKnownHost', () => {
  it('answers IP addresses, localhost and configured names only', () => {
    for (const name of ['127.0.0.1', '10.1.2.3', '::1', 'localhost', 'app.localhost', 'saraban.example']) {
      expect(isKnownHost(name, ['saraban.example']), name).toBe(true);
    }
    for (const name of ['evil.example', '127.0.0.1.nip.io', 'saraban.example.evil.example']) {
      expect(isKnownHost(name, ['saraban.example']), name).toBe(false);
    }
  });
});

describe('route guards', () => {
  const app = new Hono()
    .use('/host/*', requireKnownHost([]))
    .get('/host/x', (c) => c.text('ok'))
    .use('/token/*', requireBearerToken('s3cret'))
    .get('/token/x', (c) => c.text('ok'))
    .get('/params', acceptParameters('a', 'b'), (c) => c.text('ok'));

  it('refuses a request addressed to an unknown host name', async () => {
    expect((await app.request('/host/x', { headers: { Host: 'rebound.example:8080' } })).status).toBe(403);
    expect((await app.request('/host/x', { headers: { Host: '127.0.0.1:8080' } })).status).toBe(200);
  });

  it('reads the bearer scheme in any case and refuses anything else', async () => {
    for (const header of ['Bearer s3cret', 'bearer s3cret', 'BEARER  s3cret']) {
      expect((await app.request('/token/x', { headers: { Authorization: header } })).status, header).toBe(200);
    }
    for (const header of ['', 'Bearer', 'Bearer wrong', 'Basic s3cret', 's3cret', 'Bearer s3cret extra']) {
      expect((await app.request('/token/x', { headers: { Authorization: header } })).status, header).toBe(401);
    }
  });

  it('refuses parameters a route does not take, and one given twice', async () => {
    expect((await app.request('/params?a=1&b=2')).status).toBe(200);
    const unknown = await app.request('/params?a=1&c=2');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'invalid request', issues: ['c: unknown parameter'] });
    expect((await app.request('/params?a=1&a=2')).status).toBe(400);
  });
});
