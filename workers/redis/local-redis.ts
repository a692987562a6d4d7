/**
 * Our own redis-server, for machines without REDIS_URL: one per data folder, on a private unix
 * socket, with its append-only file in the data folder so queued jobs survive restarts.
 *
 * Every saraban process using it leaves a lease file (its pid); the last one to leave shuts it
 * down. A redis-server left behind by a crash (its pidfile names a live redis) is reused; a dead
 * or unresponsive one is replaced. A lock around start makes sure two never run on one folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { RedisEndpoint } from './connection.js';

export const MISSING_REDIS_MESSAGE = [
  'No Redis to use: REDIS_URL is not set and redis-server is not on the PATH.',
  'Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis),',
  'or run Redis with Docker (docker compose up -d redis) and set REDIS_URL=redis://localhost:6379.',
].join('\n');

export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

export interface LocalRedis {
  endpoint: RedisEndpoint;
  /** Leave; shuts redis-server down when no other saraban process uses it. */
  release(): Promise<void>;
}

/** Unix socket paths are limited to ~107 bytes; a long data path gets its socket in the temp folder. */
const MAX_SOCKET_PATH_BYTES = 100;
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 15_000;
const WATCH_INTERVAL_MS = 2000;

interface RedisFiles {
  dir: string;
  pidFile: string;
  logFile: string;
  socketPath: string;
  lockDir: string;
  leaseDir: string;
}

function redisFiles(dataDir: string): RedisFiles {
  const dir = path.join(dataDir, 'redis');
  let socketPath = path.join(dir, 'redis.sock');
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH_BYTES) {
    const key = createHash('sha256').update(dir).digest('hex').slice(0, 16);
    socketPath = path.join(os.tmpdir(), `saraban-redis-${key}.sock`);
  }
  return {
    dir,
    pidFile: path.join(dir, 'redis.pid'),
    logFile: path.join(dir, 'redis.log'),
    socketPath,
    lockDir: path.join(dir, 'start.lock'),
    leaseDir: path.join(dir, 'clients'),
  };
}

export async function findRedisServer(searchPath = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'redis-server');
    try {
      await fs.access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** On Linux the process name tells a live redis from an unrelated process that reused the pid. */
async function isRedisProcess(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  try {
    return (await fs.readFile(`/proc/${pid}/comm`, 'utf8')).trim().startsWith('redis-server');
  } catch {
    return true; // no /proc (macOS): the PING decides
  }
}

async function readPid(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await fs.readFile(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** One command over a raw socket: no client library retry logic in the way of a yes/no answer. */
function sendCommand(socketPath: string, command: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(socketPath);
    let reply = '';
    const done = (error: Error | null) => {
      socket.destroy();
      if (error) reject(error);
      else resolve(reply);
    };
    socket.setTimeout(timeoutMs, () => done(new Error('timeout')));
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.endsWith('\r\n')) done(null);
    });
    socket.on('error', (error) => done(error));
    socket.on('close', () => done(null));
  });
}

async function answersPing(socketPath: string): Promise<boolean> {
  try {
    return (await sendCommand(socketPath, 'PING', 2000)).startsWith('+PONG');
  } catch {
    return false;
  }
}

async function waitUntil(test: () => Promise<boolean> | boolean, timeoutMs: number, stepMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await test()) return true;
    await sleep(stepMs);
  }
  return test();
}

async function stopProcess(pid: number, files: RedisFiles): Promise<void> {
  // SHUTDOWN flushes the append-only file; signals are the fallback for a hung server.
  await sendCommand(files.socketPath, 'SHUTDOWN', 2000).catch(() => undefined);
  if (await waitUntil(() => !isAlive(pid), STOP_TIMEOUT_MS / 2)) return;
  process.kill(pid, 'SIGTERM');
  if (await waitUntil(() => !isAlive(pid), STOP_TIMEOUT_MS / 2)) return;
  process.kill(pid, 'SIGKILL');
}

