/**
 * The tools' command lines: `--help` prints the tool's usage, and a mistyped option or a missing
 * argument prints it with the reason and exits with code 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export class UsageError extends Error {}

/** `argv` parsed against `options` (positionals allowed); at least `required` positionals. */
export function parseToolArguments<const O extends Options>(argv: string[], options: O, required = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length < required) throw new UsageError(`${required} argument${required > 1 ? 's' : ''} needed, ${parsed.positionals.length} given`);
  return parsed;
}

/** The process's own command line, parsed; on --help or a usage error it prints `usage` and exits. */
export function toolArguments<const O extends Options>(usage: string, options: O, required = 0) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseToolArguments(argv, options, required);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${usage}\n`);
    process.exit(2);
  }
}
