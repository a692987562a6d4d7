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
import { areLookAlikes } from './word-mending.js';

/** Bare-consonant abbreviations in common official use (their dots left out). */
export const OFFICIAL_ABBREVIATIONS: readonly string[] = [
  // Local government and the Interior
  'กทม', 'อปท', 'อบต', 'อบจ', 'สถ', 'สถจ', 'สถอ', 'ผวจ', 'นอ', 'ปภ', 'พช', 'ปค', 'สปก', 'อปพร', 'ชรบ', 'อสม',
  'กชช', 'จปฐ', 'ศปถ', 'ศปก', 'กอรมน', 'สนง', 'ผอ', 'จนท', 'อส',
  // Ministries (the agency codes of reference numbers) and their offices
  'มท', 'ศธ', 'สธ', 'กษ', 'กค', 'กต', 'กห', 'คค', 'ทส', 'พณ', 'พม', 'ยธ', 'รง', 'วธ', 'อก', 'อว', 'ดศ', 'กก', 'นร',
  'ตช', 'พน', 'สสจ', 'สสอ', 'รพสต', 'สพฐ', 'สพป', 'สพม', 'สอศ', 'สกอ', 'สช', 'กศน', 'สปสช', 'สปส', 'สคบ',
  // Independent and state bodies
  'สตง', 'ปปช', 'ปปท', 'ปปส', 'กกต', 'กกท', 'กพร', 'กพ', 'ครม', 'สศช', 'สงป', 'สลค', 'สคก', 'ธกส', 'ธอส', 'บขส',
  'ขสมก', 'รฟท', 'กฟภ', 'กฟน', 'กฟผ', 'กปภ', 'กปน', 'ทอท', 'สสส', 'สวทช', 'สกว', 'วช', 'ศอบต', 'กอนช',
];

const LISTED = new Set(OFFICIAL_ABBREVIATIONS);
/** Two-letter abbreviations are not mended: too many are one letter apart. */
const MIN_MENDED_LETTERS = 3;

/** The one letter pair in which `a` and `b` differ, or null when they differ in length or in more letters. */
function differingLetters(a: string, b: string): [string, string] | null {
  if (a.length !== b.length) return null;
  const differing = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [[letter, b[i] as string] as [string, string]]));
  return differing.length === 1 ? (differing[0] as [string, string]) : null;
}

/** Whether `letters` (bare consonants, no dot) are a listed abbreviation. */
export const isOfficialAbbreviation = (letters: string): boolean => LISTED.has(letters);

/**
 * The listed abbreviation `read` (bare consonants, no dot) is a misreading of, or null; only one
 * of `readElsewhere`, the listed abbreviations read as printed elsewhere on the page (see above).
 */
export function abbreviationNear(read: string, readElsewhere: ReadonlySet<string>): string | null {
  if (read.length < MIN_MENDED_LETTERS || LISTED.has(read) || thaiDictionary().has(read)) return null;
  const near = [...readElsewhere].filter((listed) => LISTED.has(listed) && differingLetters(read, listed) !== null);
  if (near.length === 1) return near[0] as string;
  const lookAlike = near.filter((listed) => areLookAlikes(...(differingLetters(read, listed) as [string, string])));
  return lookAlike.length === 1 ? (lookAlike[0] as string) : null;
}
