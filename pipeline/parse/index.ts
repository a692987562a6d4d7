/**
 * The parse stage: a bundle's pages to its letters, each with its fields extracted.
 */
import type { LetterDocument, PageText } from '../../schemas/index.js';
import { forwardingLinks } from '../chain/links.js';
import { type ParsedLetter, parseSegment, type UnreadFields } from './document.js';
import { nameAttachmentOwners } from './issuer.js';
import { type DateBounds, readReceiptStamp } from './receipt.js';
import { crossCheckBundle, dropUnreadCodes } from './cross-check/index.js';
import { parseThaiDate } from '../dates/index.js';
import { completeUnreadCitations, reconcileReferences } from './reconcile.js';
import { type LetterSegment, readBundle, splitBundle } from './split.js';
import { completeUnreadNumbers } from './unread-numbers.js';
import { receiptNumber, type StampParts } from './stamps.js';
import { layoutOf } from './wrap.js';

export { parseReferenceNumber, findReferenceNumbers } from './reference.js';
export { splitLetters, type LetterSegment, type SegmentStart } from './split.js';

const inSegment = (segment: LetterSegment, stamp: StampParts): boolean => segment.lines.includes(stamp.lines[0]!);

/** Bounds of each letter's receipt dates: its own date, and the date of the letter forwarding it. */
function receiptBounds(documents: LetterDocument[]): DateBounds[] {
  const links = forwardingLinks(documents);
  return documents.map((doc, i) => {
    const forwarders = links.filter((l) => l.older === i).map((l) => documents[l.newer]!.date?.iso);
    const dated = forwarders.filter((d): d is string => d !== undefined).sort();
    return { notBefore: doc.date?.iso ?? null, notAfter: dated[0] ?? null };
  });
}

/** A printed number is in one script: "1๑88" is what OCR made of pen ink, not a number. */
const ONE_SCRIPT = /^(?:[0-9]+|[\u0E50-\u0E59]+)$/u;

/**
 * A stamp whose number lost its label (OCR) takes the one bare number printed in the
 * letter's header, if there is exactly one such stamp and one such number. A labelled stamp
 * read by OCR without its number had it left out as unread (pipeline/ocr/receipt-numbers.ts):
 * a bare number near it is Tesseract's reading of the same ink, so it stays unread.
 */
function recoverLostNumber(letter: ParsedLetter): void {
  const { document, looseNumbers } = letter;
  const unnumbered = document.receiptStamps.filter((s) => s.number === null && !(letter.ocr && s.label !== null));
  if (unnumbered.length !== 1 || looseNumbers.length !== 1 || !ONE_SCRIPT.test(looseNumbers[0]!)) return;
  const stamp = unnumbered[0]!;
  stamp.number = receiptNumber(looseNumbers[0]!);
  document.warnings.push({
    code: 'receipt-number-inferred',
    message: `the receipt stamp has no number label; took the bare number "${looseNumbers[0]}" printed in the header`,
    field: 'receiptStamps',
    after: stamp.number ?? undefined,
  });
}

function attachReceiptStamps(parsed: ParsedLetter[]): void {
  const bounds = receiptBounds(parsed.map((p) => p.document));
  parsed.forEach((letter, i) => {
    for (const parts of letter.stamps) {
      const { stamp, warnings } = readReceiptStamp(parts, bounds[i]!);
      letter.document.receiptStamps.push(stamp);
      letter.document.warnings.push(...warnings);
    }
    recoverLostNumber(letter);
  });
}

/** The dates a letter's receipt stamps show, as read (checked against the letter later). */
function stampDatesOf(letter: ParsedLetter): string[] {
  return letter.stamps.flatMap((s) => {
    const read = s.dateRaw ? parseThaiDate(s.dateRaw) : null;
    return read?.ok ? [read.iso] : [];
  });
}

/** Splits the bundle into letters and extracts each letter's fields, in bundle order. */
export function parseDocuments(pages: PageText[]): LetterDocument[] {
  const { lines, stamps } = readBundle(pages);
  const layout = layoutOf(lines);
  const unread: UnreadFields = new Map(pages.map((p) => [p.number, new Set((p.fields ?? []).filter((f) => f.text === null).map((f) => f.kind))]));
  const parsed = splitBundle(lines, pages.map((p) => p.number)).map((segment) =>
    parseSegment(segment, stamps.filter((s) => inSegment(segment, s)), layout, unread),
  );
  const documents = parsed.map((p) => p.document);
  const ocr = new Set(parsed.filter((p) => p.ocr).map((p) => p.document));
  reconcileReferences(documents, ocr);
  // Before the cross-check, so that a letter whose year is unread is dated along with the number
  // it takes; again after it, with the citations the cross-check corrected.
  completeUnreadNumbers(documents);
  crossCheckBundle(documents, { ocr, pages, stampDates: parsed.map(stampDatesOf) });
  completeUnreadNumbers(documents);
  dropUnreadCodes(documents);
  completeUnreadCitations(documents, ocr);
  nameAttachmentOwners(documents);
  attachReceiptStamps(parsed);
  return documents;
}
