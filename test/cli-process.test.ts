/** `saraban process` as a user runs it: the built CLI in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProcessingResult } from '../schemas/index.js';
import { REPO, ensureBuilt } from './support/build.js';

const SAMPLE = path.join(REPO, 'samples', 'meeting-circular.pdf');

function saraban(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SARABAN_OCR_WORKERS: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('saraban process', () => {
  beforeAll(ensureBuilt, 180_000);

  it('writes one valid result per input as one NDJSON line, and keeps going past a bad input', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-cli-'));
    const notPdf = path.join(dir, 'minutes.pdf');
    writeFileSync(notPdf, 'these are meeting minutes, typed');
    const missing = path.join(dir, 'missing.pdf');

    const { code, stdout, stderr } = saraban('process', notPdf, SAMPLE, missing);

    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = ProcessingResult.parse(JSON.parse(lines[0]!));
    expect(result.source.file).toBe('meeting-circular.pdf');
    expect(stderr).toContain(`saraban: ${notPdf}: `);
    expect(stderr).toMatch(/not a PDF/i);
    expect(stderr).toContain(`saraban: ${missing}: file not found`);
    expect(stderr).toContain(`${SAMPLE}: 2 pages, ${result.documents.length} documents`); // counted as the archive counts
  });

  it('writes DIR/NAME.json with --out and exits 0 when every input succeeded', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'saraban-out-'));
    const { code } = saraban('process', SAMPLE, '--out', out, '--pretty');
    expect(code).toBe(0);
    expect(readdirSync(out)).toEqual(['meeting-circular.json']);
    const text = readFileSync(path.join(out, 'meeting-circular.json'), 'utf8');
    expect(text).toContain('\n  "schemaVersion": "1"');
    expect(ProcessingResult.parse(JSON.parse(text)).chain).toHaveLength(2);
  });
});

describe('saraban', () => {
  it('prints help on stdout when asked, and exits 2 with the usage on stderr without a command', () => {
    const help = saraban('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('saraban users add');
    expect(help.stderr).toBe('');
    const none = saraban();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('a command is needed');
  });
});
