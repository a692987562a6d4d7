/**
 * Reading a PDF's text layer page by page: assemble lines from the item geometry, repair what
 * can be repaired with certainty (also a font that maps า to ำ, when the Thai dictionary makes
 * the repair sure), and send the page to OCR when the layer is missing or broken.
 */
import type { PageText, TextLayerPolicy, Warning } from '../../schemas/index.js';
import { repairSaraAaLayer, type SaraAaRepair } from '../thai/index.js';
import { repairLine } from './letter-spacing.js';
import { assembleLines, lineText, type TextLine } from './line-assembly.js';
import { openPdfDocument, type PDFDocumentProxy } from './open-document.js';
import { pdfLibPage } from './pdf-lib-document.js';
import { judgeTextLayerOrigin } from './text-layer-origin.js';
import { judgeTextLayer } from './text-layer-quality.js';
import { toFragments, type PositionedText } from './text-fragments.js';

/** Before/after samples in warnings are cut to this many characters around the first change. */
const SAMPLE_LENGTH = 60;

/**
 * The page's text from its text layer, or an 'ocr-needed' page saying why not: the policy asks
 * for OCR, the layer is an old OCR layer (policy auto), or it is missing or broken.
 */
export async function readPageText(doc: PDFDocumentProxy, pageNumber: number, policy: TextLayerPolicy = 'auto'): Promise<PageText> {
  if (policy === 'ocr') {
    return ocrNeeded(pageNumber, { code: 'text-layer-ignored', message: 'text layers are not read (--text-layer ocr): the page is read by OCR' });
  }
  let lines: TextLine[];
  try {
    const page = await doc.getPage(pageNumber);
    const content = await page.getTextContent();
    page.cleanup();
    const items: PositionedText[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
    lines = assembleLines(toFragments(items));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return ocrNeeded(pageNumber, { code: 'text-layer-unreadable', message: `the page's text layer could not be read: ${reason}` });
  }
  if (policy === 'auto' && lines.length > 0) {
    const page = await pdfLibPage(doc, pageNumber);
    const origin = page ? judgeTextLayerOrigin(page) : { oldOcr: false as const };
    if (origin.oldOcr) return ocrNeeded(pageNumber, { code: 'text-layer-old-ocr', message: origin.reason });
  }
  const { texts, warnings } = repairLines(lines);
  const saraAa = repairSaraAaLayer(texts);
  if (saraAa) warnings.push(saraAaWarning(texts, saraAa));
  const verdict = judgeTextLayer(saraAa?.lines ?? texts);
  if (!verdict.usable) return ocrNeeded(pageNumber, { code: verdict.code, message: verdict.reason });
  return { number: pageNumber, method: 'text', lines: saraAa?.lines ?? texts, warnings };
}

/** The sara aa repair as a warning, with the first repaired line as its sample. */
function saraAaWarning(before: string[], repair: SaraAaRepair): Warning {
  const at = repair.lines.findIndex((line, i) => line !== before[i]);
  const message = `the font maps sara aa (า) to sara am (ำ): ${repair.repaired} read as า with the Thai dictionary (the page cuts into words at ${repair.costBefore.toFixed(2)} nats a letter as printed, ${repair.costAfter.toFixed(2)} repaired)`;
  return sample(message, before[at] ?? '', repair.lines[at] ?? '');
}

function ocrNeeded(pageNumber: number, warning: Warning): PageText {
  return { number: pageNumber, method: 'ocr-needed', lines: [], warnings: [warning] };
}

/** Repairs every line; one warning per kind of repair, with the first repaired line as sample. */
function repairLines(lines: readonly TextLine[]): { texts: string[]; warnings: Warning[] } {
  const texts: string[] = [];
  let characterSample: Warning | undefined;
  let spacingSample: Warning | undefined;
  let rejoinedLines = 0;
  for (const line of lines) {
    const raw = lineText(line);
    const { text, rejoined } = repairLine(line);
    texts.push(text);
    if (rejoined > 0) {
      rejoinedLines++;
      spacingSample ??= sample('Thai words cut apart by letter spacing or justification rejoined', raw, text);
    } else if (text !== raw) {
      characterSample ??= sample('Thai characters repaired (presentation forms, split sara am, mark order)', raw, text);
    }
  }
  const warnings = [characterSample, spacingSample].filter((w): w is Warning => w !== undefined);
  if (spacingSample) spacingSample.message = `${spacingSample.message} in ${rejoinedLines} line(s)`;
  return { texts, warnings };
}

function sample(message: string, before: string, after: string): Warning {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const from = Math.max(0, start - SAMPLE_LENGTH / 4);
  return {
    code: 'text-layer-repaired',
    message,
    before: before.slice(from, from + SAMPLE_LENGTH),
    after: after.slice(from, from + SAMPLE_LENGTH),
  };
}

export async function readPdfText(bytes: Uint8Array, policy: TextLayerPolicy = 'auto'): Promise<{ pageCount: number; pages: PageText[] }> {
  const doc = await openPdfDocument(bytes);
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPageText(doc, n, policy));
    return { pageCount: doc.numPages, pages };
  } finally {
    await doc.destroy();
  }
}
