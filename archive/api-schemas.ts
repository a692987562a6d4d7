/**
 * The archive's public shapes: request parameters (validated on every request) and
 * responses. TypeScript types come from here; the OpenAPI document is generated from here.
 */
import { z } from 'zod';
import { DocumentKind, IsoDate, IssuerLevel, LetterDocument, Urgency } from '../schemas/index.js';
import { parseDateBound } from './date-bounds.js';
import { LETTER_ID_PATTERN } from './letter-id.js';

export const LIMITS = { queryLength: 200, queryTerms: 16, referenceLength: 60, issuerLength: 120, pageSize: 100, maxPage: 500 };

/** Space-separated terms of a query: each is matched (and highlighted) on its own. */
export const countQueryTerms = (query: string): number => query.split(/\s+/).filter((term) => term !== '').length;

const DateBoundParam = z
  .string()
  .max(20)
  .refine((raw) => parseDateBound(raw, 'start') !== null, 'a year, year-month or date, Buddhist or Gregorian')
  .describe('year, year-month or date (2567, 2567-02, 5/2/2567, ก.พ. 2567, 5 กุมภาพันธ์ 2567); Buddhist or Gregorian years; Thai or Arabic digits');

export const SearchParams = z.object({
  q: z
    .string()
    .max(LIMITS.queryLength)
    .refine((query) => countQueryTerms(query) <= LIMITS.queryTerms, `at most ${LIMITS.queryTerms} separate words or numbers in one search`)
    .optional()
    .describe('Thai words (full text), or a whole reference number, which is then looked up as one'),
  ref: z
    .string()
    .max(LIMITS.referenceLength)
    .optional()
    .describe('reference number or a fragment of one, written any way ("มท ๐๘๐๔.๖/ว๕๖๙", "0804.6/ว 569")'),
  from: DateBoundParam.optional().describe('letters dated on or after the start of this period'),
  to: DateBoundParam.optional().describe('letters dated on or before the end of this period'),
  issuer: z.string().max(LIMITS.issuerLength).optional().describe('part of the issuing agency name'),
  agency: z
    .string()
    .regex(/^[ก-ฮ]{2}$/u)
    .optional()
    .describe('two-letter agency code of the reference number, e.g. มท'),
  level: IssuerLevel.optional(),
  urgency: Urgency.optional(),
  kind: DocumentKind.optional(),
  page: z.coerce.number().int().min(1).max(LIMITS.maxPage).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(20),
});
export type SearchParams = z.infer<typeof SearchParams>;

export const SnippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const LetterId = z.string().regex(LETTER_ID_PATTERN).describe('source sha256, "-", 1-based document number');
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const SourceSummary = z.object({ file: z.string(), sha256: Sha256 });

export const SearchHit = z.object({
  id: LetterId,
  reference: z.string().nullable(),
  date: IsoDate.nullable(),
  buddhistYear: z.number().int().nullable(),
  kind: DocumentKind,
  urgency: Urgency.nullable(),
  level: IssuerLevel,
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  pages: z.object({ first: z.number().int(), last: z.number().int() }),
  source: SourceSummary,
  snippet: z.array(SnippetPart).nullable().describe('best matching passage, hits marked; null without words'),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  matched: z.enum(['reference', 'words', 'word-prefixes', 'filters']).describe('how the query was read'),
  items: z.array(SearchHit),
});
export type SearchPage = z.infer<typeof SearchPage>;

export const CitationEvidence = z.enum(['bundle', 'enclosure', 'reference']);

/** A letter in a chain: a reference number with its Buddhist year, and every copy of it in the archive. */
export const ChainLetter = z.object({
  reference: z.string(),
  buddhistYear: z.number().int().nullable().describe('null when only cited without a date'),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
  level: IssuerLevel.nullable(),
  subject: z.string().nullable(),
  letterIds: z.array(LetterId).describe('copies in the archive; empty when cited but not archived'),
  evidence: CitationEvidence.nullable().describe('how this letter cites the one above it'),
});
export type ChainLetter = z.infer<typeof ChainLetter>;

export const ChainNode = ChainLetter.extend({
  get children(): z.ZodArray<typeof ChainNode> {
    return ChainNodes;
  },
});
/** One shared instance, so the JSON Schema of the recursion is a plain reference to ChainNode. */
export const ChainNodes: z.ZodArray<typeof ChainNode> = z.array(ChainNode);
export type ChainNode = z.infer<typeof ChainNode>;

export const ChainView = z.object({
  path: z.array(ChainLetter).describe('from the origin down to the letter asked about'),
  tree: ChainNode.describe('everything that forwarded the origin onward'),
  truncated: z.boolean().describe('the tree hit its size limit'),
});
export type ChainView = z.infer<typeof ChainView>;

export const LetterRecord = z.object({
  id: LetterId,
  source: z.object({ file: z.string(), sha256: Sha256, pageCount: z.number().int(), chain: z.array(z.string()) }),
  position: z.number().int().describe('1-based place of the document in its source'),
  document: LetterDocument,
  originalAvailable: z.boolean().describe('the source PDF is in the content store'),
});
export type LetterRecord = z.infer<typeof LetterRecord>;

export const ApiError = z.object({ error: z.string(), issues: z.array(z.string()).optional() });
