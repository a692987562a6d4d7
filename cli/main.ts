#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
/**
 * The `saraban` command: one subcommand per capability, each in its own module.
 * Run as installed (the line above), node starts with glibc's malloc held to two arenas: by
 * default every thread that allocates (OCR page threads, Tesseract threads, libvips and libuv
 * threads) gets an arena of its own, and the page images and line crops freed in them stay
 * resident; one OCR worker's peak RSS measured 460-520 MB with the default, about 400 with two
 * arenas, at the same CPU time (tools/bench-ocr.ts). The service's start script and the Dockerfile
 * set the same.
 */
import { API_USAGE, INDEX_USAGE, SEARCH_USAGE, apiCommand, indexCommand, searchCommand } from '../archive/cli-commands.js';
import { USERS_USAGE, usersCommand } from '../archive/users/cli-command.js';
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
  users: usersCommand,
};

const USAGE = `saraban: Thai government circulars to structured, searchable records

${PROCESS_USAGE}

${SERVICE_USAGE}

archive commands:
${[INDEX_USAGE, SEARCH_USAGE, API_USAGE].join('\n')}

desk users:
${USERS_USAGE}`;

// stdout carries results (NDJSON) and nothing else: what libraries print (pdfjs and pdf-lib warn
// through console.log) goes to stderr with the progress lines. `serve` and `worker` turn it
// into log entries instead (workers/console-to-log.ts).
console.log = console.error;
console.info = console.error;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    // Asked for help: usage on stdout, success. No command or an unknown one: usage on stderr, exit 2.
    if (name !== undefined && ['--help', '-h', 'help'].includes(name)) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    process.stderr.write(USAGE + '\n');
    process.stderr.write(name === undefined ? '\nsaraban: a command is needed\n' : `\nsaraban: unknown command "${name}"\n`);
    return 2;
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
