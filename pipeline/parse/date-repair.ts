/**
 * OCR garbles the dates of letters in a few known ways, and a date so garbled can be read again:
 * the caller decides which reading stands (by bounds, or by being the only one).
 *
 * Month abbreviations lose or gain a letter or a stray mark ("พุย.", "ก.ุค.", "กูค."): a month
 * token one edit from abbreviations listed here is read with each. On a form's dotted leader
 * the abbreviation's own dots merge with the leader's: OCR makes a dot under a letter into ุ or
 * ู ("ธุค." for ธ.ค., "มูค." for ม.ค.) and the dots after it into ๒ or ย ("พค๒ย"). No month
 * abbreviation has a below vowel, so a token that is one once its below marks go is read as
 * that month alone (not also as the months one edit away, such as มี.ค. for "มูค.").
 *
 * The day may come with a digit doubled ("๑๑๗" for ๑๗) or a digit read as its twin letter
 * ("ต๑" for ๓๑, "อ๗" for ๑๗), the year with digits read as twin letters ("วว" for ๖๖) or with a
 * speck read as a digit more ("๒๕๖๔๗"); specks inside a date are taken out (DATE_SPECKS).
 */
import { findDates, parseThaiDate, THAI_MONTHS } from '../dates/index.js';
import { editDistance } from '../thai/index.js';
import { areLookAlikeLetters, CODE_LETTERS_OF_TWIN_DIGIT, DATE_TWIN_LETTERS, DIGIT_TWIN_LETTERS, ZERO_OR_ONE_LETTER } from './lexicon.js';
import { type Rewrite, rewritten } from './rewrites.js';

/**
 * Day, month token, leader noise glued to it (a ๒ and dots, only before a gap), year: "3 ก.ค. 2567",
 * "19 กูค. 67", "๑๘ พุย. ๒๕๖๗", "๓ พค๒ย ๖๗".
 */
export const DAY_MONTH_YEAR = /^([0-9\u0E50-\u0E59]{1,2})\s*([\u0E01-\u0E4E.:,\s]+?)([.,]?๒[.,๒ย]?(?=\s))?\s*([0-9\u0E50-\u0E59]{2,4})$/u;
/** The abbreviation's letters: its dots (or what OCR made of them, a colon or a comma) left out. */
const letters = (token: string) => token.replace(/[.:,\s]/gu, '');
/** What a leader's dot under a letter becomes: ุ ู ฺ. */
const BELOW_MARKS = /[\u0E38-\u0E3A]/gu;

/** Vowel marks above and below a letter, and tone marks and thanthakhat (specks on an abbreviation's letters). */
const MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu;
const vowelless = (token: string) => letters(token).replace(MARKS, '');
/**
 * The one month whose abbreviation has the token's letters, marks aside: a mark OCR misread
 * ("มี.ย." is มิ.ย., not also มี.ค. a letter away) or a speck read as a tone mark ("พ่.ค์." is
 * พ.ค.); "มิ.ค." has two (ม.ค., มี.ค.) and none.
 */
function onlyMonthOfLetters(token: string): (typeof THAI_MONTHS)[number] | undefined {
  const [only, ...more] = THAI_MONTHS.filter((month) => vowelless(month.abbreviation) === vowelless(token));
  return more.length === 0 ? only : undefined;
}

/** The one month whose abbreviation has the token's letters with one read as its look-alike ("ผุค." for พ.ค.). */
function onlyMonthOfLookAlike(bare: string): (typeof THAI_MONTHS)[number] | undefined {
  const [only, ...more] = THAI_MONTHS.filter((month) => {
    const printed = letters(month.abbreviation);
    if (printed.length !== bare.length) return false;
    const differ = [...printed].flatMap((c, i) => (c === bare[i] ? [] : [[c, bare[i]!] as const]));
    return differ.length === 1 && areLookAlikeLetters(...differ[0]!);
  });
  return more.length === 0 ? only : undefined;
}

