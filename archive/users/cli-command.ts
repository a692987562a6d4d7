/**
 * `saraban users add|list|passwd`: named users of the desk, kept in the archive database of the
 * data folder. Passwords are typed twice at a terminal (not shown), or read from standard input
 * with --password-stdin (scripts, provisioning).
 */
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { openArchive } from '../archive.js';
import { DEFAULT_DATA_DIR } from '../cli-commands.js';
import { Role } from './roles.js';
import { UserExistsError } from './user-store.js';

export const USERS_USAGE = `usage: saraban users add LOGIN --role clerk|archivist|admin [--name "ชื่อ นามสกุล"] [--password-stdin] [--data DIR]
       saraban users list [--data DIR]
       saraban users passwd LOGIN [--password-stdin] [--data DIR]
  Users of the web desk: clerks receive, review and correct; archivists search and export;
  admins manage users. The password is asked twice (not shown), or read from standard input.`;

export async function usersCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      role: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [action, login] = positionals;
  if (values.help) {
    process.stdout.write(`${USERS_USAGE}\n`);
    return 0;
  }
  const wellFormed = (action === 'list' && !login) || ((action === 'add' || action === 'passwd') && login && positionals.length === 2);
  if (!wellFormed || (action === 'add' && !values.role)) {
    process.stderr.write(`${USERS_USAGE}\n`);
    return 2;
  }
  const archive = openArchive(values.data);
  try {
    if (action === 'list') {
      for (const user of archive.users.list()) {
        const state = user.disabled ? '  (disabled)' : '';
        process.stdout.write(`${user.login.padEnd(20)} ${user.role.padEnd(10)} ${user.displayName}${state}\n`);
      }
      return 0;
    }
    const password = await readPassword(values['password-stdin']);
    if (action === 'add') {
      const role = Role.parse(values.role);
      const user = await archive.users.add({ login: login!, displayName: values.name ?? login!, role, password });
      archive.audit.record('cli', 'user-added', { login: user.login, role });
      process.stdout.write(`added ${user.login} (${user.role})\n`);
      return 0;
    }
    if (!(await archive.users.setPassword(login!, password))) {
      process.stderr.write(`saraban users: no user "${login}"\n`);
      return 1;
    }
    archive.audit.record('cli', 'user-changed', { login, password: true });
    process.stdout.write(`password changed for ${login}; their sessions have ended\n`);
    return 0;
  } catch (error) {
    if (error instanceof ZodError) {
      for (const issue of error.issues) process.stderr.write(`saraban users: ${issue.message}\n`);
      return 2;
    }
    if (error instanceof UserExistsError || error instanceof PasswordEntryError) {
      process.stderr.write(`saraban users: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    archive.close();
  }
}

class PasswordEntryError extends Error {}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(process.stdin)).replace(/\r?\n$/, '');
  if (!process.stdin.isTTY) throw new PasswordEntryError('no terminal to ask for the password: use --password-stdin');
  const first = await askHidden('Password: ');
  const second = await askHidden('Again: ');
  if (first !== second) throw new PasswordEntryError('the two passwords differ');
  return first;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** Reads one line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(null);
        if (char === '\u0003') return done(new PasswordEntryError('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    const done = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    stdin.on('data', onData);
  });
}
