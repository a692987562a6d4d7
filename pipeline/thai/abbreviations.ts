/**
 * Abbreviations of Thai official letters written as bare consonants and a dot (จปฐ., กชช., อบต.):
 * no dictionary lists them, so the word mending cannot tell a misread one (คชช. for กชช., จปช.
 * for จปฐ.) from a real one. No list holds them all either (กปก., กยผ. are real and one
 * look-alike letter from กปภ., กฟผ.), so an abbreviation OCR read one letter wrong is mended only
 * to a listed one the same page also reads as printed — the subject's abbreviations come again in
 * its text — where it is one letter from no other such, or, of several, the one whose letter OCR
 * reads as the letter read (จปช. is จปฐ., not ปปช.: ช is ฐ with its tail cut off). A reading as
 * near two by no look-alike (อบม.: อบต. or อบจ.) is left as read, and so is anything listed or a word.
 */
import { thaiDictionary } from './dictionary.js';
import { areLookAlikes, type WordMend } from './word-mending.js';

/**
 * Bare-consonant abbreviations of three letters or more in common official use, written with one
 * dot at the end (their dots left out here). Two-letter ones are not listed: too many are one
 * letter apart, and they double as the agency codes of reference numbers (มท, สธ).
 */
export const OFFICIAL_ABBREVIATIONS: readonly string[] = [
  // Local government and the Interior
  'กทม', 'อปท', 'อบต', 'อบจ', 'สถจ', 'สถอ', 'ผวจ', 'สปก', 'อปพร', 'ชรบ', 'อสม', 'กชช', 'จปฐ', 'ศปถ', 'ศปก', 'สนง', 'จนท',
  // Ministries' offices
  'สสจ', 'สสอ', 'สพฐ', 'สพป', 'สพม', 'สอศ', 'สกอ', 'กศน', 'สปสช', 'สปส', 'สคบ',
  // Independent and state bodies
  'สตง', 'ปปช', 'ปปท', 'ปปส', 'กกต', 'กกท', 'กพร', 'ครม', 'สศช', 'สงป', 'สลค', 'สคก', 'ธกส', 'ธอส', 'บขส',
  'ขสมก', 'รฟท', 'กฟภ', 'กฟน', 'กฟผ', 'กปภ', 'กปน', 'ทอท', 'สสส', 'สวทช', 'สกว', 'กอนช',
];

const LISTED = new Set(OFFICIAL_ABBREVIATIONS);

/** The one letter pair in which `a` and `b` differ, or null when they differ in length or in more letters. */
function differingLetters(a: string, b: string): [string, string] | null {
  if (a.length !== b.length) return null;
  const differing = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [[letter, b[i] as string] as [string, string]]));
  return differing.length === 1 ? (differing[0] as [string, string]) : null;
}

/** Whether `letters` (bare consonants, no dot) are a listed abbreviation. */
const isOfficialAbbreviation = (letters: string): boolean => LISTED.has(letters);

/**
 * The listed abbreviation `read` (bare consonants, no dot) is a misreading of, or null; only one
 * of `readElsewhere`, the listed abbreviations read as printed elsewhere on the page (see above).
 */
export function abbreviationNear(read: string, readElsewhere: ReadonlySet<string>): string | null {
  if (LISTED.has(read) || thaiDictionary().has(read)) return null;
  const near = [...readElsewhere].flatMap((listed) => {
    const pair = LISTED.has(listed) ? differingLetters(read, listed) : null;
    return pair ? [{ listed, pair }] : [];
  });
  if (near.length === 1) return near[0]!.listed;
  const lookAlike = near.filter(({ pair }) => areLookAlikes(...pair));
  return lookAlike.length === 1 ? lookAlike[0]!.listed : null;
}

/**
 * An abbreviation standing alone with its dot ("(คชช. ๒ค)", "(จปช.)"): bare consonants after no
 * Thai letter, a dot and no Thai letter after it. Without its dot, or glued to a word, the same
 * letters may be a code or the end of a word (ส่งให้กรม.).
 */
const ABBREVIATION = /(?<![\u0E01-\u0E4E])([ก-ฮ]{3,5})\.(?![\u0E01-\u0E4E])/gu;

/** The listed abbreviations (letters, no dot) that lines read as printed: the evidence for mendAbbreviations. */
export function abbreviationsRead(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => [...line.matchAll(ABBREVIATION)].map((m) => m[1] as string).filter(isOfficialAbbreviation)));
}

/** The line with each abbreviation OCR read one letter wrong put right (abbreviationNear), and each change. */
export function mendAbbreviations(line: string, readElsewhere: ReadonlySet<string>): { text: string; mends: WordMend[] } {
  const mends: WordMend[] = [];
  const text = line.replace(ABBREVIATION, (found: string, letters: string) => {
    const listed = abbreviationNear(letters, readElsewhere);
    if (!listed) return found;
    mends.push({ before: found, after: `${listed}.` });
    return `${listed}.`;
  });
  return { text, mends };
}