/** Start lock: a directory (atomic to create) holding its owner's pid; a dead owner's lock is broken. */
async function withStartLock<T>(files: RedisFiles, action: () => Promise<T>): Promise<T> {
  const ownerFile = path.join(files.lockDir, 'owner');
  const deadline = Date.now() + START_TIMEOUT_MS * 2;
  for (;;) {
    try {
      await fs.mkdir(files.lockDir);
      await fs.writeFile(ownerFile, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readPid(ownerFile);
      const stat = await fs.stat(files.lockDir).catch(() => null);
      const abandoned = owner === null ? (stat ? Date.now() - stat.mtimeMs > 5000 : true) : !isAlive(owner);
      if (abandoned) await fs.rm(files.lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new RedisUnavailableError(`another process holds ${files.lockDir}`);
      else await sleep(100);
    }
  }
  try {
    return await action();
  } finally {
    await fs.rm(files.lockDir, { recursive: true, force: true });
  }
}

async function tail(file: string, lines: number): Promise<string> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function spawnRedis(binary: string, files: RedisFiles): Promise<number> {
  await fs.rm(files.socketPath, { force: true });
  await fs.rm(files.pidFile, { force: true });
  const args = [
    '--port', '0',
    '--unixsocket', files.socketPath,
    '--unixsocketperm', '700',
    '--dir', files.dir,
    '--appendonly', 'yes',
    '--appendfsync', 'everysec',
    '--save', '',
    '--maxmemory-policy', 'noeviction',
    '--pidfile', files.pidFile,
    '--logfile', files.logFile,
    '--daemonize', 'no',
  ];
  // Own process group: Ctrl-C in a terminal reaches the service, which then drains its workers
  // while Redis is still up, and stops Redis last.
  const child = spawn(binary, args, { detached: true, stdio: 'ignore' });
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new RedisUnavailableError(`could not start ${binary}`);
  const ready = await waitUntil(async () => !isAlive(pid) || (await answersPing(files.socketPath)), START_TIMEOUT_MS);
  if (!ready || !isAlive(pid)) {
    throw new RedisUnavailableError(`redis-server did not start; end of ${files.logFile}:\n${await tail(files.logFile, 15)}`);
  }
  return pid;
}

/** Reuses a live redis-server of this data folder, replaces a hung or dead one, or starts one. */
async function ensureRunning(binary: string, files: RedisFiles, logger: Logger): Promise<number> {
  const pid = await readPid(files.pidFile);
  if (pid !== null && (await isRedisProcess(pid))) {
    if (await answersPing(files.socketPath)) {
      logger.debug({ redisPid: pid, socket: files.socketPath }, 'using the running redis-server of this data folder');
      return pid;
    }
    logger.warn({ redisPid: pid }, 'redis-server of this data folder does not answer: replacing it');
    await stopProcess(pid, files);
  }
  const started = await spawnRedis(binary, files);
  logger.info({ redisPid: started, socket: files.socketPath, dir: files.dir }, 'started redis-server (append-only file in the data folder)');
  return started;
}

async function liveLeases(files: RedisFiles): Promise<number[]> {
  const names = await fs.readdir(files.leaseDir).catch(() => [] as string[]);
  const pids: number[] = [];
  for (const name of names) {
    const pid = Number.parseInt(name, 10);
    if (Number.isInteger(pid) && isAlive(pid)) pids.push(pid);
    else await fs.rm(path.join(files.leaseDir, name), { force: true });
  }
  return pids;
}

export async function startLocalRedis(dataDir: string, logger: Logger): Promise<LocalRedis> {
  const binary = await findRedisServer();
  if (!binary) throw new RedisUnavailableError(MISSING_REDIS_MESSAGE);
  const files = redisFiles(dataDir);
  await fs.mkdir(files.leaseDir, { recursive: true });
  const leaseFile = path.join(files.leaseDir, String(process.pid));
  let pid = await withStartLock(files, async () => {
    const running = await ensureRunning(binary, files, logger);
    await fs.writeFile(leaseFile, '');
    return running;
  });

  let released = false;
  // If redis-server dies under us (OOM killer, operator), start it again from its append-only file.
  // A process whose lease was removed (taken for crashed) is no user any more: it stops watching.
  const watchdog = setInterval(() => {
    if (released || isAlive(pid)) return;
    void fs.access(leaseFile).then(
      () => {
        logger.warn({ redisPid: pid }, 'local redis-server has stopped: starting it again');
        return withStartLock(files, () => ensureRunning(binary, files, logger)).then((restarted) => (pid = restarted));
      },
      () => clearInterval(watchdog),
    ).catch((error: unknown) => logger.error({ err: String(error) }, 'could not restart redis-server'));
  }, WATCH_INTERVAL_MS);
  watchdog.unref();

  return {
    endpoint: { socketPath: files.socketPath },
    async release() {
      if (released) return;
      released = true;
      clearInterval(watchdog);
      await withStartLock(files, async () => {
        await fs.rm(leaseFile, { force: true });
        const others = (await liveLeases(files)).filter((other) => other !== process.pid);
        if (others.length > 0) {
          logger.info({ users: others }, 'leaving redis-server running for other saraban processes');
          return;
        }
        const running = await readPid(files.pidFile);
        if (running !== null && (await isRedisProcess(running))) {
          await stopProcess(running, files);
          logger.info({ redisPid: running }, 'stopped redis-server');
        }
      });
    },
  };
}
