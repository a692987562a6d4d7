/**
 * Writing an agreed reading back to the mention that read otherwise, with a warning that says
 * what was read, what was taken and on what evidence.
 */
import type { LetterDocument, ReferenceNumber, Warning } from '../../../schemas/index.js';
import { BUDDHIST_ERA_OFFSET } from '../../dates/calendar.js';
import { findDates } from '../../dates/index.js';
import { garbledDateRead } from '../date-repair.js';
import { agencyGroupOf, levelFromReference } from '../issuer-level.js';
import { LABEL } from '../lexicon.js';
import { parseReferenceNumber } from '../reference.js';
import { compareReadings } from './digit-confusions.js';
import type { Mention } from './mentions.js';
import { type DateReading, dateReadingOf, isoOf } from './partial-readings.js';
import { agencyName, codeNamedInstead, codeOfCitedProvince, codeOfPostcode, placeNameShown } from './agency-names.js';
import { printedCode, reprintDate, reprintMonth, reprintReference, withNumberReprinted } from './printed-text.js';

/** A field read from other copies is trusted less than one read where it stands. */
const RECONCILED_CONFIDENCE = 0.7;
const FILLED_CONFIDENCE = 0.5;

const FIELD = { own: 'reference', cited: 'references', enclosed: 'enclosures' } as const;

/** Where a mention is printed, for warnings: "letter 2's own ที่ line", "letter 1's อ้างถึง". */
export function placeOf(m: Mention, what: 'number' | 'date' = 'number'): string {
  const letter = `letter ${m.doc + 1}`;
  if (m.role === 'own') return `${letter}'s own ${what === 'number' ? 'ที่' : 'date'} line`;
  return `${letter}'s ${m.role === 'cited' ? 'อ้างถึง' : 'สิ่งที่ส่งมาด้วย'}`;
}

function replaceOnce(text: string, before: string, after: string): string {
  const at = text.indexOf(before);
  return at < 0 ? text : text.slice(0, at) + after + text.slice(at + before.length);
}

/**
 * Sets the reading of one mention, in its normalized number and its printed text. A letter's own
 * number is only ever set to one that parses: a code given to a number too garbled to read
 * ("ซฯ ๐๐.๓.๒๒.๖๐๘๐" under a head naming Chiang Rai) leaves the number as it was read.
 */
export function writeReading(documents: LetterDocument[], m: Mention, agreed: string, evidence: string): void {
  const doc = documents[m.doc]!;
  const parsed = m.role === 'own' ? parseReferenceNumber(agreed) : null;
  if (m.role === 'own' && parsed === null) return;
  const before = m.reading ?? '';
  const changes = m.loose ? 'what could be read agrees with it' : compareReadings(before, agreed).changes.join(', ');
  const message = `${placeOf(m)} reads ${before || 'no number'}; took ${agreed} (${changes}): ${evidence}`;
  const warning: Warning = { code: 'reference-reconciled', message, field: FIELD[m.role], before, after: agreed };
  if (parsed !== null) writeOwnReading(doc, m, parsed, warning);
  else if (m.role === 'cited') {
    const cited = doc.references[m.item]!;
    cited.normalized = agreed;
    if (m.raw) cited.raw = withNumberReprinted(cited.raw, m.raw, agreed);
    doc.warnings.push(warning);
  } else {
    const enclosure = doc.enclosures[m.item]!;
    enclosure.reference = agreed;
    if (m.raw) enclosure.text = withNumberReprinted(enclosure.text, m.raw, agreed);
    doc.warnings.push(warning);
  }
  // The item now prints the number so: a later correction finds it there.
  if (m.role !== 'own' && m.raw) m.raw = reprintReference(m.raw, agreed);
  m.reading = agreed;
  m.loose = false;
}

function writeOwnReading(doc: LetterDocument, m: Mention, parsed: ReferenceNumber, warning: Warning): void {
  // The reference decides the issuer's level when it can (issuer-level.ts): read again from the new number.
  doc.issuer.level = levelFromReference(parsed) ?? doc.issuer.level;
  if (doc.reference) {
    doc.reference = { ...parsed, raw: doc.reference.raw };
    doc.confidence.reference = Math.min(doc.confidence.reference ?? 1, RECONCILED_CONFIDENCE);
  } else {
    doc.reference = { ...parsed, raw: m.raw ?? parsed.raw };
    doc.confidence.reference = FILLED_CONFIDENCE;
    doc.warnings = doc.warnings.filter((w) => w.code !== 'reference-missing');
  }
  doc.warnings.push(warning);
}

