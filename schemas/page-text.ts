/**
 * The text of one page as the pdf and ocr stages hand it to the parser.
 * It crosses process boundaries (queue jobs), so it is a schema too.
 */
import { z } from 'zod';
import { PageMethod, Warning } from './result.js';

export const PageText = z.object({
  number: z.number().int().min(1).describe('1-based page number in the PDF'),
  method: PageMethod,
  lines: z.array(z.string()).describe('lines in reading order, Thai text already repaired'),
  warnings: z.array(Warning),
  confidence: z.number().min(0).max(1).optional().describe('mean OCR confidence of the page, 0..1'),
});

export type PageText = z.infer<typeof PageText>;

/**
 * What a PDF's text layer is taken for. auto: real text layers are read, an old OCR layer (text
 * invisible or hidden under a scanned page image) is not and the page is read by OCR; trust:
 * every usable text layer is read; ocr: every page is read by OCR.
 */
export const TextLayerPolicy = z.enum(['auto', 'trust', 'ocr']);
export type TextLayerPolicy = z.infer<typeof TextLayerPolicy>;
