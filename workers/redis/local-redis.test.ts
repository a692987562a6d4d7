import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisClient } from './connection.js';
import { RedisUnavailableError, startLocalRedis } from './local-redis.js';

const logger = pino({ level: 'silent' });
let data: string;
const pidOf = async () => Number(await fs.readFile(path.join(data, 'redis', 'redis.pid'), 'utf8'));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeEach(async () => {
  data = await fs.mkdtemp(path.join(os.tmpdir(), 'saraban-redis-'));
});
afterEach(async () => {
  const pid = await pidOf().catch(() => null);
  if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
  await fs.rm(data, { recursive: true, force: true });
});

async function setAndGet(redis: Awaited<ReturnType<typeof startLocalRedis>>, value?: string): Promise<string | null> {
  const client = createRedisClient(redis.endpoint, 'test');
  try {
    if (value !== undefined) await client.set('probe', value);
    return await client.get('probe');
  } finally {
    client.disconnect();
  }
}

describe('startLocalRedis', () => {
  it('starts redis-server on a socket in the data folder and stops it when the last user leaves', async () => {
    const redis = await startLocalRedis(data, logger);
    expect(redis.endpoint).toEqual({ socketPath: path.join(data, 'redis', 'redis.sock') });
    expect(await setAndGet(redis, 'one')).toBe('one');
    const pid = await pidOf();
    await redis.release();
    expect(alive(pid)).toBe(false);
  });

  it('reuses the redis-server left running by a crashed process instead of starting a second one', async () => {
    const first = await startLocalRedis(data, logger);
    await setAndGet(first, 'kept');
    const pid = await pidOf();
    await fs.rm(path.join(data, 'redis', 'clients'), { recursive: true }); // its owner "crashed"
    const second = await startLocalRedis(data, logger);
    expect(await pidOf()).toBe(pid);
    expect(await setAndGet(second)).toBe('kept');
    await second.release();
  });

  it('replaces a dead redis-server and finds the queued data again in its append-only file', async () => {
    const first = await startLocalRedis(data, logger);
    await setAndGet(first, 'durable');
    await sleep(1200); // appendfsync everysec
    const pid = await pidOf();
    process.kill(pid, 'SIGKILL');
    await fs.rm(path.join(data, 'redis', 'clients'), { recursive: true });
    const second = await startLocalRedis(data, logger);
    expect(await pidOf()).not.toBe(pid);
    expect(await setAndGet(second)).toBe('durable');
    await second.release();
  });

  it('names the ways to get Redis when redis-server is not installed', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = data;
    try {
      const failure = startLocalRedis(data, logger);
      await expect(failure).rejects.toThrow(RedisUnavailableError);
      await expect(failure).rejects.toThrow(/apt-get install redis-server[\s\S]*brew install redis[\s\S]*docker compose up/);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});
