/**
 * Turns corpus ground truth (NAME.truth.json) into ProcessingResult JSON, so the archive can
 * be tested before the pipeline produces results, and with exactly known contents.
 * usage: node dist/tools/truth-to-result.js OUT_DIR TRUTH.json [TRUTH.json ...] [--max-text N]
 * The source sha256 is that of NAME.digital.pdf next to the truth file when present.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type LetterDocument, ProcessingResult, SCHEMA_VERSION } from '../schemas/index.js';

interface TruthReference {
  raw: string;
  normalized: string;
  agency_code: string;
  circular: boolean;
  number: string;
}

interface TruthDocument {
  pages: [number, number];
  kind: LetterDocument['kind'];
  level: LetterDocument['issuer']['level'];
  urgency: LetterDocument['urgency'];
  secrecy: LetterDocument['secrecy'];
  reference: TruthReference | null;
  date: string | null;
  date_raw: string | null;
  issuer: string | null;
  subject: string | null;
  addressee: string | null;
  references: Array<{ text: string; reference_normalized: string | null; date: string | null }>;
  enclosures: Array<{ text: string; reference_normalized: string | null; date: string | null }>;
  signatory: { name: string | null; position: string | null; position_lines: string[] } | null;
  contact?: string[] | null;
  receipt_stamps: Array<{
    receiver: string | null;
    label: string | null;
    number: string | null;
    number_raw: string | null;
    date: string | null;
    date_raw: string | null;
    time: string | null;
    time_raw: string | null;
  }>;
  text: string;
}

interface Truth {
  item: string;
  pages: number;
  documents: TruthDocument[];
  chain: string[];
}

const ACTING = /ปฏิบัติราชการแทน|รักษาราชการแทน|รักษาการในตำแหน่ง/u;

export function truthToResult(truth: Truth, sha256: string, maxText = Infinity): ProcessingResult {
  return ProcessingResult.parse({
    schemaVersion: SCHEMA_VERSION,
    source: { file: `${truth.item}.digital.pdf`, sha256, pageCount: truth.pages },
    pages: Array.from({ length: truth.pages }, (_, index) => ({ number: index + 1, method: 'text', warnings: [] })),
    documents: truth.documents.map((document) => toDocument(document, maxText)),
    chain: truth.chain,
  });
}

function toDocument(truth: TruthDocument, maxText: number): LetterDocument {
  const text = truth.text.length > maxText ? truth.text.slice(0, maxText) : truth.text;
  return {
    pages: { first: truth.pages[0], last: truth.pages[1] },
    kind: truth.kind,
    urgency: truth.urgency,
    secrecy: truth.secrecy,
    reference: truth.reference && {
      raw: truth.reference.raw,
      normalized: truth.reference.normalized,
      agencyCode: truth.reference.agency_code,
      unit: truth.reference.normalized.split(' ')[1]!.split('/')[0]!,
      circular: truth.reference.circular,
      number: truth.reference.number,
    },
    date:
      truth.date && truth.date_raw
        ? { raw: truth.date_raw, iso: truth.date, buddhistYear: Number(truth.date.slice(0, 4)) + 543 }
        : null,
    issuer: { name: truth.issuer, level: truth.level },
    subject: truth.subject,
    addressee: truth.addressee,
    references: truth.references.map((r) => ({ raw: r.text, normalized: r.reference_normalized, date: r.date })),
    enclosures: truth.enclosures.map((e) => ({ text: e.text, reference: e.reference_normalized, date: e.date })),
    signatory: truth.signatory && {
      name: truth.signatory.name,
      position: truth.signatory.position,
      positionLines: truth.signatory.position_lines,
      acting: truth.signatory.position?.match(ACTING)?.[0] ?? null,
    },
    contact: truth.contact ? { unit: truth.contact.join(' '), phone: null, fax: null, email: null } : null,
    copies: [],
    receiptStamps: truth.receipt_stamps.map((stamp) => ({
      receiver: stamp.receiver,
      label: stamp.label,
      number: stamp.number,
      date: stamp.date,
      time: stamp.time,
      raw: [stamp.receiver, stamp.label, stamp.number_raw, stamp.date_raw, stamp.time_raw].filter(Boolean).join(' '),
    })),
    body: text,
    text,
    confidence: {},
    warnings: [],
  };
}

function sourceHash(truthFile: string, item: string): string {
  const pdf = join(dirname(truthFile), `${item}.digital.pdf`);
  const bytes = existsSync(pdf) ? readFileSync(pdf) : Buffer.from(item);
  return createHash('sha256').update(bytes).digest('hex');
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'max-text': { type: 'string' } },
  });
  const [outDir, ...truthFiles] = positionals;
  if (!outDir || truthFiles.length === 0) throw new Error('usage: truth-to-result OUT_DIR TRUTH.json ... [--max-text N]');
  const maxText = values['max-text'] === undefined ? Infinity : Number(values['max-text']);
  for (const file of truthFiles) {
    const truth = JSON.parse(readFileSync(file, 'utf8')) as Truth;
    const result = truthToResult(truth, sourceHash(file, truth.item), maxText);
    const out = join(outDir, `${basename(file, '.truth.json')}.result.json`);
    writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
    process.stdout.write(`${out}: ${result.documents.length} documents\n`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) main(process.argv.slice(2));
