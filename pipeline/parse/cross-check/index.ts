/**
 * Cross-checks that use everything a bundle knows. A letter's number and date are printed on
 * the letter and again in the อ้างถึง and สิ่งที่ส่งมาด้วย of the letters that forward it, and
 * receipt stamps say when it arrived. The copies are grouped (grouping.ts), weighed
 * (consensus.ts), and every copy that reads otherwise than the agreed reading is corrected
 * with a warning naming the evidence (write-back.ts). An agency code misread into another is
 * given back from the agency the letter's head or the citation names (agency-names.ts); an
 * office number that lost its dot, or gained one, is repaired, in a letter and in what it
 * cites; a year far from the rest of the bundle is corrected or dropped (year-sense.ts), and a
 * date line that kept only part of its year, or reads as a few dates, takes the one date the
 * letter's citations and stamps allow (unread-year.ts); a letter still dated before a letter it
 * cites or encloses is flagged (date-order.ts); a code OCR read with a sign no code has
 * ("แม") that nothing gives back is no reference. The chain is then built from the reconciled
 * numbers.
 */
import type { LetterDocument, PageText, ReferenceNumber } from '../../../schemas/index.js';
import { confusableMonth, isRealIsoDate, THAI_MONTHS } from '../../dates/index.js';
import { levelFromReference } from '../issuer-level.js';
import { LABEL } from '../lexicon.js';
import { forwardingLinks } from '../../chain/links.js';
import { isUnreadCode, parseReferenceNumber } from '../reference.js';
import { agreedDate, agreedReading, type BoundingDate, brokenBound, type DateBounds, datesToCorrect, farBeforeForwarding, isFarFrom, officeBlockOf } from './consensus.js';
import { groupMentions, type LetterGroup } from './grouping.js';
import { contestedDigits, type Mention, mentionsIn } from './mentions.js';
import { type DateReading, dateReadingOf, garbledDateLine, isoOf, lookAlikeDate, looseHeader } from './partial-readings.js';
import { reconcileSubjects } from './subjects.js';
import {
  restoreLostDot, withLostLeadingZero, withLostZero, withMisreadLeadingZero, withoutDoubledDigit, withoutGainedDot, withoutSpeckDigit, withProvincialHallBlock,
} from './unit-shape.js';
import { codeFromAgencyName, headOf, placeOf, showPlaceName, showResolvedCode, writeDate, writeReading } from './write-back.js';
import { dateFromRepairs, dateFromYearRemains } from './unread-year.js';
import { warnDatesBeforeCited } from './date-order.js';
import { checkCitedYears, checkYear } from './year-sense.js';

export interface BundleEvidence {
  /** the letters read by OCR (a text layer is taken as printed) */
  ocr: ReadonlySet<LetterDocument>;
  pages: PageText[];
  /** each letter's receipt-stamp dates (ISO), as read */
  stampDates: string[][];
}

function evidenceOf(group: LetterGroup, agreed: (m: Mention) => boolean, value: (m: Mention) => string): string {
  const agreeing = group.members.filter(agreed).map((m) => `${placeOf(m)} (${value(m)})`);
  return `the same letter is printed as it in ${agreeing.join(', ')}`;
}

/** Which copies support the agreed date (whole, or day and month), and why the others cannot be. */
function dateEvidence(group: LetterGroup, date: string, bounds: DateBounds): string {
  const [year, month, day] = date.split('-').map(Number);
  const supports = group.members.filter((m) => m.date !== null && m.date.day === day && (m.date.year === null || m.date.year === year) && (m.date.month === month || m.date.lookAlikeMonth === month));
  const note = (d: DateReading) => [
    ...(d.year === null ? ['day and month'] : []),
    ...(d.month !== month ? [`${THAI_MONTHS[d.month - 1]!.abbreviation} a look-alike of ${THAI_MONTHS[month! - 1]!.abbreviation}`] : []),
  ];
  const shown = supports.map((m) => `${placeOf(m, 'date')} (${[m.date!.raw ?? isoOf(m.date!), ...note(m.date!)].join(', ')})`);
  const others = group.members.map((m) => (m.date ? isoOf(m.date) : null)).filter((iso): iso is string => iso !== null && iso !== date);
  const ruled = [...new Set(others)].flatMap((iso) => {
    const broken = brokenBound(iso, bounds);
    if (broken !== null) {
      const whose = broken.side === 'after' ? 'the date of a letter that forwards it or of its receipt' : 'the date of a letter it cites';
      return [`; ${iso} is ${broken.side} ${broken.bound}, ${whose}`];
    }
    const far = farBeforeForwarding(iso, bounds);
    return far === null ? [] : [`; ${iso} is ${far.days} days before ${far.bound}, the date of a letter that forwards it or of its receipt`];
  });
  return `the same letter is dated so in ${shown.join(', ') || 'no copy alone'}${ruled.join('')}`;
}

