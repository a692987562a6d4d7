/**
 * The letter reference number (เลขที่หนังสือ, the `ที่` field): agency code, office number
 * block, optional circular marker ว, running number. Typists put spaces anywhere and mix
 * Thai and Arabic digits, so the grammar allows both and the normalized form fixes them.
 *
 * OCR text gets a lenient grammar: Latin o for zero and stray marks inside the digit slots, a
 * digit read as its twin letter (ต for ๓) where the place says it is a digit, อ for the ๐
 * opening an office block, specks beside the slash, a slash read as ")" or "|" or lost before
 * ว, a look-alike ว, a speck read as a leading vowel before the digits, and an agency code with a stray mark (ฯ among them), a look-alike letter,
 * one letter too many, one split in two, one read as its twin digit or a tailed one read with a
 * lower vowel; such a code is believed only when it resolves to exactly one known code.
 */
import type { ReferenceNumber } from '../../schemas/index.js';
import { THAI_MONTHS } from '../dates/index.js';
import { LEADING_VOWELS, toArabicDigits } from '../thai/index.js';
import { agencyGroupOf } from './issuer-level.js';
import {
  CODE_LETTERS_OF_TWIN_DIGIT, DIGIT_TWIN_LETTERS, OCR_LOOKALIKE_LETTERS, OCR_SPLIT_LETTERS, TAILED_LETTERS, ZERO_OR_ONE_LETTER,
} from './lexicon.js';

export interface ReferenceMatch {
  reference: ReferenceNumber;
  /** offset of the reference (its agency code) in the searched text */
  index: number;
  /** offset just after the running number */
  end: number;
}

export interface ReferenceOptions {
  /** OCR text: read with the lenient grammar */
  ocr?: boolean;
}

const THAI_LETTER = '\\u0E01-\\u0E2E';
const THAI_MARKS = '\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E';
const THAI_ANY = '\\u0E01-\\u0E4F';
const DIGIT = '[0-9\\u0E50-\\u0E59]';
/** OCR reads the circular marker ว as a letter of the same shape. */
const CIRCULAR_LOOKALIKES = 'วรจ';
const MARKS_AND_SPACES = new RegExp(`[\\s${THAI_MARKS}]`, 'gu');
export const TWIN_LETTERS = Object.keys(DIGIT_TWIN_LETTERS).join('');
/** A sub-block's dot read as a letter (see the grammar): one that is no digit's twin, between a four-digit block and a sub-block the slash ends. */
const LETTER_FOR_DOT = `(?<=(?<![0-9\\u0E50-\\u0E59])[0-9\\u0E50-\\u0E59]{4})(?![${TWIN_LETTERS}${ZERO_OR_ONE_LETTER}])[\\u0E01-\\u0E2E](?=[0-9\\u0E50-\\u0E59]{1,2}\\s*\\/)`;
/** The same letter in a unit as read (digits normalized, slash left out). */
const LETTER_FOR_DOT_IN_UNIT = /(?<=^[0-9]{4})[\u0E01-\u0E2E](?=[0-9]{1,2}$)/u;
/** Letters a slash may be read as before ว: any consonant but the twins of digits and ว's look-alikes. */
const SLASH_LOOKALIKE_LETTERS = Array.from({ length: 0x2e }, (_, k) => String.fromCodePoint(0x0e01 + k))
  .filter((c) => !TWIN_LETTERS.includes(c) && !CIRCULAR_LOOKALIKES.includes(c))
  .join('');
const TWIN_LETTER = new RegExp(`[${TWIN_LETTERS}]`, 'gu');
/** Twin letters that are no look-alike of the circular mark: right after a slash, a digit (ร there is ว). */
const TWINS_NOT_CIRCULAR = [...TWIN_LETTERS].filter((c) => !CIRCULAR_LOOKALIKES.includes(c)).join('');
const TWIN_DIGITS = Object.keys(CODE_LETTERS_OF_TWIN_DIGIT).join('');
/** A code letter read twice, as its twin digit and as itself ("อ๑ด" for อด): the digit is no letter of the code. */
const CODE_LETTER_READ_TWICE = Object.entries(CODE_LETTERS_OF_TWIN_DIGIT)
  .map(([digit, letters]) => `${digit}[${letters}]`)
  .join('|');
const TWO_LETTERS = new RegExp(`^[${THAI_LETTER}]{2}$`, 'u');
/** A twin letter followed by a digit other than its own (so not the same glyph read twice). */
const TWIN_BEFORE_DIGIT = Object.entries(DIGIT_TWIN_LETTERS)
  .map(([letter, own]) => `${letter}(?=${DIGIT})(?!${own}|${toArabicDigits(own)})`)
  .join('|');
