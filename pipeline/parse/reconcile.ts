/**
 * A reference number is printed twice in a bundle: on the letter itself and where the
 * forwarding letter cites it. When OCR misreads the agency code in one place into a code
 * that does not exist, the other place, with the same office block, running number and
 * date, gives it back; a citation whose number OCR garbled takes it from the letter it cites.
 * Every repair is recorded as a warning.
 */
import type { LetterDocument, ReferenceNumber, Warning } from '../../schemas/index.js';
import { agencyGroupOf } from './issuer-level.js';
import { withNumberReprinted } from './cross-check/printed-text.js';
import { findReferenceNumbers, lookalikeCodes, parseReferenceNumber } from './reference.js';
import { toArabicDigits, toThaiDigits } from '../thai/index.js';
import { LABEL } from './lexicon.js';

/** A number taken from the forwarding letter's citation: right if that citation was read right. */
const CITED_NUMBER_CONFIDENCE = 0.5;

/** A citation item: `set` gives it another number, in its printed text too where that was read by OCR. */
interface Cited { normalized: string | null; date: string | null; text: string; field: 'enclosures' | 'references'; set(normalized: string): void; owner: LetterDocument }

const codeOf = (normalized: string): string => normalized.slice(0, normalized.indexOf(' '));
const digitsOf = (normalized: string): string => normalized.slice(normalized.indexOf(' ') + 1);
const known = (normalized: string): boolean => agencyGroupOf(codeOf(normalized)) !== null;
const inDigitsOf = (digits: string, thai: boolean): string => (thai ? toThaiDigits(digits) : digits);
const unspaced = (text: string): string => text.replace(/\s+/gu, '');

/**
 * The OCR item's text with its printed number `before` reprinted as `after` (a number never
 * read: what stands between ที่ and the date); a text layer's as printed.
 */
function reprinted(text: string, before: string | null, after: string, ocr: boolean): string {
  if (!ocr) return text;
  if (before === null) {
    // Nothing of it read as a number: printed as normalized, in the text's digits; from its office
    // block on as it stands where that reads as the number ("ก 0897/ว1268": only the code lost a letter).
    const unread = unreadNumberIn(text);
    if (unread === null) return text;
    const thai = /[\u0E50-\u0E59]/u.test(text);
    const span = text.slice(unread.from, unread.to);
    const unit = parseReferenceNumber(after)?.unit;
    const block = unit === undefined ? -1 : span.indexOf(inDigitsOf(unit, thai));
    const readsAsNumber = block >= 0 && unspaced(toArabicDigits(span.slice(block))) === unspaced(digitsOf(after));
    const printed = readsAsNumber ? `${codeOf(after)}${/\s$/u.test(span.slice(0, block)) ? ' ' : ''}${span.slice(block)}` : inDigitsOf(after, thai);
    return `${text.slice(0, unread.from)}${printed}${text.slice(unread.to)}`;
  }
  const raw = findReferenceNumbers(text, { ocr }).find((m) => m.reference.normalized === before)?.reference.raw;
  return raw === undefined ? text : withNumberReprinted(text, raw, after);
}

/** Where a citation's date begins: its number stands before it. */
const DATE_LABEL = new RegExp(LABEL.citedDate, 'u');

/** Where a citation prints its number, however garbled: between ที่ and its date, spaces aside. */
function unreadNumberIn(text: string): { from: number; to: number } | null {
  const date = DATE_LABEL.exec(text);
  const at = date ? text.lastIndexOf(LABEL.reference, date.index) : -1;
  if (!date || at < 0) return null;
  const span = text.slice(at + LABEL.reference.length, date.index);
  const from = at + LABEL.reference.length + (span.length - span.trimStart().length);
  const to = date.index - (span.length - span.trimEnd().length);
  return from < to ? { from, to } : null;
}

function citationsIn(documents: LetterDocument[], readByOcr: ReadonlySet<LetterDocument>): Cited[] {
  return documents.flatMap((owner) => {
    const ocr = readByOcr.has(owner);
    return [
      ...owner.enclosures.map((e): Cited => ({ normalized: e.reference, date: e.date, text: e.text, field: 'enclosures', owner, set: (n: string) => { e.text = reprinted(e.text, e.reference, n, ocr); e.reference = n; } })),
      ...owner.references.map((r): Cited => ({ normalized: r.normalized, date: r.date, text: r.raw, field: 'references', owner, set: (n: string) => { r.raw = reprinted(r.raw, r.normalized, n, ocr); r.normalized = n; } })),
    ];
  });
}

/** The one known code a look-alike letter gives, in the reference's normalized form (OCR only). */
function lookalikeReading(normalized: string): string | null {
  const [only, ...more] = lookalikeCodes(codeOf(normalized));
  return only && more.length === 0 ? `${only} ${digitsOf(normalized)}` : null;
}

function repaired(field: string, before: string, after: string): Warning {
  const message = `agency code of ${before} is not a known code; read as ${after} (the same number elsewhere in the bundle, or the only known code a look-alike letter gives)`;
  return { code: 'reference-repaired', message, field, before, after };
}

/** "-MM-DD" of an ISO date: its day and month. */
const dayAndMonth = (iso: string): string => iso.slice(4);

/**
 * The citation in the letters before it that gives a letter its number: the first with the same
 * date, or else the only one with its day and month (the cited year misread: "๒๕๒๐" for ๒๕๖๗,
 * which the bundle's year check leaves out later); with how the dates agree.
 */
