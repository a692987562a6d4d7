/**
 * Field-by-field comparison of a result with its ground truth. Pure, so the
 * scoring rules are tested and the same for every variant (digital, scan).
 */
import type { LetterDocument, ProcessingResult } from '../../schemas/index.js';
import type { Truth, TruthDocument } from './truth.js';

export const FIELDS = [
  'documents',
  'kind',
  'urgency',
  'reference',
  'date',
  'subject',
  'addressee',
  'references',
  'enclosures',
  'signatory',
  'level',
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldOutcome {
  field: Field;
  ok: boolean;
  expected: unknown;
  actual: unknown;
  document: number;
}

/** Spacing is layout, not content: compare text with runs of whitespace collapsed. */
export const squash = (text: string | null | undefined): string | null =>
  text == null ? null : text.replace(/\s+/g, ' ').trim();

/** The predicted document that starts on the truth document's first page, if any. */
function aligned(result: ProcessingResult, truth: TruthDocument): LetterDocument | undefined {
  return result.documents.find((d) => d.pages.first === truth.pages[0]);
}

function fieldValues(field: Exclude<Field, 'documents'>, t: TruthDocument, d: LetterDocument | undefined) {
  switch (field) {
    case 'kind':
      return [t.kind, d?.kind];
    case 'urgency':
      return [t.urgency, d?.urgency];
    case 'reference':
      return [t.reference?.normalized ?? null, d?.reference?.normalized ?? null];
    case 'date':
      return [t.date, d?.date?.iso ?? null];
    case 'subject':
      return [squash(t.subject), squash(d?.subject)];
    case 'addressee':
      return [squash(t.addressee), squash(d?.addressee)];
    case 'references':
      return [
        t.references.map((r) => [r.reference_normalized, r.date]),
        d?.references.map((r) => [r.normalized, r.date]),
      ];
    case 'enclosures':
      return [
        t.enclosures.map((e) => [squash(e.text), e.reference_normalized, e.date]),
        d?.enclosures.map((e) => [squash(e.text), e.reference, e.date]),
      ];
    case 'signatory':
      return [t.signatory?.name ?? null, d?.signatory?.name ?? null];
    case 'level':
      return [t.level, d?.issuer.level];
  }
}

export function compareDocuments(result: ProcessingResult, truth: Truth): FieldOutcome[] {
  const outcomes: FieldOutcome[] = [];
  truth.documents.forEach((t, document) => {
    const d = aligned(result, t);
    const span = d ? [d.pages.first, d.pages.last] : null;
    outcomes.push({ field: 'documents', ok: equal(t.pages, span), expected: t.pages, actual: span, document });
    for (const field of FIELDS) {
      if (field === 'documents') continue;
      const [expected, actual] = fieldValues(field, t, d);
      outcomes.push({ field, ok: equal(expected, actual), expected, actual, document });
    }
  });
  return outcomes;
}

export const chainMatches = (result: ProcessingResult, truth: Truth): boolean => equal(truth.chain, result.chain);

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