/**
 * A twin letter right before its own digit: OCR read one glyph twice, as the letter and as the
 * digit ("สธ ๐๔๑๙.ต๓/", "สน ฒ๗๔๔๗๐/"). Taken for the one digit only where the block cannot hold
 * both: a one-digit sub-block, an office block of five digits without it.
 */
const TWIN_READ_TWICE = Object.entries(DIGIT_TWIN_LETTERS)
  .map(([letter, own]) => `${letter}(?=${own}|${toArabicDigits(own)})`)
  .join('|');
const TWIN_READ_TWICE_ANYWHERE = new RegExp(TWIN_READ_TWICE, 'gu');
/**
 * The other order: a digit, then its twin letter, one glyph read twice ("อบ ๗๙๗๓ต์๕" for 79735).
 */
const TWIN_AFTER_OWN_DIGIT = Object.entries(DIGIT_TWIN_LETTERS)
  .map(([letter, own]) => `(?<=[${own}${toArabicDigits(own)}])${letter}[${THAI_MARKS}]?`)
  .join('|');
const TWIN_AFTER_OWN_DIGIT_ANYWHERE = new RegExp(TWIN_AFTER_OWN_DIGIT, 'gu');
const TWIN_AFTER_OWN_DIGIT_AT_END = new RegExp(`(?:${TWIN_AFTER_OWN_DIGIT})$`, 'u');
const TWIN_AFTER_OWN_DIGIT_SOMEWHERE = new RegExp(TWIN_AFTER_OWN_DIGIT, 'u');
/** Whether the text holds a digit and then its twin letter ("๖๖๗ฒ"): one glyph maybe read twice. */
export const hasTwinAfterOwnDigit = (text: string): boolean => TWIN_AFTER_OWN_DIGIT_SOMEWHERE.test(text);
const READ_TWICE_PAIR = Object.entries(DIGIT_TWIN_LETTERS)
  .flatMap(([letter, own]) => [`${letter}[${own}${toArabicDigits(own)}]`, `[${own}${toArabicDigits(own)}]${letter}[${THAI_MARKS}]?`])
  .join('|');
/** An office block of `size` digits, one of them read twice, as itself and as its twin letter, in either order. */
const blockReadTwice = (size: number): string =>
  Array.from({ length: size }, (_, before) => `${DIGIT}{${before}}(?:${READ_TWICE_PAIR})${DIGIT}{${size - 1 - before}}`).join('|');
/**
 * Where a block cannot hold the twin as a digit of its own: a five-digit block (no sub-block
 * follows one) would be six, a four-digit block before its sub-block five ("สฎ ๐๐๒ต๓.๖", its
 * sub-block's digit maybe read as a twin too: "ทส ๐๒๐ต๓.ต/").
 */
const BLOCK_READ_TWICE = `(?:${blockReadTwice(5)})(?![0-9\\u0E50-\\u0E59.])|(?:${blockReadTwice(4)})(?=\\s*\\.\\s*(?:${DIGIT}|[${TWIN_LETTERS}]))`;
const OPENS_WITH_BLOCK_READ_TWICE = new RegExp(`^(?:${BLOCK_READ_TWICE})`, 'u');

/** A consonant, and any sign but a consonant, a digit or a space: what specks glued to a block are made of. */
const CONSONANT = `[${THAI_LETTER}]`;
const NOT_CONSONANT = `[^\\s0-9\\u0E50-\\u0E59${THAI_LETTER}]`;
/** The 0 opening an office block, read as the round sign Tesseract puts where it could not place a glyph. */
const ZERO_AS_AT = '@';
/** What OCR may make of one of a code's letters that no code has: a leading vowel, ฯ, a Latin letter. */
const UNREAD_SIGN = `[${LEADING_VOWELS}\\u0E2F\\u0E46A-Za-z]`;
const UNREAD_CODE = new RegExp(`${UNREAD_SIGN}|[0-9]`, 'u');
/** A Thai digit for a code's letter that is no letter's twin ("ก๐" for กจ): unread too, once no twin repair reads it. */
const THAI_DIGIT_IN_CODE = /[\u0E50-\u0E59]/u;

/**
 * A code OCR read with a sign no code has in place of a letter ("แม" for นม), in Latin letters
 * ("us" for ชร), or with a letter too many that more than one known code could lose ("สธร"):
 * not a code as it stands.
 */
