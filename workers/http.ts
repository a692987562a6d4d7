/**
 * The service's HTTP side: /healthz and /metrics. createServiceHttpApp takes extra route modules
 * so other parts (the archive's search API) are served by the same server. The guards of
 * archive/http-guards.ts apply to all of it: without an API token only known host names are
 * answered; with one, /metrics needs it too. /healthz stays open for probes and says no more
 * than up or down, never an error's text.
 */
import type { AddressInfo } from 'node:net';
import { serve as serveHttp } from '@hono/node-server';
import { Hono } from 'hono';
import { acceptParameters, requireBearerToken, requireKnownHost } from '../archive/http-guards.js';

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
  /** API token, also required on /metrics when set. */
  token?: string | undefined;
  /** Host names answered besides IP addresses and localhost when there is no token. */
  allowedHosts?: readonly string[];
}

export function createServiceHttpApp(deps: ServiceHttpDeps): Hono {
  const app = new Hono();
  if (!deps.token) app.use('*', requireKnownHost(deps.allowedHosts ?? []));
  app.get('/healthz', acceptParameters(), async (c) => {
    const health = await deps.checkHealth().catch((): HealthReport => ({ ok: false }));
    return c.json(health, health.ok ? 200 : 503);
  });
  if (deps.token) app.use('/metrics', requireBearerToken(deps.token));
  app.get('/metrics', acceptParameters(), async (c) => {
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
