/** The corpus ground-truth format (NAME.truth.json), read with zod so a malformed file fails loudly. */
import { z } from 'zod';

const TruthReference = z.object({ normalized: z.string() }).nullable();

export const TruthDocument = z.object({
  pages: z.tuple([z.number(), z.number()]),
  kind: z.string(),
  level: z.string(),
  urgency: z.string().nullable(),
  reference: TruthReference,
  date: z.string().nullable(),
  subject: z.string().nullable(),
  addressee: z.string().nullable(),
  references: z.array(z.object({ reference_normalized: z.string().nullable(), date: z.string().nullable() })),
  enclosures: z.array(
    z.object({ text: z.string(), reference_normalized: z.string().nullable(), date: z.string().nullable() }),
  ),
  signatory: z.object({ name: z.string() }).nullable(),
});

export const Truth = z.object({
  item: z.string(),
  pages: z.number(),
  documents: z.array(TruthDocument),
  chain: z.array(z.string()),
  full_text: z.string(),
});

export type TruthDocument = z.infer<typeof TruthDocument>;
export type Truth = z.infer<typeof Truth>;