export const isUnreadCode = (code: string): boolean => UNREAD_CODE.test(code) || THAI_DIGIT_IN_CODE.test(code) || [...code].length !== 2;

/** The 0 opening a four-digit office block with a speck read as a dot after it (referencePattern). */
const ZERO_THEN_SPECK = `[0\\u0E50]\\.(?=${DIGIT}{3}(?![0-9\\u0E50-\\u0E59]))`;
const OPENS_WITH_ZERO_THEN_SPECK = new RegExp(`^${ZERO_THEN_SPECK}`, 'u');

const MONTH_WORDS = THAI_MONTHS.flatMap((m) => [m.full, m.abbreviation, m.abbreviation.replaceAll('.', '')].map((w) => w.replaceAll('.', '\\.')));
/**
 * OCR may set a space inside a running number (a narrow 1 read apart: "ว 1 268สำนักงาน"): a
 * second group of digits is part of it unless more digits follow (a phone, a postcode) or a
 * month (the day of a date whose label was lost: "ที่ กท 0406/722 15 พ.ค. 45").
 */
const SPLIT_NUMBER_ENDS = `(?![0-9\\u0E50-\\u0E59]|\\s*[0-9\\u0E50-\\u0E59]|\\s*(?:${MONTH_WORDS.join('|')}))`;

