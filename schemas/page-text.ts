/**
 * The text of one page as the pdf and ocr stages hand it to the parser.
 * It crosses process boundaries (queue jobs), so it is a schema too.
 */
import { z } from 'zod';
import { PageMethod, Warning } from './result.js';

/** A blank of the printed letter filled in by hand or stamp, read apart from the print (OCR). */
export const HandwrittenField = z.object({
  kind: z.enum(['reference-number', 'date-day', 'date-stamp', 'receipt-number']).describe('the running number after ที่ .../, the day of วันที่, a rubber date stamp (its text the whole date), or the register number of a receipt stamp'),
  text: z.string().nullable().describe('the digits as written (Thai or Arabic); null when they could not be read surely'),
  confidence: z.number().min(0).max(1),
  ink: z.enum(['colour', 'black']).describe('coloured ink (pen, stamp) read apart from the print, or black ink among it'),
});
export type HandwrittenField = z.infer<typeof HandwrittenField>;

export const PageText = z.object({
  number: z.number().int().min(1).describe('1-based page number in the PDF'),
  method: PageMethod,
  lines: z.array(z.string()).describe('lines in reading order, Thai text already repaired'),
  warnings: z.array(Warning),
  confidence: z.number().min(0).max(1).optional().describe('mean OCR confidence of the page, 0..1'),
  fields: z.array(HandwrittenField).optional().describe('blanks filled in by hand or stamp, read apart from the print (OCR pages)'),
});

export type PageText = z.infer<typeof PageText>;

/**
 * What a PDF's text layer is taken for. auto: real text layers are read, an old OCR layer (text
 * invisible or hidden under a scanned page image) is not and the page is read by OCR; trust:
 * every usable text layer is read; ocr: every page is read by OCR.
 */
export const TextLayerPolicy = z.enum(['auto', 'trust', 'ocr']);
export type TextLayerPolicy = z.infer<typeof TextLayerPolicy>;
