/**
 * The bundle as a flat list of lines, each knowing its page, plus the page furniture that
 * is not letter content: page markers (- ๒ -), a Gazette page's running head, and catchwords
 * (the first word of the next page repeated at the foot of a page, "ดังนั้น...").
 */
import type { PageText } from '../../schemas/index.js';
import { COMBINING_MARKS, countSpellingErrors, editDistance, FOLLOWING_VOWELS, LEADING_VOWELS, matchKey, skeletonOf, thaiDictionary, toArabicDigits, TONE_MARKS, wordSegments } from '../thai/index.js';
import { ABBREVIATED_MONTH_PATTERN, FULL_MONTH_PATTERN, isPlausibleYear } from '../dates/index.js';
import { isKeywordLine } from './keywords.js';
import { ATTACHMENT_TITLES, COUNT_UNITS, COUNT_WORD, ERA_MARK, EVERY_UNIT_NAME, GAZETTE, LABEL, MILITARY_RANK, RECEIPT_DATE_LABEL, RECEIPT_NUMBER_LABELS, SALUTATIONS, SECRECIES, URGENCIES } from './lexicon.js';
import { type Rewrite, rewritten } from './rewrites.js';
import { FULL_LINE_RATIO, visualWidth } from './wrap.js';

export type LineRole = 'content' | 'page-marker' | 'running-head' | 'catchword' | 'stamp' | 'noise';

export interface Line {
  /** the line with runs of whitespace made one space, for matching */
  text: string;
  /** the line as printed (trimmed), for the letter's text */
  printed: string;
  page: number;
  /** position in the bundle's line list */
  index: number;
  /** the page was read by OCR: match keywords fuzzily, repair numeric slots */
  ocr: boolean;
  /** how far the page's reading can be trusted: 1 for a text layer, the OCR's own confidence otherwise */
  trust: number;
  role: LineRole;
}

/** No OCR'd field is trusted more than this, whatever the engine says of its page. */
const OCR_TRUST = 0.8;
const PAGE_MARKER = /^[-–—]\s*[0-9\u0E50-\u0E59]{1,3}\s*[-–—]$/u;
/** "ดังนั้น...", also written "/ดังนั้น..." (OCR may add a speck: "สำนักงาน..,"). */
const CATCHWORD = /^\/?(.{1,60}?)\s*(?:\.{3,}|…)[.,]?$/u;

export const isPageMarker = (text: string): boolean => PAGE_MARKER.test(text.trim());

/**
 * A scanned page's number as OCR leaves it, its dashes lost or read as specks ("2,", "๒", "'2"),
 * alone on the page's first line: the page goes on with the one before. The first page of a
 * letter or an attachment carries no number (or "1"); one digit only, since a register number
 * written or stamped at the top of a first page ("22") has more.
 */
