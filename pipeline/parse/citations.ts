/**
 * อ้างถึง (letters cited) and สิ่งที่ส่งมาด้วย (enclosures): one item or numbered items ๑. ๒. ...
 * An item may wrap; a cited letter is complete once its date is read, an enclosure once
 * its count (จำนวน ๑ ฉบับ) is. Each item yields the reference number and date it names.
 */
import type { CitedLetter, Enclosure, Warning } from '../../schemas/index.js';
import { ABBREVIATED_MONTH_PATTERN, findDates, FULL_MONTH_PATTERN, misreadMonthName, THAI_MONTHS } from '../dates/index.js';
import { areLookAlikes, COMBINING_MARKS, editDistance, matchKey, skeletonOf, toArabicDigits } from '../thai/index.js';
import { matchAnyLabel, matchLabel } from './keywords.js';
import { BODY_OPENERS, COUNT_UNITS, COUNT_WORD, DIGIT_TWIN_LETTERS, LABEL, URGENCIES } from './lexicon.js';
import { countUnitOf, type Line, withoutInnerSpecks, withoutSpecks, withoutTrailingSpeck } from './lines.js';
import { type Rewrite, rewritten } from './rewrites.js';
import { findReferenceNumbers, TWIN_LETTERS } from './reference.js';
import { isGarbled, joinWrapped, startsField } from './header.js';
import { closingOf, signatoryNameOf } from './classify.js';
import { printedCode, reprintReference } from './cross-check/printed-text.js';
import { dateWordRuns, onlyDateRepair } from './date-repair.js';
import type { Layout } from './wrap.js';

export interface Citations {
  references: CitedLetter[];
  enclosures: Enclosure[];
  warnings: Warning[];
  /** index in the content lines where the body starts */
  end: number;
}

/**
 * An item's number, "๑." or "(1)", with a dash, dot or quote speck OCR may put before it ("-๑.",
 * ".๒.", "' 1."), its dot read as a comma, a colon or sara a ("๒,", "2ะ": no word opens with ะ),
 * its digit read twice with a space between ("1 1.").
 */
