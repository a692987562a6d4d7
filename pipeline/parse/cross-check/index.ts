/**
 * Cross-checks that use everything a bundle knows. A letter's number and date are printed on
 * the letter and again in the อ้างถึง and สิ่งที่ส่งมาด้วย of the letters that forward it, and
 * receipt stamps say when it arrived. The copies are grouped (grouping.ts), weighed
 * (consensus.ts), and every copy that reads otherwise than the agreed reading is corrected
 * with a warning naming the evidence (write-back.ts). An agency code misread into another is
 * given back from the agency the letter's head or the citation names (agency-names.ts); a
 * province office number that lost its dot is given it back; a year far from the rest of the
 * bundle is corrected or dropped (year-sense.ts). The chain is then built from the reconciled
 * numbers.
 */
import type { LetterDocument, PageText } from '../../../schemas/index.js';
import { forwardingLinks } from '../../chain/links.js';
import { parseReferenceNumber } from '../reference.js';
import { agreedDate, agreedReading, type DateBounds, datesToCorrect } from './consensus.js';
import { groupMentions, type LetterGroup } from './grouping.js';
import { contestedDigits, type Mention, mentionsIn } from './mentions.js';
import { isoOf } from './partial-readings.js';
import { restoreLostDot } from './unit-shape.js';
import { codeFromAgencyName, placeOf, showResolvedCode, writeDate, writeReading } from './write-back.js';
import { checkYear } from './year-sense.js';

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
  const [, month, day] = date.split('-').map(Number);
  const supports = group.members.filter((m) => m.date !== null && (isoOf(m.date) === date || (m.date.year === null && m.date.day === day && m.date.month === month)));
  const shown = supports.map((m) => `${placeOf(m, 'date')} (${m.date!.raw ?? isoOf(m.date!)}${m.date!.year === null ? ', day and month' : ''})`);
  const others = group.members.map((m) => (m.date ? isoOf(m.date) : null)).filter((iso): iso is string => iso !== null && iso !== date);
  const after = [...new Set(others)].filter((iso) => bounds.notAfter !== null && iso > bounds.notAfter);
  const before = [...new Set(others)].filter((iso) => bounds.notBefore !== null && iso < bounds.notBefore);
  const ruled = [
    ...after.map((iso) => `; ${iso} is after ${bounds.notAfter}, the date of a letter that forwards it or of its receipt`),
    ...before.map((iso) => `; ${iso} is before ${bounds.notBefore}, the date of a letter it cites`),
  ];
  return `the same letter is dated so in ${shown.join(', ') || 'no copy alone'}${ruled.join('')}`;
}

function boundsOf(group: LetterGroup, documents: LetterDocument[], evidence: BundleEvidence): DateBounds {
  const own = group.own?.doc ?? null;
  const citing = group.members.filter((m) => m.role !== 'own').map((m) => documents[m.doc]!.date?.iso);
  const stamps = own === null ? [] : evidence.stampDates[own]!;
  const later = [...citing, ...stamps].filter((d): d is string => d !== undefined).sort();
  const bundle = [
    ...documents.filter((_, i) => i !== own).map((d) => d.date?.iso),
    ...evidence.stampDates.flat(),
  ].filter((d): d is string => d !== undefined);
  const earlier = own === null ? [] : citedDates(documents[own]!).sort();
  return { notAfter: later[0] ?? null, notBefore: earlier.at(-1) ?? null, bundle };
}

/** The dates of the letters a letter cites in อ้างถึง and สิ่งที่ส่งมาด้วย: all written before it. */
function citedDates(doc: LetterDocument): string[] {
  return [...doc.references.map((r) => r.date), ...doc.enclosures.map((e) => e.date)].filter((d): d is string => d !== null);
}

function reconcileGroup(group: LetterGroup, documents: LetterDocument[], evidence: BundleEvidence): void {
  const reading = agreedReading(group);
  if (reading !== null) {
    const why = evidenceOf(group, (m) => m.reading === reading, (m) => m.raw ?? m.reading!);
    for (const m of group.members.filter((x) => x.reading !== reading)) writeReading(documents, m, reading, why);
  }
  const bounds = boundsOf(group, documents, evidence);
  const date = agreedDate(group, bounds);
  if (date === null) return;
  const why = dateEvidence(group, date, bounds);
  for (const m of datesToCorrect(group, date)) {
    if (m.date !== null || m.role === 'own') writeDate(documents, m, date, why);
  }
}

/** Province numbers that lost the dot before their last digit ("ลป 00175" for ลป 0017.5). */
function restoreLostDots(documents: LetterDocument[], ocr: ReadonlySet<LetterDocument>): void {
  for (const doc of documents.filter((d) => ocr.has(d) && d.reference?.number != null)) {
    const unit = restoreLostDot(doc.reference!);
    if (unit === null) continue;
    const normalized = doc.reference!.normalized.replace(doc.reference!.unit, unit);
    const message = `office number ${doc.reference!.unit} has five digits after a province code and starts with 0: read as ${unit}, a dot lost`;
    doc.warnings.push({ code: 'reference-reconciled', message, field: 'reference', before: doc.reference!.normalized, after: normalized });
    doc.reference = { ...parseReferenceNumber(normalized)!, raw: doc.reference!.raw };
  }
}

export function crossCheckBundle(documents: LetterDocument[], evidence: BundleEvidence): void {
  restoreLostDots(documents, evidence.ocr);
  const mentions = mentionsIn(documents, evidence.ocr, contestedDigits(evidence.pages));
  for (const m of mentions.filter((x) => evidence.ocr.has(documents[x.doc]!))) {
    showResolvedCode(documents, m);
    codeFromAgencyName(documents, m);
  }
  for (const group of groupMentions(mentions)) reconcileGroup(group, documents, evidence);
  checkYears(documents, evidence);
}

/** Every OCR letter's year against the rest of the bundle as read (one letter's verdict does not sway another's). */
function checkYears(documents: LetterDocument[], evidence: BundleEvidence): void {
  // Bundle order says little about dates; only a citation bounds the cited letter's date.
  const links = forwardingLinks(documents).filter((l) => l.evidence !== 'bundle_order');
  const dates = documents.map((d) => d.date?.iso);
  const known = (d: string | undefined): d is string => d !== undefined;
  const checks = documents.map((doc, i) => {
    const cited = citedDates(doc);
    const others = [...dates.filter((_, k) => k !== i), ...evidence.stampDates.flat(), ...cited].filter(known);
    const latest = links.filter((l) => l.older === i).map((l) => dates[l.newer]).filter(known).sort()[0] ?? null;
    return { doc, others, latest, earliest: cited.sort().at(-1) ?? null };
  });
  for (const { doc, others, latest, earliest } of checks) if (evidence.ocr.has(doc)) checkYear(doc, others, latest, earliest);
}
