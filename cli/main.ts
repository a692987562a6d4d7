#!/usr/bin/env node
/** The `saraban` command: one subcommand per capability, each in its own module. */
import { PROCESS_USAGE, processCommand } from './process-command.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  process: processCommand,
};

const USAGE = `saraban: Thai government circulars to structured, searchable records

commands:
  process FILE.pdf ...   read PDFs into JSON results (see: saraban process --help)

${PROCESS_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(USAGE + '\n');
    return name === undefined || name === '--help' || name === '-h' ? 0 : 2;
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
