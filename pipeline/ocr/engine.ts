/**
 * One warm tesseract.js worker (a worker thread holding the Thai + English models), used for
 * line and block images cut out by the layout stage.
 */
import Tesseract from 'tesseract.js';
import type { Box } from './geometry.js';
import { languageFolder, OCR_LANGUAGES } from './language-data.js';
import type { OcrLanguage } from './language-data.js';

export interface RecognizedSymbol {
  text: string;
  /** 0..100 as Tesseract reports it. */
  confidence: number;
  bbox: Box;
}

export interface RecognizedWord extends RecognizedSymbol {
  symbols: RecognizedSymbol[];
}

export interface RecognizedLine extends RecognizedSymbol {
  words: RecognizedWord[];
}

/** 'line': the image is one text line (PSM 7); 'block': a uniform block of lines (PSM 6). */
export type LayoutHint = 'line' | 'block';

const PAGE_SEGMENTATION: Record<LayoutHint, string> = { line: '7', block: '6' };

/** Creating a worker never rejects if its model is unreadable (tesseract.js swallows it): bound it. */
const START_TIMEOUT_MS = 60_000;

const toBox = (b: Tesseract.Bbox): Box => ({ left: b.x0, top: b.y0, right: b.x1 - 1, bottom: b.y1 - 1 });

function toLines(page: Tesseract.Page): RecognizedLine[] {
  return (page.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        text: line.text.replace(/\n$/, ''),
        confidence: line.confidence,
        bbox: toBox(line.bbox),
        words: line.words.map((word) => ({
          text: word.text,
          confidence: word.confidence,
          bbox: toBox(word.bbox),
          symbols: word.symbols.map((s) => ({ text: s.text, confidence: s.confidence, bbox: toBox(s.bbox) })),
        })),
      })),
    ),
  );
}

/** Encodes 8-bit gray pixels as binary PGM: no compression work at all, and Leptonica reads it. */
export function toPgm(data: Uint8Array, width: number, height: number): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), data]);
}

export class OcrEngine {
  /** Pages recognized since the worker started; the pool recycles it after a number of pages. */
  pagesDone = 0;
  private mode: LayoutHint | null = null;

  private constructor(private readonly worker: Tesseract.Worker) {}

  /** A worker with the given models (the Thai model unless told otherwise). */
  static async start(languages: readonly OcrLanguage[] = OCR_LANGUAGES): Promise<OcrEngine> {
    const langPath = await languageFolder();
    let failure: unknown;
    const starting = Tesseract.createWorker([...languages], Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      errorHandler: (error: unknown) => {
        failure = error;
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`OCR worker did not start: ${String(failure ?? 'timeout')}`)), START_TIMEOUT_MS);
    });
    try {
      const worker = await Promise.race([starting, timeout]);
      await worker.setParameters({
        // Tesseract retries every doubtful line inverted (white on black): never the case in letters.
        tessedit_do_invert: '0',
        // Diagnostics go to the in-memory file system's null device, not to our stdout.
        debug_file: '/dev/null',
      } as Partial<Tesseract.WorkerParams>);
      return new OcrEngine(worker);
    } finally {
      clearTimeout(timer);
    }
  }

  async recognize(pgm: Buffer, hint: LayoutHint): Promise<RecognizedLine[]> {
    if (this.mode !== hint) {
      await this.worker.setParameters({ tessedit_pageseg_mode: PAGE_SEGMENTATION[hint] as Tesseract.PSM });
      this.mode = hint;
    }
    const { data } = await this.worker.recognize(pgm, {}, { text: false, blocks: true });
    return toLines(data);
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
