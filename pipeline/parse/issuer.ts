/**
 * The issuing office's name as printed: an external letter's letterhead lines without the
 * address, a memo's ส่วนราชการ without the phone, a directive's title without its title word.
 */
import type { DocumentKind } from '../../schemas/index.js';
import type { Header } from './header.js';
import { ADDRESS_STARTS, DIRECTIVE_TITLES } from './lexicon.js';
import type { Layout } from './wrap.js';

const POSTCODE = /(?:^|\s)[0-9\u0E50-\u0E59]{5}$/u;
/** A place name opening an address line: "จังหวัดแพร่ ถนนราษฎร์อุทิศ พร ๕๔๐๐๐". */
const LEADING_PLACE = /^((?:จังหวัด|อำเภอ)[\u0E01-\u0E4E]+)\s+\S/u;
const PLACE_WORDS = /จังหวัด|อำเภอ|ตำบล|เขต/u;

const isAddress = (text: string): boolean =>
  ADDRESS_STARTS.some((w) => text.startsWith(w)) || POSTCODE.test(text) || /\sถนน/u.test(text);

/**
 * Splits the letterhead into name and address. An office name cut before its place
 * ("สำนักงานส่งเสริมการปกครองท้องถิ่น" / "จังหวัดแพร่ ถนน...") takes the place back.
 */
export function splitLetterhead(lines: string[], layout: Layout): { name: string | null; address: string[] } {
  const cut = lines.findIndex(isAddress);
  const nameLines = cut < 0 ? lines : lines.slice(0, cut);
  const address = cut < 0 ? [] : lines.slice(cut);
  let name = nameLines.reduce((a, b) => layout.join(a, b), '');
  const place = address[0] ? LEADING_PLACE.exec(address[0])?.[1] : undefined;
  if (name && place && !PLACE_WORDS.test(name)) name = layout.join(name, place);
  return { name: name || null, address };
}

export function issuerName(kind: DocumentKind, h: Header, layout: Layout): string | null {
  if (kind === 'internal_memo') return h.memoOffice;
  if (h.title) {
    const word = DIRECTIVE_TITLES.find((t) => h.title!.startsWith(t.word))?.word ?? '';
    return h.title.slice(word.length).trim() || null;
  }
  if (kind === 'attachment' || kind === 'unknown') return null;
  return splitLetterhead(h.letterhead, layout).name;
}
