/**
 * Files in the inbox not taken yet: what `saraban status` and the desk's intake view list as
 * waiting, with when each will be taken at the latest if it stops changing.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { listInboxFiles, looksComplete } from './inbox-files.js';

export interface WaitingFile {
  file: string;
  size: number;
  modifiedAt: string;
  /** False while a PDF has no end marker or the file is empty: it is waited for longer. */
  looksComplete: boolean;
  takenBy: string;
}

export async function listWaitingFiles(
  options: { inbox: string; outbox: string; quarantine: string; data: string; settleMs: number; incompleteSettleMs: number },
  limit: number,
): Promise<WaitingFile[]> {
  const { inbox, outbox, quarantine, data, settleMs, incompleteSettleMs } = options;
  const files = (await listInboxFiles(inbox, [outbox, quarantine, data])).slice(0, limit);
  const seen = await Promise.all(
    files.map(async (file) => {
      const stat = await fs.stat(file).catch(() => null);
      if (!stat) return null;
      const complete = await looksComplete(file).catch(() => false);
      return {
        file: path.relative(inbox, file).split(path.sep).join('/'),
        size: stat.size,
        modifiedAt: stat.mtime.toISOString(),
        looksComplete: complete,
        takenBy: new Date(stat.mtimeMs + (complete ? settleMs : incompleteSettleMs)).toISOString(),
      };
    }),
  );
  return seen.filter((entry): entry is WaitingFile => entry !== null);
}
