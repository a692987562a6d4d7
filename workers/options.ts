/**
 * Options of the inbox service commands (serve, worker, status, retry).
 * Each option comes from a flag, else from its environment variable, else from its default;
 * the zod schema is the single definition of names, types and defaults.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_OCR_WORKERS } from '../pipeline/ocr/index.js';
import { MAX_DECODE_PIXELS } from '../pipeline/ocr/page-image.js';
import { DEFAULT_PDF_LIMITS, type PdfLimits, TEXT_LAYER_VARIABLE } from '../pipeline/pdf/index.js';
import { TextLayerPolicy } from '../schemas/index.js';

const flagBoolean = z.union([
  z.boolean(),
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .transform((text) => ['1', 'true', 'yes', 'on'].includes(text)),
]);

const milliseconds = z.coerce.number().int().min(0);
const MEGABYTE = 1024 * 1024;

/** Host names, comma-separated, as typed in a flag or a variable. */
const hostNames = z.union([
  z.array(z.string()),
  z.string().transform((text) => text.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '')),
]);

export const ServiceOptionsInput = z.object({
  inbox: z.string().min(1).default('./inbox').describe('folder clerks drop PDFs into'),
  outbox: z.string().min(1).default('./outbox').describe('folder the JSON results are written to'),
  quarantine: z.string().min(1).optional().describe('folder for PDFs that failed (default: quarantine/ beside the outbox)'),
  data: z.string().min(1).default('./data').describe('content store, document records and the local Redis'),
  redisUrl: z.string().min(1).optional().describe('Redis to use (redis://, rediss:// or unix:///path); default: start our own redis-server'),
  ocrWorkers: z.coerce.number().int().min(1).max(64).default(DEFAULT_OCR_WORKERS).describe('pages read at once by this process (one OCR engine each)'),
  textLayer: TextLayerPolicy.default('auto').describe('text layers: auto (OCR scans whose layer is an old OCR layer), trust (read every usable layer) or ocr (OCR every page)'),
  pdfWorkers: z.coerce.number().int().min(1).max(64).default(2).describe('PDFs inspected or assembled at once by this process'),
  httpPort: z.coerce.number().int().min(0).max(65535).default(8080).describe('port of /healthz and /metrics (0: any free port)'),
  httpHost: z.string().min(1).default('127.0.0.1').describe('address the HTTP server listens on'),
  polling: flagBoolean.default(false).describe('poll the inbox instead of file-system events (network shares)'),
  pollIntervalMs: milliseconds.default(2000).describe('polling interval'),
  settleMs: milliseconds.default(2000).describe('a file is taken once its size and mtime stayed unchanged this long'),
  incompleteSettleMs: milliseconds.default(60_000).describe('longer wait for files that do not look complete yet (no %%EOF, 0 bytes)'),
  lockDurationMs: z.coerce.number().int().min(1000).default(120_000).describe('job lock; a dead worker\'s jobs return to the queue after about this long'),
  maxImagePixels: z.coerce.number().int().min(1).max(MAX_DECODE_PIXELS).default(DEFAULT_PDF_LIMITS.maxImagePixels).describe('largest image (width × height) a PDF may hold'),
  maxStreamMb: z.coerce.number().int().min(1).default(DEFAULT_PDF_LIMITS.maxStreamBytes / MEGABYTE).describe('largest size a page\'s drawing instructions or a font may unpack to, in MB'),
  maxNesting: z.coerce.number().int().min(1).default(DEFAULT_PDF_LIMITS.maxNesting).describe('deepest nesting of graphics states (q) in drawing instructions'),
  pageTimeLimitMs: z.coerce.number().int().min(100).default(120_000).describe('longest a page (or opening a PDF) may take to read'),
  pageMemoryMb: z.coerce.number().int().min(64).default(1024).describe('memory ceiling of each page process, in MB'),
  allowedHosts: hostNames.default([]).describe('host names the HTTP server answers to besides IP addresses and localhost (checked when no API token is set)'),
  workers: flagBoolean.default(true).describe('serve: also run workers in this process'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('log level'),
  json: flagBoolean.default(false).describe('status: print JSON'),
});
export type ServiceOptionsInput = z.input<typeof ServiceOptionsInput>;

/** Options with every folder resolved to an absolute path. */
export const ServiceOptions = ServiceOptionsInput.transform((input) => {
  const outbox = path.resolve(input.outbox);
  return {
    ...input,
    inbox: path.resolve(input.inbox),
    outbox,
    quarantine: path.resolve(input.quarantine ?? path.join(path.dirname(outbox), 'quarantine')),
    data: path.resolve(input.data),
  };
});
export type ServiceOptions = z.output<typeof ServiceOptions>;

type OptionName = keyof z.input<typeof ServiceOptionsInput>;

/** Flag and environment variable of each option. */
export const OPTION_SOURCES: Record<OptionName, { flag: string; env?: string; boolean?: true }> = {
  inbox: { flag: 'inbox', env: 'SARABAN_INBOX' },
  outbox: { flag: 'outbox', env: 'SARABAN_OUTBOX' },
  quarantine: { flag: 'quarantine', env: 'SARABAN_QUARANTINE' },
  data: { flag: 'data', env: 'SARABAN_DATA' },
  redisUrl: { flag: 'redis-url', env: 'REDIS_URL' },
  ocrWorkers: { flag: 'ocr-workers', env: 'SARABAN_OCR_WORKERS' },
  textLayer: { flag: 'text-layer', env: TEXT_LAYER_VARIABLE },
  pdfWorkers: { flag: 'pdf-workers', env: 'SARABAN_PDF_WORKERS' },
  httpPort: { flag: 'http-port', env: 'SARABAN_HTTP_PORT' },
  httpHost: { flag: 'http-host', env: 'SARABAN_HTTP_HOST' },
  polling: { flag: 'polling', env: 'SARABAN_POLLING', boolean: true },
  pollIntervalMs: { flag: 'poll-interval-ms', env: 'SARABAN_POLL_INTERVAL_MS' },
  settleMs: { flag: 'settle-ms', env: 'SARABAN_SETTLE_MS' },
  incompleteSettleMs: { flag: 'incomplete-settle-ms', env: 'SARABAN_INCOMPLETE_SETTLE_MS' },
  lockDurationMs: { flag: 'lock-duration-ms', env: 'SARABAN_LOCK_DURATION_MS' },
  maxImagePixels: { flag: 'max-image-pixels', env: 'SARABAN_MAX_IMAGE_PIXELS' },
  maxStreamMb: { flag: 'max-stream-mb', env: 'SARABAN_MAX_STREAM_MB' },
  maxNesting: { flag: 'max-nesting', env: 'SARABAN_MAX_NESTING' },
  pageTimeLimitMs: { flag: 'page-time-limit-ms', env: 'SARABAN_PAGE_TIME_LIMIT_MS' },
  pageMemoryMb: { flag: 'page-memory-mb', env: 'SARABAN_PAGE_MEMORY_MB' },
  allowedHosts: { flag: 'allowed-hosts', env: 'SARABAN_ALLOWED_HOSTS' },
  workers: { flag: 'workers', env: 'SARABAN_WORKERS', boolean: true },
  logLevel: { flag: 'log-level', env: 'LOG_LEVEL' },
  json: { flag: 'json', boolean: true },
};

export class OptionsError extends Error {
  override readonly name = 'OptionsError';
}

/** Reads options from command-line arguments (after the subcommand) and the environment. */
export function parseServiceOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { options: ServiceOptions; positionals: string[]; given: ReadonlySet<string> } {
  const flagSpecs = Object.fromEntries(
    Object.values(OPTION_SOURCES).map((source) => [source.flag, { type: source.boolean ? 'boolean' : 'string' } as const]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: flagSpecs, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new OptionsError(error instanceof Error ? error.message : String(error));
  }
  const raw: Record<string, unknown> = {};
  for (const [name, source] of Object.entries(OPTION_SOURCES)) {
    const fromFlag = parsed.values[source.flag];
    const fromEnv = source.env ? env[source.env] : undefined;
    const value = fromFlag ?? (fromEnv === '' ? undefined : fromEnv);
    if (value !== undefined) raw[name] = value;
  }
  const result = ServiceOptions.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const source = OPTION_SOURCES[name as OptionName];
      const where = source ? `--${source.flag}${source.env ? ` / ${source.env}` : ''}` : name;
      return `${where}: ${issue.message}`;
    });
    throw new OptionsError(`invalid options: ${problems.join('; ')}`);
  }
  return { options: result.data, positionals: parsed.positionals, given: new Set(Object.keys(raw)) };
}

/** The PDF limits of pipeline/pdf/limits.ts, as the options set them. */
export function pdfLimitsOf(options: Pick<ServiceOptions, 'maxImagePixels' | 'maxStreamMb' | 'maxNesting'>): PdfLimits {
  return { maxImagePixels: options.maxImagePixels, maxStreamBytes: options.maxStreamMb * MEGABYTE, maxNesting: options.maxNesting };
}

/** Help lines for the flags, generated from the schema so they never drift. */
export function describeOptions(): string[] {
  return Object.entries(OPTION_SOURCES).map(([name, source]) => {
    const schema = ServiceOptionsInput.shape[name as OptionName];
    const flag = source.boolean ? `--[no-]${source.flag}` : `--${source.flag} VALUE`;
    const env = source.env ? ` [${source.env}]` : '';
    const fallback = schema.safeParse(undefined);
    const shown = fallback.success ? String(fallback.data ?? '') : '';
    const shownDefault = shown === '' ? '' : ` (default: ${shown})`;
    return `  ${flag.padEnd(30)} ${schema.description ?? ''}${shownDefault}${env}`;
  });
}
