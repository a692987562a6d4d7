/**
 * The head of a letter, read in order: urgency/secrecy, บันทึกข้อความ and ส่วนราชการ (memo) or a
 * directive title, ที่ + reference, the issuer's letterhead lines, the date, เรื่อง, and
 * เรียน/เสนอ/ถึง. Stops where อ้างถึง, สิ่งที่ส่งมาด้วย or the body begins.
 */
import type { DocumentKind, ReferenceNumber, Secrecy, Urgency } from '../../schemas/index.js';
import {
  dateAfterReference, dateAfterUnreadReference, dateLineValue, directiveKindOf, isMemoHeading, isMessageFormHeading, marksBesideHeading, memoOfficeOf, referenceLine, salutationOf, secrecyOf, unlabelledReferenceLine,
  subjectOf, urgencyOf,
} from './classify.js';
import { COMBINING_MARKS, cutSummary, editDistance, skeletonOf } from '../thai/index.js';
import { matchAnyLabel, matchLabel } from './keywords.js';
import { ADDRESSEE_TITLES, BODY_OPENERS, CONTACT, ERA_MARK, EVERY_UNIT, EVERY_UNIT_NAME, EVERY_UNIT_NAMES, LABEL, PROVINCE_NAMES, STAMPED_SALUTATION } from './lexicon.js';
import { type Line, UNCLOSED_QUOTE, withoutInnerSpecks, withoutSignSpeckAtEnd, withoutSignSpeckAtStart, withoutSpecks } from './lines.js';
import type { JoinOptions, Layout } from './wrap.js';

export interface Header {
  urgency: Urgency | null;
  secrecy: Secrecy | null;
  memo: boolean;
  messageForm: boolean;
  directive: DocumentKind | null;
  /** the directive's title line (its issuer follows the title word) */
  title: string | null;
  reference: ReferenceNumber | null;
  dateRaw: string | null;
  /** memo: the ส่วนราชการ text without the phone */
  memoOffice: string | null;
  /** external letter: the letterhead lines between ที่ and the date */
  letterhead: string[];
  subject: string | null;
  addressee: string | null;
  stamped: boolean;
  /** bare numbers above เรื่อง: a receipt number whose stamp lost its label (OCR) */
  looseNumbers: string[];
  /** index in the content lines where the header ends */
  end: number;
}

const LOOSE_NUMBER = /^[0-9\u0E50-\u0E59]{1,6}$/u;
/** The rest of a phone number wrapped from the ส่วนราชการ line: "๖๑๕๒", "๒๒๖๓ ๕๒๖๘". */
const PHONE_DIGITS = /^[0-9\u0E50-\u0E59\s-]+(?:ต่อ\s*[0-9\u0E50-\u0E59]+)?$/u;

/** Labels that end a header field that wrapped onto several lines. */
const FIELD_ENDS: readonly string[] = [LABEL.subject, LABEL.cited, LABEL.enclosures];

export const startsField = (line: Line): boolean =>
  FIELD_ENDS.some((k) => matchLabel(line.text, k, line.ocr) !== null) || salutationOf(line) !== null;

const opensBody = (line: Line): boolean => matchAnyLabel(line.text, BODY_OPENERS) !== null;

