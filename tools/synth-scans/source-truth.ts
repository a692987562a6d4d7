/**
 * The parts of a corpus truth file (NAME.truth.json, see the shared corpus README) that the
 * generator reads to typeset a letter again. Loose objects: every field the generator does not
 * touch is written back unchanged.
 */
import { z } from 'zod';

const Signatory = z.looseObject({
  name: z.string(),
  position: z.string(),
  position_lines: z.array(z.string()),
});

const ReceiptStamp = z.looseObject({
  receiver: z.string(),
  label: z.string(),
  number_raw: z.string(),
  date_raw: z.string(),
  time_raw: z.string().nullable(),
});

export const SourceDocument = z.looseObject({
  pages: z.tuple([z.number(), z.number()]),
  kind: z.string(),
  urgency: z.string().nullable(),
  secrecy: z.string().nullable(),
  font: z.string(),
  digits: z.enum(['thai', 'arabic']),
  reference: z.looseObject({ raw: z.string(), normalized: z.string() }).nullable(),
  date_raw: z.string().nullable(),
  issuer: z.string().nullable(),
  issuer_address: z.array(z.string()).nullable().optional(),
  subject: z.string().nullable(),
  addressee: z.string().nullable(),
  references: z.array(z.looseObject({ text: z.string() })),
  enclosures: z.array(z.looseObject({ text: z.string() })),
  signatory: Signatory.nullable(),
  contact: z.array(z.string()).nullable().optional(),
  receipt_stamps: z.array(ReceiptStamp),
  /** the document's page texts joined by form feed */
  text: z.string(),
});

export const SourceTruth = z.looseObject({
  item: z.string(),
  pages: z.number(),
  documents: z.array(SourceDocument),
  chain: z.array(z.string()),
  full_text: z.string(),
});

export type SourceDocument = z.infer<typeof SourceDocument>;
export type SourceTruth = z.infer<typeof SourceTruth>;

/** A document's pages, each a list of printed lines. */
export const pageLines = (document: SourceDocument): string[][] =>
  document.text.split('\f').map((page) => page.split('\n'));