/** The one month whose abbreviation has the token's letters less one, marks aside: a speck read as a letter ("มบี.ย." for มิ.ย.). */
function onlyMonthOfLettersLessOne(token: string): (typeof THAI_MONTHS)[number] | undefined {
  const read = vowelless(token);
  const [only, ...more] = THAI_MONTHS.filter((month) => {
    const printed = vowelless(month.abbreviation);
    return printed.length === read.length - 1 && [...read].some((_, i) => read.slice(0, i) + read.slice(i + 1) === printed);
  });
  return more.length === 0 ? only : undefined;
}

/** The same date with its month abbreviation one letter (or mark) away, for each such month. */
export function monthVariants(raw: string): string[] {
  const m = DAY_MONTH_YEAR.exec(raw.trim());
  if (!m) return [];
  const [, day, token = '', noise, year] = m;
  const bare = letters(token).replace(BELOW_MARKS, '');
  // A month printed as it should be is one whose neighbours are asked for; one whose letters are
  // all there but whose dots were garbled ("ก.ย:") or marked by the leader is that month alone.
  const asPrinted = noise === undefined && THAI_MONTHS.some((month) => month.abbreviation === token.replace(/\s/gu, ''));
  const whole = asPrinted
    ? undefined
    : (THAI_MONTHS.find((month) => letters(month.abbreviation) === bare) ?? onlyMonthOfLetters(token) ?? onlyMonthOfLookAlike(bare) ??
      onlyMonthOfLettersLessOne(token));
  const months = whole ? [whole] : THAI_MONTHS.filter((month) => [letters(token), bare].some((read) => editDistance(letters(month.abbreviation), read) === 1));
  return months.map((month) => `${day} ${month.abbreviation} ${year}`);
}

const IS_DIGIT = /^[0-9\u0E50-\u0E59]$/u;
/**
 * ว for ๖ stands as a day alone only before a month abbreviated ("วต.ค."): a word may open with
 * ว. After the day's first sign ("อว กรกฎาคม": ๑๖) no word opens, so it is ๖ before any month.
 */
const SIX_AS_WO = Object.keys(DATE_TWIN_LETTERS).find((letter) => !(letter in DIGIT_TWIN_LETTERS))!;
const ABBREVIATED_MONTH = '[\\u0E01-\\u0E2E]\\.\\s?[\\u0E01-\\u0E2E]\\.';
/** A day of up to three signs (digits or twin letters) before the month's letters (เมษายน opens with a vowel). */
const DAY_SIGN = `[0-9\\u0E50-\\u0E59${Object.keys(DIGIT_TWIN_LETTERS).join('')}${ZERO_OR_ONE_LETTER}]`;
const GARBLED_DAY = new RegExp(
  `^(${DAY_SIGN}${SIX_AS_WO}|${DAY_SIGN}{1,3}|${SIX_AS_WO}(?=\\s*${ABBREVIATED_MONTH}))(?=\\s*[\\u0E01-\\u0E2E\\u0E40-\\u0E44])`, 'u',
);
/**
 * A twin letter's digit in a day; อ opening a two-sign day is ๑ (no day has a leading zero). อ
 * alone stays unread: OCR reads a lone ๖ so as well as a ๑.
 */
const dayDigit = (c: string, at: number, day: readonly string[]): string =>
  DATE_TWIN_LETTERS[c] ?? (at === 0 && day.length > 1 && c === ZERO_OR_ONE_LETTER ? '๑' : c);
/** A lone อ for a day is ๑ or ๖ (OCR reads both so): both readings, for the bundle to choose. */
const LONE_O_DAYS = ['๑', '๖'];