const PHONE_LABELS = [...CONTACT.phone, ...CONTACT.fax].map((l) => l.replace('.', '\\.'));
const PHONE_PART = new RegExp(`\\s*(?:${PHONE_LABELS.join('|')}).*$`, 'u');
/** A bracket the phone was the whole of: "กกล.ศซบ.ทหาร (โทร. ...)". */
const EMPTY_BRACKET = /\s*\(\s*$/u;

/**
 * Strips the phone part of a memo's ส่วนราชการ line: "... (ศปท.มท.) โทร. ๐ ๒๒๒๕ ๕๕๒๑". A phone
 * printed inside the bracket of a unit's name ("(ส่วนความมั่นคงภายในฯ โทร. ...)") takes its
 * closing bracket with it: the bracket is closed again, or dropped when the phone was all it held.
 */
function withoutPhone(text: string): string {
  const office = text.replace(PHONE_PART, '').replace(EMPTY_BRACKET, '').trim();
  const open = office.split('(').length - office.split(')').length;
  return open > 0 ? `${office})` : office;
}

function emptyHeader(): Header {
  return {
    urgency: null, secrecy: null, memo: false, messageForm: false, directive: null, title: null, reference: null,
    dateRaw: null, memoOffice: null, letterhead: [], subject: null, addressee: null, stamped: false, looseNumbers: [],
    end: 0,
  };
}

/** Nothing but urgency/secrecy has been read: a title or a message-form heading may come. */
const pristine = (h: Header): boolean =>
  !h.memo && !h.messageForm && h.directive === null && h.reference === null && h.dateRaw === null;

/** Reads one line of the part above เรื่อง; `continues` says the previous line was full. True when recognized. */
function readTopLine(h: Header, line: Line, continues: boolean, layout: Layout): boolean {
  const urgency = urgencyOf(line);
  const secrecy = secrecyOf(line);
  if (urgency || secrecy) {
    h.urgency ??= urgency;
    h.secrecy ??= secrecy;
    return true;
  }
  const first = pristine(h);
  const beside = marksBesideHeading(line);
  h.urgency ??= beside.urgency;
  h.secrecy ??= beside.secrecy;
  if (isMemoHeading(line)) readMemoHeading(h, line);
  else if (continues && isPhoneTail(h, line)) return true;
  else if (LOOSE_NUMBER.test(line.text)) h.looseNumbers.push(line.text);
  else if (first && isMessageFormHeading(line)) h.messageForm = true;
  else if (!readMemoOffice(h, line) && !readSender(h, line) && !readReference(h, line) && !readDate(h, line) && !(first && readTitle(h, line))) {
    readLetterheadLine(h, line, continues, layout);
    return false;
  }
  return true;
}

/** A memo's date stands under its heading: a date read above it is a receipt stamp's (OCR text). */
function readMemoHeading(h: Header, line: Line): void {
  h.memo = true;
  if (line.ocr) h.dateRaw = null;
}

/**
 * ส่วนราชการ above ที่ makes a memo even when its heading บันทึกข้อความ was lost. A memo's date
 * stands under its ส่วนราชการ: a date read above it is a receipt stamp's, whose other rows OCR garbled.
 */
function readMemoOffice(h: Header, line: Line): boolean {
  const office = h.memoOffice === null && h.reference === null ? memoOfficeOf(line) : null;
  if (office === null) return false;
  h.memo = true;
  h.memoOffice = withoutPhone(office);
  if (line.ocr) h.dateRaw = null;
  return true;
}

/** Where a form's ถึง follows the sender on the จาก row, as a word of its own (a colon may follow it). */
const ADDRESSEE_ON_SENDER_ROW = new RegExp(`\\s${STAMPED_SALUTATION}\\s*:?\\s+`, 'u');

/**
 * A radio message form's จาก line: the sending office, which stands where a letterhead would.
 * Forms that print จาก and ถึง on one row give the addressee there too.
 */
function readSender(h: Header, line: Line): boolean {
  const sender = h.messageForm && h.letterhead.length === 0 ? matchLabel(line.text, LABEL.sender, line.ocr) : null;
  if (!sender?.rest) return false;
  const to = ADDRESSEE_ON_SENDER_ROW.exec(sender.rest);
  if (to && h.addressee === null) {
    const addressee = sender.rest.slice(to.index + to[0].length);
    h.addressee = line.ocr ? tidiedAddressee(addressee) : addressee;
  }
  h.letterhead.push(to ? sender.rest.slice(0, to.index) : sender.rest);
  return true;
}

/** A ที่ line whose label OCR lost stands above the date, like any ที่ line of a letter. */
function unlabelledReference(h: Header, line: Line): { reference: ReferenceNumber; rest: string } | null {
  if (h.dateRaw !== null) return null;
  return unlabelledReferenceLine(line);
}

/**
 * A letter's date stands under or beside its ที่ line: in OCR text a date read above it is a
 * receipt stamp's (its วันที่ row), whatever OCR made of the lines between. A radio message form
 * may print its date-time group first.
 */
function readReference(h: Header, line: Line): boolean {
  const ref = h.reference ? null : (referenceLine(line) ?? unlabelledReference(h, line));
  if (!ref) return false;
  h.reference = ref.reference;
  if (line.ocr && !h.messageForm) h.dateRaw = null;
  const rest = ref.rest;
  const date = rest ? (dateLineValue({ ...line, text: rest }) ?? dateAfterReference(rest) ?? (line.ocr ? dateAfterOneWord(line, rest) : null)) : null;
  if (date) h.dateRaw = date;
  else if (rest) h.letterhead.push(rest);
  return true;
}

/**
 * One word and a whole date line: what follows a memo's reference when OCR garbled its วันที่
 * past matching, or read a speck before it ("ง| วันที่ ๒๕ ธันวาคม ๒๕๖๖").
 */
const ONE_WORD = /^\S{1,8}\s+/u;
function dateAfterOneWord(line: Line, rest: string): string | null {
  const word = ONE_WORD.exec(rest);
  return word ? dateLineValue({ ...line, text: rest.slice(word[0].length) }) : null;
}

/**
 * A date line, or (under the number) the ลงวันที่ its number's line wrapped onto; under a scanned
 * memo's number, also a date after one word, its วันที่ garbled past matching ("วัวแที่ 26ธ.ค.2566").
 * A date labelled วันที่ right under the ที่ line, no office between them, is a memo's: an
 * external letter prints its office there and its date bare (its heading and ส่วนราชการ may be
 * garbled past matching: "บันทึกขัดคาง").
 */
function readDate(h: Header, line: Line): boolean {
  if (h.dateRaw !== null) return false;
  const underNumber = h.reference !== null;
  const date = dateLineValue(line) ?? dateAfterUnreadReference(line) ?? (underNumber ? dateAfterReference(line.text) : null) ??
    (underNumber && h.memo && line.ocr ? dateAfterOneWord(line, line.text) : null);
  if (date) h.dateRaw = date;
  if (date && underNumber && !h.messageForm && h.letterhead.length === 0 && matchLabel(line.text, LABEL.dateLine, line.ocr)) h.memo = true;
  return date !== null;
}

function readTitle(h: Header, line: Line): boolean {
  h.directive = directiveKindOf(line);
  if (h.directive) h.title = line.text;
  return h.directive !== null;
}

/** The digits of the memo office's phone number, wrapped onto the next line. */
const isPhoneTail = (h: Header, line: Line): boolean =>
  h.memoOffice !== null && h.reference === null && PHONE_DIGITS.test(line.text);

/** A memo office wrapped onto a second line, or a letterhead line between ที่ and the date. */
function readLetterheadLine(h: Header, line: Line, continues: boolean, layout: Layout): void {
  if (h.memo && h.memoOffice !== null && h.reference === null && continues) {
    h.memoOffice = layout.join(h.memoOffice, withoutPhone(line.text));
  } else if (h.reference && h.dateRaw === null) {
    h.letterhead.push(line.text);
  }
}

/** A line opening with และ or a title carries on a list of addressees. */
const continuesList = (line: Line): boolean => ADDRESSEE_TITLES.some((t) => line.text.startsWith(t));

/** A field's text so far joined with the line it wrapped onto; in OCR text without a sign speck between them ("ประจำ .", "- ป้องกัน"). */
export const joinWrapped = (layout: Layout, text: string, line: Line, options: JoinOptions = {}): string =>
  line.ocr ? layout.join(withoutSignSpeckAtEnd(text), withoutSignSpeckAtStart(line.text), options) : layout.join(text, line.text, options);

/** An OCR line of a sign or two and no word: a speck on the paper, not a line of text. */
const isSpeckLine = (line: Line): boolean => line.ocr && line.text.replace(/\s+/gu, '').length <= 2;
/** A speck line with no Thai letter ("1", "-"): no wrapped word, where two Thai letters may be one ("ปี"). */
const isSignSpeckLine = (line: Line): boolean => isSpeckLine(line) && !/[\u0E01-\u0E2E]/u.test(line.text);

/**
 * A field's first line and the lines it wrapped onto. A speck line between two of them ("๑")
 * is passed over when the line after it carries the field on; otherwise it is read as before.
 */
function readWrapped(
  lines: Line[], from: number, first: string, layout: Layout, stop: (l: Line) => boolean, options: JoinOptions,
): { text: string; end: number } {
  let text = first;
  let last = from;
  const goesOn = (n: number) => n < lines.length && (layout.isFull(lines[last]!) || (options.list === true && continuesList(lines[n]!))) && !stop(lines[n]!);
  for (let i = from + 1; i < lines.length; i = last + 1) {
    const next = isSpeckLine(lines[i]!) && goesOn(i + 1) ? i + 1 : i;
    if (!goesOn(next)) break;
    text = joinWrapped(layout, text, lines[next]!, options);
    last = next;
  }
  return { text, end: last + 1 };
}

/** Lines a subject may wrap onto. */
const SUBJECT_MAX_LINES = 4;

/**
 * An OCR line that reads as no Thai: a stamp, a seal or a signature beside the subject read as
 * letters ("หมณะยรณะ", "- นวาด 2 แบขอบปวิมปบ รยสอรนววปว ซับ"). Cutting its letters into words
 * costs over 5.5 nats a letter and finds no word of four letters; a subject's wrapped words,
 * however badly read, hold a longer one ("ฐานระดับหมู่บ้าน (กช์ช. ๒ค)": 4.6 nats, หมู่บ้าน).
 */
const GARBLED_MIN_LETTERS = 8;
const GARBLED_COST_PER_LETTER = 5.5;
const GARBLED_MAX_WORD_LETTERS = 3;

/** A tone mark or karan ending a word is weighed as a speck: one costs a word its reading ("และวาตภัย่"). */
const MARKS_AT_WORD_END = /[\u0E48-\u0E4C]+(?=\s|$)/gu;

/** One letter three times running, which no Thai word has: a rule or a dotted line read as letters ("รรรรรรด"). */
const LETTER_RUN = /([\u0E01-\u0E2E])\1\1/u;

export function isGarbled(line: Line): boolean {
  if (!line.ocr) return false;
  const { letters, costPerLetter, longestWord } = cutSummary(line.text.replace(MARKS_AT_WORD_END, ''));
  if (longestWord > GARBLED_MAX_WORD_LETTERS) return false;
  return LETTER_RUN.test(line.text) || (letters >= GARBLED_MIN_LETTERS && costPerLetter >= GARBLED_COST_PER_LETTER);
}

/**
 * The subject runs until the salutation when one follows closely, whatever the layout (a
 * short last line is still subject, a garbled one is not); without one (directives), it runs
 * while lines are full.
 */
function readSubject(lines: Line[], from: number, first: string, layout: Layout): { text: string; end: number } {
  const window = lines.slice(from + 1, from + SUBJECT_MAX_LINES);
  const salutation = window.findIndex((l) => salutationOf(l) !== null);
  if (salutation < 0) return readWrapped(lines, from, first, layout, (l) => startsField(l) || opensBody(l), {});
  let text = first;
  let i = from + 1;
  for (; i < from + 1 + salutation && !startsField(lines[i]!); i++) if (!isGarbled(lines[i]!) && !isSignSpeckLine(lines[i]!)) text = joinWrapped(layout, text, lines[i]!);
  return { text, end: i };
}

/** A header longer than this has lost its เรื่อง/เรียน lines (OCR): it ends after the last line read. */
const HEADER_SCAN = 20;

export function readHeader(lines: Line[], layout: Layout): Header {
  const h = emptyHeader();
  let i = 0;
  let recognizedEnd = 0;
  for (; i < Math.min(lines.length, HEADER_SCAN); i++) {
    const line = lines[i]!;
    const subject = subjectOf(line);
    if (subject !== null) {
      const read = readSubject(lines, i, subject, layout);
      h.subject = line.ocr ? tidiedSubject(read.text) : read.text;
      i = read.end;
      break;
    }
    const salutation = salutationOf(line);
    // A radio message form names its addressee (ถึง) before its number and subject.
    if (salutation && h.messageForm && h.addressee === null) {
      i = readAddressee(h, lines, i, salutation, layout) - 1;
      recognizedEnd = i + 1;
      continue;
    }
    if (salutation) break;
    if (readTopLine(h, line, i > 0 && layout.isFull(lines[i - 1]!), layout)) recognizedEnd = i + 1;
  }
  const salutation = lines[i] && h.addressee === null ? salutationOf(lines[i]!) : null;
  if (h.subject === null && salutation === null) i = recognizedEnd;
  if (salutation) i = readAddressee(h, lines, i, salutation, layout);
  h.end = Math.min(i, lines.length);
  return h;
}

/**
 * ทุกอำเภอ, ทุกแห่ง run into the name before it ("นายอำเภอทุกอำเภอ") or glued to it by a quote
 * or a dash ("นายอำเภอ'ทุกอำเภอ", "พื้นที่-ทุกแห่ง"): OCR lost the space print sets, or read it as a speck.
 */
const EVERY_UNIT_RUN_IN = new RegExp(`(?<=[\\u0E01-\\u0E4E])['‘’\`-]?(?=${EVERY_UNIT})`, 'gu');
/** ...or split it ("ทุก แห่ง"). */
const EVERY_UNIT_SPLIT = new RegExp(`(?<=ทุก)\\s+(?=${EVERY_UNIT_NAME})`, 'gu');
/** A quote OCR read glued before a word of the addressee that nothing after closes ("เมือง 'สกลนคร", 'นายกเทศมนตรี "เมือง'). */
const LONE_QUOTE = new RegExp(`(?<=\\s)${UNCLOSED_QUOTE}`, 'gu');
/**
 * A sign or two after ทุกแห่ง, ทุกอำเภอ... ending the addressee (a digit, a lone letter, a quote:
 * "ทุกแห่ง 0", "ทุกอำเภอ ง", "ทุกแห่ง “0", "ทุกอำเภอ - 1", a dot or a vowel glued: "ทุกจังหวัด.",
 * "ทุกจังหวัดา น"): specks, since the phrase ends a name and no unit's name takes a vowel after it.
 */
const SPECKS_AFTER_EVERY_UNIT = new RegExp(`(?<=${EVERY_UNIT})[\\u0E30-\\u0E3A\\u0E45-\\u0E4E]{0,2}(?:(?:\\s+\\S{1,2}){1,2}|\\.)?$`, 'u');
/**
 * A lone letter before ทุก, set apart ("ตำบล ก ทุกแห่ง"), glued to it ("กทุกแห่ง") or to the end
 * of a unit's name before it ("ตำบลก ทุกแห่ง"): no word of an addressee is one bare letter, and no
 * unit's name ends in one.
 */
const LONE_LETTER_BEFORE_EVERY = new RegExp(`(?<=\\s)[\\u0E01-\\u0E2E]\\s+(?=ทุก)|(?<=${EVERY_UNIT_NAME})[\\u0E01-\\u0E2E](?=\\s+ทุก)`, 'gu');
/**
 * ทุก with one of its letters misread, set apart before a unit's name ("ทุตหมู่บ้าน", "ตุกจังหวัด",
 * "ทุดแห่ง"): an addressee names no other word there (inside a word, กองทุนหมู่บ้าน, it is left).
 */
const EVERY_ONE_LETTER_OFF = new RegExp(`(?<=^|\\s)(?:[\\u0E01-\\u0E2E]ุก|ทุ[\\u0E01-\\u0E2E])(?=${EVERY_UNIT_NAME})`, 'gu');
/** The unit after ทุก one letter or mark off ("ทุกแพ่ง", "ทุกอำเกอ"): an addressee names no other word there. */
const EVERY_UNIT_SLIP = /(?<=(?:^|\s)ทุก)[\u0E01-\u0E4E]{3,}(?=\s|$)/gu;
function everyUnitMended(word: string): string {
  const near = EVERY_UNIT_NAMES.filter((unit) => editDistance(word, unit) <= 1);
  return near.length === 1 ? near[0]! : word;
}
/** อธิบดี two slips off before the กรม it heads ("ถสิบดีกรม", "ฮรธิบดีกรม"): no other title of four to eight signs stands there. */
const HEAD_OF_DEPARTMENT = 'อธิบดี';
const TITLE_BEFORE_DEPARTMENT = /^\S{4,8}?(?=กรม)/u;
const MAX_TITLE_SLIPS = 2;
const departmentHeadMended = (title: string): string => (editDistance(title, HEAD_OF_DEPARTMENT) <= MAX_TITLE_SLIPS ? HEAD_OF_DEPARTMENT : title);
/** A space OCR put between จังหวัด and the province it names ("ส่วนจังหวัด แพร่"): print runs them together. */
const PROVINCE_SET_APART = new RegExp(`(?<=จังหวัด)\\s+(?=(?:${[...PROVINCE_NAMES].join('|')})(?:\\s|$))`, 'gu');
/** A bare letter set apart at the end of an addressee ("ชุมชน ง"): no title or office name ends in one. */
const LONE_LETTER_AT_END = /\s+[\u0E01-\u0E2E]$/u;
/** Words an addressee opens with: the titles a list of them repeats, and heads of offices. */
const ADDRESSEE_OPENERS = [...ADDRESSEE_TITLES.filter((t) => t !== 'และ'), 'ท้องถิ่น', 'อธิบดี', 'ปลัด'];
/** A letter glued before the word an addressee opens with ("กท้องถิ่น…", "คกำนัน…"): a speck, since no such word takes one. */
const LETTER_BEFORE_OPENER = new RegExp(`^[\\u0E01-\\u0E2E](?=${ADDRESSEE_OPENERS.join('|')})`, 'u');
/**
 * นายก before the องค์การ or องค์กร it heads with a letter glued after it ("นายกลองค์กร") or its ก
 * read as another letter ("นายสองค์การ"): no other title stands there.
 */
const MAYOR_MISREAD = /(?<=^|\s|และ)นาย(?:ก[\u0E01-\u0E2E]|(?!ก)[\u0E01-\u0E2E])(?=องค์)/gu;
/**
 * องค์การ before บริหารส่วน read without its า ("นายกองค์กรบริหารส่วนจังหวัด"): the councils are
 * named องค์การบริหารส่วน...; องค์กร heads other names (องค์กรปกครองส่วนท้องถิ่น).
 */
const COUNCIL_NAME_SLIP = /องค์กร(?=บริหารส่วน)/gu;
const COUNCIL_WORD = 'องค์การ';
/** Words an addressee opens with that stand on their own (not นายก, glued to the office it heads; not ปลัด, too short to mend). */
const OPENING_TITLES = ADDRESSEE_OPENERS.filter((t) => t.length >= 5);
/** A title opening the addressee one slip off ("คำนัน"): no addressee opens with another word so near one. */
function openingTitleMended(text: string): string {
  if (ADDRESSEE_OPENERS.some((t) => text.startsWith(t))) return text;
  for (const title of OPENING_TITLES) {
    for (const length of [title.length - 1, title.length, title.length + 1]) {
      if (editDistance(text.slice(0, length), title) === 1) return title + text.slice(length);
    }
  }
  return text;
}
/**
 * A title with its marks lost or misread, opening the addressee or an item of its list
 * ("ทองถนอำเภอ", "และหวหนาส่วนราชการ"): its letters, there, are no other word.
 */
const TITLES_MARKS_LOST = OPENING_TITLES.filter((t) => skeletonOf(t) !== t).map((title) => ({
  title,
  pattern: new RegExp(`(?<=^|\\s|และ)${[...skeletonOf(title)].map((c) => `${c}[${COMBINING_MARKS}]*`).join('')}`, 'gu'),
}));
const titlesMarksMended = (text: string): string => TITLES_MARKS_LOST.reduce((t, { title, pattern }) => t.replace(pattern, title), text);
/** The era mark with its first dot read as a colon ("พ:ศ."), or a dash read for the space before it ("งบประมาณ-พ.ศ."). */
const ERA_MARK_MISREAD = /(?<=[\u0E01-\u0E4E])-(?=พ\.ศ\.)|(?<=พ):(?=ศ\.)/gu;
const eraMarkMended = (text: string): string => text.replace(ERA_MARK_MISREAD, (sign) => (sign === '-' ? ' ' : '.'));
/** A year run into its era mark ("พ.ศ.๒๕๖๖"): OCR lost the space print sets. */
const ERA_RUN_IN = new RegExp(`(?<=${ERA_MARK})(?=[0-9\\u0E50-\\u0E59])`, 'gu');

/**
 * A bracket left open at a subject's end: no subject ends inside one, so OCR lost its close
 * (closed again: after the acronym it opens with, or at the end), or read a speck as it, holding
 * nothing (left out).
 */
const OPEN_AT_END = /\([^()]*[^()\s][^()]*$/u;
const EMPTY_OPEN_AT_END = /\s*\(\s*$/u;
/**
 * A Latin acronym (and its number) opening a bracket left open, Thai words after it: OCR lost the
 * close right after it ("(ITA ประจำปี"). So too after the signs OCR made of one ("((10 ประจำปี"):
 * a bracket holding Thai words opens with one.
 */
const OPEN_ACRONYM = /(?<=\((?:[A-Z][A-Za-z0-9.]*(?:\s[0-9][0-9.]*)?|[^\s()\u0E01-\u0E4E]{1,6}))(?=\s+[\u0E01-\u0E4E][^()]*$)/u;
const withBracketClosed = (text: string): string => {
  if (!OPEN_AT_END.test(text)) return text.replace(EMPTY_OPEN_AT_END, '');
  return OPEN_ACRONYM.test(text) ? text.replace(OPEN_ACRONYM, ')') : `${text})`;
};
/**
 * One letter twice set apart after a subject's last word ("วาตภัย รร"): a speck, as a lone letter
 * is (lines.ts). Not after ปี or an abbreviation's dot (a month's, the era mark's), where such
 * letters are a year read as its digits' twins ("ม.ค. วว" for ๖๖).
 */
const DOUBLED_LETTER_AT_END = /(?<=[\u0E01-\u0E4E])(?<!ปี)\s+([\u0E01-\u0E2E])\1$/u;
/** A bracket opened right after a word ("หมู่บ้าน(กชช."): OCR lost the space print sets before it. */
const BRACKET_RUN_IN = /(?<=[\u0E01-\u0E4E])(?=\()/gu;
/** An OCR subject as printed: no speck at either end or inside, พ.ศ. and an opening bracket spaced as printed, no bracket left open. */
const tidiedSubject = (text: string): string =>
  withBracketClosed(eraMarkMended(withoutInnerSpecks(withoutSpecks(text.replace(DOUBLED_LETTER_AT_END, '')))).replace(ERA_RUN_IN, ' ').replace(BRACKET_RUN_IN, ' '));
/** An OCR addressee as printed: no speck at either end or inside, a space before ทุก... */
const tidiedAddressee = (text: string): string =>
  titlesMarksMended(openingTitleMended(withoutInnerSpecks(withoutSpecks(text.replace(EVERY_ONE_LETTER_OFF, 'ทุก').replace(EVERY_UNIT_SLIP, everyUnitMended).replace(SPECKS_AFTER_EVERY_UNIT, '').replace(LONE_LETTER_AT_END, '')))
    .replace(LETTER_BEFORE_OPENER, '')
    .replace(PROVINCE_SET_APART, '')
    .replace(MAYOR_MISREAD, 'นายก')
    .replace(COUNCIL_NAME_SLIP, COUNCIL_WORD)
    .replace(EVERY_UNIT_SPLIT, '')
    .replace(EVERY_UNIT_RUN_IN, ' ')
    .replace(LONE_LETTER_BEFORE_EVERY, '')
    .replace(LONE_QUOTE, '')
    .replace(TITLE_BEFORE_DEPARTMENT, departmentHeadMended)));

/** The addressee after เรียน/เสนอ/ถึง and the lines it wrapped onto; returns where it ends. */
function readAddressee(h: Header, lines: Line[], at: number, salutation: { rest: string; stamped: boolean }, layout: Layout): number {
  h.stamped = salutation.stamped;
  const ends = (l: Line) => startsField(l) || opensBody(l) || referenceLine(l) !== null;
  const read = readWrapped(lines, at, salutation.rest, layout, ends, { list: true });
  h.addressee = lines[at]!.ocr ? tidiedAddressee(read.text) : read.text;
  return read.end;
}
