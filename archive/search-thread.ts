/**
 * Entry of a search thread (see search-threads.ts): its own read-only connection to the archive,
 * one search at a time, answered with the result page or the error's message.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { ARCHIVE_FILE } from './archive.js';
import { SearchParams } from './api-schemas.js';
import { searchLetters } from './search.js';

export interface SearchRequest {
  id: number;
  params: unknown;
}

export type SearchReply = { id: number; page: unknown } | { id: number; error: string };

if (!parentPort) throw new Error('search-thread.js runs as a search thread of the archive');
const port = parentPort;
const db = new BetterSqlite3(join((workerData as { dataDir: string }).dataDir, ARCHIVE_FILE), { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');

port.on('message', (request: SearchRequest) => {
  let reply: SearchReply;
  try {
    reply = { id: request.id, page: searchLetters(db, SearchParams.parse(request.params)) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