/** The same date with its day read again: twin letters as their digits, one doubled digit once, a ๐ glued after it left out. */
export function dayVariants(raw: string): string[] {
  const text = raw.trim();
  const day = GARBLED_DAY.exec(text)?.[1];
  if (day === undefined) return [];
  const chars = [...day];
  const twinsRead = chars.map((c, at) => dayDigit(c, at, chars)).join('');
  const undoubled = chars.flatMap((c, i) => (i > 0 && IS_DIGIT.test(c) && c === chars[i - 1] ? [chars.filter((_, k) => k !== i).join('')] : []));
  // A ๐ after a two-digit day is a speck OCR read round, or the day's own ๐ read twice ("๑๖๐ก.ค.").
  const zeroAfter = chars.length === 3 && /[0\u0E50]/u.test(chars[2]!) ? [chars.slice(0, 2).join('')] : [];
  const loneO = day === ZERO_OR_ONE_LETTER ? LONE_O_DAYS : [];
  const days = new Set([...(twinsRead !== day ? [twinsRead] : []), ...undoubled, ...zeroAfter, ...loneO]);
  return [...days].filter((d) => [...d].length <= 2 && [...d].every((c) => IS_DIGIT.test(c))).map((d) => d + text.slice(day.length));
}

const YEAR_SIGN = `[0-9\\u0E50-\\u0E59${Object.keys(DATE_TWIN_LETTERS).join('')}]`;
/** A year of two or four signs, digits or twin letters, ending the date after a space or glued to an abbreviated month ("เม.ย.วฒ"). */
const GARBLED_YEAR = new RegExp(`(?<=\\s|[\\u0E01-\\u0E2E]\\.)(?:${YEAR_SIGN}{2}|${YEAR_SIGN}{4})$`, 'u');

/** The same date with its year's twin letters read as their digits; none when it has none. */
function yearVariants(raw: string): string[] {
  const text = raw.trim();
  const year = GARBLED_YEAR.exec(text);
  if (year === null || [...year[0]].every((c) => IS_DIGIT.test(c))) return [];
  return [text.slice(0, year.index) + [...year[0]].map((c) => DATE_TWIN_LETTERS[c] ?? c).join('')];
}

/** A year one sign too long: three or five digits or twin letters. */
const YEAR_SIGN_TOO_MANY = new RegExp(`(?<=\\s|[\\u0E01-\\u0E2E]\\.)(?:${YEAR_SIGN}{3}|${YEAR_SIGN}{5})$`, 'u');

/**
 * The same date with a year one sign too long read as one glyph read twice, as its digit and then
 * as its twin letter ("๖วฒ": ๖ read as ๖ and as ว, then ๗ as ฒ); none when no digit has its twin
 * after it, or when what is left is no day, month and year.
 */
function yearReadTwiceVariants(raw: string): string[] {
  const text = raw.trim();
  const year = YEAR_SIGN_TOO_MANY.exec(text);
  if (year === null) return [];
  const signs = [...year[0]];
  const twin = signs.findIndex((c, k) => k > 0 && DATE_TWIN_LETTERS[c] === signs[k - 1]);
  if (twin < 0) return [];
  const variant = text.slice(0, year.index) + signs.filter((_, k) => k !== twin).map((c) => DATE_TWIN_LETTERS[c] ?? c).join('');
  return DAY_MONTH_YEAR.test(variant) ? [variant] : [];
}

/** A year of five digits ending the date: a speck beside or between its digits read as one more ("๒๕๖๔๗"). */
const YEAR_WITH_SPECK_DIGIT = /(?<=\s|[\u0E01-\u0E2E]\.)[0-9\u0E50-\u0E59]{5}$/u;

/** The same date with each digit of a five-digit year left out in turn: which one the speck was, only the bundle can tell. */
function speckDigitYearVariants(raw: string): string[] {
  const text = raw.trim();
  const year = YEAR_WITH_SPECK_DIGIT.exec(text);
  if (year === null) return [];
  const digits = [...year[0]];
  const years = new Set(digits.map((_, left) => digits.filter((__, k) => k !== left).join('')));
  return [...years].map((y) => text.slice(0, year.index) + y);
}

