/**
 * What a single line is, as far as the line alone can tell: an urgency or secrecy marker,
 * a header label, a date line, a signatory's name, a contact field. Splitting and field
 * extraction both build on these.
 */
import type { DocumentKind, ReferenceNumber, Secrecy, Urgency } from '../../schemas/index.js';
import { findDates } from '../dates/index.js';
import { editDistance, isTitledName, matchKey, PLAIN_TITLES, skeletonOf, thaiDictionary, withTitleUnmarked } from '../thai/index.js';
import { isKeywordLine, matchAnyLabel, matchLabel } from './keywords.js';
import {
  ATTACHMENT_TITLES, CLOSINGS, CONTACT, DIRECTIVE_CLOSINGS, DIRECTIVE_TITLES, HONORIFICS, LABEL,
  DATE_TIME_GROUP_LABELS, MESSAGE_FORM_HEADINGS, PRIVATE_BODIES, SALUTATIONS, SECRECIES, STAMPED_SALUTATION, UNIT_WORDS, URGENCIES,
} from './lexicon.js';
import { type Line, withoutSignSpecksAtEnds } from './lines.js';
import { agencyGroupOf } from './issuer-level.js';
import { onlyDateRepair } from './date-repair.js';
import { isUnreadCode, lookalikeCodes, parseReferenceNumber } from './reference.js';

/** OCR specks beside a mark printed alone on its line: ". ด่วน", "ด่วน 3". */
const EDGE_SPECKS = /^[^\u0E01-\u0E2E]+|[^\u0E01-\u0E4E]+$/gu;
const markText = (line: Line): string => (line.ocr ? line.text.replace(EDGE_SPECKS, '') : line.text);

/** Each urgency's letters without their marks: a stamp's small marks are the first a worn scan loses. */
const URGENCY_SKELETONS = URGENCIES.map((u) => ({ urgency: u, letters: skeletonOf(u) }));
/**
 * Letters enough (ดวนมาก, ดวนทสด, บนทกขอความ) that one more, fewer or misread still names the
 * stamp or heading: a lost mark read as a letter of its own ("ดวแนทสด"). ด่วน's three letters
 * are matched exactly.
 */
const FUZZY_SKELETON_LETTERS = 6;

const isSkeletonOf = (letters: string, text: string): boolean =>
  letters === text || (letters.length >= FUZZY_SKELETON_LETTERS && editDistance(letters, text) === 1);

/** An urgency alone on its line; in OCR text also with every mark lost ("ดวนทสด", "ดวแนทสด"). */
export function urgencyOf(line: Line): Urgency | null {
  const text = markText(line);
  const found = URGENCIES.find((u) => isKeywordLine(text, u, line.ocr));
  return found ?? (line.ocr ? (URGENCY_SKELETONS.find((u) => isSkeletonOf(u.letters, text))?.urgency ?? null) : null);
}

/** A secrecy class counts only alone on a line: ลับ is a syllable of many words. */
export function secrecyOf(line: Line): Secrecy | null {
  return SECRECIES.find((s) => isKeywordLine(markText(line), s, line.ocr)) ?? null;
}

export const isClassMarker = (line: Line): boolean => urgencyOf(line) !== null || secrecyOf(line) !== null;

interface Marks {
  urgency: Urgency | null;
  secrecy: Secrecy | null;
}

/**
 * A heading line, alone or with the urgency or secrecy stamped beside it ("วิทยุในราชการ
 * ด่วนที่สุด", "บันทึกข้อความ ด่วนมาก"): those marks; null when the line is not that heading.
 */
function headingMarks(line: Line, heading: string): Marks | null {
  const m = matchLabel(line.text, heading, line.ocr) ?? (line.ocr ? headingByLetters(line.text, heading) : null);
  if (m === null) return null;
  if (m.rest === '') return { urgency: null, secrecy: null };
  const rest = { ...line, text: m.rest };
  const marks = { urgency: urgencyOf(rest), secrecy: secrecyOf(rest) };
  if (marks.urgency || marks.secrecy) return marks;
  return line.ocr && isStraySigns(m.rest) ? { urgency: null, secrecy: null } : null;
}

