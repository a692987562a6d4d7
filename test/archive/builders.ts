/** Small schema-valid results for archive tests, with only the fields a test cares about set. */
import { createHash } from 'node:crypto';
import { type LetterDocument, type ProcessingResult, SCHEMA_VERSION } from '../../schemas/index.js';

export interface LetterSpec {
  reference: string | null;
  date?: string | null;
  subject?: string;
  issuer?: string;
  level?: LetterDocument['issuer']['level'];
  kind?: LetterDocument['kind'];
  urgency?: LetterDocument['urgency'];
  text?: string;
  encloses?: Array<{ reference: string; date: string | null }>;
  cites?: Array<{ reference: string; date: string | null }>;
}

export function letter(spec: LetterSpec): LetterDocument {
  const reference = spec.reference;
  const [code, rest] = reference ? [reference.slice(0, 2), reference.slice(3)] : ['', ''];
  const date = spec.date ?? null;
  return {
    pages: { first: 1, last: 1 },
    kind: spec.kind ?? 'external_letter',
    urgency: spec.urgency ?? null,
    secrecy: null,
    reference: reference
      ? {
          raw: reference,
          normalized: reference,
          agencyCode: code,
          unit: rest.split('/')[0]!,
          circular: rest.includes('/ว'),
          number: rest.split(/\/(?:ว )?/u)[1]!,
        }
      : null,
    date: date ? { raw: date, iso: date, buddhistYear: Number(date.slice(0, 4)) + 543 } : null,
    issuer: { name: spec.issuer ?? null, level: spec.level ?? 'other' },
    subject: spec.subject ?? null,
    addressee: null,
    references: (spec.cites ?? []).map((c) => ({ raw: c.reference, normalized: c.reference, date: c.date })),
    enclosures: (spec.encloses ?? []).map((e) => ({ text: e.reference, reference: e.reference, date: e.date })),
    signatory: null,
    contact: null,
    copies: [],
    receiptStamps: [],
    body: spec.text ?? '',
    text: spec.text ?? spec.subject ?? '',
    confidence: {},
    warnings: [],
  };
}

/** A result holding `documents` in bundle order, its source hash derived from `name`. */
export function result(name: string, documents: LetterDocument[], chain: string[] = []): ProcessingResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { file: `${name}.pdf`, sha256: createHash('sha256').update(name).digest('hex'), pageCount: documents.length },
    pages: documents.map((_, index) => ({ number: index + 1, method: 'text', warnings: [] })),
    documents: documents.map((document, index) => ({ ...document, pages: { first: index + 1, last: index + 1 } })),
    chain,
    revision: 0,
    corrections: [],
  };
}
