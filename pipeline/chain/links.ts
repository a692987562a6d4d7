/**
 * Which letter of a bundle forwards which. A letter names the letters it forwards in its
 * สิ่งที่ส่งมาด้วย (enclosures) and อ้างถึง (references) by reference number and date; a
 * letter that names nothing in the bundle is taken to forward the letter that follows it
 * (bundles are newest first), unless the dates say that one is the newer.
 */
import type { LetterDocument } from '../../schemas/index.js';
import { editDistance } from '../thai/index.js';

export type LinkEvidence = 'enclosure' | 'reference' | 'bundle_order';

export interface ForwardingLink {
  /** index in the documents of the forwarded (older) letter */
  older: number;
  /** index of the forwarding (newer) letter */
  newer: number;
  evidence: LinkEvidence;
}

interface Citation { normalized: string; date: string | null; evidence: LinkEvidence }

function citationsOf(doc: LetterDocument): Citation[] {
  const cited: Citation[] = [];
  for (const e of doc.enclosures) if (e.reference) cited.push({ normalized: e.reference, date: e.date, evidence: 'enclosure' });
  for (const r of doc.references) if (r.normalized) cited.push({ normalized: r.normalized, date: r.date, evidence: 'reference' });
  return cited;
}

/** The office block and running number of a normalized reference: "มท 0804.6/ว 569" -> "0804.6/ว 569". */
const digitsOf = (normalized: string): string => normalized.slice(normalized.indexOf(' ') + 1);

/** Digits of a reference OCR may misread in one printing: two edits at most, the agency code alike. */
const MAX_DIGIT_EDITS = 2;

/** The same reference read twice with OCR slips: one letter of the code, or a digit or two. */
function misreadAlike(a: string, b: string): boolean {
  const codeEdits = editDistance(a.split(' ')[0] ?? '', b.split(' ')[0] ?? '');
  const digitEdits = editDistance(digitsOf(a), digitsOf(b));
  return (codeEdits === 1 && digitEdits === 0) || (codeEdits === 0 && digitEdits > 0 && digitEdits <= MAX_DIGIT_EDITS);
}

/**
 * The bundle letter a citation names: same reference number, and same date when both are
 * known. A reference misread in one of its printings (one letter of the code, or up to two
 * digits) still matches when the dates agree.
 */
function citedIndex(documents: LetterDocument[], citation: Citation, citing: number): number {
  const others = documents.map((d, i) => ({ d, i })).filter(({ d, i }) => i !== citing && d.reference);
  const exact = others.filter(({ d }) => d.reference!.normalized === citation.normalized);
  const dated = exact.find(({ d }) => citation.date !== null && d.date?.iso === citation.date);
  const misread = others.find(({ d }) => citation.date !== null && d.date?.iso === citation.date && misreadAlike(d.reference!.normalized, citation.normalized));
  return (dated ?? exact[0] ?? misread)?.i ?? -1;
}

const isLetter = (d: LetterDocument): boolean => d.reference !== null && d.kind !== 'attachment';

/** Older date not after the newer one (unknown dates do not contradict). */
function datesAllow(older: LetterDocument, newer: LetterDocument): boolean {
  return !older.date || !newer.date || older.date.iso <= newer.date.iso;
}

function citationLinks(documents: LetterDocument[]): ForwardingLink[] {
  const links: ForwardingLink[] = [];
  documents.forEach((doc, newer) => {
    if (!isLetter(doc)) return;
    for (const citation of citationsOf(doc)) {
      const older = citedIndex(documents, citation, newer);
      if (older >= 0 && !links.some((l) => l.older === older && l.newer === newer)) {
        links.push({ older, newer, evidence: citation.evidence });
      }
    }
  });
  return links;
}

/**
 * Adjacent letters that no citation links: the second forwarded by the first (bundles are
 * newest first), or the other way round when the dates say the second is the newer. Never a
 * pair already linked, either way: that would close a loop and leave no newest letter.
 */
function bundleOrderLinks(documents: LetterDocument[], cited: ForwardingLink[]): ForwardingLink[] {
  const links = [...cited];
  const letters = documents.map((d, i) => ({ d, i })).filter(({ d }) => isLetter(d));
  const linked = (a: number, b: number) => links.some((l) => (l.newer === a && l.older === b) || (l.newer === b && l.older === a));
  const free = (newer: number, older: number) =>
    !linked(newer, older) && !links.some((l) => l.newer === newer) && !links.some((l) => l.older === older);
  letters.slice(0, -1).forEach(({ d: first, i: a }, n) => {
    const { d: second, i: b } = letters[n + 1]!;
    if (free(a, b) && datesAllow(second, first)) links.push({ older: b, newer: a, evidence: 'bundle_order' });
    else if (free(b, a) && datesAllow(first, second)) links.push({ older: a, newer: b, evidence: 'bundle_order' });
  });
  return links.slice(cited.length);
}

export function forwardingLinks(documents: LetterDocument[]): ForwardingLink[] {
  const cited = citationLinks(documents);
  return [...cited, ...bundleOrderLinks(documents, cited)];
}
