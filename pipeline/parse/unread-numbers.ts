/**
 * A letter whose running number was filled in by hand and could not be read keeps its printed
 * prefix ("กท 0406/", number null). When another letter of the bundle cites it (อ้างถึง,
 * สิ่งที่ส่งมาด้วย) by a number with that very prefix and the letter's own date, that citation
 * gives the number, with a warning naming it.
 */
import type { LetterDocument } from '../../schemas/index.js';
import { parseReferenceNumber } from './reference.js';

/** As trusted as any number taken from a citation (see reconcile.ts). */
const CITED_NUMBER_CONFIDENCE = 0.5;

export function completeUnreadNumbers(documents: LetterDocument[]): void {
  const citations = documents.flatMap((owner) => [
    ...owner.references.map((r) => ({ owner, normalized: r.normalized, date: r.date })),
    ...owner.enclosures.map((e) => ({ owner, normalized: e.reference, date: e.date })),
  ]);
  for (const doc of documents) {
    const prefix = doc.reference?.number === null ? doc.reference.normalized : null;
    const date = doc.date?.iso;
    if (prefix === null || !date) continue;
    const matches = citations.filter((c) => c.owner !== doc && c.date === date && c.normalized?.startsWith(prefix));
    const numbers = [...new Set(matches.map((c) => c.normalized))];
    const reference = numbers.length === 1 && numbers[0] ? parseReferenceNumber(numbers[0]) : null;
    if (!reference || reference.number === null) continue;
    doc.reference = { ...reference, raw: `${doc.reference?.raw ?? ''}${reference.number}` };
    doc.confidence.reference = CITED_NUMBER_CONFIDENCE;
    doc.warnings = doc.warnings.filter((w) => !(w.code === 'handwritten-number-unread' && w.field === 'reference'));
    doc.warnings.push({
      code: 'reference-from-citation',
      field: 'reference',
      message: `the running number filled in by hand could not be read; ${reference.normalized} is the number another letter of the bundle cites with this letter's date`,
    });
  }
}
