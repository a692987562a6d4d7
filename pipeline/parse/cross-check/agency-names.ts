/**
 * A letter's head names the agency that issued it ("ศาลากลางจังหวัดกาญจนบุรี", "สำนักงานปลัด
 * กระทรวงสาธารณสุข", a department: "กรมควบคุมโรค" writes สธ), and a citation names the agency of the letter it cites ("สำเนาหนังสือ
 * จังหวัดแพร่ ที่ ..."). An agency code OCR misread into another code (กจ as กอ, พร as พช — the
 * same way in every copy when the typeface is one it does not know) is given back when exactly
 * one known code a letter away from it is named there, and the code as read is not; a code no
 * agency has ("ซช" for ชร) is given the one code named there, however far. A provincial or
 * district office's head also ends its address with a postcode ("จังหวัดเชียงราย ๕๗๑๔๐"), which
 * names its province when OCR garbled the name: such an office's code is its province's. A
 * district (อำเภอเชียงของ) names its province's code for a code no agency has, where nothing
 * else is named.
 */
import districts from '../../thai/data/districts.json' with { type: 'json' };
import postcodes from '../../thai/data/postcodes.json' with { type: 'json' };
import { editDistance, skeletonOf, toArabicDigits } from '../../thai/index.js';
import { agencyGroupOf } from '../issuer-level.js';
import { lookalikeCodes } from '../reference.js';
import { areLookAlikeLetters, PROVINCE_NAMES } from '../lexicon.js';
import codes from '../../thai/data/agency-codes.json' with { type: 'json' };
import departments from '../../thai/data/departments.json' with { type: 'json' };

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
  // A department writes its ministry's code: กรมควบคุมโรค names สธ as well as กระทรวงสาธารณสุข does.
  ...departments.departments.map((d) => ({ code: d.code, forms: d.names.map(fullName) })),
  // A province is named with จังหวัด or จ. before it: "แพร่" alone is also a word (เผยแพร่).
  ...codes.provinces.map((e) => ({ code: e.code, forms: e.name === 'กรุงเทพมหานคร' ? [e.name] : [`จังหวัด${e.name}`, `จ.${e.name}`] })),
];
/** Each code's names, its ministry's or agency's first. */
const FORMS = new Map<string, string[]>();
for (const { code, forms } of NAMED) FORMS.set(code, [...(FORMS.get(code) ?? []), ...forms]);

/**
 * A district office numbers its letters with its province's code: อำเภอเชียงของ names ชร. Only
 * for a code no agency has, and only where no agency or province is named: every office's
 * address names its district (a ministry's in Bangkok or Nonthaburi), and Bangkok's districts
 * (เขต...) are left out for that reason.
 */
const DISTRICT_CODES = new Map(Object.entries(districts as Readonly<Record<string, string>>).flatMap(([district, province]) => {
  const code = codes.provinces.find((e) => e.name === province)?.code;
  return code && district.startsWith('อำเภอ') ? [[district, code] as const] : [];
}));

/** The one province code the districts the text names give, with the district, or null. */
function codeOfDistrict(text: string): { code: string; name: string } | null {
  const named = [...DISTRICT_CODES].filter(([district]) => text.includes(district));
  const codesNamed = new Set(named.map(([, code]) => code));
  return codesNamed.size === 1 ? { code: named[0]![1], name: named[0]![0] } : null;
}

/** Codes that differ from `code` by one letter. */
const oneLetterAway = (code: string): string[] =>
  [...FORMS.keys()].filter((c) => c.length === code.length && [...c].filter((ch, i) => ch !== code[i]).length === 1);

/**
 * The province code the letters an office cites are numbered with, in place of its own code as
 * read when that is one letter from it and its head neither names the province read nor gives a
 * postcode in it: a provincial, district or local office answers letters of its own province (ลป
 * read as สป).
 */
export function codeOfCitedProvince(code: string, citedCodes: readonly string[], head: string): string | null {
  const provinces = [...new Set(citedCodes.filter((c) => agencyGroupOf(c) === 'province'))];
  const [province] = provinces;
  if (provinces.length !== 1 || province === undefined || province === code) return null;
  // Its head naming the province read, or giving a postcode in it, says the code is read right.
  const headSaysSo = namesIn(compact(head)).has(code) || provinceOfPostcodes(head)?.code === code;
  return oneLetterAway(code).includes(province) && !headSaysSo ? province : null;
}

