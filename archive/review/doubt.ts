/**
 * How doubtful a machine reading is, for the review queue (most doubtful first): fields read
 * with little confidence and the fields warnings are about. Attachments are not letters and
 * are not reviewed; fields a kind of document does not have (an order has no เรียน) are not
 * doubtful for being empty.
 */
import type { DocumentKind, LetterDocument } from '../../schemas/index.js';

/** Below this a field is shown for review (a text layer reads 1, OCR at most 0.8). */
export const CONFIDENT = 0.9;
const WARNING_WEIGHT = 0.25;
/** The confidence key of the issuer's level is corrected as the issuer. */
const FIELD_OF: Record<string, string> = { issuerLevel: 'issuer' };
const ABSENT_BY_KIND: Partial<Record<DocumentKind, readonly string[]>> = {
  order: ['addressee'],
  announcement: ['addressee'],
};

export interface Doubt {
  score: number;
  fields: string[];
}

export function doubtOf(document: LetterDocument): Doubt {
  if (document.kind === 'attachment') return { score: 0, fields: [] };
  const absent = ABSENT_BY_KIND[document.kind] ?? [];
  const fields = new Set<string>();
  let score = 0;
  for (const [key, confidence] of Object.entries(document.confidence)) {
    if (confidence >= CONFIDENT || absent.includes(key)) continue;
    fields.add(FIELD_OF[key] ?? key);
    score += 1 - confidence;
  }
  for (const warning of document.warnings) {
    score += WARNING_WEIGHT;
    if (warning.field) fields.add(FIELD_OF[warning.field] ?? warning.field);
  }
  return { score: Math.round(score * 1000) / 1000, fields: [...fields] };
}
