/**
 * The foot of a letter: closing phrase, the signer's name in parentheses, position lines
 * (with an acting phrase such as ปฏิบัติราชการแทน), then the bottom-left blocks: the drafting
 * unit with its phone, fax and e-mail, and สำเนาส่ง (copies).
 */
import type { Contact, Signatory, Warning } from '../../schemas/index.js';
import { closingOf, contactFieldOf, copiesOf, isClassMarker, isUnitName, scribbledNameOf, signatoryNameOf, withTitleMended } from './classify.js';
import { matchLabel } from './keywords.js';
import { ACTING_PHRASES, CONTACT, HONORIFICS, LABEL, MILITARY_RANK, POSITION_WORDS } from './lexicon.js';
import type { Line } from './lines.js';
import { type Rewrite, rewritten } from './rewrites.js';
import { mendName, opensWithOffice, PLAIN_TITLES, skeletonOf } from '../thai/index.js';

export interface Foot {
  signatory: Signatory | null;
  contact: Contact | null;
  copies: string[];
  /** index in the content lines where the body ends (closing phrase or name) */
  bodyEnd: number;
  /** what was read otherwise than OCR read it (a name part mended) */
  warnings: Warning[];
}

const MAX_POSITION_LINES = 4;

/** Lines under the closing phrase that may hold the signer's name through the scribble. */
const SIGNATURE_LINES = 3;

interface NameLine {
  /** The line the name ends on, and the one it starts on (a name the layout cut in two spans two). */
  name: number;
  first: number;
  closing: number;
  text: string;
}

type NameReader = (line: Line) => string | null;

/** A bracket opened and not closed ("(นางสาวณัฐธิดา"), and its close with one word before it ("ทองดี)"). */
const OPEN_BRACKET = /\([^)]*$/u;
const CLOSING_WORD = /^[^\s()]+\)/u;

/**
 * The name `read` finds at line i, and the line it ends on: the layout cuts a row at a wide gap,
 * and a bracketed name may be printed with one before the family name ("(นางสาวณัฐธิดา" over
 * "ทองดี)"): such a line read with the next.
 */
function nameAt(lines: Line[], i: number, read: NameReader): { text: string; last: number } | null {
  const line = lines[i]!;
  const text = read(line);
  if (text) return { text, last: i };
  const next = lines[i + 1];
  if (!next || !OPEN_BRACKET.test(line.text) || !CLOSING_WORD.test(next.text)) return null;
  const joined = read({ ...line, text: `${line.text} ${next.text}` });
  return joined ? { text: joined, last: i + 1 } : null;
}

/** The first line after the closing phrase, up to `last`, at which `read` finds a name. */
function firstName(lines: Line[], closing: number, last: number, read: NameReader): NameLine | null {
  for (let i = closing + 1; i <= last && i < lines.length; i++) {
    const found = nameAt(lines, i, read);
    if (found) return { name: found.last, first: i, closing, text: found.text };
  }
  return null;
}

/**
 * The signer's name line: the first bracketed name after the closing phrase, else one the
 * signature's scribble garbled just under it; without a closing phrase, the last bracketed name.
 */
function nameIndex(lines: Line[], from: number): NameLine | null {
  const closing = lines.findIndex((l, i) => i >= from && closingOf(l));
  if (closing >= 0) {
    return firstName(lines, closing, lines.length, signatoryNameOf) ?? firstName(lines, closing, closing + SIGNATURE_LINES, scribbledNameOf);
  }
  for (let i = lines.length - 1; i >= from; i--) {
    const found = nameAt(lines, i, signatoryNameOf);
    if (found) return { name: found.last, first: i, closing: i, text: found.text };
  }
  return null;
}

/** How many lines above the bracketed name the rank may stand (the signature may sit between). */
const RANK_LINES = 2;
/** What OCR makes of the signature beside the rank: a few signs after it. */
const SCRIBBLE_AFTER = /\s+\S{1,3}$/u;

