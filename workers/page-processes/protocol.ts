/**
 * What a worker and its page processes say to each other (over the IPC channel of the fork),
 * and the settings a page process starts with (in one environment variable).
 */
import type { PdfInputErrorCode, PdfLimits } from '../../pipeline/pdf/index.js';
import type { ReadPageData } from '../jobs.js';
import type { TextLayerPolicy } from '../../schemas/index.js';

export const SETTINGS_VARIABLE = 'SARABAN_PAGE_PROCESS';

export interface PageProcessSettings {
  /** The data folder, whose content store holds the PDFs. */
  data: string;
  pdfLimits: PdfLimits;
  /** What text layers are taken for. */
  textLayer: TextLayerPolicy;
}

/** inspect: check a PDF's limits and count its pages; read-page: one page's text (text layer or OCR). */
export type PageTask = { kind: 'inspect'; sha256: string } | { kind: 'read-page'; page: ReadPageData };

export type PageProcessRequest = PageTask & { id: number };

/** A failure with a code is the PDF's own (bad or hostile input): final, never retried. */
export type PageProcessReply = { id: number; value: unknown } | { id: number; error: string; code?: PdfInputErrorCode };

export interface InspectResult {
  pageCount: number;
}
