/**
 * The inbox service's subcommands for the `saraban` CLI: `runServiceCommand(name, argv)` parses
 * flags and environment and runs serve, worker, status or retry, returning an exit code.
 * Also runnable on its own: node dist/workers/cli-commands.js serve --inbox ./inbox
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OptionsError, type ServiceOptions, describeOptions, parseServiceOptions } from './options.js';
import { RedisUnavailableError } from './redis/local-redis.js';
import { retryQuarantined } from './retry.js';
import { runWorker, serve } from './service.js';
import { printStatus } from './status.js';

export const SERVICE_COMMANDS = {
  serve: {
    summary: 'serve                  watch the inbox, process every PDF into the outbox (npm start)',
    run: (options: ServiceOptions) => serve(options),
  },
  worker: {
    summary: 'worker                 process queued PDFs only (more workers, same Redis)',
    run: (options: ServiceOptions) => runWorker(options),
  },
  status: {
    summary: 'status [--json]        queue counts, PDFs in progress, recent failures',
    run: (options: ServiceOptions, _names: string[], given: ReadonlySet<string>) => printStatus(options, given),
  },
  retry: {
    summary: 'retry [NAME ...]       queue quarantined PDFs again (all, or the names given)',
    /** Exit 1 when a name asked for was not retried (not in quarantine, or no such PDF). */
    run: async (options: ServiceOptions, names: string[]) => ((await retryQuarantined(options, names)).skipped.length > 0 ? 1 : 0),
  },
} as const;

export type ServiceCommandName = keyof typeof SERVICE_COMMANDS;

export const SERVICE_USAGE = [
  'inbox service commands:',
  ...Object.values(SERVICE_COMMANDS).map((command) => `  ${command.summary}`),
  '',
  'options (flag, else environment variable, else default):',
  ...describeOptions(),
].join('\n');

export function isServiceCommand(name: string): name is ServiceCommandName {
  return Object.hasOwn(SERVICE_COMMANDS, name);
}

export async function runServiceCommand(name: ServiceCommandName, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(SERVICE_USAGE + '\n');
    return 0;
  }
  try {
    const { options, positionals, given } = parseServiceOptions(argv, env);
    if (name !== 'retry' && positionals.length > 0) throw new OptionsError(`unexpected argument "${positionals[0]}"`);
    const code = await SERVICE_COMMANDS[name].run(options, positionals, given);
    return typeof code === 'number' ? code : 0;
  } catch (error) {
    if (error instanceof OptionsError) {
      process.stderr.write(`saraban ${name}: ${error.message}\n\n${SERVICE_USAGE}\n`);
      return 2;
    }
    if (error instanceof RedisUnavailableError) {
      process.stderr.write(`saraban ${name}: ${error.message}\n`);
      return 3;
    }
    throw error;
  }
}

function isMainModule(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const [name = '', ...rest] = process.argv.slice(2);
  if (!isServiceCommand(name)) {
    process.stderr.write(`usage: node ${process.argv[1]} serve|worker|status|retry [options]\n\n${SERVICE_USAGE}\n`);
    process.exitCode = 2;
  } else {
    runServiceCommand(name, rest).then(
      (code) => (process.exitCode = code),
      (error: unknown) => {
        process.stderr.write(`saraban ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