/**
 * A military or police signer prints the rank beside the signature and the name, with no title,
 * in brackets under it: the name takes the rank ("พ.อ. สมชาย ใจดี"), as the signer is addressed.
 */
function withRank(lines: Line[], at: NameLine): string {
  if (HONORIFICS.some((title) => at.text.replace(/\s+/gu, '').startsWith(title))) return at.text;
  const top = at.closing < at.first ? at.closing + 1 : 0;
  for (let i = at.first - 1; i >= Math.max(top, at.first - RANK_LINES); i--) {
    const text = lines[i]!.text.trim();
    const rank = [text, text.replace(SCRIBBLE_AFTER, '')].find((t) => MILITARY_RANK.test(t));
    if (rank) return `${rank} ${at.text}`;
  }
  return at.text;
}

/** The acting phrase of a position line, matched as a whole word. */
function actingOf(positionLines: string[]): string | null {
  for (const phrase of ACTING_PHRASES) {
    const word = new RegExp(`(?:^|\\s)${phrase}(?:\\s|$)`, 'u');
    if (positionLines.some((l) => word.test(l))) return phrase;
  }
  return null;
}

const startsContact = (lines: Line[], i: number): boolean => {
  const line = lines[i]!;
  if (contactFieldOf(line) || copiesOf(line) !== null || matchLabel(line.text, CONTACT.ownerUnit, line.ocr)) return true;
  const next = lines[i + 1];
  return isUnitName(line) && next !== undefined && contactFieldOf(next) !== null;
};

const soundsLikePosition = (text: string): boolean => POSITION_WORDS.some((w) => text.includes(w));

/** Dots or dashes closing (or dashes opening) a line: a catchword, a form's blank or a scan's scratch, never part of a title. */
const TRAILING_DOTS = /(?:\.{2,}|…|-{2,})[.,\s]*$|^\s*[-–—]{2,}/u;

/** Position lines end at the contact block, another signature, or a line no title would have. */
function endsPositions(lines: Line[], i: number, count: number): boolean {
  const line = lines[i]!;
  if (startsContact(lines, i) || signatoryNameOf(line) !== null || matchLabel(line.text, LABEL.signatureLine)) return true;
  if (TRAILING_DOTS.test(line.text)) return true;
  return count > 0 && !isClassMarker(line) && !soundsLikePosition(line.text);
}

function readContact(lines: Line[]): Contact | null {
  const contact: Contact = { unit: null, phone: null, fax: null, email: null };
  let found = false;
  lines.forEach((line, i) => {
    const field = contactFieldOf(line);
    if (!field) return;
    found = true;
    if (field.field !== 'coordinator') contact[field.field] ??= field.value;
    const above = lines[i - 1];
    if (contact.unit === null && above && !contactFieldOf(above) && copiesOf(above) === null) {
      contact.unit = matchLabel(above.text, CONTACT.ownerUnit, above.ocr)?.rest ?? above.text;
    }
  });
  return found ? contact : null;
}

/**
 * Specks OCR reads inside a bracketed name: a dot glued between two parts ("อัญชลี.กาญจนวงศ์") or
 * ending one ("ศรี. วรรณ"), a bar ("ปิยะนุ | ช"), a dash between two parts ("รัชนี-ทองคำ"), a
 * space after a plain title ("นาง กนกวรรณ"): names hold no dot but an abbreviated title's (น.ส.),
 * no bar, no dash, and no space after นาย, นาง, นางสาว.
 */