/**
 * Names compared without their marks (skeletonOf): OCR garbles a tone mark or a vowel above or
 * below a letter far more often than a letter ("กระทรวงสาธาร์ณสุข").
 */
const UNMARKED_FORMS = NAMED.flatMap(({ code, forms }) => forms.map((form) => ({ code, form, letters: skeletonOf(form) })));

/**
 * The codes whose agencies (or departments) the text names, marks aside, each with the name it
 * gives. A name inside a longer one the text names is not named by it: marks aside, จังหวัดเพชรบุรี
 * lies inside จังหวัดเพชรบูรณ์.
 */
function namesIn(text: string): Map<string, string> {
  const letters = skeletonOf(text);
  const found = UNMARKED_FORMS.filter((f) => letters.includes(f.letters));
  const named = new Map<string, string>();
  for (const f of found) {
    if (found.some((o) => o.letters.length > f.letters.length && o.letters.includes(f.letters))) continue;
    if (!named.has(f.code)) named.set(f.code, f.form);
  }
  return named;
}

/**
 * The codes a code no agency has may stand for: any, except that one left with one letter ("ส"
 * for สฎ) stands for a code holding it, or its look-alike ("ฏ" for the ฎ of สฎ); and one that a
 * look-alike letter makes a known code ("บท": มท, ปท; lookalikeCodes) for one of those only: a
 * place its head names (a receipt stamp's office, an address) is no reason to take it for another.
 */
function mayStandFor(read: string): (code: string) => boolean {
  const alike = lookalikeCodes(read);
  if (alike.length > 0) return (code) => alike.includes(code);
  return (code) => [...read].length > 1 || [...code].some((c) => c === read || areLookAlikeLetters(c, read));
}

/** A ministry's, department's or other central agency's code: not a province's. */
const isCentral = (code: string): boolean => agencyGroupOf(code) !== 'province';

/**
 * The code the text names in place of the code as read, with the name it gives, or null when it
 * names the code as read, or none, or several. A known code is only taken for one a letter
 * away; a code no agency has is a misreading whatever it reads, so any named code may stand for it.
 */
export function codeNamedInstead(code: string, text: string): { code: string; name: string } | null {
  const printed = compact(text);
  const names = namesIn(printed);
  // Named as well, with letters garbled ("จังหวัดสตูลนคร" for สกลนคร holds สตูล's name): the code stands.
  if (names.has(code) || placeNameShown(text, code) !== null) return null;
  const candidates = FORMS.has(code) ? oneLetterAway(code) : [...FORMS.keys()].filter(mayStandFor(code));
  const named = candidates.flatMap((c) => {
    const name = names.get(c);
    return name === undefined ? [] : [{ code: c, name }];
  });
  if (named.length === 0) {
    // A district's office names its district, not its province: the district's province code
    // stands for a code no agency has; for a known code one letter from it only when the
    // postcodes agree (ชน for ชบ under อำเภอสัตหีบ ... ๒๐๑๘๐: two witnesses against one letter).
    const district = codeOfDistrict(printed);
    if (district === null) return null;
    if (!FORMS.has(code)) return mayStandFor(code)(district.code) ? district : null;
    return candidates.includes(district.code) && provinceOfPostcodes(text)?.code === district.code ? district : null;
  }
  // A department's head names the province of its address too (กรมควบคุมโรค, จังหวัดนนทบุรี): the
  // one central agency named is the letter's.
  const central = FORMS.has(code) ? [] : named.filter((n) => isCentral(n.code));
  return named.length === 1 ? named[0]! : central.length === 1 ? central[0]! : null;
}

const PROVINCE_CODES = new Map(codes.provinces.map((e) => [e.name, e.code]));
const PROVINCE_OF_POSTCODE: Readonly<Record<string, string>> = postcodes;
/** An address line ends with its postcode: five digits alone at the line's end. */
const POSTCODE_AT_LINE_END = /(?:^|\s)([0-9\u0E50-\u0E59]{5})\s*$/gmu;

