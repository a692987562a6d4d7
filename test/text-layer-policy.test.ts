/**
 * A scan carrying an old OCR layer (invisible text that reads fluently but is another letter's)
 * is read by OCR and gets the reference number printed on the page; `--text-layer trust` (or
 * SARABAN_TEXT_LAYER=trust) keeps the old behaviour and takes the layer's. The built CLI runs in
 * a child process, as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProcessingResult } from '../schemas/index.js';
import { REPO, ensureBuilt } from './support/build.js';
import { LAYER_REFERENCE, SCAN_REFERENCE, scanWithOldOcrLayer } from './support/old-ocr-layer.js';

function processFile(file: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), 'process', file, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SARABAN_OCR_WORKERS: '1', ...env },
  });
  return { code: run.status, stderr: run.stderr, result: run.status === 0 ? ProcessingResult.parse(JSON.parse(run.stdout)) : undefined };
}

describe('a scan with an invisible wrong text layer', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'saraban-layer-')), 'scan-with-layer.pdf');
    writeFileSync(file, await scanWithOldOcrLayer('invisible'));
    await ensureBuilt();
  }, 180_000);

  it('is read by OCR by default, with the reason on the page, and gets the reference printed on the scan', () => {
    const { code, result } = processFile(file);
    expect(code).toBe(0);
    expect(result?.pages[0]).toMatchObject({ method: 'ocr', warnings: expect.arrayContaining([expect.objectContaining({ code: 'text-layer-old-ocr' })]) });
    expect(result?.documents[0]?.reference?.normalized).toBe(SCAN_REFERENCE);
  }, 120_000);

  it('keeps the old behaviour with --text-layer trust or SARABAN_TEXT_LAYER=trust', () => {
    for (const run of [processFile(file, ['--text-layer', 'trust']), processFile(file, [], { SARABAN_TEXT_LAYER: 'trust' })]) {
      expect(run.code).toBe(0);
      expect(run.result?.pages[0]?.method).toBe('text');
      expect(run.result?.documents[0]?.reference?.normalized).toBe(LAYER_REFERENCE);
    }
  });

  it('refuses an unknown policy', () => {
    const { code, stderr } = processFile(file, ['--text-layer', 'sometimes']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--text-layer must be one of auto, trust, ocr/);
  });
});
