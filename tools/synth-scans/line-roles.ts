/**
 * What each printed line of a truth document is (reference line, letterhead, date, subject,
 * body paragraph, signature, receipt stamp...), recovered from the document's text and its
 * fields, so that the letter can be typeset again in the official layout. Pure.
 */
import { CLOSINGS, LABEL, RECEIPT_DATE_LABEL, RECEIPT_TIME_LABEL, SALUTATIONS } from '../../pipeline/parse/lexicon.js';
import { pageLines, type SourceDocument } from './source-truth.js';

export type LineRole =
  | 'secrecy'
  | 'urgency'
  | 'memo-title'
  | 'memo-office'
  | 'memo-reference'
  | 'memo-date'
  | 'reference'
  | 'issuer'
  | 'issuer-address'
  | 'date'
  | 'subject'
  | 'addressee'
  | 'citation'
  | 'citation-item'
  | 'enclosure'
  | 'enclosure-item'
  | 'paragraph'
  | 'list-item'
  | 'closing'
  | 'signature'
  | 'position'
  | 'copies'
  | 'contact'
  | 'stamp'
  | 'page-marker'
  | 'continuation'
  | 'title'
  | 'heading'
  | 'table-row'
  | 'form-line'
  | 'signing';

export interface RoledLine {
  text: string;
  role: LineRole;
  /** receipt stamps: which stamp of the document the line belongs to */
  stamp?: number;
}

const DIGIT = '[0-9\\u0E50-\\u0E59]';
const PAGE_MARKER = new RegExp(`^-\\s*${DIGIT}+\\s*-$`, 'u');
const NUMBERED = new RegExp(`^${DIGIT}+\\.\\s`, 'u');
const SUB_NUMBERED = new RegExp(`^${DIGIT}+\\.${DIGIT}`, 'u');
const ITEM_NUMBER = new RegExp(`^${DIGIT}+\\.\\s*`, 'u');
const CONTINUATION = /\.\.\.$/u;
const FORM_DOTS = /\.{5,}/u;
const BRACKETED = /^\(.*\)$/u;

const startsWithLabel = (line: string, label: string): boolean => line === label || line.startsWith(`${label} `);

/** The lines of every page of the document, each with its role. */
export function documentLines(document: SourceDocument): RoledLine[][] {
  const pages = pageLines(document);
  return pages.map((lines, index) => {
    const roles: (RoledLine | null)[] = lines.map(() => null);
    markFrame(document, lines, roles, index, index === pages.length - 1);
    if (document.kind === 'attachment') markAttachment(lines, roles, index === 0);
    else markLetter(document, lines, roles, index === 0);
    return roles.map((role, i) => role ?? { text: lines[i]!, role: 'paragraph' });
  });
}

/** Secrecy marks, page markers, receipt stamps and the continuation word: what frames a page. */
function markFrame(document: SourceDocument, lines: string[], roles: (RoledLine | null)[], page: number, last: boolean): void {
  const set = (i: number, role: LineRole, stamp?: number) => {
    roles[i] = stamp === undefined ? { text: lines[i]!, role } : { text: lines[i]!, role, stamp };
  };
  if (document.secrecy) {
    if (lines[0] === document.secrecy) set(0, 'secrecy');
    if (lines.length > 1 && lines.at(-1) === document.secrecy) set(lines.length - 1, 'secrecy');
  }
  const first = roles.findIndex((r) => r === null);
  if (page > 0 && first >= 0 && PAGE_MARKER.test(lines[first]!)) set(first, 'page-marker');
  if (page === 0) markStamps(document, lines, roles);
  if (!last) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (roles[i]) continue;
      if (CONTINUATION.test(lines[i]!)) set(i, 'continuation');
      break;
    }
  }
}

/** A stamp is its receiver's line followed by number, date and time lines, near the page's end. */
function markStamps(document: SourceDocument, lines: string[], roles: (RoledLine | null)[]): void {
  document.receipt_stamps.forEach((stamp, number) => {
    const start = lines.findLastIndex((line, i) => !roles[i] && line === stamp.receiver);
    if (start < 0) return;
    roles[start] = { text: lines[start]!, role: 'stamp', stamp: number };
    const labels = [stamp.label, RECEIPT_DATE_LABEL, RECEIPT_TIME_LABEL];
    for (let i = start + 1; i < lines.length && labels.some((l) => startsWithLabel(lines[i]!, l)); i++) {
      roles[i] = { text: lines[i]!, role: 'stamp', stamp: number };
    }
  });
}

