/**
 * What the archive stores for a ProcessingResult: one row per document and the citations
 * that link letters into forwarding chains. Pure, so the mapping is testable without SQLite.
 */
import { deflateRawSync } from 'node:zlib';
import type { LetterDocument, ProcessingResult } from '../schemas/index.js';
import { compactReference, withoutCircularMarker } from './reference-query.js';
import { markWordBoundaries } from './word-index.js';

export type CitationEvidence = 'bundle' | 'enclosure' | 'reference';

export interface CitationRow {
  citedReference: string;
  /** Buddhist year of the cited letter; null when nothing tells it. */
  citedYear: number | null;
  citedDate: string | null;
  evidence: CitationEvidence;
}

export interface LetterRow {
  position: number;
  kind: string;
  urgency: string | null;
  secrecy: string | null;
  reference: string | null;
  referenceCompact: string | null;
  referenceWithoutMarker: string | null;
  agencyCode: string | null;
  date: string | null;
  buddhistYear: number | null;
  issuer: string | null;
  level: string;
  subject: string | null;
  pageFirst: number;
  pageLast: number;
  /** The document as deflated JSON: stored whole for the record page, read back with inflateDocument. */
  document: Buffer;
  searchText: { subject: string; issuer: string; addressee: string; text: string };
  citations: CitationRow[];
}

const BUDDHIST_OFFSET = 543;

export function buddhistYearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) + BUDDHIST_OFFSET;
}

export function letterRows(result: ProcessingResult): LetterRow[] {
  const bundleLinks = bundleCitations(result);
  return result.documents.map((document, position) => ({
    position,
    kind: document.kind,
    urgency: document.urgency,
    secrecy: document.secrecy,
    reference: document.reference?.normalized ?? null,
    referenceCompact: document.reference ? compactReference(document.reference.normalized) : null,
    referenceWithoutMarker: document.reference ? withoutCircularMarker(document.reference.normalized) : null,
    agencyCode: document.reference?.agencyCode ?? null,
    date: document.date?.iso ?? null,
    buddhistYear: document.date?.buddhistYear ?? null,
    issuer: document.issuer.name,
    level: document.issuer.level,
    subject: document.subject,
    pageFirst: document.pages.first,
    pageLast: document.pages.last,
    document: deflateRawSync(JSON.stringify(document)),
    searchText: {
      subject: markWordBoundaries(document.subject ?? ''),
      issuer: markWordBoundaries(document.issuer.name ?? ''),
      addressee: markWordBoundaries(document.addressee ?? ''),
      text: markWordBoundaries(document.text),
    },
    citations: dedupe([...textCitations(document), ...(bundleLinks.get(position) ?? [])]),
  }));
}

/** Citations printed in the letter: สิ่งที่ส่งมาด้วย (enclosures) and อ้างถึง (references). */
function textCitations(document: LetterDocument): CitationRow[] {
  const own = document.reference?.normalized;
  const cited = [
    ...document.enclosures.map((e) => ({ reference: e.reference, date: e.date, evidence: 'enclosure' as const })),
    ...document.references.map((r) => ({ reference: r.normalized, date: r.date, evidence: 'reference' as const })),
  ];
  return cited.flatMap(({ reference, date, evidence }) =>
    reference && reference !== own
      ? [{ citedReference: reference, citedYear: date ? buddhistYearOf(date) : null, citedDate: date, evidence }]
      : [],
  );
}

/**
 * Links the result's chain states (origin first): each entry is cited by the next one.
 * The year of a cited letter comes from its copy in the same bundle when there is one.
 */
function bundleCitations(result: ProcessingResult): Map<number, CitationRow[]> {
  const byReference = new Map<string, { position: number; date: string | null }>();
  result.documents.forEach((document, position) => {
    const reference = document.reference?.normalized;
    if (reference && !byReference.has(reference)) byReference.set(reference, { position, date: document.date?.iso ?? null });
  });
  const links = new Map<number, CitationRow[]>();
  result.chain.forEach((older, index) => {
    const newer = result.chain[index + 1];
    const citing = newer === undefined ? undefined : byReference.get(newer);
    if (!citing || older === newer) return;
    const olderDate = byReference.get(older)?.date ?? citedDateIn(result.documents[citing.position]!, older);
    const row: CitationRow = {
      citedReference: older,
      citedYear: olderDate ? buddhistYearOf(olderDate) : null,
      citedDate: olderDate,
      evidence: 'bundle',
    };
    links.set(citing.position, [...(links.get(citing.position) ?? []), row]);
  });
  return links;
}

function citedDateIn(document: LetterDocument, reference: string): string | null {
  return textCitations(document).find((c) => c.citedReference === reference)?.citedDate ?? null;
}

function dedupe(citations: CitationRow[]): CitationRow[] {
  const seen = new Map<string, CitationRow>();
  for (const citation of citations) {
    const key = `${citation.citedReference}\u0000${citation.evidence}`;
    const earlier = seen.get(key);
    if (!earlier || (earlier.citedYear === null && citation.citedYear !== null)) seen.set(key, citation);
  }
  return [...seen.values()];
}