/** Sets the date of one mention. */
export function writeDate(documents: LetterDocument[], m: Mention, agreed: string, evidence: string): void {
  const doc = documents[m.doc]!;
  const before = m.date ? (isoOf(m.date) ?? `day ${m.date.day} month ${m.date.month}, year unreadable`) : 'no date';
  const message = `${placeOf(m, 'date')} reads ${before}; took ${agreed}: ${evidence}`;
  const field = m.role === 'own' ? 'date' : FIELD[m.role];
  const warning: Warning = { code: 'date-reconciled', message, field, before, after: agreed };
  // A copy filled in before may be filled in again as more is settled: its earlier note goes.
  if (m.date === null) doc.warnings = doc.warnings.filter((w) => !(w.code === 'date-reconciled' && w.message.startsWith(`${placeOf(m, 'date')} reads no date;`)));
  const target = dateReadingOf(agreed) as DateReading & { year: number };
  if (m.role === 'own') {
    const buddhistYear = target.year + BUDDHIST_ERA_OFFSET;
    const raw = doc.date?.raw ?? m.date?.raw ?? agreed;
    doc.confidence.date = Math.min(doc.confidence.date || FILLED_CONFIDENCE, doc.date ? RECONCILED_CONFIDENCE : FILLED_CONFIDENCE);
    doc.date = { raw, iso: agreed, buddhistYear };
    doc.warnings = doc.warnings.filter((w) => w.code !== 'date-missing');
  } else if (m.role === 'cited') {
    const cited = doc.references[m.item]!;
    cited.raw = withDateReprinted(cited.raw, m.date, target);
    cited.date = agreed;
  } else {
    const enclosure = doc.enclosures[m.item]!;
    enclosure.text = withDateReprinted(enclosure.text, m.date, target);
    enclosure.date = agreed;
  }
  doc.warnings.push(warning);
  // A copy that printed no date holds the agreed one now, but is no evidence for it.
  if (m.date !== null) m.date = target;
}

/**
 * The item's text with the date it printed rewritten to the agreed one, when only day or year
 * differ, or the month is the one its look-alike abbreviation stood for; a date it garbled past
 * reading, as the repair that gives the agreed one.
 */
function withDateReprinted(text: string, read: DateReading | null, target: DateReading & { year: number }): string {
  if (read === null) return withGarbledDateReprinted(text, target);
  if (read.month !== target.month && read.lookAlikeMonth !== target.month) return text;
  const printed = read.raw ?? findDates(text).find((d) => d.result.ok && d.result.iso === isoOf(read))?.raw;
  if (!printed) return text;
  const month = read.month === target.month ? printed : reprintMonth(printed, read.month, target.month);
  return replaceOnce(text, printed, reprintDate(month, target));
}

/**
 * An item whose date OCR garbled past one reading ("ลงวันที่ 7 ถุย. 2566": ก.ย. or พ.ย.) shows
 * the reading the bundle settled, where a repair of those words gives it.
 */
function withGarbledDateReprinted(text: string, target: DateReading & { year: number }): string {
  const label = text.indexOf(LABEL.citedDate);
  const garbled = label < 0 ? null : garbledDateRead(text.slice(label + LABEL.citedDate.length), isoOf(target)!);
  return garbled ? replaceOnce(text, garbled.raw, garbled.read) : text;
}

/** The printed text of a citation's item: a cited letter's raw text or an enclosure's. */
function itemText(doc: LetterDocument, m: Mention): string {
  return m.role === 'cited' ? doc.references[m.item]!.raw : doc.enclosures[m.item]!.text;
}

function setItemText(doc: LetterDocument, m: Mention, text: string): void {
  if (m.role === 'cited') doc.references[m.item]!.raw = text;
  else doc.enclosures[m.item]!.text = text;
}

/**
 * A citation whose code the OCR grammar resolved (ชขบ, a letter too many, is ชบ) shows the
 * resolved code in its text too, so that text and number agree.
 */
export function showResolvedCode(documents: LetterDocument[], m: Mention): void {
  if (m.role === 'own' || m.loose || m.raw === null || m.reading === null) return;
  const code = m.reading.split(' ')[0]!;
  if (printedCode(m.raw) === code) return;
  const doc = documents[m.doc]!;
  const after = reprintReference(m.raw, m.reading);
  setItemText(doc, m, withNumberReprinted(itemText(doc, m), m.raw, m.reading));
  const message = `${placeOf(m)} printed the agency code as "${printedCode(m.raw)}", read as ${code}, a known code`;
  doc.warnings.push({ code: 'citation-code-shown', message, field: FIELD[m.role], before: m.raw, after });
  m.raw = after;
}

