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
