/**
 * Reprints a truth document with other digits (Thai ⇄ Arabic) and another date style
 * (abbreviated month, two-digit year), changing the printed lines and the truth fields alike so
 * that the truth still says exactly what the page shows. Receipt stamps are another office's
 * print and keep their own digits and dates. Pure.
 */
import { THAI_MONTHS } from '../../pipeline/dates/index.js';
import { toArabicDigits, toThaiDigits } from '../../pipeline/thai/index.js';
import type { RoledLine } from './line-roles.js';
import type { SourceDocument } from './source-truth.js';

export type Digits = 'thai' | 'arabic';
/** as-printed keeps the source's dates; abbreviated: ๕ ก.พ. ๒๕๖๗; short-year: ๕ ก.พ. ๖๗ */
export type DateStyle = 'as-printed' | 'abbreviated' | 'short-year';

export interface Restyle {
  digits: Digits;
  dates: DateStyle;
}

const DIGIT = '[0-9\\u0E50-\\u0E59]';
const FULL_MONTHS = THAI_MONTHS.map((m) => m.full).join('|');
/** day, full month name, optional พ.ศ., four-digit year */
const FULL_DATE = new RegExp(`(${DIGIT}{1,2}) (${FULL_MONTHS}) (?:พ\\.ศ\\. ?)?(${DIGIT}{4})`, 'gu');

/** Every "day month year" with a full month name written in the given date style. */
export function restyleDates(text: string, style: DateStyle): string {
  if (style === 'as-printed') return text;
  return text.replace(FULL_DATE, (_, day: string, month: string, year: string) => {
    const abbreviation = THAI_MONTHS.find((m) => m.full === month)!.abbreviation;
    return `${day} ${abbreviation} ${style === 'short-year' ? year.slice(2) : year}`;
  });
}

/** `from`: the digits the source printed; text is converted only when the style changes them. */
export function restyleText(text: string, style: Restyle, from: Digits): string {
  const dated = restyleDates(text, style.dates);
  if (style.digits === from) return dated;
  return style.digits === 'arabic' ? toArabicDigits(dated) : toThaiDigits(dated);
}

/** The document and its typeset lines in the new style; the truth's `digits` follows. */
export function restyleDocument(
  document: SourceDocument,
  pages: RoledLine[][],
  style: Restyle,
): { document: SourceDocument; pages: RoledLine[][] } {
  const t = (text: string) => restyleText(text, style, document.digits);
  const opt = (text: string | null) => (text === null ? null : t(text));
  const restyledPages = pages.map((lines) => lines.map((line) => (line.role === 'stamp' ? line : { ...line, text: t(line.text) })));
  const signatory = document.signatory;
  return {
    pages: restyledPages,
    document: {
      ...document,
      digits: style.digits,
      reference: document.reference && { ...document.reference, raw: t(document.reference.raw) },
      date_raw: opt(document.date_raw),
      issuer: opt(document.issuer),
      issuer_address: document.issuer_address?.map(t) ?? document.issuer_address,
      subject: opt(document.subject),
      addressee: opt(document.addressee),
      references: document.references.map((r) => ({ ...r, text: t(r.text) })),
      enclosures: document.enclosures.map((e) => ({ ...e, text: t(e.text) })),
      signatory: signatory && {
        ...signatory,
        name: t(signatory.name),
        position: t(signatory.position),
        position_lines: signatory.position_lines.map(t),
      },
      contact: document.contact?.map(t) ?? document.contact,
      text: restyledPages.map((lines) => lines.map((l) => l.text).join('\n')).join('\f'),
    },
  };
}
