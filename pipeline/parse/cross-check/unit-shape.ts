/**
 * Whether a reference number has the shape its agency code allows (§5 of the reference): a
 * ministry's or central agency's office block is 0 + department + division (4 or 5 digits:
 * มท 0804, ศธ 04056); a province's is 00xx for provincial offices, 0xxx for districts, or five
 * digits not starting with 0 for local bodies (อบ 79735); sub-unit blocks have 1–3 digits; a
 * running number has no leading zero, and a circular's has four digits at most. An OCR reading
 * that breaks the shape lost or gained a digit or a dot ("มท 041", "ลป 00175", "มท 081.6",
 * "ว 35477").
 */
import { agencyGroupOf } from '../issuer-level.js';
import { MAX_CIRCULAR_DIGITS } from '../reference.js';

const FIRST_BLOCK = {
  ministry: /^0\d{3,4}$/,
  'other-agency': /^0\d{3,4}$/,
  province: /^(?:0\d{3}|[1-9]\d{4})$/,
} as const;
const SUB_BLOCK = /^\d{1,3}$/;
const RUNNING_NUMBER = /^[1-9]\d{0,5}$/;

export interface ReferenceParts {
  agencyCode: string;
  unit: string;
  /** null: filled in by hand and left unread. */
  number: string | null;
  /** A circular's number (ว): numbered afresh each year, so four digits at most. */
  circular?: boolean;
}

/** Null when the shape is right (or the code unknown, so nothing can be said), else why not. */
export function shapeProblem(ref: ReferenceParts): string | null {
  const group = agencyGroupOf(ref.agencyCode);
  if (group === null) return null;
  const [first = '', ...subs] = ref.unit.split('.');
  if (!FIRST_BLOCK[group].test(first)) return `office block ${first} has no shape a ${ref.agencyCode} number has`;
  if (subs.some((s) => !SUB_BLOCK.test(s))) return `sub-unit of ${ref.unit} is not 1–3 digits`;
  if (ref.number !== null && !RUNNING_NUMBER.test(ref.number)) return `running number ${ref.number} is not a register number`;
  if (ref.circular && ref.number !== null && ref.number.length > MAX_CIRCULAR_DIGITS) return `running number ${ref.number} is too long for a circular's`;
  return null;
}

/**
 * A province unit whose first block has five digits starting with 0 lost the dot before its
 * last digit ("00173" for 0017.3): the only reading with the right shape — unless a sub-block
 * follows and the block read a digit twice (withoutDoubledDigit).
 */
export function restoreLostDot(ref: ReferenceParts): string | null {
  const [first = '', ...subs] = ref.unit.split('.');
  if (agencyGroupOf(ref.agencyCode) !== 'province' || !/^0\d{4}$/.test(first) || (subs.length > 0 && undoubledBlock(first) !== null)) return null;
  return [first.slice(0, 4), first.slice(4), ...subs].join('.');
}

/** The one province block (00xx) that taking out one of two like digits side by side leaves, or null. */
function undoubledBlock(first: string): string | null {
  const blocks = new Set([...first].flatMap((c, at) => (at > 0 && c === first[at - 1] ? [first.slice(0, at) + first.slice(at + 1)] : [])));
  const provincial = [...blocks].filter((b) => b.startsWith('00'));
  return provincial.length === 1 ? provincial[0]! : null;
}

/**
 * Such a block with a sub-block after it read a digit twice ("สฎ ๐๐๒๓๓.๖" is 0023.6, "๐๐๐๑๗.๓"
 * is 0017.3): OCR reads a glyph twice more often than a province prints two sub-units. The block
 * is the one province block that taking out one of two like digits side by side leaves; none, or
 * two, and the lost dot is restored instead ("๐๐๒๓๕.๖" is 0023.5.6).
 */
export function withoutDoubledDigit(ref: ReferenceParts): string | null {
  const [first = '', ...subs] = ref.unit.split('.');
  if (agencyGroupOf(ref.agencyCode) !== 'province' || !/^0\d{4}$/.test(first) || subs.length === 0) return null;
  const block = undoubledBlock(first);
  return block === null ? null : [block, ...subs].join('.');
}

/**
 * A mark before the office block read as a digit: a province block of five digits not opening
 * with 0, with a sub-unit after it, whose last four are a provincial office's 00xx (the tail of
 * the code's ฎ read as ๑ or ๙: "สฎ๙๐๐๑๗.๓" is 0017.3; a local body's five-digit block has no
 * sub-unit, so no number has that shape); or a ministry's or central agency's block of five
 * digits not opening with 0, whose last four open with it (the tail of ธ read as 5: "สธ5 0203.2"
 * is 0203.2; their blocks all open with 0).
 */