/**
 * A heading whose marks OCR lost and one of whose letters it misread ("บแทกขอความ" for
 * บันทึกข้อความ: too many edits for a label), known by its letters as an urgency stamp is.
 */
function headingByLetters(text: string, heading: string): { rest: string } | null {
  const [first = '', ...rest] = text.trim().split(/\s+/u);
  return isSkeletonOf(HEADING_SKELETONS.get(heading) ?? skeletonOf(heading), skeletonOf(first)) ? { rest: rest.join(' ') } : null;
}

/** At most this many signs... */
const MAX_STRAY_SIGNS = 5;
/** ...and no word: what OCR makes of a stamp or a seal beside a heading ("บแทกขอความ พฟฒฆ"), or of a worn label. */
const isStraySigns = (text: string): boolean => !/\s/u.test(text) && [...text].length <= MAX_STRAY_SIGNS && !thaiDictionary().has(text);

const HEADINGS = [LABEL.memoHeading, ...MESSAGE_FORM_HEADINGS];
/** Each heading's letters without their marks, for headingByLetters: asked of every OCR line. */
const HEADING_SKELETONS = new Map<string, string>(HEADINGS.map((h) => [h, skeletonOf(h)]));

/** The urgency and secrecy a memo's or message form's heading line carries beside the heading. */
export const marksBesideHeading = (line: Line): Marks =>
  HEADINGS.map((h) => headingMarks(line, h)).find((m) => m !== null) ?? { urgency: null, secrecy: null };

export const isMemoHeading = (line: Line): boolean => headingMarks(line, LABEL.memoHeading) !== null;

/** A memo's ส่วนราชการ line and what follows the label; not the footer's ส่วนราชการเจ้าของเรื่อง. */
export function memoOfficeOf(line: Line): string | null {
  const office = matchLabel(line.text, LABEL.memoOffice, line.ocr);
  return office && !matchLabel(line.text, CONTACT.ownerUnit, line.ocr) ? office.rest : null;
}

function referenceAfterLabel(line: Line): { reference: ReferenceNumber; after: string } | null {
  // Some forms label the number เลขที่ ("เลขที่ มท ๐๒๑๑.๓/ว ๑๒๓๔"): taken when a whole number follows.
  const label = matchLabel(line.text, LABEL.reference, line.ocr) ?? matchLabel(line.text, LABEL.referenceNumber, line.ocr);
  if (label) {
    const reference = parseReferenceNumber(label.rest, { ocr: line.ocr });
    return reference ? { reference, after: label.rest } : null;
  }
  return line.ocr ? (referenceAfterMisreadLabel(line.text) ?? referenceAfterLetterSpeck(line.text)) : null;
}

/** A speck left of the ที่ line that OCR read as a letter, perhaps with a mark, set apart ("อ ที่ พร ๐๐๑๗.๓/ว๔๖๑"). */
const LETTER_SPECK = /^[\u0E01-\u0E2E][\u0E31-\u0E4E]?\s+/u;

/** ที่ after a letter speck, taken only before a known agency code: a word there would make it a sentence. */
function referenceAfterLetterSpeck(text: string): { reference: ReferenceNumber; after: string } | null {
  const speck = LETTER_SPECK.exec(text);
  const label = speck ? matchLabel(text.slice(speck[0].length), LABEL.reference, true) : null;
  if (!label) return null;
  const reference = parseReferenceNumber(label.rest, { ocr: true });
  return reference && agencyGroupOf(reference.agencyCode ?? '') !== null ? { reference, after: label.rest } : null;
}

/**
 * OCR misreads the short label ที่ ("รี่", "ฟี่") and may glue it to the code ("กี่ชร 0328/240"):
 * a one-letter slip before a known agency code (or one a look-alike letter from one, "กี่บท" for มท, or an
 * unread one, for the bundle to give back) is let through.
 */
