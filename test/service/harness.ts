/**
 * Runs the inbox service as real processes (node dist/workers/cli-commands.js) against a real
 * redis-server, in a temporary folder per test, and waits on what a clerk would see: files in
 * the outbox and the quarantine.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO } from '../support/build.js';

export { REPO, ensureBuilt } from '../support/build.js';

const ENTRY = path.join(REPO, 'dist', 'workers', 'cli-commands.js');
const ARTIFACTS = path.join(REPO, 'test', 'artifacts', 'service');

export interface ServiceFolders {
  root: string;
  inbox: string;
  outbox: string;
  quarantine: string;
  data: string;
}

const madeFolders: ServiceFolders[] = [];

export async function makeFolders(label: string): Promise<ServiceFolders> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), `saraban-${label}-`));
  const folders = {
    root,
    inbox: path.join(root, 'inbox'),
    outbox: path.join(root, 'outbox'),
    quarantine: path.join(root, 'quarantine'),
    data: path.join(root, 'data'),
  };
  await fs.mkdir(folders.inbox, { recursive: true });
  madeFolders.push(folders);
  return folders;
}

/** Removes this test file's folders (call once its processes have stopped; logs stay in test/artifacts). */
export async function removeFolders(): Promise<void> {
  for (const folders of madeFolders.splice(0)) {
    await stopLeftoverRedis(folders);
    await fs.rm(folders.root, { recursive: true, force: true });
  }
}

/** Settings that keep the tests short: quick settling, quick recovery of a dead worker's jobs. */
export const FAST_SETTINGS = ['--settle-ms', '1500', '--incomplete-settle-ms', '4000', '--lock-duration-ms', '5000'];

export interface ServiceProcess {
  child: ChildProcess;
  pid: number;
  /** Log lines (pino JSON) seen so far. */
  logs: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  waitForLog(message: string | RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Graceful stop (SIGTERM), as an operator or systemd would. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

/** Another user to run the service as. */
export interface RunAs {
  uid: number;
  gid: number;
}

/**
 * The user the service runs as to prove it needs no privileges: `nobody` when the tests run as
 * root (as on CI and the development machine), null when they already run as a normal user.
 */
export function unprivilegedUser(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  const entry = readFileSync('/etc/passwd', 'utf8').split('\n').find((line) => line.startsWith('nobody:'));
  if (!entry) throw new Error('no user "nobody" in /etc/passwd to run the service as');
  const [, , uid, gid] = entry.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Makes `user` the owner of every test folder (the service may then write only there). */
export function giveFoldersTo(folders: ServiceFolders, user: RunAs | null): void {
  if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, folders.root]);
}

export function startCommand(
  command: 'serve' | 'worker' | 'status' | 'retry',
  folders: ServiceFolders,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  user: RunAs | null = null,
): ServiceProcess {
  const args = [
    ENTRY,
    command,
    '--inbox', folders.inbox,
    '--outbox', folders.outbox,
    '--data', folders.data,
    '--http-port', '0',
    ...FAST_SETTINGS,
    ...extraArgs,
  ];
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...(user ? { HOME: folders.root } : {}), ...env };
  if (!env.REDIS_URL) delete childEnv.REDIS_URL;
  const child = spawn(process.execPath, args, { cwd: folders.root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}) });
  const logs: Array<Record<string, unknown>> = [];
  const listeners = new Set<() => void>();
  const logFile = path.join(ARTIFACTS, `${path.basename(folders.root)}.log`);
  mkdirSync(ARTIFACTS, { recursive: true }); // before the stream opens its file: a fresh clone has no test/artifacts
  const sink = createWriteStream(logFile, { flags: 'a' });
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    sink.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
    for (const listener of listeners) listener();
  });
  child.stderr!.on('data', (chunk: Buffer) => sink.write(chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const matches = (entry: Record<string, unknown>, message: string | RegExp) =>
    typeof entry.msg === 'string' && (typeof message === 'string' ? entry.msg === message : message.test(entry.msg));
  return {
    child,
    pid: child.pid!,
    logs,
    exited,
    waitForLog(message, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find((entry) => matches(entry, message));
          if (!found) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no log "${String(message)}" within ${timeoutMs} ms (see ${logFile})`));
        }, timeoutMs);
        listeners.add(check);
        check();
        void exited.then(() => check());
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface RunningServe extends ServiceProcess {
  /** Base URL of /healthz and /metrics. */
  http: string;
}

/** Starts `serve` and waits until it watches the inbox. */
export async function startServe(
  folders: ServiceFolders,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  user: RunAs | null = null,
): Promise<RunningServe> {
  const service = startCommand('serve', folders, extraArgs, env, user);
  const running = await service.waitForLog('saraban service running');
  return Object.assign(service, { http: String(running.http) });
}

/** Runs a short command (status, retry) to its end and returns its output. */
export function runCommand(command: 'status' | 'retry', folders: ServiceFolders, extraArgs: string[] = [], user: RunAs | null = null): string {
  return execFileSync(
    process.execPath,
    [ENTRY, command, '--inbox', folders.inbox, '--outbox', folders.outbox, '--data', folders.data, ...extraArgs],
    { cwd: folders.root, env: { ...process.env, REDIS_URL: '', ...(user ? { HOME: folders.root } : {}) }, encoding: 'utf8', ...(user ?? {}) },
  );
}

export async function listFolder(folder: string): Promise<string[]> {
  return (await fs.readdir(folder).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(250);
  }
}

/** Waits until the outbox holds exactly `count` results (and checks no more arrive soon after). */
export async function waitForOutbox(folders: ServiceFolders, count: number, timeoutMs: number): Promise<string[]> {
  return waitFor(
    `${count} results in ${folders.outbox}`,
    async () => {
      const names = (await listFolder(folders.outbox)).filter((name) => name.endsWith('.json'));
      if (names.length > count) throw new Error(`more results than PDFs: ${names.join(', ')}`);
      return names.length === count ? names : undefined;
    },
    timeoutMs,
  );
}

export async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
}

/** The local redis-server a killed service left behind, stopped so tests leave nothing running. */
export async function stopLeftoverRedis(folders: ServiceFolders): Promise<void> {
  const pid = Number(await fs.readFile(path.join(folders.data, 'redis', 'redis.pid'), 'utf8').catch(() => '0'));
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** A redis-server of the test's own (for REDIS_URL runs), persisted so it can be stopped and started. */
export async function startTestRedis(dir: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  await fs.mkdir(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(
    `redis-server on port ${port}`,
    () =>
      new Promise<boolean>((resolve) => {
        const socket = net.createConnection(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.write('PING\r\n');
        });
        socket.once('data', (data) => {
          socket.destroy();
          resolve(data.toString().startsWith('+PONG'));
        });
        socket.once('error', () => resolve(false));
      }),
    10_000,
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Pids of a process's children (the sandboxed page processors of a worker), from /proc. */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // process ended while listing
    }
  }
  return children;
}

/** Resident memory of a process and all its descendants (page processes, redis-server), from /proc. */
export function treeResidentBytes(pid: number): number {
  let total = 0;
  for (const member of [pid, ...descendants(pid)]) {
    try {
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${member}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // ended while measuring
    }
  }
  return total;
}

function descendants(pid: number): number[] {
  return childPids(pid).flatMap((child) => [child, ...descendants(child)]);
}

/** Samples a process tree's resident memory until stopped; `peak` is the most seen. */
export function watchTreeMemory(pid: number, everyMs = 100): { readonly peak: number; stop(): number } {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeResidentBytes(pid)));
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    get peak() {
      return peak;
    },
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