/** `prefix`: the printed part only, the running number left blank (to be filled in by hand). */
function referencePattern(ocr: boolean, prefix = false): RegExp {
  const d = ocr ? `(?:[0-9\\u0E50-\\u0E59oO][${THAI_MARKS}]?)` : DIGIT;
  // A one-digit sub-block read as its twin letter ("๐๐๑๗.ต/"), standing alone: a twin beside
  // its own digit ("ต๓") is as likely a digit doubled as a digit misread, and one after the
  // running number a word glued to it ("๔๒๙ตาม").
  const twin = ocr ? `|[${TWIN_LETTERS}][${THAI_MARKS}]?(?![0-9\\u0E50-\\u0E59\\u0E01-\\u0E2E])` : '';
  // A twin with another digit after it is that digit in the office block ("ชร อ๓๖๙/"); after a
  // digit or the circular mark, with any digit after it, in the running number ("ว ๒ต๖๖", "วต๓๐๙":
  // beside its own digit a double digit misread or one glyph read twice, and no number is cut short),
  // or right after the slash before two digits or more ("/ต๙๕").
  const twinBeforeDigit = ocr ? `|${TWIN_BEFORE_DIGIT}` : '';
  const twinInRunning = ocr
    ? `|(?<=${DIGIT}|[${CIRCULAR_LOOKALIKES}]\\s?)[${TWIN_LETTERS}](?=${DIGIT})|(?<=\\/\\s?)[${TWINS_NOT_CIRCULAR}](?=${DIGIT}{2})`
    : '';
  const mark = ocr ? `[${THAI_MARKS}]?` : '';
  const speck = ocr ? '(?:[)(|:;@-]\\s*)?' : '';
  // A speck read as a leading vowel before a block's or the running number's first digit
  // ("อบ เ๗๙๗๓๕/", "/ว เ๒๖๙"): no vowel leads a digit.
  const vowelBeforeDigit = `[${LEADING_VOWELS}](?=${DIGIT})`;
  const vowelSpeckBeforeDigit = ocr ? `(?:${vowelBeforeDigit})?` : '';
  // A dot or comma right after the slash is a speck too (no running number opens with one; dust
  // may leave two: "/,.ว"), and so is a
  // bar read as 1 glued to the circular mark ("/1ว๔๘๕"), the slash's stroke read again as 7
  // before ว ("/7ว 79") or as a second slash ("//ว"); before the slash a dot is a sub-block whose digit was lost ("๐๒๐๔./"),
  // which the bundle may give back. The bar or stroke may stand a space apart from a ว that
  // numbers follow ("/1 ว1022": a running number wrapped to the next line): no running number
  // is one digit with ว and more digits after it.
  const strokeBeforeMark = `[1lI](?=[${CIRCULAR_LOOKALIKES}])|7(?=ว)|[17]\\s(?=ว\\s?${DIGIT})`;
  const speckAfterSlash = ocr ? `(?:(?:[)(|:;@.,/]\\s*){1,2}|${strokeBeforeMark})?${vowelSpeckBeforeDigit}` : '';
  // A dot after a sub-block's digits, before the slash, is a speck as well ("0023.1./ว1250"), as
  // is one after a five-digit block, which has no sub-units ("57831./ว675"): a dot right after
  // another office block is left to the bundle (above).
  const subBlockSpeck = ocr ? `(?:(?<=\\.\\s*${DIGIT}{1,3}|(?<![0-9\\u0E50-\\u0E59.]\\s?)${DIGIT}{5})\\.)?` : '';
  // OCR may read the slash as a letter or sara a glued before the circular mark ("๐๐๒๕.๓ห่ว", "๐๓๙๕.๓ปว", "๐๐๑๗.๒ะว"):
  // no letter but a twin stands between an office block and ว.
  // Or as the twin letter of the digit before it ("๐๘๐๘.๗ฒว"): the slash, or that digit read twice
  // and the slash lost; either way the sub-block ends with the digit.
  const slashAsLetter = `(?:[${SLASH_LOOKALIKE_LETTERS}ะ${LEADING_VOWELS}][${THAI_MARKS}]?|${TWIN_AFTER_OWN_DIGIT})(?=ว\\s?${DIGIT})`;
  // Or as "!", or lost for a space after a sub-block ("กค 0203.1 250": the sub-block's dot
  // closes the office number, so a short run of digits after a space can only be the running number).
  const slashLost = `(?<=\\.\\s*${DIGIT}{1,2})\\s(?=\\s*${DIGIT}{1,5}(?![0-9\\u0E50-\\u0E59./]))`;
  // Or as a dot after a sub-block, before three digits or more ("0208.2.253"): no sub-block has three.
  const slashAsDot = `(?<=\\.\\s*${DIGIT}{1,2})\\.(?=${DIGIT}{3,5}(?![0-9\\u0E50-\\u0E59./]))`;
  // Or as ไ, a tall stroke with a curl, between two digits ("๐๒๒๖.๒ไ๒๐"): no word puts it there.
  const slashAsSaraAi = `(?<=${DIGIT})ไ(?=${DIGIT})`;
  const slash = ocr ? `(?:[/)|!]|${slashAsLetter}|${slashLost}|${slashAsDot}|${slashAsSaraAi}|(?=[${CIRCULAR_LOOKALIKES}]))` : '\\/';
  // ๐ read as อ opening a four-digit office block ("ชร อ๓๖๙/"), or a province block whose other
  // ๐ was lost before its sub-unit ("สภูอ๑๗.๓": the bundle's cross-check puts it back).
  // So is an @ (a round glyph Tesseract could not place: "กค@406.2"), before three digits only.
  const zeroOpening = ocr ? `|${ZERO_OR_ONE_LETTER}(?=${DIGIT}{3}(?!${DIGIT})|${DIGIT}{2}\\.${DIGIT}(?!${DIGIT}))|${ZERO_AS_AT}(?=${DIGIT}{3}(?!${DIGIT}))` : '';
  const readTwiceInBlock = ocr ? `${BLOCK_READ_TWICE}|` : '';
  // Two digits before a sub-block: a block a speck split ("ลป.81.117" for 81117), which the
  // bundle's cross-check joins again (unit-shape.ts); no office block has two digits. Not after
  // อ, which is then the block's ๐ ("สภูอ๑๗.๓", zeroOpening).
  const splitBlock = ocr ? `|(?<!${ZERO_OR_ONE_LETTER})${d}\\s?${d}(?=\\s*\\.\\s*${DIGIT})` : '';
  // ...or inside it after a 0 ("สน ๐อ๑๗.๕": office blocks open with 0s, read round alike).
  const zeroInside = ocr ? `|(?<=[0\\u0E50])${ZERO_OR_ONE_LETTER}(?=${DIGIT})` : '';
  // A speck read as a dot right after the 0 opening a four-digit block ("ชบ ๐.๘๕๖/"): no block has one digit.
  const zeroSpeck = ocr ? `${ZERO_THEN_SPECK}${DIGIT}{3}|` : '';
  // The fourth and last digit of a block read as its twin letter before the sub-block's dot
  // ("๐๔๐ต.๗"): no code or word stands there. Not a fifth ("๐๐๑๓ฒ.๑" is ๗ read twice, a ๓ and its twin).
  const twinBeforeSubBlock = ocr ? `|(?<=(?<![0-9\\u0E50-\\u0E59])${DIGIT}{3})[${TWIN_LETTERS}](?=\\s*\\.\\s*${DIGIT})` : '';
  const firstBlock = `(?:${zeroSpeck}${readTwiceInBlock}(?:${d}${twinBeforeDigit}${zeroOpening})(?:\\s?(?:${d}${twinBeforeDigit}${zeroInside}${twinBeforeSubBlock})){2,4}${splitBlock})`;
  // OCR may read a sub-block's dot as a colon ("๐๒๐๘:๒/๒๕๓"), twice ("0808..7"), as sara a
  // ("๐๒๒๖ะ๒": no digit takes it), or as the
  // leading vowel เ or with one before it ("๐๐๐๗เ๓", "๐๐๑๓เ.๒"): no vowel leads a digit; or as
  // a letter no digit is the twin of, after a four-digit block and before a sub-block the slash
  // ends ("๐๘๑๙ส๖/"): no code stands there. A one-digit sub-block may hold its digit read
  // twice, as it and its twin ("ต๓", "๓ต/").
  const readTwice = ocr ? `|(?:${TWIN_READ_TWICE})${d}(?!\\s?${DIGIT})|${d}(?:${TWIN_AFTER_OWN_DIGIT})(?=\\s*\\/)` : '';
  const subBlock = `\\s*${ocr ? `(?:เ?\\.\\.?|[:,ะ]|เ|${LETTER_FOR_DOT})` : '\\.'}\\s*(?:${d}(?:\\s?${d}){0,2}${twin}${readTwice})`;
  // The code must not be the tail of a Thai word, except right after the label ที่; OCR may
  // put a space between its two letters.
  const letter = `[${THAI_LETTER}]${mark}`;
  // In OCR text one of a two-letter code's letters may be read as its twin digit ("อ๑" for อด),
  // or as its twin digit and itself ("อ๑ด").
  const twinDigit = `[${TWIN_DIGITS}]${mark}`;
  // Or one of its letters read as a sign no code has (a vowel, ฯ, a Latin letter, a digit glued
  // to the letter before a whole office block: "แม", "ชฯ", "พ5 ๐๐๒๓", or glued to a block with
  // its sub-block, which no five-digit block has: "ก10017.2", "ก๐๐๐๒๕.๓"), or both read as Latin
  // letters before an office block opening with 0 ("us ๐๐๒๕"): an unread code the bundle may
  // give back (isUnreadCode).
  const unread = `${letter}\\s?${UNREAD_SIGN}|${UNREAD_SIGN}\\s?${letter}|${letter}[0-9](?=\\s${DIGIT}{4})|${letter}[0-9\\u0E50-\\u0E59](?=${DIGIT}{4}\\s*\\.\\s*${DIGIT})|[A-Za-z]{2,3}(?=\\s*\\.?\\s*[0\\u0E50])`;
  // A third letter is one too many, unless it is the อ that ๐ opening the office block was read as ("อบอ๓๓๘").
  const third = `(?:(?!${ZERO_OR_ONE_LETTER}${DIGIT}{3})${letter})?`;
  // One of the two letters lost, the other glued to an office block with a sub-block ("ส0017.3"
  // for สฎ), or bare and set apart from it ("ค 0410.7" for กค; a letter with a vowel there is a
  // word's remains, "ชู"): an unread code too, which the bundle gives back only with a code holding that letter.
  // So too one Latin letter for both ("n0406.2" for กค: ก read as n, ค lost; "m0211/" for มท), given back by the bundle alone.
  const oneLeft = `(?:${letter}|[A-Za-z])(?=${DIGIT}{4}\\.${DIGIT})|[${THAI_LETTER}](?=\\s${DIGIT}{4}\\.${DIGIT})|[A-Za-z](?=[0\\u0E50]${DIGIT}{3}\\/)`;
  const letters = ocr ? `${letter}\\s?${letter}${third}|${letter}(?:${CODE_LETTER_READ_TWICE})${mark}|${letter}\\s?${twinDigit}|${twinDigit}\\s?${letter}|${unread}|${oneLeft}` : `${letter}\\s?${letter}`;
  // OCR may hang a paiyannoi (ฯ) on the code's last letter ("ซชฯ" for ชร): a speck, not a letter.
  // A speck read as a leading vowel before a two-letter code ("ที่แนม๐๐๑๗"): no code opens with a vowel.
  const vowelBeforeCode = ocr ? `(?:[${LEADING_VOWELS}](?=${letter}\\s?${letter}\\.?\\s*${ZERO_OR_ONE_LETTER}?${DIGIT}))?` : '';
  // In OCR text the label before it may be misread ("กี่อบ", "รี่ชร"): a letter, sara ii and mai ek.
  const label = ocr ? '[\\u0E01-\\u0E2E]\\u0E35\\u0E48' : 'ที่';
  const code = `(?<=^|[^${THAI_ANY}]|${label})${vowelBeforeCode}(${letters})${ocr ? 'ฯ?' : ''}`;
  // OCR may read the circular mark as ว and a look-alike together ("/วจ ๒๕๘๖", "/9จ709"); not
  // วร, whose ร may be the running number's ๑, nor a จ before a 0 (no running number opens with
  // one: the จ was its first digit, "/วจ๐๒๒" for ว๑๐๒๒, and the number is not read short).
  // Or as a 3 standing apart before four digits ("/3 3083": ว and ๓ are alike, and no running
  // number is one digit, a space and four more).
  const circularMark = ocr
    ? `ว\\s?จ(?!\\s*[0\\u0E50])|[9๙]\\s?[วจ](?=\\s*${DIGIT})|[3๓](?=\\s${DIGIT}{4}(?!${DIGIT}))|[${CIRCULAR_LOOKALIKES}]`
    : 'ว';
  // A speck above or below it is read as a mark ("/ว่๑๒๕๙", "/วุ ๑๒๕๙"): the mark has no mark of its own.
  const circular = `(?:(${circularMark})${mark}\\s*\\.?\\s*${speck}${vowelSpeckBeforeDigit})?`;
  // OCR reads a speck between the running number's digits as a dot ("ว๑๒.๕๙"; no running number
  // has one) and its last ๓ as ต ("/๔๗ต": glued to the digits, and no word's first letter).
  const runningDigit = `(?:${d}${twinInRunning})`;
  const runningDot = ocr ? '\\.?' : '';
  const twinEnding = ocr ? `(?:[${TWIN_LETTERS}](?![${THAI_ANY}0-9\\u0E50-\\u0E59]))?` : '';
  const digits = `${runningDigit}(?:${runningDot}${runningDigit}){0,5}${twinEnding}`;
  // An @ right after digits is a glyph Tesseract could not place: the number goes on past it
  // unread ("ว ๑@๕๕"), and is not cut short there; so is a letter or a leading vowel glued
  // between digits ("ว๗อ๙", "ว๗เ๙": a ๐ read as เ).
  const running = prefix ? `()(?=\\s|$)` : `(${ocr ? `${d}{1,3} ${d}{1,3}${SPLIT_NUMBER_ENDS}|` : ''}${digits})(?!${d}${ocr ? `|@|[${THAI_LETTER}${LEADING_VOWELS}]${DIGIT}` : ''})`;
  // The twin of a five-digit block's first digit read twice ("ฒ๗๔๔๗๐") is a speck before it too,
  // as are a sign or two glued to a five-digit block after the code ("อบ ผ๗๙๗๓๕/", "สน เ(๗๔๔๗๐/"):
  // no block has six signs or more. One consonant at most: two may be the code itself, a word
  // before it taken for one ("ผล อบ ๗๙๗๓๕/").
  const blockSpeck = `(?:${NOT_CONSONANT}[^\\s0-9\\u0E50-\\u0E59]?|${CONSONANT}${NOT_CONSONANT}?)(?=${DIGIT}{5}(?![0-9\\u0E50-\\u0E59.]))`;
  const vowelSpeck = ocr ? `(?:${vowelBeforeDigit}|(?:${TWIN_READ_TWICE})(?=${DIGIT}{5}(?!${DIGIT}))|${blockSpeck})?` : '';
  // After the code a dot, or in OCR text a speck read as a dot, a quote, a dash ("กจ-๕๗๘๓๑") or
  // an opening bracket ("อบ (๗๙๗๓๕/": no block stands in brackets).
  return new RegExp(
    `${code}${ocr ? '(?:\\s*[.\'"“”(-])?' : '\\.?'}\\s*${vowelSpeck}(${firstBlock}(?:${subBlock})*)${subBlockSpeck}\\s*${speck}${slash}\\s*${speckAfterSlash}${circular}${running}`,
    'gu',
  );
}

