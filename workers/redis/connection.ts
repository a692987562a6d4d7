/**
 * How every part of the service reaches Redis: one description of the endpoint, turned into
 * ioredis options that BullMQ accepts (each Queue/Worker opens its own connections from them).
 */
import type { RedisOptions as QueueConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/** A Redis reachable by URL (redis://, rediss://) or by a unix socket path. */
export type RedisEndpoint = { url: string } | { socketPath: string };

/** `unix:///run/redis.sock` names a socket; anything else is handed to ioredis as a URL. */
export function endpointFromUrl(url: string): RedisEndpoint {
  if (url.startsWith('unix://')) return { socketPath: new URL(url).pathname };
  return { url };
}

export function describeEndpoint(endpoint: RedisEndpoint): string {
  if ('socketPath' in endpoint) return `unix://${endpoint.socketPath}`;
  const parsed = new URL(endpoint.url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * BullMQ workers need maxRetriesPerRequest: null (commands wait through a Redis restart instead
 * of failing). The retry delay is capped so a restarted Redis is found again within a second.
 */
const RECONNECT = {
  maxRetriesPerRequest: null,
  retryStrategy: (times: number): number => Math.min(100 * times, 1000),
};

/** Options for BullMQ queues and workers (each opens its own connections from them). */
export function redisOptions(endpoint: RedisEndpoint): QueueConnectionOptions {
  return 'socketPath' in endpoint ? { ...RECONNECT, path: endpoint.socketPath } : { ...RECONNECT, url: endpoint.url };
}

/** A plain client for our own keys (counters) and health checks. */
export function createRedisClient(endpoint: RedisEndpoint, connectionName: string): Redis {
  const options: RedisOptions = { ...RECONNECT, connectionName };
  return 'socketPath' in endpoint ? new Redis({ ...options, path: endpoint.socketPath }) : new Redis(endpoint.url, options);
}

/**
 * While Redis is down every connection reports every retry; one line per distinct message per
 * interval tells the operator without flooding the log.
 */
export function throttledErrorReporter(report: (message: string) => void, intervalMs = 30_000): (error: Error) => void {
  const lastReported = new Map<string, number>();
  return (error) => {
    const message = error.message || String(error);
    const now = Date.now();
    if (now - (lastReported.get(message) ?? 0) < intervalMs) return;
    lastReported.set(message, now);
    report(message);
  };
}
