/**
 * Libraries that print (pdfjs and pdf-lib warn through console.log) would break the service's
 * JSON log lines. In `serve` and `worker` every console call becomes a log entry instead, one
 * line each however many lines it printed.
 */
import { format } from 'node:util';
import type { Logger } from './logger.js';

export function routeConsoleToLog(logger: Logger): void {
  const toLog = (level: 'info' | 'warn' | 'error') => (...args: unknown[]) => logger[level]({ output: format(...args) }, 'library output');
  console.log = toLog('info');
  console.info = toLog('info');
  console.warn = toLog('warn');
  console.error = toLog('error');
}