const PATTERNS = { text: referencePattern(false), ocr: referencePattern(true) };
const PREFIX_PATTERNS = { text: referencePattern(false, true), ocr: referencePattern(true, true) };

/**
 * Arabic digits, no spaces or marks, Latin o read as zero, twin letters as their digits, อ and @
 * as zero (the grammar lets them only open an office block). Only ever called on digit slots.
 */
function normalizeDigits(slot: string): string {
  const twinsAsDigits = slot.replace(TWIN_LETTER, (letter) => DIGIT_TWIN_LETTERS[letter] ?? letter).replaceAll(ZERO_OR_ONE_LETTER, '0').replaceAll(ZERO_AS_AT, '0');
  return toArabicDigits(twinsAsDigits).replace(/[oO]/g, '0').replace(MARKS_AND_SPACES, '');
}

const known = (code: string): boolean => agencyGroupOf(code) !== null;

/** Known codes one look-alike letter away from a code. */
export function lookalikeCodes(code: string): string[] {
  const found = new Set<string>();
  [...code].forEach((ch, i) => {
    for (const pair of OCR_LOOKALIKE_LETTERS) {
      const other = pair[0] === ch ? pair[1] : pair[1] === ch ? pair[0] : null;
      const candidate = other ? code.slice(0, i) + other + code.slice(i + 1) : null;
      if (candidate && known(candidate)) found.add(candidate);
    }
  });
  return [...found];
}

