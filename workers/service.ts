/**
 * `saraban serve` (inbox watcher, reconciler, HTTP, and workers unless --no-workers) and
 * `saraban worker` (workers only, against the same Redis, on this or another machine).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createArchiveRoutes } from '../archive/http.js';
import { tokenFromEnvironment } from '../archive/http-guards.js';
import { SearchThreads } from '../archive/search-threads.js';
import { type HealthReport, createServiceHttpApp, startHttpServer } from './http.js';
import { routeConsoleToLog } from './console-to-log.js';
import { refuseInboxEntry, takeInboxFile } from './inbox/intake.js';
import { InboxWatcher } from './inbox/inbox-watcher.js';
import { type Logger, createLogger } from './logger.js';
import { createMetricsRegistry } from './metrics.js';
import type { ServiceOptions } from './options.js';
import { reconcilePending } from './reconciler.js';
import { describeEndpoint } from './redis/connection.js';
import { type OpenServiceContext, type ServiceContext, openServiceContext } from './service-context.js';
import { startWorkers } from './worker-runtime.js';

const RECONCILE_INTERVAL_MS = 30_000;
const HEALTH_TIMEOUT_MS = 1000;

export interface RunningService {
  /** Port of /healthz and /metrics. */
  httpPort: number;
  stop(): Promise<void>;
}

export interface ServiceExtras {
  logger?: Logger;
}

/**
 * Starts everything `serve` runs and returns once the inbox is being watched. Parts start in
 * dependency order and stop in reverse (intake first, Redis last); a part that fails to start
 * stops those already running, so a failed start leaves nothing behind.
 */
export async function startService(options: ServiceOptions, extras: ServiceExtras = {}): Promise<RunningService> {
  const logger = extras.logger ?? createLogger({ level: options.logLevel, name: 'saraban' });
  await Promise.all([options.inbox, options.outbox, options.quarantine, options.data].map((dir) => fs.mkdir(dir, { recursive: true })));
  const running: Array<() => Promise<void>> = [];
  const stopRunning = async () => {
    for (const stop of running.splice(0).reverse()) await stop();
  };
  try {
    const ctx = await openServiceContext(options, logger);
    running.push(() => ctx.close());

    const registry = createMetricsRegistry(ctx.counters, ctx.queues);
    const searches = new SearchThreads(options.data);
    running.push(() => searches.close());
    const guards = { token: tokenFromEnvironment(), allowedHosts: options.allowedHosts };
    const app = createServiceHttpApp({
      ...guards,
      checkHealth: () => checkHealth(ctx),
      renderMetrics: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
      routes: [{ path: '/', app: createArchiveRoutes(ctx.archive, { ...guards, search: (params) => searches.search(params) }) }],
    });
    const http = await startHttpServer(app, { port: options.httpPort, host: options.httpHost });
    running.push(() => http.close());

    if (options.workers) {
      const workers = startWorkers(ctx);
      running.push(() => workers.close());
    }

    const reconcile = (settledForMs: number) =>
      reconcilePending(ctx, settledForMs).catch((error: unknown) =>
        logger.error({ err: String(error) }, 'reconciling the data folder with Redis failed'),
      );
    await reconcile(0);
    const reconcileTimer = setInterval(() => void reconcile(RECONCILE_INTERVAL_MS), RECONCILE_INTERVAL_MS);
    running.push(async () => clearInterval(reconcileTimer));

    const watcher = new InboxWatcher({
      ...options,
      excluded: [options.outbox, options.quarantine, options.data],
      logger,
      take: (file) => takeAndReport(ctx, file),
      refuse: async (entry) => {
        await refuseInboxEntry(ctx, options.inbox, entry);
      },
    });
    running.push(() => watcher.stop());
    await watcher.start();

    logger.info(
      { inbox: options.inbox, outbox: options.outbox, quarantine: options.quarantine, redis: describeEndpoint(ctx.endpoint), http: `http://${options.httpHost}:${http.port}` },
      'saraban service running',
    );
    return {
      httpPort: http.port,
      async stop() {
        logger.info('stopping: finishing the file and jobs in hand');
        await stopRunning();
        logger.info('stopped');
      },
    };
  } catch (error) {
    await stopRunning();
    throw error;
  }
}

async function takeAndReport(ctx: ServiceContext, file: string): Promise<void> {
  const outcome = await takeInboxFile(ctx, ctx.options.inbox, file);
  const { record } = outcome;
  const details = { file: path.relative(ctx.options.inbox, file), sha256: record.sha256.slice(0, 12), output: record.outputName };
  if (outcome.kind === 'duplicate') {
    const hint = record.status === 'quarantined' ? ' (it is in quarantine: run `saraban retry` once the cause is fixed)' : '';
    ctx.logger.warn({ ...details, duplicateOf: record.fileName, status: record.status }, `duplicate of a PDF already received: not processed again${hint}`);
  } else {
    ctx.logger.info(details, outcome.kind === 'accepted' ? 'PDF accepted' : 'PDF intake resumed');
  }
}

/**
 * Up when Redis answers and every output folder can be written (else results are waiting: see
 * `saraban status`). Terse on purpose: probes answer without the token, so no error text.
 */
async function checkHealth(ctx: ServiceContext): Promise<HealthReport> {
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), HEALTH_TIMEOUT_MS).unref());
  const reply = await Promise.race([ctx.redis.ping().catch(() => 'error'), timeout]);
  if (reply !== 'PONG') return { ok: false, redis: 'down' };
  const waiting = await Promise.race([ctx.outputFaults.list(), timeout]);
  if (waiting === 'timeout') return { ok: false, redis: 'slow' };
  return waiting.length === 0 ? { ok: true, redis: 'up', outputs: 'writable' } : { ok: false, redis: 'up', outputs: 'blocked', waiting: waiting.length };
}

/**
 * Resolves on the first SIGTERM/SIGINT so the caller can shut down gracefully (running jobs
 * finish); a second signal exits at once (running jobs return to the queue when their locks
 * expire).
 */
export function untilStopSignal(logger: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      received = true;
      logger.info({ signal }, 'signal received: shutting down (send it again to exit at once)');
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

/** Runs the service until SIGTERM/SIGINT. */
export async function serve(options: ServiceOptions, extras: ServiceExtras = {}): Promise<void> {
  const logger = extras.logger ?? createLogger({ level: options.logLevel, name: 'saraban' });
  routeConsoleToLog(logger);
  const service = await startService(options, { ...extras, logger });
  await untilStopSignal(logger);
  await service.stop();
}

export async function runWorker(options: ServiceOptions): Promise<void> {
  const logger = createLogger({ level: options.logLevel, name: 'saraban-worker' });
  routeConsoleToLog(logger);
  const ctx: OpenServiceContext = await openServiceContext(options, logger);
  const workers = startWorkers(ctx);
  logger.info({ redis: describeEndpoint(ctx.endpoint) }, 'saraban worker running');
  await untilStopSignal(logger);
  await workers.close();
  await ctx.close();
}
