import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OptionsError, parseServiceOptions, pdfLimitsOf } from './options.js';

describe('parseServiceOptions', () => {
  it('uses the defaults when neither flags nor environment say otherwise', () => {
    const { options } = parseServiceOptions([], {});
    expect(options.inbox).toBe(path.resolve('inbox'));
    expect(options.outbox).toBe(path.resolve('outbox'));
    expect(options.data).toBe(path.resolve('data'));
    expect(options.redisUrl).toBeUndefined();
    expect(options.workers).toBe(true);
    expect(options.polling).toBe(false);
    expect(options.textLayer).toBe('auto');
  });

  it('takes the text-layer policy from SARABAN_TEXT_LAYER or --text-layer, and refuses others', () => {
    expect(parseServiceOptions([], { SARABAN_TEXT_LAYER: 'trust' }).options.textLayer).toBe('trust');
    expect(parseServiceOptions(['--text-layer', 'ocr'], { SARABAN_TEXT_LAYER: 'trust' }).options.textLayer).toBe('ocr');
    expect(() => parseServiceOptions([], { SARABAN_TEXT_LAYER: 'maybe' })).toThrow(/--text-layer \/ SARABAN_TEXT_LAYER/);
  });

  it('puts the quarantine folder beside the outbox unless given', () => {
    expect(parseServiceOptions(['--outbox', '/srv/out/box'], {}).options.quarantine).toBe('/srv/out/quarantine');
    expect(parseServiceOptions(['--quarantine', '/q'], {}).options.quarantine).toBe('/q');
  });

  it('takes environment variables and lets flags override them', () => {
    const env = { REDIS_URL: 'redis://cache:6379', SARABAN_OCR_WORKERS: '3', SARABAN_INBOX: '/env/inbox', SARABAN_POLLING: 'yes' };
    const { options } = parseServiceOptions(['--inbox', '/flag/inbox', '--no-workers'], env);
    expect(options).toMatchObject({ redisUrl: 'redis://cache:6379', ocrWorkers: 3, inbox: '/flag/inbox', polling: true, workers: false });
  });

  it('reads the limits and the allowed host names, with their defaults', () => {
    const defaults = parseServiceOptions([], {}).options;
    expect(pdfLimitsOf(defaults)).toEqual({ maxImagePixels: 100_000_000, maxStreamBytes: 64 * 1024 * 1024, maxNesting: 1000 });
    expect(defaults).toMatchObject({ pageTimeLimitMs: 120_000, pageMemoryMb: 1024, allowedHosts: [] });
    const { options } = parseServiceOptions(['--max-nesting', '50'], { SARABAN_ALLOWED_HOSTS: 'Saraban.Example, archive.local', SARABAN_PAGE_MEMORY_MB: '700' });
    expect(options).toMatchObject({ maxNesting: 50, pageMemoryMb: 700, allowedHosts: ['saraban.example', 'archive.local'] });
    expect(() => parseServiceOptions(['--max-image-pixels', '999999999'], {})).toThrow(/--max-image-pixels/);
  });

  it('returns positional arguments (names for retry)', () => {
    expect(parseServiceOptions(['a', '--json', 'b c'], {}).positionals).toEqual(['a', 'b c']);
  });

  it('names the flag and the variable of an invalid value', () => {
    expect(() => parseServiceOptions([], { SARABAN_OCR_WORKERS: 'many' })).toThrow(/--ocr-workers \/ SARABAN_OCR_WORKERS/);
    expect(() => parseServiceOptions(['--bogus'], {})).toThrow(OptionsError);
  });
});