/**
 * Specks OCR reads inside a date, with what they leave when taken out: a dot or quote glued
 * before the day (".๒ก.ค.๖๗"), a lone digit of the other script set apart before it ("2 ๑๗ เม.ย."), an abbreviation's first letter read as its twin digit ("6 ๓.ค.68"), a dot or comma between
 * the day's two digits ("2.1 สิงหาคม"), the twin digit of the month's first letter read before it
 * as well ("๓ต.ค."; glued to an Arabic day, "6๓ต.ค.", it is no digit of that day), a dot or comma between the two pairs of a four-digit year ("๒๕.๖๖", a
 * leader's dot), a dot or quote between the day and the month ("๒.มิถุนายน", "2. พฤศจิกายน"), a dash
 * or quote glued before the month ("๒๔ -มี.ค."), a digit for the dot of an abbreviation ("ต๓.ค.", "6ต๓.ค."), a sign or a
 * letter or two after the year ("๒๕๖๗ฒ", "๒๕๖๘ ย", "๖๘.."), a dash or quote glued before it ("พ.ย. -๒๕๖๖", a wrapped line's),
 * an abbreviation's last dot read twice ("ก.ย..วว").
 */
const TWIN_DIGIT_BEFORE_ITS_LETTER = new RegExp(
  `(?<=\\s|[0-9])(?:${Object.entries(CODE_LETTERS_OF_TWIN_DIGIT).map(([digit, letters]) => `${digit}(?=[${letters}]\\.)`).join('|')})`, 'u',
);
/** A month abbreviation whose first letter is a twin letter, read as its digit ("๓.ค." for ต.ค.). */
const TWIN_DIGIT_FOR_MONTH_LETTER = THAI_MONTHS.flatMap((month): Rewrite[] => {
  const digit = Object.entries(CODE_LETTERS_OF_TWIN_DIGIT).find(([, twins]) => twins.includes(month.abbreviation[0]!))?.[0];
  return digit === undefined ? [] : [[new RegExp(`(?<=^\\s*[0-9\\u0E50-\\u0E59]{1,2}\\s*)${digit}(?=${month.abbreviation.slice(1).replaceAll('.', '\\.')})`, 'u'), month.abbreviation[0]!] as const];
});
const DATE_SPECKS: readonly Rewrite[] = [
  [/^\s*(?:[.,'`]+|[\u0E40-\u0E44])(?=[0-9\u0E50-\u0E59])/u, ''],
  [/^\s*[0-9]\s+(?=[\u0E50-\u0E59]{1,2}\s*[\u0E01-\u0E44])|^\s*[\u0E50-\u0E59]\s+(?=[0-9]{1,2}\s*[\u0E01-\u0E44])/u, ''],
  ...TWIN_DIGIT_FOR_MONTH_LETTER,
  [/^(\s*[0-9\u0E50-\u0E59])[.,]([0-9\u0E50-\u0E59])(?=\s*[\u0E01-\u0E2E])/u, '$1$2'],
  [/(?<=(?:\s|[0-9\u0E50-\u0E59])[\u0E01-\u0E2E])[0-9\u0E50-\u0E59](?=\.?[\u0E01-\u0E2E]\.)/u, '.'],
  [/(?<=(?:\s|[0-9\u0E50-\u0E59])[\u0E01-\u0E2E]\.)[0-9\u0E50-\u0E59](?=[\u0E01-\u0E2E]\.)/u, ''],
  [TWIN_DIGIT_BEFORE_ITS_LETTER, ''],
  [/(?<![0-9\u0E50-\u0E59.,])([0-9\u0E50-\u0E59]{1,3})[.,]([0-9\u0E50-\u0E59]{1,3})\s*$/u, (all, a: string, b: string) => (a.length + b.length === 4 ? a + b : all)],
  [/^(\s*[0-9\u0E50-\u0E59]{1,2})[.,'`]\s?(?=[\u0E01-\u0E2E])/u, '$1 '],
  [/^(\s*[0-9\u0E50-\u0E59]{1,2}\s+)[-'`]+(?=[\u0E01-\u0E2E])/u, '$1'],
  [/(?<=[0-9\u0E50-\u0E59]{2})\s*[^\s0-9\u0E50-\u0E59]{1,2}(?:\s+[^\s0-9\u0E50-\u0E59]{1,2})?\s*$/u, ''],
  [/(?<=[\u0E01-\u0E4E.]\s)[-'`,]+(?=[0-9\u0E50-\u0E59]{2}(?:[0-9\u0E50-\u0E59]{2})?\s*$)/u, ''],
  [/(?<=[\u0E01-\u0E2E]\.[\u0E01-\u0E2E]\.)\.+/u, ''],
];

/** The date with the specks OCR reads inside it taken out (DATE_SPECKS). */
export const withoutDateSpecks = (text: string): string => rewritten(text, DATE_SPECKS);

export interface DateRepair {
  raw: string;
  iso: string;
  buddhistYear: number;
}

/** Words after ลงวันที่ that may hold a date: day, month, year, with the month's dots split off or not. */
const DATE_WORD_COUNTS = [3, 2, 4] as const;

/** The first few words of the text after ลงวันที่, joined as they may hold a date, likeliest count first. */
export const dateWordRuns = (afterLabel: string): string[] => {
  const words = afterLabel.trim().split(/\s+/u);
  return DATE_WORD_COUNTS.map((count) => words.slice(0, count).join(' '));
};

/**
 * The first words of `text` that a repair reads as the date `iso` (a garble the bundle settled:
 * "7 ถุย. 2566" as 7 ก.ย. 2566), with that reading; null when no count of words does.
 */
export function garbledDateRead(text: string, iso: string): { raw: string; read: string } | null {
  for (const raw of dateWordRuns(text)) {
    const repair = dateRepairs(raw).find((r) => r.iso === iso);
    if (repair) return { raw, read: repair.raw };
  }
  return null;
}

/** The reading of a garbled date when exactly one repair of its day, month or year makes it a date. */
export function onlyDateRepair(garbled: string): DateRepair | null {
  const readings = dateRepairs(garbled);
  return readings.length === 1 ? readings[0]! : null;
}

/**
 * Every date a repair of the garble's day, month or year makes, one per date: none when it is no
 * date, two or more when the garble alone cannot tell (a lone อ is ๑ or ๖; "ถุย." is ก.ย. or
 * พ.ย.), for the bundle's dates to choose from.
 */
export function dateRepairs(garbled: string): DateRepair[] {
  const raw = withoutDateSpecks(garbled);
  // With its specks out, the text is a date from end to end, not one among other words.
  const [whole] = raw !== garbled ? findDates(raw.trim()) : [];
  if (whole?.result.ok && whole.index === 0 && whole.raw.length === raw.trim().length) {
    return [{ raw: whole.raw, iso: whole.result.iso, buddhistYear: whole.result.buddhistYear }];
  }
  // A day or year read again that makes a date stands as it is; its month is only read again when not.
  const withMonthRead = (variant: string) => {
    const read = parseThaiDate(variant);
    return read.ok ? [read] : monthVariants(variant).map((v) => parseThaiDate(v));
  };
  const dayRead = dayVariants(raw).flatMap(withMonthRead);
  // Before its specks are out too: a twin letter ending a year is no speck after it ("๒๕๖ต").
  const yearRead = [...new Set([...yearVariants(raw), ...yearVariants(garbled), ...speckDigitYearVariants(raw), ...yearReadTwiceVariants(raw), ...yearReadTwiceVariants(garbled)])].flatMap(withMonthRead);
  const readings = [...monthVariants(raw).map((v) => parseThaiDate(v)), ...dayRead, ...yearRead].filter((r): r is Extract<typeof r, { ok: true }> => r.ok);
  const byIso = new Map(readings.map((r) => [r.iso, { raw: r.raw, iso: r.iso, buddhistYear: r.buddhistYear }]));
  return [...byIso.values()];
}
