/**
 * Entry of an OCR page thread (see page-thread.ts): reads the page images it is sent, one at a
 * time, with a Thai engine and an English one started on first need, and answers with PageText.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { OcrEngine } from './engine.js';
import { LATIN_LANGUAGES } from './language-data.js';
import { CLOSE, type PageReply, type PageRequest } from './page-thread.js';
import { readFieldDigits } from './handwritten-fields.js';
import { readPageImage } from './read-page-image.js';

if (!parentPort) throw new Error('page-worker.js runs as a worker thread of the OCR pool');
const port = parentPort;

// A page thread is one core's worth of work: libvips would spread each operation over every core
// and compete with the other page threads (the setting is per process, and right for all).
sharp.concurrency(1);

const started: Array<Promise<OcrEngine>> = [];
function lazily(start: () => Promise<OcrEngine>): () => Promise<OcrEngine> {
  let engine: Promise<OcrEngine> | undefined;
  return () => {
    if (!engine) {
      engine = start();
      started.push(engine);
    }
    return engine;
  };
}
const engines = {
  thai: lazily(() => OcrEngine.start()),
  latin: lazily(() => OcrEngine.start(LATIN_LANGUAGES)),
  handwriting: readFieldDigits,
};

async function answer(request: PageRequest): Promise<PageReply> {
  try {
    const { data, ...size } = request.image;
    const image = { ...size, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
    return { id: request.id, page: await readPageImage(image, request.pageNumber, engines) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Pages are read in the order they came, one at a time. */
let queue: Promise<unknown> = Promise.resolve();
port.on('message', (message: PageRequest | typeof CLOSE) => {
  queue = queue.then(async () => {
    if (message !== CLOSE) {
      port.postMessage(await answer(message));
      return;
    }
    await Promise.all(started.map((engine) => engine.then((e) => e.terminate()).catch(() => undefined)));
    port.close();
  });
});
