/**
 * A letter whose running number was filled in by hand and could not be read keeps its printed
 * prefix ("กท 0406/", number null). When another letter of the bundle cites it (อ้างถึง,
 * สิ่งที่ส่งมาด้วย) by a number with that very prefix and the letter's own date, that citation
 * gives the number, with a warning naming it (and the agency code, where OCR read a letter of the
 * prefix's code as a digit, "ส8 0203.2/", or as a look-alike, "บท 0226/"). Where the letter's date line shows its day and
 * month but not its year, those are its date to compare: the bundle's cross-check then dates it
 * from the citation too.
 */
import type { LetterDocument, ReferenceNumber } from '../../schemas/index.js';
import { CONSONANTS } from '../thai/index.js';
import { looseHeader } from './cross-check/partial-readings.js';
import { agencyGroupOf } from './issuer-level.js';
import { isUnreadCode, lookalikeCodes, parseReferenceNumber } from './reference.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * What of the letter's date a citation's must match: the whole date, or "-MM-DD" where only the
 * day and month are read; null when neither is.
 */
function dateToMatch(doc: LetterDocument): string | null {
  if (doc.date) return doc.date.iso;
  const shown = looseHeader(doc.text, doc.reference?.raw).date;
  return shown !== null && shown.year === null ? `-${pad(shown.month)}-${pad(shown.day)}` : null;
}

const CONSONANT = new RegExp(`[${CONSONANTS}]`, 'u');

/**
 * Whether a cited number has the letter's printed prefix. Where OCR read one letter of the
 * prefix's code as a digit or a sign ("ก1 0406/" for กท 0406/), the letter it did read must be
 * the cited code's, in its place; where it read a code no agency has, the cited code must be
 * one a look-alike letter gives (lookalikeCodes: "บท 0226/" for มท 0226/). The cited code must
 * be a known one.
 */
function hasPrefix(cited: string, prefix: ReferenceNumber): boolean {
  if (cited.startsWith(prefix.normalized)) return true;
  const code = [...prefix.agencyCode];
  const citedCode = cited.slice(0, cited.indexOf(' '));
  const sameUnit = cited.slice(citedCode.length).startsWith(prefix.normalized.slice(prefix.agencyCode.length));
  if (code.length !== 2 || agencyGroupOf(citedCode) === null || !sameUnit) return false;
  if (isUnreadCode(prefix.agencyCode)) {
    const read = code.flatMap((c, i) => (CONSONANT.test(c) ? [c === citedCode[i]] : []));
    return read.length > 0 && read.every(Boolean);
  }
  return agencyGroupOf(prefix.agencyCode) === null && lookalikeCodes(prefix.agencyCode).includes(citedCode);
}

/** As trusted as any number taken from a citation (see reconcile.ts). */
const CITED_NUMBER_CONFIDENCE = 0.5;

export function completeUnreadNumbers(documents: LetterDocument[]): void {
  const citations = documents.flatMap((owner) => [
    ...owner.references.map((r) => ({ owner, normalized: r.normalized, date: r.date })),
    ...owner.enclosures.map((e) => ({ owner, normalized: e.reference, date: e.date })),
  ]);
  for (const doc of documents) {
    const prefix = doc.reference?.number === null ? doc.reference : null;
    const date = prefix === null ? null : dateToMatch(doc);
    if (prefix === null || date === null) continue;
    const matches = citations.filter((c) => c.owner !== doc && c.date?.endsWith(date) && c.normalized !== null && hasPrefix(c.normalized, prefix));
    const numbers = [...new Set(matches.map((c) => c.normalized))];
    const reference = numbers.length === 1 && numbers[0] ? parseReferenceNumber(numbers[0]) : null;
    if (!reference || reference.number === null) continue;
    const codeUnread = reference.agencyCode !== prefix.agencyCode;
    const dated = doc.date ? "this letter's date" : "this letter's day and month (its year unread)";
    doc.reference = { ...reference, raw: `${doc.reference?.raw ?? ''}${reference.number}` };
    doc.confidence.reference = CITED_NUMBER_CONFIDENCE;
    doc.warnings = doc.warnings.filter((w) => !(w.code === 'handwritten-number-unread' && w.field === 'reference'));
    doc.warnings.push({
      code: 'reference-from-citation',
      field: 'reference',
      message: `the running number filled in by hand could not be read${codeUnread ? `, nor the agency code of "${prefix.raw}"` : ''}; ${reference.normalized} is the number another letter of the bundle cites with ${dated}`,
    });
  }
}
