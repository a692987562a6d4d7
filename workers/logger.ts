/**
 * Structured logs (pino): JSON lines for log collectors, a readable format on a terminal.
 */
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export function createLogger(options: { level: string; pretty?: boolean; name?: string }): Logger {
  const base = { level: options.level, ...(options.name ? { name: options.name } : {}) };
  const readable = options.pretty ?? process.stdout.isTTY === true;
  if (!readable) return pino(base);
  // In-process prettifier (not a transport thread): logs still appear if the process dies abruptly.
  return pino(base, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true }));
}