/** The code's letters with its letter number `at` changed to each of `others`. */
function withLetterAt(letters: string, at: number, others: string): string[] {
  return [...others].map((other) => letters.slice(0, at) + other + letters.slice(at + 1));
}

/** Index, among the code's letters, of the one carrying sara u or uu; -1 when none does. */
function letterWithLowerVowel(printed: string): number {
  const at = printed.search(/[\u0E38\u0E39]/u);
  return at < 0 ? -1 : printed.slice(0, at).replace(MARKS_AND_SPACES, '').length - 1;
}

/**
 * Readings of a code OCR damaged in ways only a code can be told from: a letter read as its
 * twin digit ("อ๑"), a tailed letter read as another carrying a lower vowel ("สภู"), a tailed
 * letter split in two ("สมฏ").
 */
function repairedCodes(printed: string, letters: string): string[] {
  const twin = [...letters].findIndex((ch) => ch in CODE_LETTERS_OF_TWIN_DIGIT);
  if (twin >= 0) return withLetterAt(letters, twin, CODE_LETTERS_OF_TWIN_DIGIT[letters[twin]!]!);
  const withVowel = letterWithLowerVowel(printed);
  const tailed = withVowel >= 0 ? withLetterAt(letters, withVowel, TAILED_LETTERS) : [];
  const merged = Object.entries(OCR_SPLIT_LETTERS).flatMap(([split, letter]) => (letters.includes(split) ? [letters.replace(split, letter)] : []));
  return [...tailed, ...merged];
}

