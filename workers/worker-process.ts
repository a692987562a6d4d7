/**
 * `serve` runs its queue workers as a child process (`saraban worker` with the same options and
 * Redis), so assembling and indexing results never holds up intake or the web page: the
 * service's own event loop answers searches while PDFs are read. The child's log lines are
 * passed on whole; it is restarted if it dies, and it ends when the service does, even killed
 * (it watches its IPC channel).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';
import { OPTION_SOURCES, type ServiceOptions } from './options.js';
import type { RedisEndpoint } from './redis/connection.js';
import type { RunningWorkers } from './worker-runtime.js';

const ENTRY = fileURLToPath(new URL('./cli-commands.js', import.meta.url));
const MAX_RESTART_DELAY_MS = 30_000;

/** The child's options, as environment variables (flags it would otherwise read from ours). */
function workerEnvironment(options: ServiceOptions, endpoint: RedisEndpoint): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, source] of Object.entries(OPTION_SOURCES)) {
    const value = options[name as keyof ServiceOptions];
    if (source.env && value !== undefined) env[source.env] = String(value);
  }
  env.REDIS_URL = options.redisUrl ?? ('socketPath' in endpoint ? `unix://${endpoint.socketPath}` : endpoint.url);
  env.SARABAN_WORKERS = 'true';
  return env;
}

export function startWorkerProcess(options: ServiceOptions, endpoint: RedisEndpoint, logger: Logger): RunningWorkers {
  let child: ChildProcess | null = null;
  let stopping = false;
  let restarts = 0;
  let restartTimer: NodeJS.Timeout | undefined;

  const spawnChild = () => {
    const started = Date.now();
    // A process group of its own: Ctrl-C at a terminal reaches the service only, which then stops
    // the child once (a second signal would make it drop its running jobs).
    const worker = fork(ENTRY, ['worker'], { env: workerEnvironment(options, endpoint), stdio: ['ignore', 'pipe', 'inherit', 'ipc'], detached: true });
    createInterface({ input: worker.stdout! }).on('line', (line) => process.stdout.write(`${line}\n`));
    worker.once('exit', (code, signal) => {
      if (child === worker) child = null;
      if (stopping) return;
      restarts = Date.now() - started > MAX_RESTART_DELAY_MS ? 0 : restarts + 1;
      const delay = Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** Math.max(0, restarts - 1));
      logger.error({ code, signal, restartInMs: delay }, 'the worker process ended: starting it again');
      restartTimer = setTimeout(spawnChild, delay);
    });
    child = worker;
  };
  spawnChild();

  return {
    /** Running jobs finish first (the child stops on SIGTERM as `saraban worker` does). */
    async close() {
      stopping = true;
      clearTimeout(restartTimer);
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
}