/**
 * A citation that names its province or district with letters OCR garbled ("จังหวัดสตูลนคร ...
 * ที่ สน ๐๐๑๗.๕/ว ๑๙๓๒") shows the place its number's code is in (agency-names.ts placeNameShown).
 */
export function showPlaceName(documents: LetterDocument[], m: Mention): void {
  if (m.role === 'own' || m.loose || m.raw === null || m.reading === null) return;
  const doc = documents[m.doc]!;
  const code = m.reading.split(' ')[0]!;
  const text = itemText(doc, m);
  const at = text.indexOf(m.raw);
  const shown = at < 0 ? null : placeNameShown(text.slice(0, at), code);
  if (shown === null) return;
  setItemText(doc, m, text.slice(0, at).replace(shown.before, shown.after) + text.slice(at));
  const message = `${placeOf(m)} names "${shown.before}", read as ${shown.after}: its number's code ${code} is ${agencyName(code)}'s`;
  doc.warnings.push({ code: 'citation-place-shown', message, field: FIELD[m.role], before: shown.before, after: shown.after });
}

/** Lines of a letter's head, where it names the agency that issued it: up to its subject. */
const HEAD_LINES = 16;
export function headOf(doc: LetterDocument): string {
  const lines = doc.text.split(/[\n\f]/u).slice(0, HEAD_LINES);
  const subject = lines.findIndex((l) => /^\s*เรื่อง/u.test(l));
  return (subject >= 0 ? lines.slice(0, subject) : lines).join('\n');
}

/** Offices that number their letters with their province's code. */
const REGIONAL: ReadonlySet<LetterDocument['issuer']['level']> = new Set(['province', 'district']);

/**
 * A code misread into another code (กจ as กอ) is given back from the agency the letter's head
 * (its own number) or the citation's text (a cited number) names; see agency-names.ts.
 */
export function codeFromAgencyName(documents: LetterDocument[], m: Mention): void {
  if (m.loose || m.reading === null) return;
  const doc = documents[m.doc]!;
  const [code = '', ...rest] = m.reading.split(' ');
  const where = m.role === 'own' ? headOf(doc) : itemText(doc, m);
  const named = codeNamedInstead(code, m.raw && m.role !== 'own' ? where.slice(0, Math.max(0, where.indexOf(m.raw))) : where);
  if (named !== null) {
    const evidence = `${m.role === 'own' ? "the letter's head" : 'the citation'} names ${named.name}, whose code is ${named.code}`;
    writeReading(documents, m, [named.code, ...rest].join(' '), evidence);
    return;
  }
  const posted = m.role === 'own' && REGIONAL.has(doc.issuer.level) ? codeOfPostcode(code, where) : null;
  if (posted !== null) {
    const evidence = `the letter's head gives postcode ${posted.postcode}, in ${agencyName(posted.code)}, whose code is ${posted.code}`;
    writeReading(documents, m, [posted.code, ...rest].join(' '), evidence);
    return;
  }
  const province = m.role === 'own' && PROVINCIAL.has(doc.issuer.level) ? codeOfCitedProvince(code, citedCodes(doc), where) : null;
  if (province !== null) {
    writeReading(documents, m, [province, ...rest].join(' '), `the letters it cites are numbered with ${province}, ${agencyName(province)}'s code`);
    return;
  }
  // The other way round: a code no agency has in what a provincial office cites is its own province's, one letter away.
  const ownCode = doc.reference?.agencyCode;
  const own = m.role !== 'own' && ownCode && agencyGroupOf(code) === null && PROVINCIAL.has(doc.issuer.level) ? codeOfCitedProvince(code, [ownCode], where) : null;
  if (own === null) return;
  writeReading(documents, m, [own, ...rest].join(' '), `no agency has ${code}; the provincial office citing it numbers its letters with ${own}, ${agencyName(own)}'s code`);
}

/** Offices of a province, which answer letters of their own province. */
const PROVINCIAL: ReadonlySet<LetterDocument['issuer']['level']> = new Set(['province', 'district', 'local']);

const citedCodes = (doc: LetterDocument): string[] =>
  [...doc.references.map((r) => r.normalized), ...doc.enclosures.map((e) => e.reference)].flatMap((n) => (n === null ? [] : [n.split(' ')[0]!]));
