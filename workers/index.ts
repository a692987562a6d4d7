/**
 * The inbox service: public entry points for the CLI and for other modules (the archive mounts
 * its routes on the service's HTTP server through createServiceHttpApp).
 */
export { SERVICE_COMMANDS, SERVICE_USAGE, isServiceCommand, runServiceCommand } from './cli-commands.js';
export type { ServiceCommandName } from './cli-commands.js';
export { OPTION_SOURCES, OptionsError, ServiceOptions, ServiceOptionsInput, parseServiceOptions } from './options.js';
export { runWorker, serve, startService } from './service.js';
export type { RunningService, ServiceExtras } from './service.js';
export { collectStatus, formatStatus, printStatus } from './status.js';
export type { ServiceStatus } from './status.js';
export { requeueQuarantined, retryQuarantined } from './retry.js';
export type { RetryResult } from './retry.js';
export { createServiceHttpApp, startHttpServer } from './http.js';
export type { HealthReport, RouteModule, ServiceHttpDeps } from './http.js';
export { QuarantineReport } from './files/output-folders.js';
export { DocumentRecord } from './files/document-records.js';
export { MISSING_REDIS_MESSAGE, RedisUnavailableError } from './redis/local-redis.js';