function citationOf(doc: LetterDocument, candidates: Cited[]): { citation: Cited; agreement: string } | null {
  const iso = doc.date!.iso;
  const same = candidates.find((c) => c.date === iso);
  if (same) return { citation: same, agreement: 'the same date' };
  const [only, ...more] = candidates.filter((c) => c.date !== null && dayAndMonth(c.date) === dayAndMonth(iso));
  return only && more.length === 0 ? { citation: only, agreement: 'the same day and month (its year read otherwise)' } : null;
}

/**
 * A letter whose own number could not be read (OCR) takes the number a letter before it in
 * the bundle cites with the same date (citationOf), if no letter of the bundle has that number yet.
 */
function numberFromCitation(documents: LetterDocument[], cited: Cited[]): void {
  documents.forEach((doc, i) => {
    if (doc.reference || !doc.date || doc.kind === 'attachment' || doc.kind === 'unknown') return;
    const taken = new Set(documents.map((d) => d.reference?.normalized));
    const forwarders = documents.slice(0, i).reverse();
    const candidates = forwarders
      .flatMap((owner) => cited.filter((c) => c.owner === owner))
      .filter((c) => c.normalized && !taken.has(c.normalized) && known(c.normalized));
    const found = citationOf(doc, candidates);
    const reference = found?.citation.normalized ? parseReferenceNumber(found.citation.normalized) : null;
    if (!found || !reference) return;
    doc.reference = reference;
    doc.confidence.reference = CITED_NUMBER_CONFIDENCE;
    doc.warnings = doc.warnings.filter((w) => w.code !== 'reference-missing');
    doc.warnings.push({
      code: 'reference-from-citation',
      message: `the letter's own number could not be read; ${reference.normalized} is the number the forwarding letter cites with ${found.agreement}`,
      field: 'reference',
      after: reference.normalized,
    });
  });
}

const showsDigits = (text: string, digits: string): boolean => new RegExp(`(?<![0-9])${digits.replaceAll('.', '\\.')}(?![0-9])`, 'u').test(text);

/**
 * Whether the citation's text shows the letter's running number before its date, and its agency
 * code ("ที่ มท อยธัญ : ๔๒๙ ลงวันที่") or its office block ("ที่ ก 0897/ว1268": a letter of the code lost).
 */
function showsNumberOf(text: string, reference: ReferenceNumber): boolean {
  const label = DATE_LABEL.exec(text);
  if (!label || reference.number === null) return false;
  const before = toArabicDigits(text.slice(0, label.index));
  return (before.includes(reference.agencyCode) || showsDigits(before, reference.unit)) && showsDigits(before, reference.number);
}

/**
 * A citation whose number the grammar could not read (its office block garbled: "ที่ มท อยธัญ :
 * ๔๒๙") takes the number of the letter it cites when that letter comes after it in the bundle:
 * the one letter of the citation's date whose code and running number its text still shows.
 * After the bundle's cross-check, which settles the letters' own numbers.
 */
export function completeUnreadCitations(documents: LetterDocument[], readByOcr: ReadonlySet<LetterDocument>): void {
  const cited = citationsIn(documents, readByOcr);
  for (const c of cited.filter((x) => x.normalized === null && x.date !== null)) {
    const later = documents.slice(documents.indexOf(c.owner) + 1);
    const [only, ...more] = later.filter((d) => d.reference && known(d.reference.normalized) && d.date?.iso === c.date && showsNumberOf(c.text, d.reference));
    const normalized = only?.reference?.normalized;
    if (!normalized || more.length > 0 || cited.some((x) => x.owner === c.owner && x.normalized === normalized)) continue;
    c.set(normalized);
    c.owner.warnings.push({
      code: 'reference-from-letter',
      message: `a citation's number could not be read; ${normalized} is the number of the letter it cites, which follows in the bundle with the same date, and whose code and running number the citation shows`,
      field: c.field,
      after: normalized,
    });
  }
}

/**
 * Gives back misread agency codes from the other printing of the same reference (or, in
 * OCR text, from the one known code a look-alike letter gives), and an unreadable number
 * from the citation of the letter.
 */
export function reconcileReferences(documents: LetterDocument[], readByOcr: ReadonlySet<LetterDocument>): void {
  const cited = citationsIn(documents, readByOcr);
  numberFromCitation(documents, cited);
  for (const doc of documents) {
    const ref = doc.reference;
    if (!ref) continue;
    const same = cited.filter(
      (c) => c.owner !== doc && c.normalized && c.date === doc.date?.iso && digitsOf(c.normalized) === digitsOf(ref.normalized),
    );
    const lookalike = readByOcr.has(doc) ? lookalikeReading(ref.normalized) : null;
    const witness = same.find((c) => known(c.normalized!))?.normalized ?? lookalike;
    if (!known(ref.normalized) && witness) {
      doc.warnings.push(repaired('reference', ref.normalized, witness));
      doc.reference = { ...ref, normalized: witness, agencyCode: codeOf(witness) };
      continue;
    }
    for (const c of known(ref.normalized) ? same.filter((x) => !known(x.normalized!)) : []) {
      c.owner.warnings.push(repaired('enclosures', c.normalized!, ref.normalized));
      c.set(ref.normalized);
    }
  }
}
