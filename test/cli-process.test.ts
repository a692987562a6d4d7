/** `saraban process` as a user runs it: the built CLI in a child process. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProcessingResult } from '../schemas/index.js';
import { watchTreeMemory } from './service/harness.js';
import { REPO, ensureBuilt } from './support/build.js';
import { contentFlateBomb, deepArray, imageFlateBomb, jpegSizeClaim, nestedGraphicsStates } from './support/hostile-pdfs.js';

const SAMPLE = path.join(REPO, 'samples', 'meeting-circular.pdf');

function saraban(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SARABAN_OCR_WORKERS: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI without blocking, watching its memory; resolves with its output and peak resident memory. */
function sarabanWatched(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; peak: number }> {
  const child = spawn(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), ...args], { env: { ...process.env, SARABAN_OCR_WORKERS: '1' } });
  const memory = watchTreeMemory(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr, peak: memory.stop() })));
}

describe('saraban process', () => {
  beforeAll(ensureBuilt, 180_000);

  it('runs as the quick start calls it (`npx saraban`): the build leaves the command executable', () => {
    const run = spawnSync('npx', ['--no-install', 'saraban', '--help'], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/permission denied/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('process');
  });

  it('runs, as installed, with glibc malloc held to two arenas (what bounds an OCR worker\'s memory)', () => {
    // The kernel runs a script's first line as the interpreter and one argument, then the script.
    const [interpreter, ...argument] = readFileSync(path.join(REPO, 'dist', 'cli', 'main.js'), 'utf8').split('\n', 1)[0]!.slice(2).trim().split(' ');
    const probe = path.join(mkdtempSync(path.join(os.tmpdir(), 'saraban-cli-')), 'probe.mjs');
    writeFileSync(probe, 'process.stdout.write(String(process.env.MALLOC_ARENA_MAX));\n');
    const { MALLOC_ARENA_MAX: _, ...environment } = process.env;
    const run = spawnSync(interpreter!, [argument.join(' '), probe], { encoding: 'utf8', env: environment });
    expect(run.stdout).toBe('2');
  });

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

  it('refuses hostile PDFs with their reason before decoding them, and keeps stdout to results', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-hostile-'));
    const files = {
      jpeg: path.join(dir, 'jpeg.pdf'),
      content: path.join(dir, 'content.pdf'),
      image: path.join(dir, 'image.pdf'),
      nested: path.join(dir, 'nested.pdf'),
      deep: path.join(dir, 'deep.pdf'),
      good: path.join(dir, 'บรรทัดแรก\nบรรทัดสอง.pdf'),
    };
    writeFileSync(files.jpeg, await jpegSizeClaim());
    writeFileSync(files.content, contentFlateBomb());
    writeFileSync(files.image, imageFlateBomb());
    writeFileSync(files.nested, nestedGraphicsStates(20_000));
    writeFileSync(files.deep, deepArray());
    copyFileSync(SAMPLE, files.good);

    const { code, stdout, stderr, peak } = await sarabanWatched('process', ...Object.values(files));

    expect(code).toBe(1);
    expect(peak).toBeLessThan(1.5 * 1024 ** 3);
    // stdout holds the one result, whatever pdf-lib printed while failing on the deep array.
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(ProcessingResult.parse(JSON.parse(lines[0]!)).source.pageCount).toBe(2);
    expect(stderr).toContain(`saraban: ${files.jpeg}: page 1: image of 60000 × 60000 pixels is larger than the limit of 100,000,000 pixels\n`);
    expect(stderr).toContain(`saraban: ${files.image}: page 1: image of 40000 × 30000 pixels is larger than the limit of 100,000,000 pixels\n`);
    expect(stderr).toContain(`saraban: ${files.content}: page 1: its drawing instructions unpack to more than 64 MB, more than the limit\n`);
    expect(stderr).toContain(`saraban: ${files.nested}: page 1: its drawing instructions are nested more than 1,000 levels deep, more than the limit\n`);
    expect(stderr).toContain(`saraban: ${files.deep}: `);
    // A newline in a file name stays inside its progress line.
    expect(stderr).toContain(`บรรทัดแรก\\nบรรทัดสอง.pdf: page 1/2 (text)\n`);
    expect(stderr.split('\n').some((line) => line.startsWith('บรรทัดสอง'))).toBe(false);
  }, 120_000);
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
