/**
 * data/service.json: which folders and address the service of a data folder runs with, and
 * whether it is running. `saraban status` given only --data finds the outbox, quarantine and
 * inbox there, and can say when the service is down.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from './files/durable-files.js';

export const ServiceRecord = z.object({
  pid: z.number().int(),
  http: z.string(),
  inbox: z.string(),
  outbox: z.string(),
  quarantine: z.string(),
  startedAt: z.string(),
  stoppedAt: z.string().optional(),
});
export type ServiceRecord = z.infer<typeof ServiceRecord>;

const FILE = 'service.json';

export async function writeServiceRecord(dataDir: string, record: ServiceRecord): Promise<void> {
  await writeFileAtomically(path.join(dataDir, FILE), `${JSON.stringify(ServiceRecord.parse(record), null, 2)}\n`);
}

export async function readServiceRecord(dataDir: string): Promise<ServiceRecord | null> {
  const text = await fs.readFile(path.join(dataDir, FILE), 'utf8').catch(() => null);
  const parsed = text === null ? null : ServiceRecord.safeParse(JSON.parse(text));
  return parsed?.success ? parsed.data : null;
}

/** Running: its process is alive and its /healthz answers. */
export async function isServiceRunning(record: ServiceRecord): Promise<boolean> {
  if (record.stoppedAt) return false;
  try {
    process.kill(record.pid, 0);
  } catch {
    return false;
  }
  const response = await fetch(`${record.http}/healthz`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
  return response !== null;
}