/** A date as a bound, with the other reading its look-alike month gives (when a real day). */
function boundWith(iso: string, other: DateReading | null): BoundingDate {
  const lookAlike = other ? isoOf(other) : null;
  return { iso, lookAlike: lookAlike !== null && isRealIsoDate(lookAlike) ? lookAlike : null };
}

/** A date as a bound on another: an OCR copy printed with a look-alike abbreviation bounds with its other reading too. */
function bounding(iso: string | null | undefined, m: Mention | undefined): BoundingDate | null {
  if (iso === null || iso === undefined) return null;
  return boundWith(iso, m?.date && isoOf(m.date) === iso ? lookAlikeDate(m.date) : null);
}

/**
 * A receipt stamp's date as a bound. Date stamps print the month abbreviated, so a month with a
 * look-alike abbreviation (ส.ค./ธ.ค.) may be that one, misread on the stamp as on the letter.
 */
function stampBound(iso: string): BoundingDate {
  const read = dateReadingOf(iso);
  return boundWith(iso, lookAlikeDate({ ...read, lookAlikeMonth: confusableMonth(read.month) ?? undefined }));
}

function boundsOf(group: LetterGroup, documents: LetterDocument[], evidence: BundleEvidence, mentions: Mention[]): DateBounds {
  const own = group.own?.doc ?? null;
  const ownMention = (doc: number) => mentions.find((m) => m.doc === doc && m.role === 'own');
  // A citing letter whose own date line printed no date it could read was dated from copies of
  // its own date: no bound on anything.
  const printedDate = (doc: number) => ownMention(doc)?.date !== null;
  const citers = group.members.filter((m) => m.role !== 'own' && printedDate(m.doc));
  const citerBound = (m: Mention) => bounding(documents[m.doc]!.date?.iso, ownMention(m.doc));
  const citing = citers.map(citerBound);
  const forwarding = citers.filter((m) => m.role === 'enclosed').map(citerBound);
  const letterDates = documents.filter((_, i) => i !== own).map((d) => d.date?.iso).filter((d): d is string => d !== undefined);
  // A stamp whose year OCR misread far from every letter of the bundle bounds nothing.
  const stamps = own === null ? [] : evidence.stampDates[own]!.filter((iso) => !isFarFrom(iso, letterDates)).map(stampBound);
  const bundle = [...letterDates, ...evidence.stampDates.flat()];
  const cited = own === null ? [] : mentions.filter((m) => m.doc === own && m.role !== 'own').map((m) => {
    const iso = citedDate(documents[own!]!, m);
    return bounding(iso, printedInFull(mentions, m, iso) ? undefined : m);
  });
  const known = (b: BoundingDate | null): b is BoundingDate => b !== null;
  return { notAfter: [...citing, ...stamps].filter(known), notBefore: cited.filter(known), bundle, forwardedBy: [...forwarding, ...stamps].filter(known) };
}

/**
 * The letter a citation names is in the bundle with that date on its own date line, read as
 * printed with a month no look-alike is open for (in full): the citation's abbreviation leaves
 * none open either ("๒๕ ธ.ค." is not ส.ค. when the letter itself prints ๒๕ ธันวาคม).
 */
function printedInFull(mentions: Mention[], citation: Mention, iso: string | null): boolean {
  return mentions.some((m) => m.role === 'own' && m.reading === citation.reading && m.date !== null && isoOf(m.date) === iso && m.date.lookAlikeMonth === undefined && !m.date.repaired);
}

/** What is left of ลงวันที่ when OCR lost its ที่ (and the day after it) at a line's end ("ลงวัน" / "ก.ค. 2568"). */
const CITED_DATE_STEM = LABEL.citedDate.slice(0, -LABEL.reference.length);