const NAME_SPECKS: readonly Rewrite[] = [
  [/(?<=[\u0E01-\u0E4E]{3})\.(?=[\u0E01-\u0E2E\u0E40-\u0E44])/gu, ' '],
  [/(?<=[\u0E01-\u0E4E]{3})\.(?=\s)/gu, ''],
  [/\s*\|\s*/gu, ''],
  [/(?<=[\u0E01-\u0E4E])\s*[-–—~]\s*(?=[\u0E01-\u0E2E\u0E40-\u0E44])/gu, ' '],
  [new RegExp(`^(${PLAIN_TITLES.join('|')})\\s+(?=[\\u0E01-\\u0E4E])`, 'u'), '$1'],
];
/**
 * A fragment of one or two signs OCR split off a name part ("นา คสวัสดิ์"): part of the next, in a
 * name of more parts than given and family. ณ stands alone (ณ อยุธยา).
 */
const SPLIT_FRAGMENT = /(?<=\s)(?!ณ\s)([\u0E01-\u0E4E]{1,2})\s+(?=[\u0E01-\u0E4E])/u;
const withFragmentJoined = (name: string): string => (name.trim().split(/\s+/u).length > 2 ? name.replace(SPLIT_FRAGMENT, '$1') : name);

const PLAIN_TITLED = new RegExp(`^(?:${PLAIN_TITLES.join('|')})(?=[\\u0E01-\\u0E4E])`, 'u');
const lettersOf = (part: string): number => skeletonOf(part).length;

/**
 * A civilian's name after a plain title is a given name and a surname: of three parts (none ณ, as
 * in ณ อยุธยา), the two side by side that are shorter together are one part OCR split ("พรหม มา").
 * A rank or an office that opens like a title (นายแพทย์) may stand as a part of its own: those
 * names are left as they are.
 */
function withSplitPartJoined(read: string): string {
  const name = read.trim();
  const title = PLAIN_TITLED.exec(name)?.[0];
  const parts = name.split(/\s+/u);
  if (title === undefined || parts.length !== 3 || parts.includes('ณ') || opensWithOffice(name)) return read;
  const [given, middle, last] = [parts[0]!.slice(title.length), parts[1]!, parts[2]!];
  return lettersOf(given) + lettersOf(middle) < lettersOf(middle) + lettersOf(last)
    ? `${parts[0]}${middle} ${last}`
    : `${parts[0]} ${middle}${last}`;
}

const withoutNameSpecks = (read: string): string => withSplitPartJoined(withFragmentJoined(rewritten(read, NAME_SPECKS)));

/** An OCR name with its specks out and its title and parts mended (withTitleMended, mendName), and a warning for each part mended. */
function mendedName(read: string): { name: string; warnings: Warning[] } {
  const { text, mends } = mendName(withTitleMended(withoutNameSpecks(read)));
  const warnings = mends.map(({ before, after }): Warning => ({
    code: 'signatory-name-mended', message: `the signer's name part "${before}" OCR read is read as ${after}, one letter OCR misreads in names away`, field: 'signatory', before, after,
  }));
  return { name: text, warnings };
}

export function readFoot(lines: Line[], from: number): Foot {
  const at = nameIndex(lines, from);
  if (!at) return { signatory: null, contact: null, copies: [], bodyEnd: lines.length, warnings: [] };
  const positionLines: string[] = [];
  let i = at.name + 1;
  for (; i < lines.length && positionLines.length < MAX_POSITION_LINES && !endsPositions(lines, i, positionLines.length); i++) {
    if (!isClassMarker(lines[i]!)) positionLines.push(lines[i]!.text);
  }
  const footLines = lines.slice(i).filter((l) => !isClassMarker(l));
  const copies = footLines.map(copiesOf).filter((c): c is string => c !== null && c !== '');
  const read = lines[at.name]?.ocr ? mendedName(withRank(lines, at)) : { name: withRank(lines, at), warnings: [] };
  const signatory: Signatory = {
    name: read.name,
    position: positionLines.length > 0 ? positionLines.join(' ') : null,
    positionLines,
    acting: actingOf(positionLines),
  };
  return { signatory, contact: readContact(footLines), copies, bodyEnd: at.closing, warnings: read.warnings };
}
