/**
 * `saraban status` and `saraban retry` as an operator runs them with only --data: they find the
 * folders the service runs with, say whether it is up, and list what waits in the inbox.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, drop } from '../service/fixtures.js';
import { type RunningServe, REPO, type ServiceFolders, ensureBuilt, listFolder, makeFolders, removeFolders, startServe, waitFor } from '../service/harness.js';

function saraban(folders: ServiceFolders, ...args: string[]) {
  // From another folder, so nothing is found beside ./outbox by accident.
  const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), ...args, '--data', folders.data], {
    cwd: folders.inbox,
    encoding: 'utf8',
    env: { ...process.env, REDIS_URL: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('saraban status and retry with only --data', () => {
  let folders: ServiceFolders;
  let service: RunningServe;

  beforeAll(async () => {
    await ensureBuilt();
    folders = await makeFolders('status');
    folders.quarantine = path.join(folders.root, 'failed');
    service = await startServe(folders, ['--quarantine', folders.quarantine, '--incomplete-settle-ms', '600000']);
  });
  afterAll(async () => {
    await service?.stop();
    await removeFolders();
  });

  it('finds the quarantine the service uses, says the service runs, and lists files waiting in the inbox', async () => {
    await drop(folders.inbox, 'notes.pdf', 'not a pdf at all');
    await waitFor('the quarantined file', async () => (await listFolder(folders.quarantine)).includes('notes.error.json'), 30_000);
    const truncated = await fs.readFile(path.join(BAD_INPUTS, 'truncated.pdf'));
    await drop(folders.inbox, 'half.pdf', truncated);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { code, stdout } = saraban(folders, 'status');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Service: running since .* \(pid \d+, http:\/\/127\.0\.0\.1:\d+\)$/m);
    expect(stdout).toMatch(/half\.pdf \(\d+ bytes\): incomplete \(no end marker\)/);
    expect(stdout).toMatch(/notes {2}\[inspect\/not-pdf\]/);
  });

  it('exits 1 when asked to retry a name that is not in quarantine', () => {
    const { code, stdout } = saraban(folders, 'retry', 'no-such-file');
    expect(code).toBe(1);
    expect(stdout).toContain('skipped: no-such-file (not in the quarantine folder)');
  });

  it('says the service is down once it has stopped', async () => {
    await service.stop();
    const { stdout } = saraban(folders, 'status');
    expect(stdout).toMatch(/^Service: DOWN, stopped at /m);
    expect(stdout).toMatch(/notes {2}\[inspect\/not-pdf\]/);
  });
});