export function withoutSpeckDigit(ref: ReferenceParts): string | null {
  const [first = '', ...subs] = ref.unit.split('.');
  const group = agencyGroupOf(ref.agencyCode);
  const speck = group === 'province' ? subs.length > 0 && /^[1-9]00\d{2}$/.test(first) : group !== null && /^[1-9]0\d{3}$/.test(first);
  return speck ? [first.slice(1), ...subs].join('.') : null;
}

/**
 * A province block of three digits, 0 and two others, with a one-digit sub-unit after it lost
 * one 0 of a provincial office's 00 ("พร ๐๑๗.๓" is 0017.3, "สฎ อ๑๗.๓" is 0017.3): OCR merges the
 * two round ๐ more often than a speck puts a dot inside a district's block (withoutGainedDot).
 */
export function withLostZero(ref: ReferenceParts): string | null {
  const [first = '', ...subs] = ref.unit.split('.');
  const [sub] = subs;
  if (agencyGroupOf(ref.agencyCode) !== 'province' || !/^0[1-9]\d$/.test(first) || subs.length !== 1 || !/^\d$/.test(sub ?? '')) return null;
  return [`0${first}`, ...subs].join('.');
}

/**
 * An office block of three digits not opening with 0 lost its leading 0: a ministry's with a
 * sub-unit after it ("มท 617.5" is 0617.5; its blocks all open with 0, but without a sub-unit
 * three digits may as well be what is left of five), and a province's without one or with a
 * one-digit one ("ชร 894" is 0894: its blocks of four digits all open with 0, and one digit lost
 * from its five-digit local bodies' blocks leaves four). A province's three digits and a
 * two-digit sub-unit are a local body's five with a speck read as a dot ("อบ 716.28" is 71628,
 * withoutGainedDot): its offices' sub-units have one digit.
 */
export function withLostLeadingZero(ref: ReferenceParts): string | null {
  const [first = '', ...subs] = ref.unit.split('.');
  const group = agencyGroupOf(ref.agencyCode);
  const provinceBlock = group === 'province' && subs.every((sub) => sub.length === 1);
  const lost = /^[1-9]\d{2}$/.test(first) && ((group === 'ministry' && subs.length > 0) || provinceBlock);
  return lost ? [`0${first}`, ...subs].join('.') : null;
}

/**
 * A ministry's or central agency's office block of four digits not opening with 0 read its 0 as
 * another digit ("มท ๒๒๒๖.๒" is 0226.2): their blocks all open with 0, and four digits are the
 * common length (a five-digit block that lost its 0 is rarer than a 0 misread).
 */
export function withMisreadLeadingZero(ref: ReferenceParts): string | null {
  const [first = '', ...subs] = ref.unit.split('.');
  const group = agencyGroupOf(ref.agencyCode);
  if ((group !== 'ministry' && group !== 'other-agency') || !/^[1-9]\d{3}$/.test(first)) return null;
  return [`0${first.slice(1)}`, ...subs].join('.');
}

/**
 * An office block no agency has, followed by another block, that makes one the code's table
 * gives when the two are joined, and no other when the dot is only moved: a speck read as a
 * dot inside it ("002.3.4" is 0023.4, "081.6" is 0816, a local body's "715.17" is 71517;
 * "081.66" may be 0816.6 as well as 08166, and stays).
 */
export function withoutGainedDot(ref: ReferenceParts): string | null {
  const group = agencyGroupOf(ref.agencyCode);
  const [first = '', next, ...subs] = ref.unit.split('.');
  if (group === null || next === undefined || FIRST_BLOCK[group].test(first)) return null;
  const digits = first + next;
  const moved = [...digits].some((_, at) => at > 0 && FIRST_BLOCK[group].test(digits.slice(0, at)) && SUB_BLOCK.test(digits.slice(at)));
  return FIRST_BLOCK[group].test(digits) && !moved ? [digits, ...subs].join('.') : null;
}

/** The head of a letter from a provincial hall, where the province's own offices sit (OCR may lose its า). */
const PROVINCIAL_HALL = /ศาลา?กลางจังหวัด/u;

/**
 * A letter from a provincial hall (ศาลากลางจังหวัด) comes from one of the province's own offices,
 * whose blocks are 00 and two digits (0017, 0023); a district office writes from its ที่ว่าการ
 * อำเภอ. So such a letter's block read 0, then ๙ or ๑, then two digits read the second ๐ as
 * the digit its round shape passes for (๑ with its curl lost, ๙ with a speck for a tail):
 * "บร ๐๙๑๗.๕" is 0017.5; so too with the first ๐ read so ("สฎ๑๙๑๗.๓"): no office of a
 * province has a four-digit block that opens with another digit than 0.
 */
export function withProvincialHallBlock(ref: ReferenceParts, head: string): string | null {
  const [first = '', ...subs] = ref.unit.split('.');
  if (agencyGroupOf(ref.agencyCode) !== 'province' || !/^(?!00)[019][019]\d{2}$/.test(first) || !PROVINCIAL_HALL.test(head)) return null;
  return [`00${first.slice(2)}`, ...subs].join('.');
}
