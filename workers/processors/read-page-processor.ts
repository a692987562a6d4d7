/**
 * Sandboxed processor of the pages queue (BullMQ runs it from dist/ in a child process): text
 * extraction and OCR keep the child's CPU busy while the worker process keeps renewing the job
 * locks. Each child keeps its last PDFs open and one warm OCR engine across jobs.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SandboxedJob } from 'bullmq';
import type { OcrPool } from '../../pipeline/ocr/index.js';
import { type PDFDocumentProxy, openPdfDocument, resolveTextLayerPolicy } from '../../pipeline/pdf/index.js';
import { ContentStore } from '../files/content-store.js';
import { type PageReader, readPage } from '../handlers/read-page.js';
import { ReadPageData, type ReadPageResult } from '../jobs.js';
import { DATA_FOLDER_VARIABLE } from './environment.js';

/** Pages of one PDF usually arrive together: keeping a couple open saves re-parsing per page. */
const OPEN_DOCUMENTS = 2;

const store = new ContentStore(path.join(process.env[DATA_FOLDER_VARIABLE] ?? 'data', 'store'));
const openDocuments = new Map<string, Promise<PDFDocumentProxy>>();
let ocrPool: Promise<OcrPool> | undefined;

const reader: PageReader = {
  textLayer: resolveTextLayerPolicy(),
  document(sha256) {
    let doc = openDocuments.get(sha256);
    if (!doc) {
      doc = fs.readFile(store.pathOf(sha256)).then((bytes) => openPdfDocument(new Uint8Array(bytes)));
      doc.catch(() => openDocuments.delete(sha256));
      openDocuments.set(sha256, doc);
      for (const [oldest, evicted] of openDocuments) {
        if (openDocuments.size <= OPEN_DOCUMENTS) break;
        openDocuments.delete(oldest);
        void evicted.then((old) => old.destroy()).catch(() => undefined);
      }
    }
    return doc;
  },
  ocr() {
    // One engine per child: the worker runs as many children as it has OCR workers.
    ocrPool ??= import('../../pipeline/ocr/index.js').then(({ createOcrPool }) => createOcrPool({ size: 1 }));
    return ocrPool;
  },
};

// The worker process that forked us is gone (killed): its jobs return to the queue through the
// stalled-job check, so finishing this page would be work for nobody.
process.once('disconnect', () => process.exit(0));

export default async function readPageProcessor(job: SandboxedJob): Promise<ReadPageResult> {
  return readPage(ReadPageData.parse(job.data), reader);
}
