/**
 * The service's HTTP side: /healthz and /metrics. createServiceHttpApp takes extra route modules
 * so other parts (the archive's search API) are served by the same server.
 */
import type { AddressInfo } from 'node:net';
import { serve as serveHttp } from '@hono/node-server';
import { Hono } from 'hono';

export interface HealthReport {
  ok: boolean;
  [detail: string]: unknown;
}

/** Routes mounted under a base path, e.g. { path: '/archive', app: archiveRoutes }. */
export interface RouteModule {
  path: string;
  app: Hono;
}

export interface ServiceHttpDeps {
  checkHealth(): Promise<HealthReport>;
  renderMetrics(): Promise<{ contentType: string; body: string }>;
  routes?: readonly RouteModule[];
}

export function createServiceHttpApp(deps: ServiceHttpDeps): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    const health = await deps.checkHealth().catch((error: unknown) => ({ ok: false, error: String(error) }));
    return c.json(health, health.ok ? 200 : 503);
  });
  app.get('/metrics', async (c) => {
    const { contentType, body } = await deps.renderMetrics();
    return c.body(body, 200, { 'content-type': contentType });
  });
  for (const module of deps.routes ?? []) app.route(module.path, module.app);
  return app;
}

export interface RunningHttpServer {
  port: number;
  close(): Promise<void>;
}

export function startHttpServer(app: Hono, options: { port: number; host: string }): Promise<RunningHttpServer> {
  return new Promise((resolve, reject) => {
    const server = serveHttp({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      resolve({
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