/** A citation item that prints a date after ลงวันที่, whether or not it could be read. */
function printsDate(doc: LetterDocument, m: Mention): boolean {
  const text = m.role === 'cited' ? doc.references[m.item]!.raw : m.role === 'enclosed' ? doc.enclosures[m.item]!.text : '';
  return text.includes(CITED_DATE_STEM);
}

/** The date a mention's letter or item holds now. */
function heldDate(doc: LetterDocument, m: Mention): string | null {
  return m.role === 'own' ? (doc.date?.iso ?? null) : citedDate(doc, m);
}

/** The date a citation mention's item names, as the document now holds it. */
function citedDate(doc: LetterDocument, m: Mention): string | null {
  return m.role === 'cited' ? doc.references[m.item]!.date : doc.enclosures[m.item]!.date;
}

/** The dates of the letters a letter cites in อ้างถึง and สิ่งที่ส่งมาด้วย: all written before it. */
function citedDates(doc: LetterDocument): string[] {
  return [...doc.references.map((r) => r.date), ...doc.enclosures.map((e) => e.date)].filter((d): d is string => d !== null);
}

function reconcileReadings(group: LetterGroup, documents: LetterDocument[], mentions: Mention[]): void {
  const elsewhere = mentions.filter((m) => !group.members.includes(m) && !m.loose && m.reading !== null);
  const reading = agreedReading(group, new Set(elsewhere.map((m) => officeBlockOf(m.reading!))));
  if (reading === null) return;
  const why = evidenceOf(group, (m) => m.reading === reading, (m) => m.raw ?? m.reading!);
  for (const m of group.members.filter((x) => x.reading !== reading)) writeReading(documents, m, reading, why);
}

/** Reconciles the group's date; true when a copy was corrected. */
function reconcileDates(group: LetterGroup, documents: LetterDocument[], evidence: BundleEvidence, mentions: Mention[]): boolean {
  const bounds = boundsOf(group, documents, evidence, mentions);
  const date = agreedDate(group, bounds);
  if (date === null) return false;
  const why = dateEvidence(group, date, bounds);
  // A citation whose date OCR garbled past reading takes the agreed one; one that prints no date is left so.
  // So does a letter whose own date was read only loosely from its head (its date line's label lost).
  const readLoosely = group.members.filter((m) => m.role === 'own' && m.date !== null && isoOf(m.date) === date);
  const corrected = [...datesToCorrect(group, date), ...readLoosely]
    .filter((m) => m.date !== null || m.role === 'own' || printsDate(documents[m.doc]!, m))
    .filter((m) => heldDate(documents[m.doc]!, m) !== date);
  for (const m of corrected) writeDate(documents, m, date, why);
  return corrected.length > 0;
}

/**
 * An office number's dot put back where OCR lost it ("ลป 00175" for ลป 0017.5), or taken out where
 * a speck made one ("มท 081.6" for มท 0816, "กจ 715.17" for กจ 71517); a digit read twice taken out
 * ("สฎ 00233.6" for สฎ 0023.6), a 0 lost put back ("พร 017.3" for พร 0017.3, "มท 617.5" for มท 0617.5, "ชร 894" for ชร 0894), a speck read as a
 * digit before an office block taken out ("สฎ 90017.3" for สฎ 0017.3, "สธ 50203.2" for สธ 0203.2), a
 * ministry block's 0 read as another digit put right ("มท 2226.2" for มท 0226.2).
 */
const DOT_REPAIRS = [
  { repair: restoreLostDot, why: 'has five digits after a province code and starts with 0', what: 'a dot lost' },
  { repair: withLostZero, why: 'has three digits after a province code, 0 and two others, and a one-digit sub-unit', what: 'a 0 lost' },
  { repair: withLostLeadingZero, why: 'has three digits, none of them 0 first, after a province code (with no sub-unit or a one-digit one) or after a ministry code with a sub-unit', what: 'its leading 0 lost' },
  { repair: withoutGainedDot, why: 'has an office block no number of its code has, which the next block completes', what: 'a speck read as a dot' },
  { repair: withoutDoubledDigit, why: 'has five digits after a province code, two alike side by side, and a sub-unit after them', what: 'a digit read twice' },
  { repair: withoutSpeckDigit, why: 'has five digits: a digit before a four-digit office block of its code, in a shape no block has', what: 'a speck read as a digit' },
  { repair: withMisreadLeadingZero, why: 'has four digits after a ministry code, none of them 0 first', what: 'its leading 0 misread' },
] as const;