function markAttachment(lines: string[], roles: (RoledLine | null)[], firstPage: boolean): void {
  let inTitle = firstPage;
  lines.forEach((line, i) => {
    if (roles[i]) return;
    // A signing block: ลงชื่อ, the line above a bracketed name, the name, the position under it.
    const signing = [line, lines[i + 1] ?? '', lines[i - 1] ?? ''].some((l) => BRACKETED.test(l));
    let role: LineRole;
    if (line.includes('\t')) role = 'table-row';
    else if (NUMBERED.test(line)) role = 'heading';
    else if (SUB_NUMBERED.test(line)) role = 'list-item';
    else if (signing || startsWithLabel(line, LABEL.signatureLine)) role = 'signing';
    else if (FORM_DOTS.test(line)) role = 'form-line';
    else role = inTitle ? 'title' : 'paragraph';
    if (role !== 'title') inTitle = false;
    roles[i] = { text: line, role };
  });
}

type Phase = 'head' | 'body' | 'sign';

/** Letters and memos: the header fields in order, then the body, then the signature block. */
function markLetter(document: SourceDocument, lines: string[], roles: (RoledLine | null)[], firstPage: boolean): void {
  const memo = document.kind === 'internal_memo';
  let phase: Phase = firstPage ? 'head' : 'body';
  let previous: LineRole | null = null;
  const positions = [...(document.signatory?.position_lines ?? [])];
  const contact = new Set(document.contact ?? []);
  lines.forEach((line, i) => {
    if (roles[i]) return;
    let role: LineRole | null = null;
    if (phase === 'head') {
      role = headerRole(document, memo, line, previous);
      previous = role;
      if (role === null) phase = 'body';
    }
    if (phase === 'body' || phase === 'sign') {
      if (phase === 'body' && (CLOSINGS as readonly string[]).includes(line)) role = 'closing';
      else if (document.signatory && line === `(${document.signatory.name})`) {
        role = 'signature';
        phase = 'sign';
      } else if (phase === 'sign' && positions[0] === line) {
        positions.shift();
        role = 'position';
      } else if (startsWithLabel(line, LABEL.copies)) role = 'copies';
      else if (contact.has(line) || phase === 'sign') role = 'contact';
      else role = NUMBERED.test(line) ? 'list-item' : 'paragraph';
      if (role === 'copies' || role === 'contact') phase = 'sign';
    }
    roles[i] = { text: line, role: role! };
  });
}

function headerRole(
  document: SourceDocument,
  memo: boolean,
  line: string,
  previous: LineRole | null,
): LineRole | null {
  const list = previous === 'citation' || previous === 'citation-item' ? 'citation'
    : previous === 'enclosure' || previous === 'enclosure-item' ? 'enclosure' : null;
  const letterhead = previous === 'reference' || previous === 'issuer' || previous === 'issuer-address' ? previous : null;
  if (line === document.urgency) return 'urgency';
  if (line === LABEL.memoHeading) return 'memo-title';
  if (memo && startsWithLabel(line, LABEL.memoOffice)) return 'memo-office';
  if (startsWithLabel(line, LABEL.reference)) return memo ? 'memo-reference' : 'reference';
  if (memo && startsWithLabel(line, LABEL.dateLine)) return 'memo-date';
  if (line === document.date_raw) return 'date';
  // Between ที่ and the date of an external letter: the letterhead, however its lines wrap.
  if (!memo && letterhead) return letterhead === 'reference' ? 'issuer' : 'issuer-address';
  if (startsWithLabel(line, LABEL.subject)) return 'subject';
  if (SALUTATIONS.some((s) => startsWithLabel(line, s))) return 'addressee';
  if (startsWithLabel(line, LABEL.cited)) return 'citation';
  if (startsWithLabel(line, LABEL.enclosures)) return 'enclosure';
  if (list && isListed(line, list === 'citation' ? document.references : document.enclosures)) return `${list}-item`;
  return null;
}

/** A numbered line that is one of the document's citations or enclosures. */
function isListed(line: string, items: readonly { text: string }[]): boolean {
  if (!ITEM_NUMBER.test(line)) return false;
  const text = line.replace(ITEM_NUMBER, '');
  return items.some((item) => item.text === text);
}
