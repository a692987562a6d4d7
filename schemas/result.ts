/**
 * The result of reading one PDF: the contract with downstream systems.
 * Every TypeScript type for these shapes comes from here via z.infer.
 * Field names are a published contract: add fields freely, never rename.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO 8601 Gregorian date');
export const ClockTime = z.string().regex(/^\d{2}:\d{2}$/).describe('24-hour time HH:MM');

export const Warning = z.object({
  code: z.string().describe('machine-readable kind of warning, e.g. "text-layer-repaired"'),
  message: z.string(),
  field: z.string().optional().describe('the document field the warning is about'),
  before: z.string().optional(),
  after: z.string().optional(),
});

export const PageMethod = z.enum(['text', 'ocr', 'ocr-needed']);

export const Page = z.object({
  number: z.number().int().min(1),
  method: PageMethod,
  warnings: z.array(Warning),
});

export const DocumentKind = z.enum([
  'external_letter',
  'internal_memo',
  'stamped_letter',
  'order',
  'announcement',
  'message_form',
  'attachment',
  'unknown',
]);

export const Urgency = z.enum(['ด่วนที่สุด', 'ด่วนมาก', 'ด่วน']);
export const Secrecy = z.enum(['ลับที่สุด', 'ลับมาก', 'ลับ', 'ปกปิด']);
export const IssuerLevel = z.enum(['ministry', 'department', 'province', 'district', 'local', 'other']);

export const ReferenceNumber = z.object({
  raw: z.string().describe('as printed'),
  normalized: z.string().describe('Arabic digits, e.g. "มท 0804.6/ว 569"'),
  agencyCode: z.string().describe('two Thai letters, e.g. "มท"'),
  unit: z.string().describe('office number block, e.g. "0804.6"'),
  circular: z.boolean().describe('a circular (ว) number'),
  number: z.string().nullable().describe('running number in Arabic digits; null when it was filled in by hand or stamp and could not be read (the printed prefix stays in raw)'),
});

export const LetterDate = z.object({
  raw: z.string(),
  iso: IsoDate,
  buddhistYear: z.number().int(),
});

export const Issuer = z.object({
  name: z.string().nullable(),
  level: IssuerLevel,
});

export const CitedLetter = z.object({
  raw: z.string(),
  normalized: z.string().nullable().describe('normalized reference number of the cited letter'),
  date: IsoDate.nullable(),
});

export const Enclosure = z.object({
  text: z.string(),
  reference: z.string().nullable().describe('normalized reference number the enclosure cites'),
  date: IsoDate.nullable(),
});

export const Signatory = z.object({
  name: z.string().nullable().describe('full name without parentheses'),
  position: z.string().nullable().describe('position lines joined by a space'),
  positionLines: z.array(z.string()),
  acting: z.string().nullable().describe('acting phrase such as ปฏิบัติราชการแทน, or null'),
});

export const Contact = z.object({
  unit: z.string().nullable(),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  email: z.string().nullable(),
});

export const ReceiptStamp = z.object({
  receiver: z.string().nullable(),
  label: z.string().nullable().describe('เลขรับ or เลขที่ as printed'),
  number: z.string().nullable().describe('receipt register number, Arabic digits'),
  date: IsoDate.nullable(),
  time: ClockTime.nullable(),
  raw: z.string(),
});

export const LetterDocument = z.object({
  pages: z.object({ first: z.number().int().min(1), last: z.number().int().min(1) }),
  kind: DocumentKind,
  urgency: Urgency.nullable(),
  secrecy: Secrecy.nullable(),
  reference: ReferenceNumber.nullable(),
  date: LetterDate.nullable(),
  issuer: Issuer,
  subject: z.string().nullable(),
  addressee: z.string().nullable(),
  references: z.array(CitedLetter),
  enclosures: z.array(Enclosure),
  signatory: Signatory.nullable(),
  contact: Contact.nullable(),
  copies: z.array(z.string()),
  receiptStamps: z.array(ReceiptStamp),
  body: z.string(),
  text: z.string().describe("the letter's full text after repair, digits as printed"),
  confidence: z.record(z.string(), z.number().min(0).max(1)).describe('per-field confidence 0..1'),
  warnings: z.array(Warning),
});

/**
 * A correction of one field of one document: the value before and after, in the field's own
 * shape. Fields a person can correct are listed here; the rest are the machine's alone.
 */
export const FieldCorrection = z.discriminatedUnion('field', [
  z.object({ field: z.literal('reference'), before: ReferenceNumber.nullable(), after: ReferenceNumber.nullable() }),
  z.object({ field: z.literal('date'), before: LetterDate.nullable(), after: LetterDate.nullable() }),
  z.object({ field: z.literal('subject'), before: z.string().nullable(), after: z.string().nullable() }),
  z.object({ field: z.literal('addressee'), before: z.string().nullable(), after: z.string().nullable() }),
  z.object({ field: z.literal('issuer'), before: Issuer, after: Issuer }),
  z.object({ field: z.literal('urgency'), before: Urgency.nullable(), after: Urgency.nullable() }),
  z.object({ field: z.literal('kind'), before: DocumentKind, after: DocumentKind }),
  z.object({ field: z.literal('signatory'), before: Signatory.nullable(), after: Signatory.nullable() }),
  z.object({ field: z.literal('receiptStamps'), before: z.array(ReceiptStamp), after: z.array(ReceiptStamp) }),
]);

export const Revision = z.object({
  revision: z.number().int().min(1).describe('1 for the first correction of this PDF, then 2, 3, …'),
  document: z.number().int().min(1).describe('1-based place in documents of the document corrected'),
  by: z.string().describe('login of the person who made the correction'),
  at: z.string().describe('ISO 8601 time of the correction'),
  changes: z
    .array(FieldCorrection)
    .describe('each field changed, before and after; empty when a person checked the document and found nothing to change'),
});

export const ProcessingResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pageCount: z.number().int().min(0),
  }),
  pages: z.array(Page),
  documents: z.array(LetterDocument),
  chain: z.array(z.string()).describe('normalized reference numbers, origin first'),
  revision: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('0 is the machine reading; each correction a person saves makes a new revision (documents and chain then hold the corrected values)'),
  corrections: z.array(Revision).default([]).describe('the corrections on top of the machine reading, oldest first'),
});

export type Warning = z.infer<typeof Warning>;
export type PageMethod = z.infer<typeof PageMethod>;
export type Page = z.infer<typeof Page>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type Urgency = z.infer<typeof Urgency>;
export type Secrecy = z.infer<typeof Secrecy>;
export type IssuerLevel = z.infer<typeof IssuerLevel>;
export type ReferenceNumber = z.infer<typeof ReferenceNumber>;
export type LetterDate = z.infer<typeof LetterDate>;
export type Issuer = z.infer<typeof Issuer>;
export type CitedLetter = z.infer<typeof CitedLetter>;
export type Enclosure = z.infer<typeof Enclosure>;
export type Signatory = z.infer<typeof Signatory>;
export type Contact = z.infer<typeof Contact>;
export type ReceiptStamp = z.infer<typeof ReceiptStamp>;
export type FieldCorrection = z.infer<typeof FieldCorrection>;
export type Revision = z.infer<typeof Revision>;
export type LetterDocument = z.infer<typeof LetterDocument>;
export type ProcessingResult = z.infer<typeof ProcessingResult>;
/** A result as read from a file or built by hand: revision and corrections may be missing (0, none). */
export type ProcessingResultInput = z.input<typeof ProcessingResult>;
