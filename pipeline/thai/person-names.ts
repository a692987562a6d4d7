/**
 * Where a line holds a person's name: after a title of person (นาย, นางสาว, ร.ต., ดร. ...), the
 * name and surname that follow; a whole line in parentheses under a signature. Names are
 * spelled as their bearers please: the word mending leaves them alone (name-mending.ts weighs
 * only the few slips OCR makes in names).
 */
import { editDistance } from './edit-distance.js';

export const HONORIFICS = [
  'นางสาว', 'นาง', 'นาย', 'ว่าที่', 'ดร.', 'ศาสตราจารย์', 'รองศาสตราจารย์', 'ผู้ช่วยศาสตราจารย์',
  'พล.', 'พ.ต.', 'ร.ต.', 'ร.ท.', 'ร.อ.', 'จ.ส.', 'ส.อ.', 'พ.ท.', 'พ.อ.', 'น.พ.', 'นพ.', 'พญ.',
  'หม่อม', 'ม.ร.ว.', 'ม.ล.', 'พระ',
] as const;

/** Titles of persons that only ever stand before a name (พระ and หม่อม open many other words). */
const NAME_TITLES = ['นางสาว', 'นาง', 'นาย', 'ว่าที่ร้อยตรี', 'ว่าที่', 'ดร.', 'ร.ต.', 'ร.ท.', 'ร.อ.', 'พ.ต.', 'พ.ท.', 'พ.อ.', 'จ.ส.อ.', 'ส.อ.', 'นพ.', 'พญ.', 'ม.ร.ว.', 'ม.ล.'];
/** Words that start like a title but name an office: นายก (mayor), นายอำเภอ (district chief). */
const OFFICES = ['นายก', 'นายอำเภอ', 'นายทะเบียน', 'นายช่าง', 'นายแพทย์', 'นายตรวจ', 'นายหน้า', 'นางพยาบาล'];

/** NAME_TITLES as a regular-expression alternation. */
const TITLES = NAME_TITLES.map((t) => t.replaceAll('.', '\\.')).join('|');
const TITLE = new RegExp(`(?<![\\u0E01-\\u0E4E])(?:${TITLES})`, 'gu');
/** The name after a title: the rest of its token and the next token (the surname). */
const NAME_AFTER = /^\s?[^\s()]+(?:\s+[^\s()]+)?/u;
const SIGNATURE_NAME = /^\s*\(([^()]+)\)\s*$/u;

const TITLED_NAME = new RegExp(
  `^(?!${OFFICES.join('|')})(?:${TITLES})[\\u0E01-\\u0E4E]+\\s[\\u0E01-\\u0E4E]+$`, 'u',
);

/** A title of person, a name and a surname, and nothing else ("นางสาวรัชนี ทองคำ"). */
export const isTitledName = (text: string): boolean => TITLED_NAME.test(text);

/** The titles every civilian signer prints. */
export const PLAIN_TITLES = ['นางสาว', 'นาง', 'นาย'] as const;
const TONE_MARK = /^[\u0E48-\u0E4B]$/u;

/**
 * The name without a tone mark OCR read from a speck inside its plain title ("น่างอัญชลี"), which
 * has none; a mark on the given name after the title (นางน้ำฝน) stays. As it is when none.
 */
export function withTitleUnmarked(name: string): string {
  for (const title of PLAIN_TITLES) {
    for (let at = 1; at <= title.length; at++) {
      const unmarked = name.slice(0, at) + name.slice(at + 1);
      if (TONE_MARK.test(name[at] ?? '') && name.startsWith(title.slice(0, at)) && unmarked.startsWith(title)) return unmarked;
    }
  }
  return name;
}

/**
 * An office name this long read with one letter wrong after its title-like opening is still
 * that office (นายอำเคอ is นายอำเภอ): no name is one letter from it, and taken for a name it
 * would be left unmended.
 */
const MIN_FUZZY_OFFICE = 8;
const TITLE_LIKE = 3;
const nearOffice = (text: string, office: string): boolean =>
  office.length >= MIN_FUZZY_OFFICE && text.startsWith(office.slice(0, TITLE_LIKE)) && editDistance(text.slice(0, office.length), office) === 1;

/** Whether the text opens with an office whose name opens like a title of person (นายแพทย์, นายก), or one letter of one misread. */
export const opensWithOffice = (text: string): boolean => OFFICES.some((office) => text.startsWith(office) || nearOffice(text, office));

/** [from, to) spans of the line that hold persons' names. */
export function nameSpans(line: string): Array<[number, number]> {
  if (SIGNATURE_NAME.test(line)) return [[0, line.length]];
  const spans: Array<[number, number]> = [];
  for (const title of line.matchAll(TITLE)) {
    const from = title.index;
    if (opensWithOffice(line.slice(from))) continue;
    const name = NAME_AFTER.exec(line.slice(from + title[0].length));
    if (name) spans.push([from, from + title[0].length + name[0].length]);
  }
  return spans;
}
