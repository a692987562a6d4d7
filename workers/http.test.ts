import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createServiceHttpApp } from './http.js';

const metrics = async () => ({ contentType: 'text/plain; version=0.0.4', body: 'saraban_pdfs_processed_total{method="text"} 3\n' });

describe('createServiceHttpApp', () => {
  it('answers /healthz with 200 when healthy and 503 when not', async () => {
    const healthy = createServiceHttpApp({ checkHealth: async () => ({ ok: true, redis: 'up' }), renderMetrics: metrics });
    expect((await healthy.request('/healthz')).status).toBe(200);
    const sick = createServiceHttpApp({ checkHealth: async () => ({ ok: false, redis: 'down' }), renderMetrics: metrics });
    const response = await sick.request('/healthz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, redis: 'down' });
  });

  it('says no more than up or down on /healthz, even when the check throws', async () => {
    const failing = createServiceHttpApp({ checkHealth: async () => Promise.reject(new Error('ECONNREFUSED /secret/path')), renderMetrics: metrics });
    const response = await failing.request('/healthz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false });
  });

  it('guards /metrics with the token when one is set, and leaves /healthz open', async () => {
    const app = createServiceHttpApp({ checkHealth: async () => ({ ok: true }), renderMetrics: metrics, token: 'tok' });
    expect((await app.request('/metrics')).status).toBe(401);
    expect((await app.request('/metrics', { headers: { Authorization: 'bearer tok' } })).status).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('without a token answers known host names only, and refuses parameters', async () => {
    const app = createServiceHttpApp({ checkHealth: async () => ({ ok: true }), renderMetrics: metrics, allowedHosts: ['saraban.example'] });
    expect((await app.request('/metrics', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await app.request('/metrics', { headers: { Host: 'saraban.example:8080' } })).status).toBe(200);
    expect((await app.request('/healthz?verbose=1')).status).toBe(400);
  });

  it('serves the Prometheus text on /metrics', async () => {
    const app = createServiceHttpApp({ checkHealth: async () => ({ ok: true }), renderMetrics: metrics });
    const response = await app.request('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('saraban_pdfs_processed_total');
  });

  it('mounts extra route modules under their paths', async () => {
    const search = new Hono().get('/search', (c) => c.json({ hits: [] }));
    const app = createServiceHttpApp({ checkHealth: async () => ({ ok: true }), renderMetrics: metrics, routes: [{ path: '/archive', app: search }] });
    expect(await (await app.request('/archive/search')).json()).toEqual({ hits: [] });
  });
});
