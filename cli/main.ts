#!/usr/bin/env node
/** The `saraban` command: one subcommand per capability, each in its own module. */
import { API_USAGE, INDEX_USAGE, SEARCH_USAGE, apiCommand, indexCommand, searchCommand } from '../archive/cli-commands.js';
import { SERVICE_COMMANDS, SERVICE_USAGE, runServiceCommand } from '../workers/cli-commands.js';
import { PROCESS_USAGE, processCommand } from './process-command.js';

type Command = (argv: string[]) => Promise<number>;

const serviceCommand =
  (name: keyof typeof SERVICE_COMMANDS): Command =>
  (argv) =>
    runServiceCommand(name, argv);

const COMMANDS: Record<string, Command> = {
  process: processCommand,
  serve: serviceCommand('serve'),
  worker: serviceCommand('worker'),
  status: serviceCommand('status'),
  retry: serviceCommand('retry'),
  index: indexCommand,
  search: searchCommand,
  api: apiCommand,
};

const USAGE = `saraban: Thai government circulars to structured, searchable records

${PROCESS_USAGE}

${SERVICE_USAGE}

archive commands:
${[INDEX_USAGE, SEARCH_USAGE, API_USAGE].join('\n')}`;

// stdout carries results (NDJSON) and nothing else: what libraries print (pdfjs and pdf-lib warn
// through console.log) goes to stderr with the progress lines. `serve` and `worker` turn it
// into log entries instead (workers/console-to-log.ts).
console.log = console.error;
console.info = console.error;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(USAGE + '\n');
    if (name !== undefined && !['--help', '-h', 'help'].includes(name)) {
      process.stderr.write(`\nsaraban: unknown command "${name}"\n`);
      return 2;
    }
    return 0;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`saraban: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
