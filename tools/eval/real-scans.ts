/**
 * Real office scans with truths read off the page (the real-dev format: NAME.pdf beside
 * NAME.truth.json, see ../shared/real-dev/README.md), scored as the project is judged on real
 * scans: kind, urgency, reference (normalized), date (ISO), subject (exact, spaces ignored),
 * receipt-stamp number and date, no run of leader dots in a field; handwritten references and
 * dates counted apart. Fields the truth lists as illegible are not scored. The truth's header
 * lines give a text error rate on real scans (scoreHeaderLines).
 */
import { z } from 'zod';
import type { LetterDocument, ProcessingResult } from '../../schemas/index.js';
import { toArabicDigits } from '../../pipeline/thai/index.js';
import { stretchDistance } from './cer.js';

const RealDocument = z.object({
  pages: z.object({ first: z.number(), last: z.number() }),
  kind: z.string(),
  urgency: z.string().nullable().optional(),
  reference: z.object({ normalized: z.string().nullable(), handwritten: z.string() }).nullable().optional(),
  date: z.object({ iso: z.string().nullable(), handwritten: z.string() }).nullable().optional(),
  subject: z.string().nullable().optional(),
  receipt_stamps: z.array(z.object({ number: z.string().nullable(), date: z.string().nullable() })).optional(),
  illegible: z.array(z.string()).optional(),
});

export const RealTruth = z.object({
  name: z.string(),
  pages: z.number(),
  documents: z.array(RealDocument),
  /** The first lines of the first document as a person reads them. */
  header_lines: z.array(z.string()).optional(),
});
export type RealTruth = z.infer<typeof RealTruth>;

export const REAL_FIELDS = ['kind', 'urgency', 'reference', 'date', 'subject', 'stampNumber', 'stampDate', 'leaders'] as const;
export type RealField = (typeof REAL_FIELDS)[number];

export interface RealOutcome {
  document: number;
  field: RealField;
  ok: boolean;
  /** The truth says the value was added by hand (pen or hand stamp) after printing. */
  handwritten: boolean;
  expected: unknown;
  actual: unknown;
}

const bare = (s: string | null | undefined): string => toArabicDigits((s ?? '').normalize('NFC').replace(/\u0E4D\u0E32/g, '\u0E33')).replace(/\s+/g, '');
const referenceKey = (s: string | null | undefined): string | null => (s == null ? null : bare(s).replace(/^ที่/u, ''));
const LEADER_RUN = /[.…_]{4,}/;

export function scoreRealScan(result: ProcessingResult, truth: RealTruth): RealOutcome[] {
  const outcomes: RealOutcome[] = [];
  truth.documents.forEach((want, index) => {
    const got: Partial<LetterDocument> = result.documents.find((d) => d.pages.first <= want.pages.first && d.pages.last >= want.pages.first) ?? {};
    const illegible = want.illegible ?? [];
    const check = (field: RealField, ok: boolean, expected: unknown, actual: unknown, handwritten = false) =>
      outcomes.push({ document: index, field, ok, handwritten, expected, actual });
    const letter = want.kind !== 'attachment' && want.kind !== 'unknown';
    check('kind', letter ? got.kind === want.kind : got.kind === undefined || got.kind === 'attachment' || got.kind === 'unknown', want.kind, got.kind);
    if (!letter) return;
    check('urgency', (want.urgency ?? null) === (got.urgency ?? null), want.urgency ?? null, got.urgency ?? null);
    if (!illegible.some((f) => f.startsWith('reference'))) {
      const expected = want.reference?.normalized ?? null;
      const actual = got.reference?.normalized ?? null;
      check('reference', referenceKey(expected) === referenceKey(actual), expected, actual, (want.reference?.handwritten ?? 'none') !== 'none');
    }
    if (!illegible.some((f) => f.startsWith('date'))) {
      const expected = want.date?.iso ?? null;
      check('date', expected === (got.date?.iso ?? null), expected, got.date?.iso ?? null, (want.date?.handwritten ?? 'none') !== 'none');
    }
    if (want.subject != null && !illegible.includes('subject')) check('subject', bare(want.subject) === bare(got.subject), want.subject, got.subject ?? null);
    const fields = JSON.stringify([got.subject, got.addressee, got.reference?.raw, got.date?.raw, got.issuer?.name]);
    check('leaders', !LEADER_RUN.test(fields), 'no leader dots', fields.match(/.{0,20}[.…_]{4,}.{0,5}/u)?.[0] ?? null);
    const stamp = want.receipt_stamps?.[0];
    const stamps = got.receiptStamps ?? [];
    if (stamp?.number != null) {
      check('stampNumber', stamps.some((s) => toArabicDigits(s.number ?? '') === toArabicDigits(stamp.number ?? '')), stamp.number, stamps.map((s) => s.number));
    }
    if (stamp?.date != null) check('stampDate', stamps.some((s) => s.date === stamp.date), stamp.date, stamps.map((s) => s.date));
  });
  return outcomes;
}

export interface HeaderScore {
  errors: number;
  /** Truth characters, '?' (illegible) not counted. */
  length: number;
  /** The first document, whose header the lines are, is a memo (บันทึกข้อความ). */
  memo: boolean;
}

/**
 * Character errors of the truth's header lines against saraban's text. Each line is aligned to
 * its best-matching stretch of the whole output text (every document's, so a wrong split is not
 * counted as text errors), line breaks and spaces removed, so a header line the OCR split over
 * lines, ran into the next or read inside a longer line is still found whole. Thai or Arabic
 * digits are equal; a '?' in the truth matches any one character or none.
 */
export function scoreHeaderLines(result: ProcessingResult, truth: RealTruth): HeaderScore {
  const text = [...bare(result.documents.map((d) => d.text).join('\n'))];
  let errors = 0;
  let length = 0;
  for (const line of truth.header_lines ?? []) {
    const want = [...bare(line)];
    errors += stretchDistance(want, text);
    length += want.filter((c) => c !== '?').length;
  }
  return { errors, length, memo: truth.documents[0]?.kind === 'internal_memo' };
}
