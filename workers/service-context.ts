/**
 * The side effects the service's parts share, each behind its own small module: the content
 * store, document records, output folders, queues and counters, all on one Redis.
 */
import path from 'node:path';
import type { Redis } from 'ioredis';
import { type Archive, openArchive } from '../archive/archive.js';
import { ContentStore } from './files/content-store.js';
import { DocumentRecords } from './files/document-records.js';
import { OutputFolders } from './files/output-folders.js';
import type { Logger } from './logger.js';
import { ServiceCounters } from './metrics.js';
import type { ServiceOptions } from './options.js';
import { OutputFaults } from './output-faults.js';
import { ServiceQueues } from './queues.js';
import {
  type RedisEndpoint,
  createRedisClient,
  describeEndpoint,
  endpointFromUrl,
  throttledErrorReporter,
} from './redis/connection.js';
import { startLocalRedis } from './redis/local-redis.js';

export interface ServiceContext {
  options: ServiceOptions;
  logger: Logger;
  endpoint: RedisEndpoint;
  redis: Redis;
  store: ContentStore;
  records: DocumentRecords;
  outputs: OutputFolders;
  queues: ServiceQueues;
  counters: ServiceCounters;
  /** Outputs waiting for a folder that cannot be written (shown by status and /healthz). */
  outputFaults: OutputFaults;
  /** The searchable archive in the data folder; every delivered result is indexed into it. */
  archive: Archive;
  /** Logs Redis and queue errors, each message once per interval (an outage repeats them). */
  reportRedisError(error: Error): void;
}

export interface OpenServiceContext extends ServiceContext {
  close(): Promise<void>;
}

/** REDIS_URL when given, else our own redis-server for this data folder. */
export async function openServiceContext(options: ServiceOptions, logger: Logger): Promise<OpenServiceContext> {
  const localRedis = options.redisUrl ? null : await startLocalRedis(options.data, logger);
  const endpoint = localRedis ? localRedis.endpoint : endpointFromUrl(options.redisUrl!);
  logger.debug({ redis: describeEndpoint(endpoint) }, 'using Redis');
  const reportRedisError = throttledErrorReporter((message) => logger.warn({ err: message }, 'Redis or queue error (same message muted for 30 s)'));
  const redis = createRedisClient(endpoint, 'saraban');
  redis.on('error', reportRedisError);
  const queues = new ServiceQueues(endpoint, reportRedisError);
  const archive = openArchive(options.data);
  return {
    options,
    logger,
    endpoint,
    redis,
    store: new ContentStore(path.join(options.data, 'store')),
    records: new DocumentRecords(options.data),
    outputs: new OutputFolders(options.outbox, options.quarantine),
    queues,
    counters: new ServiceCounters(redis),
    outputFaults: new OutputFaults(redis),
    archive,
    reportRedisError,
    async close() {
      await queues.close();
      await redis.quit().catch(() => redis.disconnect());
      await localRedis?.release();
      archive.close();
    },
  };
}