const OCR_PAGE_NUMBER = /^[-–—.,'"‘’|\s]*([0-9\u0E50-\u0E59])[-–—.,'"‘’|\s]*$/u;
const isOcrPageNumber = (text: string): boolean => {
  const number = OCR_PAGE_NUMBER.exec(text)?.[1];
  return number !== undefined && Number(toArabicDigits(number)) >= 2;
};

/** A copied Gazette page's head (a speck may stand before it): volume, issue, the Gazette, its date. */
const GAZETTE_RUNNING_HEAD = new RegExp(`^\\S{0,3}\\s*${GAZETTE.volume}\\s*\\S{1,4}\\s*${GAZETTE.issue}.{0,30}${GAZETTE.name}`, 'u');

/** Marks too short to be words: scribbles, seal edges and specks OCR reads as "ค", "/|“", "ศี 4". */
const NOISE_WIDTH = 4;
const ZERO_WIDTH_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu;
/**
 * Short words that stand alone on a line: class stamps, a receipt stamp's number label whose pen
 * number was left unread, and a signer's rank (พ.อ.) whose signature beside it OCR read as nothing.
 */
const SHORT_LINE_WORDS: readonly string[] = [...URGENCIES, ...SECRECIES, ...RECEIPT_NUMBER_LABELS];
const isOcrNoise = (text: string): boolean =>
  text.replace(ZERO_WIDTH_MARKS, '').length <= NOISE_WIDTH &&
  !/^[0-9\u0E50-\u0E59]+$/u.test(text) &&
  !MILITARY_RANK.test(text) &&
  !SHORT_LINE_WORDS.some((word) => isKeywordLine(text, word, true));

/**
 * A word this long or longer is the end of the line above (แห่ง, ฉบับ), not a speck, when that
 * line is full; so is a count's unit (ชุด, however narrow) when that line stops at a count
 * without it (จำนวน ๑)...
 */
const MIN_WRAPPED_WORD = 3;
/** ...or a word of the dictionary this long (บ้า of สุนัขบ้า). */
const MIN_WRAPPED_DICTIONARY_WORD = 2;
const THAI_WORD = /^[\u0E01-\u0E4E]+$/u;
const COUNT_WITHOUT_UNIT = new RegExp(`${COUNT_WORD}\\s*[0-9\u0E50-\u0E59]+$`, 'u');
/** ...and a count with its unit (run together or not: "๑ชุด"; the unit perhaps misread, "๑อบับ") when that line stops at จำนวน. */
const BARE_COUNT_WORD = new RegExp(`${COUNT_WORD}$`, 'u');
const COUNT_AND_WORD = /^[0-9\u0E50-\u0E59]{1,2}\s*([\u0E01-\u0E4E]{2,6})$/u;
const TONE_MARK = new RegExp(`[${TONE_MARKS}]`, 'gu');

/** The count unit a word is, or is one letter off from (its tone marks aside) when only one unit is. */
export function countUnitOf(word: string): string | null {
  if ((COUNT_UNITS as readonly string[]).includes(word)) return word;
  const near = COUNT_UNITS.filter((unit) => editDistance(word, unit) <= 1 || editDistance(word.replace(TONE_MARK, ''), unit) <= 1);
  return near.length === 1 ? near[0]! : null;
}

const isWrappedWord = (text: string, previous: string | undefined, widest: number): boolean => {
  if (previous === undefined) return false;
  // A speck OCR read after the count ("จำนวน ๑ .") does not part it from its unit.
  const counted = withoutTrailingSpeck(previous);
  if (BARE_COUNT_WORD.test(counted) && countUnitOf(COUNT_AND_WORD.exec(text)?.[1] ?? '') !== null) return true;
  const afterCount = COUNT_WITHOUT_UNIT.test(counted);
  // ...and so is a count's unit behind a speck, a quote nothing closes ("“ชุด").
  const unspecked = withoutSignSpeckAtStart(text);
  if (afterCount && unspecked !== text && countUnitOf(unspecked) !== null) return true;
  if (!THAI_WORD.test(text) || countSpellingErrors(text) > 0) return false;
  if (afterCount && (COUNT_UNITS as readonly string[]).includes(text)) return true;
  const wide = visualWidth(text) >= MIN_WRAPPED_WORD || (visualWidth(text) >= MIN_WRAPPED_DICTIONARY_WORD && thaiDictionary().has(text));
  return wide && (afterCount || visualWidth(previous) >= FULL_LINE_RATIO * widest);
};

const HEADER_LABELS = [LABEL.reference, LABEL.subject, LABEL.cited, LABEL.enclosures, ...SALUTATIONS];
/** A receipt stamp's number labels that end in รับ: no other word ends so (รับที่ ends ผู้รับที่, เลขที่ บ้านเลขที่). */
const STAMP_ONLY_NUMBER_LABELS = RECEIPT_NUMBER_LABELS.filter((label) => label.endsWith('รับ'));
/** Every month's name and abbreviation, as a pattern's alternatives. */
const MONTH_WORDS = `${FULL_MONTH_PATTERN}|${ABBREVIATED_MONTH_PATTERN}`;
/** A day, its month (full or abbreviated) and year, and nothing after: a letter's date line. */
const LINE_FILLING_DATE = `[0-9\\u0E50-\\u0E59]{1,2}\\s?(?:${MONTH_WORDS})\\s?[0-9\\u0E50-\\u0E59]{2,4}$`;
/**
 * What OCR makes of dust left of a line: a dot, comma, quote, bar or a stamp box's edge read as
 * a bracket (one or two, not a leader) set apart by a space (". มีนาคม ๒๕๖๘" wrapped from "ลงวันที่ ๓"), a
 * vowel or tone mark set apart so (a speck read as ะ or ่: no word opens with one), a bar read as a lone i, l
 * or I before Thai, or before a speck glued to it ("i ที่ มท ...", "i -เรียน"), or as i before an Arabic day and its month ("i 2สค.2567": an l or I
 * there may be the day's 1), an อ glued before a day of two digits and its month ("อ๑๗ ม.ค. ๖๘": before
 * one digit it may be a ๑ of the day), a lone letter or dash set apart before a date that fills the line
 * ("ต ๑๖ กรกฎาคม ๒๕๖๗", "- ๑๕ สิงหาคม ๒๕๖๘"; not ณ, "on", which may open a wrapped line so), a quote glued to a header label that nothing after
 * closes ('"ที่ สฎ…'), a dash, dot or bar glued to a ที่ line's label before its code (its last
 * letter read as ฯ or not) and digits ("-ที่อบ ๐๓๕๒.๒/๓๔๔", "-ที่ซฯ ๐๐๒๕.๒") or to a salutation set
 * apart from its addressee ("-เรียน นายอำเภอ"; not "-เรียนรู้", a bullet's word), or to a receipt stamp's labels before their digits ("./เลขรับ ๕๖๑๙",
 * "4วันที่ ๓๐ ต.ค.๖๗"; a letter or two before those labels no other word ends with: "รีเลขรับ ๕๖๑๙"), to a unit word wrapped alone from ทุก ("-แห่ง"), or a dot or bar to an
 * attachment's title (".โครงการ…"; a dash there is a list's bullet). No line of a letter opens so.
 */
const LEADING_SPECKS = new RegExp(
  `^(?:[.,'\`‘’|:;·[\\]{}]{1,2}\\s+|[\\u0E30-\\u0E3A\\u0E47-\\u0E4E]{1,2}\\s+|[iIl!]\\s+(?=[-.|]?[\\u0E01-\\u0E4E\\u0E50-\\u0E59])|i\\s+(?=[0-9]{1,2}\\s?[\\u0E01-\\u0E2E])|อ(?=[0-9\\u0E50-\\u0E59]{2}\\s?[\\u0E01-\\u0E2E])|["“'‘\`](?=(?:${HEADER_LABELS.join('|')})(?!.*["”'’\`]))` +
    `|[-.|:;](?=${LABEL.reference}\\s?[\\u0E01-\\u0E2E][\\u0E01-\\u0E2F]\\s?[0-9\\u0E50-\\u0E59])` +
    `|[-.|:;](?=(?:${SALUTATIONS.join('|')})\\s)` +
    `|[-./|:;]{1,2}(?=(?:${RECEIPT_NUMBER_LABELS.join('|')})\\s*[0-9\\u0E50-\\u0E59])` +
    `|[\\u0E01-\\u0E4E]{1,2}(?=(?:${STAMP_ONLY_NUMBER_LABELS.join('|')})\\s*[0-9\\u0E50-\\u0E59])` +
    `|[0-9\\u0E50-\\u0E59./|](?=${RECEIPT_DATE_LABEL}\\s*[0-9\\u0E50-\\u0E59])|-(?=${EVERY_UNIT_NAME}$)` +
    `|(?:(?!ณ)[\\u0E01-\\u0E2E]|-)\\s+(?=${LINE_FILLING_DATE})` +
    `|[.|:;](?=${ATTACHMENT_TITLES.join('|')}))+(?=\\S)`,
  'u',
);

/**
 * What OCR makes of a speck at the right end of a line: a lone letter or punctuation mark after
 * a space ("ส่วนท้องถิ่น ร", "ปี 2567 ."), a lone digit after a year ("พ.ศ. 2566 7"; a count
 * or an ordinal has its word before it), a dot after the last digit ("พ.ศ. ๒๕๖๘."), a colon,
 * bar, comma, straight quote or dash glued to the last word ("ทุกหมู่บ้าน:", "สถานศึกษา'", "ฉบับ,",
 * "ฉบับ-"; a dash glued after a digit may close a range), a letter glued to a year ("๒๕๖๗ฒ"), a dot
 * after a closing bracket ("(PM 2.5)."), a bare zero after a word ("ส่วนท้องถิ่น 0": no count is one), slashes or bars set
 * apart with a few signs glued after them ("ปี 2568 //7ฯ"), an opening quote glued to the last word that no quote
 * before it opens ("ปฏิบัติการ“"). A subject, an addressee or a cited item ends in a
 * word, a number or an abbreviation's dot (จปฐ.), never so — except in a letter naming a part or
 * a form (ภาค ก, แบบ ข), whose letters are the first few of the alphabet.
 */
const TRAILING_SPECK =
  /(?:\s+(?:(?![ก-ฉ]$)[\u0E01-\u0E2E][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*|[.,'`|:;~_-]+)|(?<=(?:^|[^0-9\u0E50-\u0E59])[0-9\u0E50-\u0E59]{4})\s+[0-9\u0E50-\u0E59]|(?<=[0-9\u0E50-\u0E59])\.+|(?<=(?:^|[^0-9\u0E50-\u0E59])[0-9\u0E50-\u0E59]{4})[\u0E01-\u0E2E][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*|(?<=\))\.|(?<=[\u0E01-\u0E4E])-|(?<=[\u0E01-\u0E4E])\s+[0\u0E50]|\s+[/\\|]{2,}\S{0,3}|[|:;~_'`,]+|(?<!["“”].*)(?<=[\u0E01-\u0E4E])“|(?<!['‘’].*)(?<=[\u0E01-\u0E4E])‘)$/u;
export const withoutTrailingSpeck = (text: string): string => text.replace(TRAILING_SPECK, '');
const SIGN_SPECK = "[.,'`|:;~_-]+";
/** A quote glued to the last Thai word that no quote of its kind before it opens ("ระดับ'"): a speck, not a title's close. */
const UNOPENED_QUOTE_AT_END = `(?:(?<!['‘\`].*)(?<=[\\u0E01-\\u0E4E])['’\`]|(?<!["“].*)(?<=[\\u0E01-\\u0E4E])["”])`;
/**
 * A lone consonant with no mark set apart at the end: no word but ณ and ธ is one letter, and the
 * first few letters of the alphabet name parts and forms (ภาค ก) that a list may carry on from.
 */
const NON_WORD_LETTER_AT_END = '\\s+(?![ก-ฉณธ])[\\u0E01-\\u0E2E]';
const SIGN_SPECK_AT_END = new RegExp(`\\s+${SIGN_SPECK}$|${UNOPENED_QUOTE_AT_END}$|${NON_WORD_LETTER_AT_END}$`, 'u');
/** A quote glued before a Thai word that no quote of its kind after it closes: a speck, not a title's quote. */
export const UNCLOSED_QUOTE = `(?:['‘\`](?=[\\u0E01-\\u0E4E])(?!.*['’\`])|["“](?=[\\u0E01-\\u0E4E])(?!.*["”]))`;
/** A sign set apart, or a quote glued to the first word that nothing on the line closes ('"ปีงบประมาณ'). */
const SIGN_SPECK_AT_START = new RegExp(`^(?:${SIGN_SPECK}\\s+|${UNCLOSED_QUOTE})`, 'u');
/**
 * A sign set apart at the end ("ประจำ ."), a quote nothing opened or a lone letter no word is
 * ("นายกองค์การ ว"): what a line a field wraps from may lose — not ณ, which ends a line before its place.
 */
export const withoutSignSpeckAtEnd = (text: string): string => text.replace(SIGN_SPECK_AT_END, '');
/** So too a sign set apart at the start of the line a field wrapped onto ("- ป้องกัน..."), or a lone quote glued to its first word. */
export const withoutSignSpeckAtStart = (text: string): string => text.replace(SIGN_SPECK_AT_START, '');
const SIGN_SPECKS_AT_ENDS = new RegExp(`^${SIGN_SPECK}\\s*|\\s*${SIGN_SPECK}$`, 'gu');
/** Signs at either end of a scanned line that is one value alone, glued or set apart (a date line: "-5 ส.ค. 2567."). */
export const withoutSignSpecksAtEnds = (text: string): string => text.trim().replace(SIGN_SPECKS_AT_ENDS, '');

/**
 * What OCR makes of a speck at the left end of a subject, an addressee or a cited item: a quote,
 * a dot, a comma, a slash or bar (or two such signs: "': ขอเชิญ") or a lone letter set apart by a space ("“ การดำเนินการ", "ร การจัดซื้อ",
 * ". สำเนาหนังสือ", "/ ผู้ว่าราชการจังหวัด", a bar read as "i " before Thai),
 * a dash or dot glued to the first word ("-การจัดเก็บ", ".แบบรายงาน"), a quote glued to it that
 * nothing after closes ("'นายกองค์กร..."). A quote that opens a title is glued to it and closed
 * (“จังหวัดสะอาด”), and no such value opens with a lone letter but ณ or ธ, which are words.
 */
const LEADING_VALUE_SPECK =
  /^(?:[“”"'‘’`.,/|:;]{1,2}\s+|[“"'‘`](?=[\u0E01-\u0E4E])(?!.*[”"'’`])|[-.](?=[\u0E01-\u0E4E])|(?:(?![ณธ])[\u0E01-\u0E2E]|[iIl])\s+(?=[\u0E01-\u0E4E]))/u;
/** What a year follows: the era mark, a month, full or abbreviated, or ปี (a year's). */
const BEFORE_YEAR = [ERA_MARK, 'ปี', MONTH_WORDS].join('|');
/**
 * A dot inside a four-digit year after พ.ศ., a month or ปี ("๒๕.๖๘", "2.568"): no year has one.
 * The digits must make a year (after ปี a rate may stand: "ปี 12.50").
 */
const YEAR_WITH_DOT = new RegExp(`(?<=(?:${BEFORE_YEAR})\\s?)([0-9\\u0E50-\\u0E59]{1,3})\\.([0-9\\u0E50-\\u0E59]{1,3})(?![0-9\\u0E50-\\u0E59.])`, 'gu');
const isYearWithDot = (before: string, after: string): boolean => before.length + after.length === 4 && isPlausibleYear(Number(toArabicDigits(before + after)));
/** พ.ศ. before a year with its พ read as ผ or a dot as a colon or comma ("ผ.ศ. 2568", "พ.ศ: 2567", "พ,ศ. 2568"). */
const ERA_MARK_MISREAD = /(?<=^|\s)(?:ผ\.ศ[.:,]|พ\.ศ[:,]|พ[,:]ศ\.)\s?(?=[0-9\u0E50-\u0E59]{4}(?![0-9\u0E50-\u0E59]))/gu;
/**
 * What OCR makes of specks inside a line of print: a dot, comma or quote standing alone between
 * words ("สะอาด" . ปีงบ, "ลงวันที่ ' 15"), a bar glued to the end of a word ("คุณธรรม| และ"), a quote
 * glued there that nothing before it opens ("การประ' เมิน"), a comma between a count and its unit ("๑,ฉบับ"), a dot
 * where print sets a space after a bracket or quote ("(จปฐ.).และ"), a dot doubled
 * before a year ("พ.ศ..2568") or between two digits ("PM 2..5"), one inside a year after พ.ศ. ("๒๕.๖๘"), the era mark itself misread
 * or glued to the word before it ("ผ.ศ. 2568", "งบประมาณพ.ศ.", "ปี.พ.ศ."), a dot for the space
 * between ปี and its year or glued before it ("ประจำปี.2566", "ปี. ๒๕๖๘"), and a dot glued
 * between two words of the dictionary ("ป้องกัน.การ"; an abbreviation's letters make no word:
 * "สพป.เชียงใหม่").
 */
const INNER_SPECKS: readonly Rewrite[] = [
  [/\s[.,'‘’`](?=\s)/gu, ''],
  [/(?<=[\u0E01-\u0E4E])\|(?=\s|$)/gu, ''],
  [new RegExp(`${UNOPENED_QUOTE_AT_END}(?=\\s)`, 'gu'), ''],
  [/(?<=[0-9\u0E50-\u0E59]),(?=[\u0E01-\u0E2E])/gu, ' '],
  [/(?<=[)”"'’])\.(?=[\u0E01-\u0E4E])/gu, ' '],
  [/(?<=[\u0E01-\u0E2E])\.\.(?=\s?[0-9\u0E50-\u0E59])/gu, '.'],
  [/(?<=[0-9\u0E50-\u0E59])\.\.(?=[0-9\u0E50-\u0E59])/gu, '.'],
  [YEAR_WITH_DOT, (all, before: string, after: string) => (isYearWithDot(before, after) ? before + after : all)],
  [ERA_MARK_MISREAD, 'พ.ศ. '],
  [/(?<=ปี)\.\s?(?=[0-9\u0E50-\u0E59]{4}(?![0-9\u0E50-\u0E59]))/gu, ' '],
  [/(?<=[\u0E01-\u0E4E])[.,]?(?=พ\.ศ\.\s?[0-9\u0E50-\u0E59]{4})/gu, ' '],
];
/** A dot between two runs of Thai letters, the left one ending in a word of this many letters or more. */
const WORD_BEFORE_DOT = /([\u0E01-\u0E4E]+)\.(?=[\u0E01-\u0E2E\u0E40-\u0E44])/gu;
const MIN_WORD_BEFORE_DOT = 3;
const endsInWord = (run: string): boolean => {
  const words = wordSegments(run);
  const last = words.at(-1) ?? '';
  return [...skeletonOf(last)].length >= MIN_WORD_BEFORE_DOT && thaiDictionary().has(last) && words.every((w) => thaiDictionary().has(w));
};

/** The run ends in a dictionary word spelled with a vowel or a mark: no abbreviation's bare letters. */
const VOWEL_OR_MARK = new RegExp(`[${LEADING_VOWELS}${FOLLOWING_VOWELS}${COMBINING_MARKS}]`, 'u');
const endsInSpelledWord = (run: string): boolean => {
  const last = wordSegments(run).at(-1) ?? '';
  return VOWEL_OR_MARK.test(last) && thaiDictionary().has(last);
};
/** A dot glued to a run of Thai letters before a space and the next word ("ส่วนตำบล. ทุกแห่ง"). */
const WORD_BEFORE_DOT_AND_SPACE = /([\u0E01-\u0E4E]+)\.(?=\s[\u0E01-\u0E2E\u0E40-\u0E44])/gu;

/**
 * An OCR line of print without the specks OCR read inside it (INNER_SPECKS, WORD_BEFORE_DOT), and
 * a dot after a spelled word before the next one (an abbreviation's letters are bare: "สพป. เชียงใหม่").
 */
export const withoutInnerSpecks = (text: string): string =>
  rewritten(text, INNER_SPECKS)
    .replace(WORD_BEFORE_DOT, (all, run: string) => (endsInWord(run) ? run : all))
    .replace(WORD_BEFORE_DOT_AND_SPACE, (all, run: string) => (endsInSpelledWord(run) ? run : all));

/**
 * A dot glued to the end of a value after a dictionary word spelled with a vowel or a mark: a
 * speck. An abbreviation's dot stays: its letters are bare (จปฐ., กทม.), even where the
 * dictionary lists them.
 */
const WORD_BEFORE_FINAL_DOT = /([\u0E01-\u0E4E]+)\.$/u;

/** A dash glued to the number a whole value ends with ("พ.ศ. 2568-"): a range it closed would end in a number. */
const DASH_AFTER_LAST_NUMBER = /(?<=[0-9\u0E50-\u0E59])-$/u;

/**
 * A subject or an addressee without the specks OCR read at either end of it: at the right end
 * also what a speck hid ("ปฏิบัติการ- ร": the letter, then the dash).
 */
export const withoutSpecks = (text: string): string =>
  withoutTrailingSpeck(withoutTrailingSpeck(text.replace(LEADING_VALUE_SPECK, '')))
    .replace(WORD_BEFORE_FINAL_DOT, (all, run: string) => (endsInSpelledWord(run) ? run : all))
    .replace(DASH_AFTER_LAST_NUMBER, '');

/** How many times a bracket (or any sign) stands in a text. */
export const brackets = (text: string, bracket: string): number => text.split(bracket).length - 1;
/** What ends a bracket a line left open when its closing bracket was lost: a number or a Latin word ("2.5"). */
const BRACKET_END = /^[0-9\u0E50-\u0E59A-Za-z][0-9\u0E50-\u0E59A-Za-z.,]{0,7}$/u;
/**
 * A short line closing a bracket the line above left open ("(PM" over "๒.๕)"), or going on with
 * what it holds when OCR lost the bracket ("2.5"), is that line's end, not a speck.
 */
const closesBracket = (text: string, previous: string | undefined): boolean =>
  previous !== undefined && brackets(previous, '(') > brackets(previous, ')') && (text.includes(')') || BRACKET_END.test(text));

/** Non-empty, trimmed lines of every page, in bundle order. */
export function bundleLines(pages: PageText[]): Line[] {
  const lines: Line[] = [];
  for (const page of pages) {
    const ocr = page.method === 'ocr';
    const texts = page.lines.map((raw) => {
      const text = raw.replace(/\s+/gu, ' ').trim();
      return ocr ? text.replace(LEADING_SPECKS, '') : text;
    });
    const widest = Math.max(0, ...texts.map(visualWidth));
    const first = texts.findIndex((t) => t !== '');
    for (const [i, raw] of page.lines.entries()) {
      const text = texts[i]!;
      if (!text) continue;
      const noise = ocr && isOcrNoise(text) && !isWrappedWord(text, texts[i - 1], widest) && !closesBracket(text, texts[i - 1]);
      const marker = isPageMarker(text) || (ocr && i === first && isOcrPageNumber(text));
      const role = marker ? 'page-marker' : GAZETTE_RUNNING_HEAD.test(text) ? 'running-head' : noise ? 'noise' : 'content';
      const trust = ocr ? Math.min(OCR_TRUST, page.confidence ?? OCR_TRUST) : 1;
      lines.push({ text, printed: raw.trim(), page: page.number, index: lines.length, ocr, trust, role });
    }
  }
  return lines;
}

/** The stem a catchword repeats, or null when the line is not shaped like one (a dotted form line is not). */
function catchwordStem(text: string): string | null {
  const stem = CATCHWORD.exec(text)?.[1];
  return stem && /[\u0E01-\u0E2E0-9\u0E50-\u0E59A-Za-z]/u.test(stem) && !/\.{3}/u.test(stem) ? stem : null;
}

function startsWithStem(line: string, stem: string, fuzzy: boolean): boolean {
  const key = matchKey(line);
  const stemKey = matchKey(stem);
  if (key.startsWith(stemKey)) return true;
  return fuzzy && stemKey.length >= 4 && editDistance(key.slice(0, stemKey.length), stemKey) <= 1;
}

/** The first content line of the page after the line's own. */
function nextPageOpening(lines: Line[], i: number): Line | undefined {
  const page = lines[i]!.page;
  return lines.find((l, k) => k > i && l.page > page && l.role === 'content');
}

/** "/๕.๓ นายคณิสร": the next page's first words after a slash, their dots lost or never printed. */
const SLASH_CATCHWORD = /^\/\s*(\S.{1,59})$/u;

const repeats = (line: Line, stem: string) => (l: Line | undefined) => l !== undefined && startsWithStem(l.text, stem, line.ocr);

/**
 * A short line ending in "..." whose stem opens the next content line or the next page, or
 * which closes its page (only stamps, then a page marker or a new page, follow it). Stamps
 * must be marked first: a stamp may be printed below the catchword (on a scan its misread
 * lines may not be known as a stamp, so the next page's opening is checked too).
 */
function isDottedCatchword(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const stem = catchwordStem(line.text);
  if (!stem) return false;
  let j = i + 1;
  while (lines[j]?.role === 'stamp') j++;
  const following = lines[j];
  const closesPage = following === undefined || following.role === 'page-marker' || following.page !== line.page;
  while (lines[j] && lines[j]!.role !== 'content') j++;
  const next = lines[j];
  const repeated = repeats(line, stem);
  return next !== undefined && (closesPage || repeated(next) || repeated(nextPageOpening(lines, i)));
}

/** A slash line without dots is a catchword only when the next page does open with its words. */
function isSlashCatchword(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const stem = SLASH_CATCHWORD.exec(line.text)?.[1];
  return stem !== undefined && repeats(line, stem)(nextPageOpening(lines, i));
}

/** Marks catchwords: the first words of the next page repeated at the foot of a page. */
export function markCatchwords(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.role === 'content' && (isDottedCatchword(lines, i) || isSlashCatchword(lines, i))) line.role = 'catchword';
  });
}