/**
 * The province code the postcodes of a regional office's head give in place of a code no agency
 * has, with the postcode; null when the code is a known one, the head names a ministry, department
 * or other central agency, or the postcodes give no province or more than one.
 */
export function codeOfPostcode(code: string, head: string): { code: string; postcode: string } | null {
  // A ministry or department writes its address too (กรมควบคุมโรค, นนทบุรี 11000): its code is its own.
  if (FORMS.has(code) || [...namesIn(compact(head)).keys()].some(isCentral)) return null;
  const posted = provinceOfPostcodes(head);
  return posted && mayStandFor(code)(posted.code) ? posted : null;
}

/** The one province the postcodes ending the head's lines lie in, with its postcode; null for none or several. */
function provinceOfPostcodes(head: string): { code: string; postcode: string } | null {
  const provinces = new Map<string, string>();
  for (const [, digits] of head.matchAll(POSTCODE_AT_LINE_END)) {
    const postcode = toArabicDigits(digits!);
    const province = PROVINCE_CODES.get(PROVINCE_OF_POSTCODE[postcode] ?? '');
    if (province && !provinces.has(province)) provinces.set(province, postcode);
  }
  const [only, ...more] = provinces;
  return only && more.length === 0 ? { code: only[0], postcode: only[1] } : null;
}

/** The agency name a code stands for, for warnings. */
export const agencyName = (code: string): string => FORMS.get(code)?.[0] ?? code;

/** Districts of each province, as printed after อำเภอ. */
const DISTRICTS_OF = new Map<string, string[]>();
for (const [district, province] of Object.entries(districts as Readonly<Record<string, string>>)) {
  if (district.startsWith('อำเภอ')) DISTRICTS_OF.set(province, [...(DISTRICTS_OF.get(province) ?? []), district.slice('อำเภอ'.length)]);
}
const DISTRICT_NAMES = new Set([...DISTRICTS_OF.values()].flat());

/**
 * A place a citation names with its letters garbled, given back from the province its number's
 * code is: "จังหวัดสตูลนคร" before สน ๐๐๑๗.๕ is จังหวัดสกลนคร (two letters off, the province
 * the code names), "อำเภอทุ่าม่วง" before กจ ๐๘๙๗ is อำเภอท่าม่วง (one off, and no other district
 * of Kanchanaburi is). A name that is a place already is kept, whatever the code says. Null when
 * nothing is given back.
 */
export function placeNameShown(text: string, code: string): { before: string; after: string } | null {
  const province = codes.provinces.find((e) => e.code === code)?.name;
  if (province === undefined || province === 'กรุงเทพมหานคร') return null;
  return garbledPlace(text, 'จังหวัด', [province], PROVINCE_NAMES, () => 2) ?? garbledPlace(text, 'อำเภอ', DISTRICTS_OF.get(province) ?? [], DISTRICT_NAMES, districtSlips);
}

/**
 * A district's name may be read two slips off when it is long ("เชียงช่อง" for เชียงของ), one
 * when short: two slips make some other name of a few letters.
 */
const LONG_DISTRICT_NAME = 6;
const districtSlips = (name: string): number => (name.length >= LONG_DISTRICT_NAME ? 2 : 1);

/** The first word after `label` read within `slips(name)` letters of exactly one of `names`, and not itself a place of `known`. */
function garbledPlace(text: string, label: string, names: string[], known: ReadonlySet<string>, slips: (name: string) => number): { before: string; after: string } | null {
  const at = text.indexOf(label);
  if (at < 0) return null;
  const word = /^\S+/u.exec(text.slice(at + label.length))?.[0] ?? '';
  if (names.some((name) => word.startsWith(name)) || known.has(word)) return null;
  // The name may run on into the next word (OCR loses spaces): its read length is tried too.
  const near = names.flatMap((name) => {
    const within = slips(name);
    const reads = [...Array(2 * within + 1).keys()]
      .map((k) => word.slice(0, name.length - within + k))
      .map((read) => ({ read, distance: editDistance(read, name) }))
      .sort((a, b) => a.distance - b.distance);
    const best = reads[0];
    return best !== undefined && best.distance <= within ? [{ name, read: best.read }] : [];
  });
  if (near.length !== 1) return null;
  return { before: `${label}${near[0]!.read}`, after: `${label}${near[0]!.name}` };
}