/** The number with its office block's shape repaired (DOT_REPAIRS), and why; null when its shape is sound. */
function dotRepaired(ref: ReferenceNumber): { normalized: string; why: string } | null {
  const found = DOT_REPAIRS.map((r) => ({ ...r, unit: r.repair(ref) })).find((r) => r.unit !== null);
  if (!found) return null;
  return { normalized: ref.normalized.replace(ref.unit, found.unit!), why: `office number ${ref.unit} ${found.why}: read as ${found.unit}, ${found.what}` };
}

/** A provincial hall's letter with a 0 of its office block misread (withProvincialHallBlock), and why; null otherwise. */
function hallRepaired(doc: LetterDocument, ref: ReferenceNumber): { normalized: string; why: string } | null {
  const unit = withProvincialHallBlock(ref, headOf(doc));
  if (unit === null) return null;
  return { normalized: ref.normalized.replace(ref.unit, unit), why: `office number ${ref.unit} of a letter from a ศาลากลางจังหวัด, whose offices are numbered 00 and two digits: read as ${unit}, a 0 of it misread` };
}

function repairDots(documents: LetterDocument[], ocr: ReadonlySet<LetterDocument>): void {
  for (const doc of documents.filter((d) => ocr.has(d) && d.reference?.number != null)) {
    const ref = doc.reference!;
    const repaired = hallRepaired(doc, ref) ?? dotRepaired(ref);
    // As in writeReading: a number read garbled may not parse once repaired; it stays as read.
    const parsed = repaired ? parseReferenceNumber(repaired.normalized) : null;
    if (!repaired || !parsed) continue;
    doc.warnings.push({ code: 'reference-reconciled', message: repaired.why, field: 'reference', before: ref.normalized, after: repaired.normalized });
    doc.reference = { ...parsed, raw: ref.raw };
    // The reference decides the issuer's level when it can: read again from the repaired block.
    doc.issuer.level = levelFromReference(doc.reference) ?? doc.issuer.level;
  }
}

/**
 * A cited number with the same repairs of its office block's shape; a letter's own again, now
 * that the bundle may have given its code back ("สร5 0203.2" read with Surin's code is a
 * ministry's, สธ 0203.2, once its head names the ministry).
 */
function repairMentionedDots(documents: LetterDocument[], m: Mention): void {
  // Read as OCR's, as it was: a block a speck split ("00.17.2") is no shape a printed number has.
  const ref = !m.loose && m.reading !== null ? parseReferenceNumber(m.reading, { ocr: true }) : null;
  const repaired = ref?.number != null ? dotRepaired(ref) : null;
  if (repaired) writeReading(documents, m, repaired.normalized, repaired.why);
}

export function crossCheckBundle(documents: LetterDocument[], evidence: BundleEvidence): void {
  repairDots(documents, evidence.ocr);
  // A letter's year misread decades away ("2506" for 2566) first, so that its copies are known as one.
  checkOwnYears(documents, evidence);
  const mentions = mentionsIn(documents, evidence.ocr, contestedDigits(evidence.pages));
  for (const m of mentions.filter((x) => evidence.ocr.has(documents[x.doc]!))) {
    showResolvedCode(documents, m);
    codeFromAgencyName(documents, m);
    showPlaceName(documents, m);
    repairMentionedDots(documents, m);
  }
  const groups = groupMentions(mentions);
  for (const group of groups) reconcileReadings(group, documents, mentions);
  // A letter no other letter cites may still be dated before what it cites by its look-alike month alone.
  const lone = mentions.filter((m) => m.role === 'own' && m.date?.lookAlikeMonth !== undefined && !groups.some((g) => g.members.includes(m)));
  const dated = [...groups, ...lone.map((m): LetterGroup => ({ own: m, members: [m] }))];
  reconcileAllDates(dated, documents, evidence, mentions);
  // A letter dated from what its date line still shows is a copy of its date for its citations.
  if (dateFromTheirHeads(documents, evidence, mentions)) reconcileAllDates(dated, documents, evidence, mentions);
  checkYears(documents, evidence);
  warnDatesBeforeCited(documents);
  reconcileSubjects(documents, evidence.ocr);
}

/**
 * A date settled in one group bounds another's (the letter it encloses was written first): again
 * until nothing changes, at most once a group.
 */
