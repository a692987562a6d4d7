/**
 * A page process (forked by pool.ts, run from dist/): the only place the service opens PDFs.
 * It inspects a PDF (limits checked, pages counted) or reads one page (text layer or OCR), one
 * task at a time, while its worker watches how long the task takes and how much memory this
 * process holds, and kills it past either ceiling. It keeps its last PDFs open and one warm OCR
 * engine across tasks.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { OcrPool } from '../../pipeline/ocr/index.js';
import { type PDFDocumentProxy, PdfInputError, checkPdfLimits, openPdfDocument } from '../../pipeline/pdf/index.js';
import { ContentStore } from '../files/content-store.js';
import { type PageReader, readPage } from '../handlers/read-page.js';
import { ReadPageData } from '../jobs.js';
import { type InspectResult, type PageProcessReply, type PageProcessRequest, type PageProcessSettings, SETTINGS_VARIABLE } from './protocol.js';

/** Pages of one PDF usually arrive together: keeping a couple open saves re-parsing per page. */
const OPEN_DOCUMENTS = 2;

const settings = JSON.parse(process.env[SETTINGS_VARIABLE] ?? 'null') as PageProcessSettings | null;
if (!settings || !process.send) throw new Error('page-process.js runs as a page process of a saraban worker');
const { pdfLimits } = settings;
const store = new ContentStore(path.join(settings.data, 'store'));
const openDocuments = new Map<string, Promise<PDFDocumentProxy>>();
let ocrPool: Promise<OcrPool> | undefined;

async function storedBytes(sha256: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(store.pathOf(sha256)));
}

const reader: PageReader = {
  textLayer: settings.textLayer,
  document(sha256) {
    let doc = openDocuments.get(sha256);
    if (!doc) {
      doc = storedBytes(sha256).then((bytes) => openPdfDocument(bytes, pdfLimits));
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
    // One engine per page process: a worker runs as many page processes as it has OCR workers.
    ocrPool ??= import('../../pipeline/ocr/index.js').then(({ createOcrPool }) => createOcrPool({ size: 1 }));
    return ocrPool;
  },
};

/** Bad or hostile input fails here, before any page is read: limits first, then pdfjs opens it. */
async function inspect(sha256: string): Promise<InspectResult> {
  const bytes = await storedBytes(sha256);
  await checkPdfLimits(bytes, pdfLimits);
  const doc = await openPdfDocument(bytes, pdfLimits);
  const pageCount = doc.numPages;
  await doc.destroy();
  return { pageCount };
}

async function answer(request: PageProcessRequest): Promise<PageProcessReply> {
  try {
    const value = request.kind === 'inspect' ? await inspect(request.sha256) : await readPage(ReadPageData.parse(request.page), reader);
    return { id: request.id, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof PdfInputError ? { id: request.id, error: message, code: error.code } : { id: request.id, error: message };
  }
}

process.on('message', (request: PageProcessRequest) => {
  void answer(request).then((reply) => process.send!(reply));
});

// The worker that forked us is gone (killed): its jobs return to the queue through the
// stalled-job check, so finishing this task would be work for nobody.
process.once('disconnect', () => process.exit(0));