/**
 * The agency code an OCR reading stands for, or null when it cannot be told. Two clean
 * letters stand as read (an unknown code may be given back by the bundle, see reconcile);
 * a code with a stray mark, a digit or a letter too many stands for the one known code that a
 * look-alike letter, a dropped letter or a repairedCodes reading gives; an unread code stands as
 * read for the bundle to give back, and is no code if it cannot.
 */
function resolveOcrCode(printed: string): string | null {
  const letters = printed.replace(MARKS_AND_SPACES, '');
  if (UNREAD_CODE.test(letters) || letters.length === 1) return letters;
  if (TWO_LETTERS.test(letters) && (letters === printed || known(letters))) return letters;
  const repaired = repairedCodes(printed, letters);
  const candidates =
    letters.length === 3
      ? [...new Set([letters.slice(1), letters[0]! + letters[2]!, letters.slice(0, 2), ...repaired])].filter(known)
      : [...new Set([...lookalikeCodes(letters), ...repaired])].filter(known);
  if (candidates.length === 1) return candidates[0]!;
  // Three letters that more than one known code, or none, may have lost one of ("ซชช" for ชร,
  // a letter too many and one misread): the bundle decides.
  return letters.length === 3 || THAI_DIGIT_IN_CODE.test(letters) ? letters : null;
}

/** Circulars are numbered afresh each year: their running numbers have four digits at most. */
export const MAX_CIRCULAR_DIGITS = 4;

/**
 * The running number in Arabic digits. A twin letter beside its own digit is a digit ("วต๓๐๙" is
 * 3309), unless that makes a circular number too long: then one glyph was read twice ("ว ต๓๓๗๒").
 */
function runningNumber(numberRaw: string, circular: boolean): string {
  const number = normalizeDigits(numberRaw).replaceAll('.', '');
  if (!circular || number.length <= MAX_CIRCULAR_DIGITS) return number;
  return normalizeDigits(numberRaw.replace(TWIN_READ_TWICE_ANYWHERE, '').replace(TWIN_AFTER_OWN_DIGIT_ANYWHERE, '')).replaceAll('.', '');
}