const ITEM_NUMBER = /^(?:[-.'‘’"“”]\s*)?(?:(?<twice>[0-9\u0E50-\u0E59])\s+(?=\k<twice>[.)]))?\(?(?<number>[0-9\u0E50-\u0E59]{1,2})\s*[.),:\u0E30]\s*/u;
const COUNT_END = new RegExp(
  `${COUNT_WORD}\\s*[0-9\\u0E50-\\u0E59]+\\s*(?:${COUNT_UNITS.join('|')})\\s*$`, 'u',
);

type Section = 'cited' | 'enclosures';

/**
 * The count of an enclosure as OCR garbles it: read as its twin letter ("จำนวน ร ชุด" for ๑),
 * run into its unit or parted from it, or from จำนวน, by a speck ("จำนวน 1ฉบับ", "จำนวน ๑.ฉบับ", "จำนวน.1.ฉบับ", "จำนวน-๑ ฉบับ", "จำนวน:1 ฉบับ", "จำนวน 1 'ชุด",
 * 'จำนวน 1 " ฉบับ'), its unit one letter off ("ซุด", "อบับ", "ชด") or with a speck read as a tone
 * mark ("อบั้บ", "ฉบับ่"), or both with a letter glued before it ("ลฉบั้บ"), a dot or a quote glued after it or a quote, a slash, a
 * bar (read as i or l), an asterisk or a digit set apart after it where the item ends ("ชุด.", 'ฉบับ"', "ฉบับ ”", "ฉบับ /", "ฉบับ i", "ฉบับ *",
 * "ฉบับ 6"): no unit is an abbreviation, and nothing follows the count
 * of an item. Framed by จำนวน and a unit word, the place says what they are.
 */
const GARBLED_COUNT = new RegExp(
  `${COUNT_WORD}[\\s.,:-]*([0-9\\u0E50-\\u0E59]+|[${TWIN_LETTERS}])[\\s.'\`‘’"“”-]*` +
    `(${COUNT_UNITS.join('|')}|[\\u0E01-\\u0E4E]{2,6})(?=[\\s."“”'‘’]|$)(?:[."“”'‘’](?=\\s*$)|\\s+(?:["“”'‘’/|iIl*]|[0-9\\u0E50-\\u0E59])(?=\\s*$))?`,
  'gu',
);

/**
 * The ฉ of ฉบับ, which a looped face prints much like ๑, read as one digit more of the count
 * ("จำนวน ๑๑บับ", "จำนวน ๑ ๑บับ"): a count glued to what is left of its unit is the likelier reading
 * than a count of eleven whose ฉ OCR lost whole.
 */
const CHO_CHING_READ_AS_ONE = new RegExp(`(${COUNT_WORD}[\\s.]*[0-9\\u0E50-\\u0E59]+?)\\s*[1\\u0E51](?=บับ)`, 'gu');

function mendedCount(text: string, ocr: boolean): string {
  if (!ocr) return text;
  return text.replace(CHO_CHING_READ_AS_ONE, '$1 ฉ').replace(GARBLED_COUNT, (found: string, count: string, word: string) => {
    const unit = countUnitOf(word);
    return unit ? `${COUNT_WORD} ${DIGIT_TWIN_LETTERS[count] ?? count} ${unit}` : found;
  });
}

function sectionOf(line: Line): { section: Section; rest: string } | null {
  const cited = matchLabel(line.text, LABEL.cited, line.ocr);
  if (cited) return { section: 'cited', rest: cited.rest };
  const enclosed = matchLabel(line.text, LABEL.enclosures, line.ocr);
  return enclosed ? { section: 'enclosures', rest: enclosed.rest } : null;
}

function isComplete(section: Section, text: string): boolean {
  if (section === 'enclosures') return COUNT_END.test(toArabicDigits(withoutTrailingSpeck(text)));
  const dates = findDates(text);
  const last = dates.at(-1);
  return last !== undefined && last.index + last.raw.length >= text.trimEnd().length;
}

const itemNumber = (text: string): string | null => ITEM_NUMBER.exec(text)?.groups?.number ?? null;
const withoutNumber = (text: string): string => text.replace(ITEM_NUMBER, '');

/**
 * A speck at a paragraph's indent that OCR read as a leading vowel before the opener ("เด้วยุ
 * กระทรวง..." for ด้วยกระทรวง...), as a sign or two set apart before it ("เร ตามหนังสือ..."), or
 * as a digit or a sign glued to it ("0ตามหนังสือ..."): no Thai word is a leading vowel and a body
 * opener, and no item's wrapped line opens with a body opener after a word of two signs or a
 * sign no Thai word has.
 */
const INDENT_SPECK = /^\s*(?:\S{1,2}\s+|[เแโใไ0-9\u0E50-\u0E59'"‘’“”.,:;|!](?=[\u0E01-\u0E2E]))/u;

const opensBody = (line: Line): boolean =>
  matchAnyLabel(line.text, BODY_OPENERS, line.ocr) !== null ||
  (line.ocr && INDENT_SPECK.test(line.text) && matchAnyLabel(line.text.replace(INDENT_SPECK, ''), BODY_OPENERS)?.distance === 0);

/** The body, the closing or the signer's name begins: no item runs on into them, however incomplete. */
const endsItems = (line: Line): boolean => opensBody(line) || closingOf(line) || signatoryNameOf(line) !== null;

/**
 * A speck or a scribble OCR read as a digit or two, a run of signs with no space ("เคราชา",
 * "(ขณะณเว6มะลิ4“."), or a few short ones ("๐ = ๑"), standing alone on a line; or a longer line
 * that reads as no Thai (a stamp read as letters: "ขณะรราะคมานาลหกรณะแว00.").
 */
const STRAY_SIGNS = /^(?:\S{1,20}|(?:\S{1,3}\s+){1,3}\S{1,3})$/u;
const isStrayLine = (line: Line): boolean => line.ocr && (STRAY_SIGNS.test(line.text) || isGarbled(line));
/** What OCR left of a first item's number it misread ("ล สำเนา..." for ๑. สำเนา...). */
const LOST_NUMBER = /^\S{1,2}\s+/u;

/**
 * A line that is a whole item but for what OCR left of its number; an enclosure also with
 * nothing left of it (a number read as a dot, which the line's specks took away).
 */
const isLostNumberItem = (section: Section, line: Line): boolean =>
  (LOST_NUMBER.test(line.text) || section === 'enclosures') && itemNumber(line.text) === null && isComplete(section, line.text.replace(LOST_NUMBER, ''));

const numberOf = (line: Line | undefined): number => Number(toArabicDigits((line && itemNumber(line.text)) ?? ''));

/** The items of one section, starting with the label line's rest. */
function readItems(lines: Line[], from: number, section: Section, first: string, layout: Layout) {
  const items = [first];
  let numbered = itemNumber(first) !== null;
  let firstNumberLost = false;
  let i = from + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (startsField(line) || sectionOf(line)) break;
    const current = items.at(-1)!;
    const complete = isComplete(section, current);
    const number = numberOf(line);
    // The body whose opener OCR read behind a number ("2 ,ด้วย...": a speck at the indent): no item opens so.
    if (line.ocr && number > 0 && opensBody({ ...line, text: withoutNumber(line.text) })) break;
    // A scan's second item numbered ๒ after a whole first one: OCR misread the first one's number.
    if (!numbered && line.ocr && items.length === 1 && number === 2 && complete) {
      numbered = true;
      firstNumberLost = true;
    }
    if (numbered && number === items.length + 1) {
      items.push(mendedCount(line.text, line.ocr));
      continue;
    }
    // A speck OCR read on a line of its own between two items (not the last word of a wrapped one).
    if (numbered && complete && isStrayLine(line) && numberOf(lines[i + 1]) === items.length + 1) continue;
    // A whole item after a whole one, its number misread as a letter or two ("ด บัญชี... จำนวน ๑ ชุด").
    if (numbered && line.ocr && complete && isLostNumberItem(section, line) && !endsItems(line)) {
      items.push(mendedCount(line.text.replace(LOST_NUMBER, ''), line.ocr));
      continue;
    }
    // An enclosure ends at its count and unit ("จำนวน ๑ ชุด"), however full its line: what follows
    // is the next item or the body (its opener perhaps behind a speck: "5 ด้วย...").
    const wraps = !complete || (section === 'cited' && layout.isFull(lines[i - 1]!));
    if (!wraps || endsItems(line)) break;
    // The count may have wrapped apart from จำนวน ("... จำนวน" / "๑ชุด"): mended once joined.
    items[items.length - 1] = mendedCount(joinWrapped(layout, current, line), line.ocr);
  }
  const texts = items.map(withoutNumber);
  if (firstNumberLost) texts[0] = texts[0]!.replace(LOST_NUMBER, '');
  return { items: texts, end: i };
}

/** A cited date as OCR garbled its month (raw), as read (the only month it can be), and its ISO date. */
interface RepairedDate {
  raw: string;
  read: string;
  iso: string;
}

interface CitedParts {
  normalized: string | null;
  date: string | null;
  bad: string | null;
  repaired?: RepairedDate;
}

/** Specks a scan leaves that OCR reads as quotes, between a cited date's day and month ("25 'พฤษภาคม"). */
const QUOTE_SPECKS = /['`‘’]/gu;

/** The date OCR garbled the month of ("15 กุย. 2568", "1 ก.ย: 2568"), read as the only month it can be. */
function repairedDate(afterLabel: string): RepairedDate | null {
  for (const raw of dateWordRuns(afterLabel)) {
    const repaired = onlyDateRepair(raw);
    if (repaired) return { raw, iso: repaired.iso, read: repaired.raw };
  }
  return null;
}

/** A letter glued before where a date was found: the date may be part of a garbled one. */
const GLUED_BEFORE = /[\u0E01-\u0E2E]$/u;

/** The reference number and date a cited item names ("ที่ ... ลงวันที่ ..."); a date counts after ลงวันที่ or the number. */
function citedParts(text: string, ocr: boolean): CitedParts {
  const ref = findReferenceNumbers(text, { ocr })[0];
  const dateLabel = text.indexOf(LABEL.citedDate);
  const from = dateLabel >= 0 ? dateLabel : ref ? ref.end : text.length;
  const after = ocr ? text.slice(from).replace(QUOTE_SPECKS, '') : text.slice(from);
  const found = findDates(after)[0];
  const dated = found?.result;
  const normalized = ref?.reference.normalized ?? null;
  // A date read inside a garbled one ("๑ ก.ค." of "ต๑ ก.ค.", a day's ๓ read as its twin ต) is
  // the garble's repair where one reads it.
  const inGarble = ocr && found !== undefined && GLUED_BEFORE.test(after.slice(0, found.index));
  if (dated?.ok && !inGarble) return { normalized, date: dated.iso, bad: null };
  const repaired = ocr && dateLabel >= 0 ? repairedDate(text.slice(dateLabel + LABEL.citedDate.length)) : null;
  if (repaired) return { normalized, date: repaired.iso, bad: null, repaired };
  if (dated?.ok) return { normalized, date: dated.iso, bad: null };
  return { normalized, date: null, bad: dated ? dated.reason : null };
}

/**
 * An agency code run into the ที่ before it ("ที่มท ๐๘๒๐.๒/ว ๑๘๖๒"): print sets a space there
 * (not always between the code and its digits: "มท๐๖๑๗.๕" is printed so too).
 */
function spacedReference(text: string): string {
  const found = findReferenceNumbers(text, { ocr: true })[0];
  if (!found) return text;
  return text.slice(0, found.index).replace(new RegExp(`${LABEL.reference}$`, 'u'), `${LABEL.reference} `) + text.slice(found.index);
}

/** A word of up to three signs glued before วันที่ and a date: ลง as OCR may read it ("สงวันที่", "ลงจวันที่"). */
const DATE_LABEL_SLIP = new RegExp(`(?<=^|[\\s.])(\\S{1,3})${LABEL.dateLine}(?=\\s*[0-9\\u0E50-\\u0E59])`, 'gu');
/** ที่ before a cited number with its tone mark lost and its first letter misread ("หี สน ๐๐๑๗"): no other word of one letter and ี stands there. */
const MISREAD_LABEL = /(?<=^|\s)[\u0E01-\u0E2E]\u0E35\u0E48?(?=\s?[\u0E01-\u0E2E]{2}\s?[0-9\u0E50-\u0E59])/gu;
/** ...or ลงว and a few signs before a date: ลงวันที่ with a slip inside วันที่ ("ลงวันฑี", "ลงวันทกี"). */
const DATE_WORD_SLIP = /(?<=^|\s)(ลงว[\u0E01-\u0E4E]{2,6})(?=\s*[0-9\u0E50-\u0E59])/gu;
const CITED_DATE_KEY = matchKey(LABEL.citedDate);
/** A month's full name misread by one character between a day and a year ("๒๗ อันวาคม ๒๕๖๖"), as the date was read. */
const MONTH_NAME_SLIP = /(?<=[0-9\u0E50-\u0E59]\s?)[\u0E01-\u0E4E]{5,10}(?=\s?[0-9\u0E50-\u0E59])/gu;
/** An abbreviated month with its first dot read as a quote ("พ'ค."). */
const MONTH_WITH_QUOTE = new RegExp(
  `(?<=^|\\s|[0-9\\u0E50-\\u0E59])(?:${THAI_MONTHS.map((m) => m.abbreviation.replace('.', "['`‘’]").replaceAll('.', '\\.')).join('|')})`,
  'gu',
);
/** Letters or a dot glued to a cited date's year before จำนวน: specks ("๒๕๖๗ญ์ จำนวน", "2567. จำนวน"). */
const SPECK_AFTER_YEAR = new RegExp(`(?<=[0-9\\u0E50-\\u0E59]{4})(?:[\\u0E01-\\u0E4E]{1,2}|\\.)(?=\\s+${COUNT_WORD})`, 'gu');
/** A cited number's code and digits after ที่ ("กจ 0017.2/", "มท0617.5"). */
const CODE_AND_NUMBER = '\\s*[\\u0E01-\\u0E2E]{2}\\s*[0-9\\u0E50-\\u0E59]';
/** ที่ before a cited number. */
const CITED_NUMBER_LABEL = `${LABEL.reference}(?=${CODE_AND_NUMBER})`;
/**
 * A dot, quote or dash glued after a number or a word, before ลงวันที่, จำนวน or the ที่ of a cited
 * number: a speck where print sets a space ("๓๔๔.ลงวันที่", "ที่อ้างถึง'จำนวน", "แบบตอบรับ-จำนวน",
 * "ด่วนมาก-ที่ กจ", "ด่วน. ที่ ศธ").
 */
const SPECK_BEFORE_LABEL = new RegExp(`(?<=[0-9\\u0E50-\\u0E59]|[\\u0E01-\\u0E4E]{2})[.'’\`-]\\s?(?=${LABEL.citedDate}|${COUNT_WORD}|${CITED_NUMBER_LABEL})`, 'gu');
/**
 * ...or a letter glued after the running number before ลงวันที่ ("๑๙๓๒ช ลงวันที่"): no number ends in
 * one. Not a twin of a digit, which may be the number's last digit (the grammar reads it so).
 */
const LETTER_AFTER_NUMBER = new RegExp(`(?<=[0-9\\u0E50-\\u0E59])(?![${TWIN_LETTERS}])[\\u0E01-\\u0E2E](?=\\s${LABEL.citedDate})`, 'gu');
/** ...or glued after the ที่ before a cited number ("ที่. มท0617.5"). */
const SPECK_AFTER_LABEL = new RegExp(`(?<=(?:^|\\s)${LABEL.reference})[.,'’\`-](?=${CODE_AND_NUMBER})`, 'gu');
/**
 * An urgency before the cited number whose first letter or tone mark OCR misread ("ส่วนมาก ที่",
 * "ล้วนที่สุด ที่"); a bare ด่วน only from a look-alike of its ด ("ต่วน ที่"), since ส่วน is a word.
 */
const URGENCY_SLIP = new RegExp(`(?<=^|\\s)([\\u0E01-\\u0E2E])[่้]วน((?:มาก|ที่สุด)?)(?=\\s+${LABEL.reference})`, 'gu');
const URGENT = URGENCIES[2];
const mendedUrgency = (all: string, first: string, degree: string): string =>
  degree !== '' || first === URGENT[0] || areLookAlikes(first, URGENT[0]!) ? URGENT + degree : all;
/** ด่วน run into the ที่ after it, its น read as the ั of วันที่ ("ด่วันที่ ดศ ๐๒๐๔.๑"). */
const URGENCY_RUN_INTO_LABEL = new RegExp(`(?<=^|\\s)ด่วันที่(?=${CODE_AND_NUMBER})`, 'gu');
/**
 * An urgency run into the ที่ before the cited number ("ด่วนมากที่ กค0406.2"), or with a letter a
 * speck made between them ("ด่วนทที่"): print sets a space there.
 */
const URGENCY_GLUED_TO_LABEL = new RegExp(`(?<=^|\\s)(${URGENT}(?:มาก|ที่สุด)?)[\\u0E01-\\u0E2E]?(?=${CITED_NUMBER_LABEL})`, 'gu');
/** ...or run into the office name before it, or parted from it by a dot ("อำเภอสว่างแดนดินด่วนมาก ที่", "กลาง.ด่วนที่สุด"): print sets a space there too. */
const URGENCY_GLUED_TO_OFFICE = new RegExp(`(?<=[\\u0E01-\\u0E4E])[.,]?(?=${URGENT}(?:มาก|ที่สุด)\\s*${CITED_NUMBER_LABEL})`, 'gu');
/** ด่วนมาก or ด่วนที่สุด before the cited number with a letter misread ("ด่วนมาค ที่", "ต่วบที่สุด ที่"): no other word stands there. */
const URGENCY_LETTER_SLIP = new RegExp(`(?<=^|\\s)(\\S{6,12})(?=\\s+${CITED_NUMBER_LABEL})`, 'gu');
const LONG_URGENCIES = URGENCIES.filter((u) => u !== URGENT);
/** ด่วนที่สุด is long enough that two slips leave it the only urgency a word before ที่ can be. */
const urgencySlips = (urgency: string): number => ([...urgency].length >= 10 ? 2 : 1);
const urgencySlipMended = (word: string): string =>
  LONG_URGENCIES.find((u) => editDistance(word, u) >= 1 && editDistance(word, u) <= urgencySlips(u)) ?? word;
/** สำเนา opening an item, one slip off or with a space OCR put inside it ("สำ แนาหนังสือ"): no other word stands before หนังสือ there. */
const COPY_WORD = 'สำเนา';
const COPY_WORD_SLIP = /^\S{1,4}\s?\S{1,4}(?=หนังสือ)/u;
const copyWordMended = (word: string): string => (editDistance(word.replace(/\s/gu, ''), COPY_WORD) <= 1 ? COPY_WORD : word);
/**
 * หนังสือ after สำเนา opening an item, its marks misread and a letter read as another ("สำเนาห่นำสือ",
 * "สำเนาหนังสีอ"): its five letters, marks aside, one slip from หนังสือ's. A copy is of no other
 * word so spelled (สำเนาคำสั่ง, สำเนาประกาศ are far from it).
 */
const LETTER_WORD = 'หนังสือ';
const FIVE_LETTERS_AFTER_COPY_WORD = new RegExp(`^${COPY_WORD}((?:[\\u0E01-\\u0E30\\u0E32\\u0E33\\u0E40-\\u0E46][${COMBINING_MARKS}]*){5})`, 'u');
const letterWordMended = (all: string, word: string): string =>
  editDistance(skeletonOf(word), skeletonOf(LETTER_WORD)) <= 1 ? COPY_WORD + LETTER_WORD : all;
/** "a copy of the letter cited", whose last word OCR misread ("ที่ล้างถึง"). */
const COPY_OF_CITED = new RegExp(`^(สำเนาหนังสือ${LABEL.reference})(\\S{4,9})(?=\\s+${COUNT_WORD})`, 'u');

const DIGIT = '[0-9\\u0E50-\\u0E59]';
/**
 * The spaces print sets in a cited date and count that OCR lost or read as a speck: after
 * ลงวันที่ ("ลงวันที่9", "ลงวันที่.13", "ลงวันที่-.๒๙") and before it ("๑๘๐๙ลงวันที่", "ว1022. ลงวันที่"), between day and month ("๑๗มิถุนายน", "1ม.ค.", "31-ก.ค."), between month and year
 * ("ส.ค.๖๗", "มกราคม.2567"), around จำนวน ("๖๗จำนวน", "จำนวน.๑", "จำนวน-1"); ลงวันที่ split by a dot or a colon ("ลง. วันที่", "ลง : วันที่"),
 * and a dot a speck made inside a day ("ลงวันที่ ๑.๕ กันยายน").
 */
const DATE_SPACING: readonly Rewrite[] = [
  [new RegExp(`(?<=${LABEL.citedDateShort})\\s?[.:]\\s*(?=${LABEL.dateLine})`, 'gu'), ''],
  [new RegExp(`(?<=${LABEL.citedDate})[-.,]{0,2}\\s*(?=${DIGIT})`, 'gu'), ' '],
  [new RegExp(`(?<=${DIGIT})\\.?\\s*(?=${LABEL.citedDate})`, 'gu'), ' '],
  [new RegExp(`(?<=${LABEL.citedDate}\\s?[1-3\\u0E51-\\u0E53])\\.(?=${DIGIT}\\s?(?:${FULL_MONTH_PATTERN}|${ABBREVIATED_MONTH_PATTERN}))`, 'gu'), ''],
  [new RegExp(`(?<=(?:^|[^0-9\\u0E50-\\u0E59])${DIGIT}{1,2})-?(?=${FULL_MONTH_PATTERN}|${ABBREVIATED_MONTH_PATTERN})`, 'gu'), ' '],
  [new RegExp(`(?<=${ABBREVIATED_MONTH_PATTERN})(?=${DIGIT}{2})`, 'gu'), ' '],
  [new RegExp(`(?<=${FULL_MONTH_PATTERN})[.,]?\\s*(?=${DIGIT}{4})`, 'gu'), ' '],
  [new RegExp(`(?<=${DIGIT}{2})(?=${COUNT_WORD})`, 'gu'), ' '],
  [new RegExp(`(?<=${COUNT_WORD})[.,-]\\s*(?=${DIGIT})`, 'gu'), ' '],
];
const withDateSpacing = (text: string): string => rewritten(text, DATE_SPACING);

/**
 * The formula words of an OCR item as printed: ลงวันที่ one slip away, an abbreviated month's dot
 * read as a quote, a month's full name one character off, ที่ before a number misread ("หี"), an urgency word's first letter or tone mark
 * (or any one letter of ด่วนมาก, ด่วนที่สุด) or its space before ที่, อ้างถึง two slips away after
 * สำเนาหนังสือที่, สำเนา one slip off and หนังสือ after it one letter off, a speck glued before a label
 * or after the year.
 */
function withFormulas(text: string): string {
  return text
    .replace(DATE_LABEL_SLIP, (all: string, before: string) => (editDistance(before, LABEL.citedDateShort) === 1 ? LABEL.citedDate : all))
    .replace(DATE_WORD_SLIP, (word: string) => (editDistance(matchKey(word), CITED_DATE_KEY) === 1 ? LABEL.citedDate : word))
    .replace(MONTH_WITH_QUOTE, (month: string) => month.replace(/['`‘’]/u, '.'))
    .replace(MONTH_NAME_SLIP, (word: string) => misreadMonthName(word) ?? word)
    .replace(MISREAD_LABEL, LABEL.reference)
    .replace(SPECK_BEFORE_LABEL, ' ')
    .replace(LETTER_AFTER_NUMBER, '')
    .replace(SPECK_AFTER_LABEL, '')
    .replace(SPECK_AFTER_YEAR, '')
    .replace(URGENCY_RUN_INTO_LABEL, `${URGENT} ${LABEL.reference}`)
    .replace(URGENCY_SLIP, mendedUrgency)
    .replace(URGENCY_LETTER_SLIP, urgencySlipMended)
    .replace(URGENCY_GLUED_TO_LABEL, '$1 ')
    .replace(URGENCY_GLUED_TO_OFFICE, ' ')
    .replace(COPY_WORD_SLIP, copyWordMended)
    .replace(FIVE_LETTERS_AFTER_COPY_WORD, letterWordMended)
    .replace(COPY_OF_CITED, (all: string, copy: string, word: string) => (editDistance(word, LABEL.cited) <= 2 ? copy + LABEL.cited : all));
}

/**
 * The number an OCR item names printed as it was read: a sub-block's dot read as a colon, a
 * digit as its twin letter, the circular mark as a look-alike or with a speck on it
 * ("๐๐๑๗.ต/จ๑๙๑๗" is ๐๐๑๗.๓/ว๑๙๑๗), in the item's own digits and spacing.
 */
function printedReference(text: string): string {
  const found = findReferenceNumbers(text, { ocr: true })[0];
  if (!found) return text;
  const { raw, normalized, agencyCode } = found.reference;
  // A code the grammar resolved ("ชขบ" is ชบ) is shown by the bundle's cross-check, with a warning.
  return printedCode(raw) === agencyCode ? text.replace(raw, reprintReference(raw, normalized)) : text;
}

/** An OCR item as printed: a space after ที่, its number as read, its formula words and date spacing, no speck at either end or inside. */
const tidied = (text: string): string => printedReference(spacedReference(withDateSpacing(withoutInnerSpecks(withFormulas(withoutSpecks(text))))));

/** Lines OCR may make of an addressee line a stamp covers. */
const MAX_GARBLED_ADDRESSEE_LINES = 2;

/**
 * Where a section begins after the OCR lines a stamp over the addressee made of it: one or two
 * lines that open no field, body, closing or signer's name, right before อ้างถึง or
 * สิ่งที่ส่งมาด้วย. Null when no section follows so.
 */
function pastGarbledAddressee(lines: Line[], from: number, sectionAt: (n: number) => unknown): number | null {
  for (let n = from; n < from + MAX_GARBLED_ADDRESSEE_LINES; n++) {
    const line = lines[n];
    if (line?.ocr !== true || startsField(line) || sectionAt(n) || endsItems(line)) return null;
    if (sectionAt(n + 1)) return n + 1;
  }
  return null;
}

/**
 * An อ้างถึง line whose label OCR garbled beyond matching ("ต แบ่งสินจังหวัดเสียง6ไที่ ชร ๐๐๒๓.๖/ว
 * ๒๔๕ ลงวันที่ ๒ พฤศจิกายน ๒๕๖๖"): right before a section, a line that opens nothing else and
 * holds a cited number and its ลงวันที่ date is one. No addressee line a stamp garbled holds both.
 */
function garbledCitedLine(lines: Line[], n: number): { section: Section; rest: string } | null {
  const line = lines[n];
  if (line?.ocr !== true || startsField(line) || endsItems(line) || !lines[n + 1] || !sectionOf(lines[n + 1]!)) return null;
  const { normalized, date } = citedParts(tidied(line.text), true);
  return normalized !== null && date !== null && line.text.includes(LABEL.citedDate) ? { section: 'cited', rest: line.text } : null;
}

export function readCitations(lines: Line[], from: number, layout: Layout): Citations {
  const out: Citations = { references: [], enclosures: [], warnings: [], end: from };
  const sectionAt = (n: number) => (lines[n] ? (sectionOf(lines[n]!) ?? (n === from ? garbledCitedLine(lines, n) : null)) : null);
  // Such a line before a section (after the addressee, or between two) does not end the header's citations.
  const pastSpeck = (n: number) => (lines[n] !== undefined && isStrayLine(lines[n]!) && sectionAt(n + 1) !== null ? n + 1 : n);
  let i = pastGarbledAddressee(lines, from, sectionAt) ?? from;
  for (let s = sectionAt(i); s; i = pastSpeck(i), s = sectionAt(i)) {
    const ocr = lines[i]!.ocr;
    const { items, end } = readItems(lines, i, s.section, mendedCount(s.rest, ocr), layout);
    for (const text of items.map((item) => (ocr ? tidied(item) : item))) {
      const parts = citedParts(text, ocr);
      if (parts.bad) out.warnings.push({ code: 'cited-date-invalid', message: parts.bad, field: s.section, before: text });
      if (parts.repaired) {
        const message = `cited date "${parts.repaired.raw}" read as "${parts.repaired.read}": the only month abbreviation it can be`;
        out.warnings.push({ code: 'date-repaired', message, field: s.section, before: parts.repaired.raw, after: parts.repaired.iso });
      }
      // The item shows a date it repaired as read ("15 กุย. 2568" as 15 ก.ย. 2568), as its number,
      // spaced as print spaces it ("เม.ย.วฒ" read again is เม.ย. ๖๗).
      const printed = parts.repaired ? withDateSpacing(text.replace(parts.repaired.raw, parts.repaired.read)) : text;
      if (s.section === 'cited') out.references.push({ raw: printed, normalized: parts.normalized, date: parts.date });
      else out.enclosures.push({ text: printed, reference: parts.normalized, date: parts.date });
    }
    i = end;
  }
  out.end = i;
  return out;
}
