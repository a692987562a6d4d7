/**
 * The issuing office's name as printed: an external letter's letterhead lines without the
 * address, a memo's ส่วนราชการ without the phone, a directive's title without its title word.
 */
import type { DocumentKind, LetterDocument } from '../../schemas/index.js';
import { matchKey } from '../thai/index.js';
import type { Header } from './header.js';
import { ADDRESS_STARTS, DIRECTIVE_TITLES, RECEIVER_STARTS, UNIT_WORDS } from './lexicon.js';
import type { Layout } from './wrap.js';

const POSTCODE = /(?:^|\s)[0-9\u0E50-\u0E59]{5}$/u;
/** A place name opening an address line: "จังหวัดแพร่ ถนนราษฎร์อุทิศ พร ๕๔๐๐๐". */
const LEADING_PLACE = /^((?:จังหวัด|อำเภอ)[\u0E01-\u0E4E]+)\s+\S/u;
const PLACE_WORDS = /จังหวัด|อำเภอ|ตำบล|เขต/u;

/** A place name alone on a line: "อำเภอสว่างแดนดิน". */
const BARE_PLACE = /^(?:จังหวัด|อำเภอ|ตำบล)[\u0E01-\u0E4E]+$/u;

const isAddress = (text: string): boolean =>
  ADDRESS_STARTS.some((w) => text.startsWith(w)) || POSTCODE.test(text) || /\sถนน/u.test(text);

/** The first address line; a bare place right after the name with more address below wraps the name. */
function addressStart(lines: string[]): number {
  const cut = lines.findIndex(isAddress);
  const next = lines[cut + 1];
  return cut > 0 && BARE_PLACE.test(lines[cut]!) && next !== undefined && isAddress(next) ? cut + 1 : cut;
}

/**
 * Splits the letterhead into name and address. An office name cut before its place
 * ("สำนักงานส่งเสริมการปกครองท้องถิ่น" / "อำเภอสว่างแดนดิน" / "อำเภอสว่างแดนดิน สน ๔๗๑๑๐",
 * or "... / จังหวัดแพร่ ถนน...") takes the place back.
 */
export function splitLetterhead(lines: string[], layout: Layout): { name: string | null; address: string[] } {
  const cut = addressStart(lines);
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

/** An office named in an attachment's opening lines (under its title): its owner as printed. */
function ownerLine(attachment: LetterDocument): string | null {
  const opening = attachment.text.split(/[\n\f]/u).slice(1, 4).map((l) => l.trim());
  const office = (l: string) => [...RECEIVER_STARTS, ...UNIT_WORDS].some((w) => l.startsWith(w)) && !/\.{3}/u.test(l);
  return opening.find(office) ?? null;
}

/** The letter that carried the attachment: the last one before it naming its title among its enclosures, else the last one before it. */
function carrier(documents: LetterDocument[], index: number): LetterDocument | undefined {
  const before = documents.slice(0, index).filter((d) => d.kind !== 'attachment' && d.kind !== 'unknown').reverse();
  const title = matchKey(documents[index]!.subject ?? '');
  const naming = before.find((d) => title !== '' && d.enclosures.some((e) => matchKey(e.text).includes(title)));
  return naming ?? before[0];
}

/**
 * Names the owner of each attachment: an office printed under its title, else the issuer
 * of the letter that carried it.
 */
export function nameAttachmentOwners(documents: LetterDocument[]): void {
  documents.forEach((doc, i) => {
    if (doc.kind !== 'attachment' || doc.issuer.name !== null) return;
    doc.issuer.name = ownerLine(doc) ?? carrier(documents, i)?.issuer.name ?? null;
  });
}