function toReference(m: RegExpExecArray, agencyCode: string): ReferenceNumber {
  const [raw, , unitRaw = '', marker, numberRaw = ''] = m;
  // A sub-block's dot as OCR may have read it (":", ",", "ะ", "..", "เ", "เ.") is a dot.
  const readTwice = OPENS_WITH_BLOCK_READ_TWICE.test(unitRaw) ? unitRaw.replace(TWIN_AFTER_OWN_DIGIT_ANYWHERE, '') : unitRaw.replace(TWIN_AFTER_OWN_DIGIT_AT_END, '');
  const unit = normalizeDigits(readTwice.replace(TWIN_READ_TWICE_ANYWHERE, '').replace(OPENS_WITH_ZERO_THEN_SPECK, '0'))
    .replace(/เ?(?:\.{2,}|[.:,ะ])|เ/gu, '.')
    .replace(LETTER_FOR_DOT_IN_UNIT, '.');
  const circular = marker !== undefined;
  const number = runningNumber(numberRaw, circular);
  const normalized = `${agencyCode} ${unit}/${circular ? 'ว ' : ''}${number}`.trimEnd();
  return { raw: raw.trim(), normalized, agencyCode, unit, circular, number: number === '' ? null : number };
}

/** Every reference number in a text, in order. */
export function findReferenceNumbers(text: string, opts: ReferenceOptions = {}, patterns = PATTERNS): ReferenceMatch[] {
  const pattern = new RegExp(opts.ocr ? patterns.ocr : patterns.text);
  const found: ReferenceMatch[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const printed = (m[1] ?? '').replace(/\s/gu, '');
    const code = opts.ocr ? resolveOcrCode(printed) : printed.replace(MARKS_AND_SPACES, '');
    if (code) found.push({ reference: toReference(m, code), index: m.index, end: m.index + m[0].length });
    else pattern.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * Reads a reference number written alone, optionally after the label ที่
 * ("ที่ มท ๐๘๐๔.๖/ว๕๖๙"). Null when the text does not start with one, e.g. an
 * order number "ที่ ๑๒/๒๕๖๗" (no agency code). In OCR text, also one whose slash was lost
 * where the code's office block can end in one place only (lostSlashReference).
 */
export function parseReferenceNumber(raw: string, opts: ReferenceOptions = {}): ReferenceNumber | null {
  const text = raw.trim().replace(/^ที่\s*/u, '');
  const first = findReferenceNumbers(text, opts)[0];
  if (first && first.index === 0) return first.reference;
  return opts.ocr ? lostSlashReference(text) : null;
}

/** A known code, then one run of digits and nothing but specks after it: "ชร 0328240 .". */
const UNBROKEN_RUN = new RegExp(`^([${THAI_LETTER}]{2})\\s*(${DIGIT}{6,10})(?:\\s+\\S{0,2})?\\s*$`, 'u');
/** Office blocks without a sub-unit, by the code's group: a ministry's 0 + 3 or 4 digits, a province's 0 + 3. */
const PLAIN_OFFICE_BLOCK = { ministry: [4, 5], 'other-agency': [4, 5], province: [4] } as const;

/**
 * OCR lost the slash of a number with no sub-unit ("ชร 0328240" for ชร 0328/240): the office
 * block is the code's shape, the rest the running number, when only one such split exists.
 */
function lostSlashReference(text: string): ReferenceNumber | null {
  const m = UNBROKEN_RUN.exec(text);
  const group = m ? agencyGroupOf(m[1]!) : null;
  if (!m || group === null) return null;
  const digits = toArabicDigits(m[2]!);
  const splits = PLAIN_OFFICE_BLOCK[group].filter((at) => digits.startsWith('0') && /^[1-9]\d{0,5}$/.test(digits.slice(at)));
  if (splits.length !== 1) return null;
  const [at] = splits as [number];
  return { raw: `${m[1]} ${m[2]}`, normalized: `${m[1]} ${digits.slice(0, at)}/${digits.slice(at)}`, agencyCode: m[1]!, unit: digits.slice(0, at), circular: false, number: digits.slice(at) };
}

/**
 * The printed prefix of a reference number whose running number was left blank to be filled in
 * by hand ("ที่ กท ๐๔๐๖/"): number null, normalized without it ("กท 0406/").
 */
export function parseReferencePrefix(raw: string, opts: ReferenceOptions = {}): ReferenceNumber | null {
  const text = raw.trim().replace(/^ที่\s*/u, '');
  const first = findReferenceNumbers(text, opts, PREFIX_PATTERNS)[0];
  return first && first.index === 0 ? first.reference : null;
}