function referenceAfterMisreadLabel(text: string): { reference: ReferenceNumber; after: string } | null {
  const head = MISREAD_LABEL.exec(text)?.[0] ?? '';
  for (let end = 1; end <= head.length; end++) {
    if (THAI_MARK.test(text[end] ?? '')) continue;
    const after = text.slice(end).replace(SPECKS_AFTER_LABEL, '');
    const reference = parseReferenceNumber(after, { ocr: true });
    const slip = editDistance(labelKey(text.slice(0, end)), labelKey(LABEL.reference)) <= 1;
    // A known code, one a look-alike letter from one, or an unread one: the bundle gives it back or leaves it out (isUnreadCode).
    const code = reference?.agencyCode ?? '';
    if (reference && slip && (agencyGroupOf(code) !== null || lookalikeCodes(code).length > 0 || isUnreadCode(code))) return { reference, after };
  }
  return null;
}

/** What a scan leaves beside a number standing alone: a speck or two. */
const SPECKS_ONLY = /^[\s.,'`|]*$/u;
const LEADING_SPECKS = /^[\s.,'`|]+/u;

/**
 * In OCR text, a line that is one whole reference number of a known agency and nothing else but
 * specks: the ที่ line whose label OCR lost; or such a number with วันที่ after it, a memo's ที่
 * line (`rest` then holds the date). Only where a ที่ line stands (the caller knows), never a
 * number wrapped out of a citation (which ลงวันที่ follows).
 */
export function unlabelledReferenceLine(line: Line): { reference: ReferenceNumber; rest: string } | null {
  if (!line.ocr) return null;
  const text = line.text.replace(LEADING_SPECKS, '');
  const reference = parseReferenceNumber(text, { ocr: true });
  if (!reference?.number || agencyGroupOf(reference.agencyCode) === null) return null;
  const after = text.slice(text.indexOf(reference.raw) + reference.raw.length);
  if (SPECKS_ONLY.test(after)) return { reference, rest: '' };
  const rest = after.replace(LEADING_SPECKS, '');
  return matchLabel(rest, LABEL.dateLine, true) ? { reference, rest } : null;
}

/** "ที่ <reference>" opening the line, with whatever follows the reference. */
export function referenceLine(line: Line): { reference: ReferenceNumber; rest: string } | null {
  const found = referenceAfterLabel(line);
  if (!found) return null;
  const start = found.after.indexOf(found.reference.raw);
  return { reference: found.reference, rest: found.after.slice(start + found.reference.raw.length).trim() };
}

/** The whole line is one date (optionally after วันที่): the date line of a letter. */
export function dateOnly(text: string): string | null {
  const [first, ...more] = findDates(text);
  if (!first || more.length > 0 || first.index !== 0) return null;
  return first.raw.length === text.trim().length ? first.raw : null;
}

/** A letter's date line (optionally after วันที่); in OCR text also one whose month only one repair explains. */
export function dateLineValue(line: Line): string | null {
  const label = matchLabel(line.text, LABEL.dateLine, line.ocr) ?? matchAnyLabel(line.text, DATE_TIME_GROUP_LABELS, line.ocr);
  const printed = label ? label.rest : line.text;
  // A scan leaves specks read as signs before or after the date ("-5 ส.ค. 2567.").
  const value = line.ocr ? withoutSignSpecksAtEnds(printed) : printed;
  return dateOnly(value) ?? (line.ocr && onlyDateRepair(value) ? value.trim() : null);
}

/** ลงวันที่ or its short form ลง (a dot may follow) right after the reference: "ที่ กห ๐๔๐๓/๕๕ ลง ๓ มี.ค. ๖๘". */
const DATE_AFTER_REFERENCE = new RegExp(`^(?:${LABEL.citedDate}|${LABEL.citedDateShort})\\.?\\s*`, 'u');

/** The date after the reference on its ที่ line, labelled ลงวันที่ or ลง (radio messages, military letters). */
export function dateAfterReference(rest: string): string | null {
  const label = DATE_AFTER_REFERENCE.exec(rest);
  return label ? dateOnly(rest.slice(label[0].length)) : null;
}

/** วันที่ on a memo's ที่ line, not the ลงวันที่ of a citation. */
const MEMO_DATE_LABEL = new RegExp(`(?<!ลง)${LABEL.dateLine}\\s*`, 'u');
/** What a scan leaves after the date at the line's end: a speck or two. */
const TRAILING_SPECKS = /^\s*\S{0,2}\s*$/u;

/**
 * The date of a memo's ที่ line ("ที่ ... วันที่ ๔ มีนาคม ๒๕๖๗") whose reference could not be
 * read: the memo form prints both on one line, and a garbled number must not cost the date.
 */
export function dateAfterUnreadReference(line: Line): string | null {
  if (!matchLabel(line.text, LABEL.reference, line.ocr)) return null;
  const label = MEMO_DATE_LABEL.exec(line.text);
  if (!label) return null;
  const rest = line.text.slice(label.index + label[0].length);
  const [first] = findDates(rest);
  return first && first.index === 0 && TRAILING_SPECKS.test(rest.slice(first.raw.length)) ? first.raw : null;
}

export const subjectOf = (line: Line): string | null => matchLabel(line.text, LABEL.subject, line.ocr)?.rest ?? null;

/** เรียน / กราบเรียน / เสนอ (letters, memos) or ถึง (stamped letters). */
export function salutationOf(line: Line): { rest: string; stamped: boolean } | null {
  const m = matchAnyLabel(line.text, SALUTATIONS, line.ocr);
  if (m) return { rest: m.rest, stamped: false };
  const stamped = matchLabel(line.text, STAMPED_SALUTATION, line.ocr);
  return stamped && stamped.rest ? { rest: stamped.rest, stamped: true } : null;
}

export const closingOf = (line: Line): boolean => CLOSINGS.some((c) => isKeywordLine(line.text, c, line.ocr));

/** What OCR may make of ที่: up to three Thai characters opening the line. */
const MISREAD_LABEL = /^[\u0E01-\u0E4E]{1,3}/u;
/** Specks OCR reads between the label and the code ("ฑที. มท"), as matchLabel passes over after ที่ itself. */
const SPECKS_AFTER_LABEL = /^[\s.,:;'`|]+/u;
/** Upper vowels OCR takes for each other (ี read as ึ): one, for comparing a misread label. */
const UPPER_VOWELS = /[\u0E34-\u0E37]/gu;
const labelKey = (text: string): string => matchKey(text).replace(UPPER_VOWELS, '\u0E35');
const THAI_MARK = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]$/u;

const NAME_IN_PARENTHESES = /^\(\s*([^()]+?)\s*\)$/u;
/**
 * The signature's scribble leaves OCR marks after the name: "(นายอนุชา นาคสวัสดิ์) ,", ")[: .", ") 0",
 * ") 6 7", ") 7รว" (three signs with a digit among them: no word).
 */
const TRAILING_SCRIBBLE = /\)(?:[\s,.'"`|:;~\[\]-]+|(?:\s+(?:\S{1,2}|(?=\S{0,2}[0-9\u0E50-\u0E59])\S{3})){1,2})$/u;
/**
 * ...and specks glued before its bracket, its last stroke read as 1 or l, or the bracket read
 * twice: '"(นาย...', ".(นาง...", "1((นาง..."; or a few signs set apart before it ("น (นาย...",
 * "[096 (นาย..."), or up to three pieces of signs no word has (no three Thai signs in a row),
 * the last glued to the bracket ("[ ]ฏ. ล1.3.ฏ.(นาย..."): no name line opens so. A quote OCR read
 * inside the bracket goes too ("('นาย...").
 */
const LEADING_SCRIBBLE = /^(?:[.,'"`“”‘’|:;\-1lIi]{1,2}\(?|\(|\S{1,4}\s+|(?:(?![^\s(]*[\u0E01-\u0E4E]{3})[^\s(]{1,8}\s*){1,3})(?=\()|(?<=\()['"`‘’“”](?=[\u0E01-\u0E2E])/gu;
/** Given name and family name without a title: two Thai words, nothing else. */
const BARE_NAME = /^[\u0E01-\u0E4E]{2,20}\s[\u0E01-\u0E4E]{2,25}$/u;

/** A quote between two Thai letters of a name OCR read with no space: the space it stands in ("นายอภิชาติ'แก้วมณี"). */
const QUOTE_FOR_SPACE = /(?<=[\u0E01-\u0E4E])['`‘’"“”](?=[\u0E01-\u0E2E\u0E40-\u0E44])/u;
const withSpaceForQuote = (name: string): string => (/\s/u.test(name) ? name : name.replace(QUOTE_FOR_SPACE, ' '));

/** "(นายต่อพงษ์ ทับทิมโต)" -> "นายต่อพงษ์ ทับทิมโต"; a catchword "(นาย..." is not a name. */
export function signatoryNameOf(line: Line): string | null {
  const m = NAME_IN_PARENTHESES.exec(line.ocr ? line.text.replace(TRAILING_SCRIBBLE, ')').replace(LEADING_SCRIBBLE, '') : line.text);
  const name = m?.[1] && line.ocr ? withSpaceForQuote(m[1]) : m?.[1];
  if (!name || /\.{3}|…/u.test(name) || /[0-9\u0E50-\u0E59]/u.test(name)) return null;
  const compact = name.replace(/\s+/gu, '');
  const honorific = HONORIFICS.some((h) => compact.startsWith(h));
  return honorific || BARE_NAME.test(name) ? name : null;
}

const SARA_AM = /\u0E33/gu;

/**
 * An OCR name whose title was misread: นางสาว with ำ for า ("นางสำว", OCR's commonest vowel
 * slip), a speck read as a tone mark inside it ("น่าง"), or no title but an opening one letter
 * from exactly one plain title ("นจงปิยะนุช"; PLAIN_TITLES), or from นางสาว and so from นาง too
 * ("บางสาว…"), or a letter glued before a plain title ("บนางสาว…"). A name opening with another
 * title, or one letter from two others ("นาถ…": นาง or นาย), is left as read.
 */
export function withTitleMended(read: string): string {
  const name = withTitleUnmarked(read);
  if (name.slice(0, 6).replace(SARA_AM, 'า') === 'นางสาว') return `นางสาว${name.slice(6)}`;
  if (HONORIFICS.some((title) => name.startsWith(title))) return name;
  // A speck read as a letter glued before a whole title ("บนางสาว…"): no name opens so.
  if (/^[\u0E01-\u0E2E]/u.test(name) && PLAIN_TITLES.some((t) => name.startsWith(t, 1))) return name.slice(1);
  const near = PLAIN_TITLES.filter((t) => [...name.slice(0, t.length)].filter((c, k) => c !== t[k]).length === 1);
  // นางสาว one letter off is นาง one letter off too ("บางสาว"): the longer, unless a mark follows it.
  const longest = near.length === 2 && near.includes('นางสาว') && near.includes('นาง') && !THAI_MARK.test(name[6] ?? '') ? 'นางสาว' : null;
  const title = longest ?? (near.length === 1 ? near[0]! : null);
  return title === null ? name : title + name.slice(title.length);
}

/**
 * The bracketed name, or what OCR left of it, in a line standing right under the closing phrase:
 * a signature's scribble makes letters or signs before it ("ฮู (นางสาวรัชนี ทองคำ)", "4นาย...",
 * up to three pieces, the last glued to the bracket: ". 6 แซแ(นาย..."), takes a bracket or leaves
 * marks after it ("(นางชนิดา นาคสวัสดิ์ 7"). Brackets lost, only a title of person, a name and a
 * surname make a name.
 */
const SCRIBBLED_NAME = /^(?:(?:\S{1,3}\s+){1,3}|[^\u0E01-\u0E2E(\s]{1,3})?(?:[^\s()]{1,3}(?=\())?\(?\s*([^()]+?)\s*\)?(?:\s+\S{1,2}|[^\u0E01-\u0E4E\s]{1,3})?$/u;
export function scribbledNameOf(line: Line): string | null {
  const name = line.ocr ? SCRIBBLED_NAME.exec(line.text)?.[1] : undefined;
  return name && isTitledName(withTitleMended(name)) ? name : null;
}

/**
 * What follows the title word says the line is no agency's directive: a private body's name
 * (ของ may stand between), or ที่ opening a clause ("ข้อบังคับที่ขอจดทะเบียน", the rules asked to
 * be registered; "คำสั่งที่ ๑/๒๕๖๗" is an order's number, and stays).
 */
const RELATIVE_CLAUSE = /^\s*ที่?\s*[ก-ฮ]/u;
const isNoAgencyTitle = (rest: string): boolean =>
  RELATIVE_CLAUSE.test(rest) || PRIVATE_BODIES.some((body) => rest.replace(/^\s*(?:ของ)?\s*/u, '').startsWith(body));

/** A directive or notice title: คำสั่งจังหวัด..., ประกาศกรม...; not what only opens like one. */
export function directiveKindOf(line: Line): DocumentKind | null {
  const m = DIRECTIVE_TITLES.find((t) => line.text.startsWith(t.word) && line.text.length > t.word.length);
  return m && !isNoAgencyTitle(line.text.slice(m.word.length)) ? m.kind : null;
}

/** The closing formula of a directive or notice (ประกาศ ณ วันที่ ...): its signature follows. */
export const directiveClosingOf = (line: Line): string | undefined =>
  DIRECTIVE_CLOSINGS.find((c) => line.text.replace(/\s+/gu, ' ').startsWith(c));

export const isMessageFormHeading = (line: Line): boolean =>
  MESSAGE_FORM_HEADINGS.some((h) => headingMarks(line, h) !== null);

export const isAttachmentTitle = (line: Line): boolean =>
  ATTACHMENT_TITLES.some((t) => line.text.startsWith(t)) && !/\.{3}$|…$/u.test(line.text);

export type ContactField = 'phone' | 'fax' | 'email' | 'coordinator';

const CONTACT_FIELDS: readonly [ContactField, readonly string[]][] = [
  ['fax', CONTACT.fax], ['email', CONTACT.email], ['coordinator', CONTACT.coordinator], ['phone', CONTACT.phone],
];

/** A field of the bottom-left contact block: โทร., โทรสาร, ไปรษณีย์อิเล็กทรอนิกส์, ผู้ประสานงาน. */
export function contactFieldOf(line: Line): { field: ContactField; value: string } | null {
  for (const [field, labels] of CONTACT_FIELDS) {
    const m = matchAnyLabel(line.text, labels, line.ocr);
    if (m && m.rest) return { field, value: m.rest.replace(/^[:.]\s*/u, '') };
  }
  return null;
}

/** A contact field's label alone on its line, its value read apart below it ("ไปรษณีย์อิเล็กทรอนิกส์" / "doc.gov@mail.go.th"). */
export const isContactLabel = (line: Line): boolean =>
  CONTACT_FIELDS.some(([, labels]) => matchAnyLabel(line.text, labels, line.ocr)?.rest.trim() === '');

/** A piece of a line OCR garbled: a few signs and no word, or Thai letters with a digit glued among them ("แรักรห3"). */
const isGarbledPiece = (piece: string): boolean => isStraySigns(piece) || (/[\u0E01-\u0E2E]/u.test(piece) && /[0-9\u0E50-\u0E59]/u.test(piece));
/** How many garbled pieces OCR may make of the label before a unit's name. */
const MAX_LABEL_PIECES = 2;

/**
 * The drafting unit's name opening the contact block (กอง..., กลุ่มงาน..., ส่วนราชการเจ้าของเรื่อง
 * ...); in OCR text also after one or two garbled pieces and no word, what OCR made of the label
 * before it ("ศศศรร กลุ่มงานปกครอง", "ศศร แรักรห3 กลุ่มงานปกครอง").
 */
export function isUnitName(line: Line): boolean {
  const pieces = line.text.split(' ');
  let skipped = 0;
  while (line.ocr && skipped < MAX_LABEL_PIECES && skipped < pieces.length - 1 && isGarbledPiece(pieces[skipped]!)) skipped++;
  const text = pieces.slice(skipped).join(' ');
  // The long label ส่วนราชการเจ้าของเรื่อง is known however OCR garbled its first word ("สูนราชการ...").
  const labelled = UNIT_WORDS.some((w) => text.startsWith(w)) || (line.ocr && matchLabel(text, CONTACT.ownerUnit, true) !== null);
  return labelled && !/[0-9\u0E50-\u0E59]/u.test(text);
}

export const copiesOf = (line: Line): string | null => matchLabel(line.text, LABEL.copies, line.ocr)?.rest ?? null;
