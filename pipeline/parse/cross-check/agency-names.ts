/**
 * A letter's head names the agency that issued it ("ศาลากลางจังหวัดกาญจนบุรี", "สำนักงานปลัด
 * กระทรวงสาธารณสุข"), and a citation names the agency of the letter it cites ("สำเนาหนังสือ
 * จังหวัดแพร่ ที่ ..."). An agency code OCR misread into another code (กจ as กอ, พร as พช — the
 * same way in every copy when the typeface is one it does not know) is given back when exactly
 * one known code a letter away from it is named there, and the code as read is not; a code no
 * agency has ("ซช" for ชร) is given the one code named there, however far.
 */
import codes from '../agency-codes.json' with { type: 'json' };

interface Named {
  code: string;
  /** forms of the name as printed, spaces taken out */
  forms: string[];
}

const compact = (text: string): string => text.replace(/\s+/gu, '');
/** "(สำนักงาน ป.ป.ท.)" after a name is its short form, not part of it. */
const fullName = (name: string): string => compact(name.replace(/\s*\(.*\)$/u, ''));

const NAMED: readonly Named[] = [
  ...[...codes.ministries, ...codes.former_ministries, ...codes.other_agencies].map((e) => ({ code: e.code, forms: [fullName(e.name)] })),
  // A province is named with จังหวัด or จ. before it: "แพร่" alone is also a word (เผยแพร่).
  ...codes.provinces.map((e) => ({ code: e.code, forms: e.name === 'กรุงเทพมหานคร' ? [e.name] : [`จังหวัด${e.name}`, `จ.${e.name}`] })),
];
const FORMS = new Map(NAMED.map((n) => [n.code, n.forms]));

/** Codes that differ from `code` by one letter. */
const oneLetterAway = (code: string): string[] =>
  NAMED.map((n) => n.code).filter((c) => c.length === code.length && [...c].filter((ch, i) => ch !== code[i]).length === 1);

const isNamed = (code: string, text: string): boolean => (FORMS.get(code) ?? []).some((form) => text.includes(form));

/**
 * The code the text names in place of the code as read, or null when it names the code as read,
 * or none, or several. A known code is only taken for one a letter away; a code no agency has
 * is a misreading whatever it reads, so any named code may stand for it.
 */
export function codeNamedInstead(code: string, text: string): string | null {
  const printed = compact(text);
  if (isNamed(code, printed)) return null;
  const candidates = FORMS.has(code) ? oneLetterAway(code) : NAMED.map((n) => n.code);
  const named = candidates.filter((c) => isNamed(c, printed));
  return named.length === 1 ? named[0]! : null;
}

/** The agency name a code stands for, for warnings. */
export const agencyName = (code: string): string => FORMS.get(code)?.[0] ?? code;