function reconcileAllDates(dated: LetterGroup[], documents: LetterDocument[], evidence: BundleEvidence, mentions: Mention[]): void {
  for (let pass = 0; pass < dated.length; pass++) {
    const changed = dated.map((group) => reconcileDates(group, documents, evidence, mentions));
    if (!changed.includes(true)) break;
  }
}

/**
 * An OCR letter still undated whose date line shows part of its year, or reads as a few dates,
 * dated as its citations and stamps allow (unread-year.ts); true when one was.
 */
function dateFromTheirHeads(documents: LetterDocument[], evidence: BundleEvidence, mentions: Mention[]): boolean {
  let dated = false;
  for (const m of mentions.filter((x) => x.role === 'own' && documents[x.doc]!.date === null && evidence.ocr.has(documents[x.doc]!))) {
    const doc = documents[m.doc]!;
    const cited = citedDates(doc);
    const read = m.date ?? looseHeader(doc.text, doc.reference?.raw).date;
    // It was written before it was received, and before the letters that cite it.
    const citing = mentions.filter((x) => x.role !== 'own' && x.reading !== null && x.reading === m.reading).map((x) => documents[x.doc]!.date?.iso);
    const notAfter = [...(evidence.stampDates[m.doc] ?? []), ...citing.filter((d): d is string => d !== undefined)];
    // A line read as a day and month with no year may read as a few dates once repaired ("๒๕๖๔๗").
    const garbled = read === null || read.year === null ? garbledDateLine(doc.text) : null;
    const found = dateFromYearRemains(read, cited, notAfter) ?? (garbled && dateFromRepairs(garbled.line, garbled.isos, cited, notAfter));
    if (!found) continue;
    writeDate(documents, { ...m, date: read }, found.iso, found.why);
    m.date = dateReadingOf(found.iso);
    dated = true;
  }
  return dated;
}

const unreadCodeOf = (normalized: string | null): boolean => normalized !== null && isUnreadCode(normalized.split(' ')[0] ?? '');

/**
 * A number whose code was not read and not given back is left out, never shown with the
 * misreading. Last of all: a citation the cross-check corrected may still give it back
 * (unread-numbers.ts).
 */
export function dropUnreadCodes(documents: LetterDocument[]): void {
  for (const doc of documents) {
    const ref = doc.reference;
    if (ref && isUnreadCode(ref.agencyCode)) {
      doc.reference = null;
      doc.warnings.push({ code: 'reference-code-unread', message: `the agency code of "${ref.raw}" could not be read, nor found elsewhere in the bundle`, field: 'reference' });
    }
    doc.references = doc.references.map((c) => (unreadCodeOf(c.normalized) ? { ...c, normalized: null } : c));
    doc.enclosures = doc.enclosures.map((e) => (unreadCodeOf(e.reference) ? { ...e, reference: null } : e));
  }
}

/** Every OCR letter's year, and the years of the letters it cites, against the rest of the bundle as read. */
function checkYears(documents: LetterDocument[], evidence: BundleEvidence): void {
  checkOwnYears(documents, evidence);
  for (const doc of documents.filter((d) => evidence.ocr.has(d))) checkCitedYears(doc);
}

/** Every OCR letter's own year against the rest of the bundle as read (one letter's verdict does not sway another's). */
function checkOwnYears(documents: LetterDocument[], evidence: BundleEvidence): void {
  // Bundle order says little about dates; only a citation bounds the cited letter's date.
  const links = forwardingLinks(documents).filter((l) => l.evidence !== 'bundle_order');
  const dates = documents.map((d) => d.date?.iso);
  const known = (d: string | undefined): d is string => d !== undefined;
  const checks = documents.map((doc, i) => {
    const lettersAndStamps = [...dates.filter((_, k) => k !== i), ...evidence.stampDates.flat()].filter(known);
    // A cited date far from every other letter and stamp was misread as the letter's own may be
    // (one typeface, one page: "๒๕๖๘" read "๒๕๐๘" twice): it vouches for nothing.
    const cited = citedDates(doc).filter((c) => lettersAndStamps.length === 0 || !isFarFrom(c, lettersAndStamps));
    const others = [...lettersAndStamps, ...cited];
    const latest = links.filter((l) => l.older === i).map((l) => dates[l.newer]).filter(known).sort()[0] ?? null;
    return { doc, others, latest, earliest: cited.sort().at(-1) ?? null };
  });
  for (const { doc, others, latest, earliest } of checks) if (evidence.ocr.has(doc)) checkYear(doc, others, latest, earliest);
}
