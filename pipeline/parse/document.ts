/**
 * One letter segment to a LetterDocument: header, citations, body, foot, issuer and kind.
 * Receipt stamps are attached here as parts; their dates are checked once the whole
 * bundle is read (see index.ts), because the forwarding letter bounds them.
 */
import type { DocumentKind, LetterDate, LetterDocument, Warning } from '../../schemas/index.js';
import { parseThaiDate } from '../dates/index.js';
import { readCitations } from './citations.js';
import { type Header, readHeader } from './header.js';
import { issuerName } from './issuer.js';
import { agencyGroupOf, issuerLevel } from './issuer-level.js';
import type { Line } from './lines.js';
import { readFoot } from './signatory.js';
import type { LetterSegment } from './split.js';
import type { StampParts } from './stamps.js';
import type { Layout } from './wrap.js';

export interface ParsedLetter {
  document: LetterDocument;
  /** the receipt stamps printed on this letter, read once the bundle's dates are known */
  stamps: StampParts[];
  /** bare numbers in the header, candidates for a stamp's lost register number */
  looseNumbers: string[];
}

function kindOf(segment: LetterSegment, h: Header, signed: boolean): DocumentKind {
  if (segment.start === 'attachment') return 'attachment';
  if (h.memo) return 'internal_memo';
  if (h.directive) return h.directive;
  if (h.messageForm) return 'message_form';
  if (h.reference && h.stamped && !signed) return 'stamped_letter';
  if (h.reference || (h.subject && h.addressee)) return 'external_letter';
  return segment.start === 'unknown' && !h.subject ? 'unknown' : 'attachment';
}

function letterDate(raw: string | null, warnings: Warning[]): LetterDate | null {
  if (raw === null) return null;
  const read = parseThaiDate(raw);
  if (read.ok) return { raw, iso: read.iso, buddhistYear: read.buddhistYear };
  warnings.push({ code: 'date-invalid', message: read.reason, field: 'date', before: raw });
  return null;
}

/** The letter's text as printed: lines joined by newlines, pages by form feeds. */
function fullText(lines: Line[]): string {
  return lines.reduce((text, line, i) => {
    if (i === 0) return line.text;
    return text + (line.page !== lines[i - 1]!.page ? '\f' : '\n') + line.text;
  }, '');
}

function missingFieldWarnings(kind: DocumentKind, d: Pick<LetterDocument, 'reference' | 'date' | 'subject'>): Warning[] {
  if (kind === 'attachment' || kind === 'unknown') return [];
  const missing = (['reference', 'date', 'subject'] as const).filter((f) => d[f] === null);
  return missing.map((field) => ({ code: `${field}-missing`, message: `no ${field} found in the letter's header`, field }));
}

function confidenceOf(ocr: boolean, h: Header, d: LetterDocument, levelConfidence: number): Record<string, number> {
  const base = Math.max(0.3, (ocr ? 0.8 : 1) - 0.1 * h.fuzzyEdits);
  const known = (v: unknown) => (v === null ? 0 : base);
  return {
    kind: d.kind === 'unknown' ? 0.3 : base,
    reference: d.reference && agencyGroupOf(d.reference.agencyCode) === null ? base * 0.6 : known(d.reference),
    date: known(d.date),
    subject: known(d.subject),
    addressee: known(d.addressee),
    signatory: known(d.signatory),
    issuerLevel: Math.min(base, levelConfidence),
  };
}

export function parseSegment(segment: LetterSegment, stamps: StampParts[], layout: Layout): ParsedLetter {
  const lines = segment.lines.filter((l) => l.role === 'content');
  const attachment = segment.start === 'attachment';
  const h = attachment ? null : readHeader(lines, layout);
  const header = h ?? readHeader([], layout);
  const cites = attachment ? null : readCitations(lines, header.end, layout);
  const foot = attachment ? null : readFoot(lines, cites!.end);
  const kind = kindOf(segment, header, foot?.signatory !== null && foot?.signatory !== undefined);
  const warnings: Warning[] = [...(cites?.warnings ?? [])];
  const date = letterDate(header.dateRaw, warnings);
  const subject = attachment ? (lines[0]?.text ?? null) : header.subject;
  const name = issuerName(kind, header, layout);
  const position = foot?.signatory?.positionLines.at(-1) ?? null;
  const level = kind === 'attachment' ? null : issuerLevel({ reference: header.reference, issuerName: name, position, addressee: header.addressee });
  if (level?.conflict) {
    warnings.push({
      code: 'issuer-level-conflict',
      message: `the reference says ${level.conflict.byReference}, the issuer's name ${level.conflict.byName}`,
      field: 'issuer',
    });
  }
  const body = lines.slice(cites?.end ?? 0, foot?.bodyEnd ?? lines.length).map((l) => l.text).join('\n');
  const document: LetterDocument = {
    pages: segment.pages,
    kind,
    urgency: header.urgency,
    secrecy: header.secrecy,
    reference: header.reference,
    date,
    issuer: { name, level: level?.level ?? 'other' },
    subject,
    addressee: header.addressee,
    references: cites?.references ?? [],
    enclosures: cites?.enclosures ?? [],
    signatory: foot?.signatory ?? null,
    contact: foot?.contact ?? null,
    copies: foot?.copies ?? [],
    receiptStamps: [],
    body,
    text: fullText(segment.lines),
    confidence: {},
    warnings,
  };
  document.warnings.push(...missingFieldWarnings(kind, document));
  document.confidence = confidenceOf(lines.some((l) => l.ocr), header, document, level?.confidence ?? 0.8);
  return { document, stamps, looseNumbers: header.looseNumbers };
}
