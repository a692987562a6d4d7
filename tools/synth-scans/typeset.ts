/**
 * HTML for a bundle of letters laid out like official Thai correspondence (ระเบียบงานสารบรรณ):
 * external letters with the crest at the head, ที่ on the left and the issuing office on the right
 * on one line, the date starting at the middle of the page; บันทึกข้อความ memos with
 * ส่วนราชการ / ที่ + วันที่ / เรื่อง on dotted lines; the signature block centred on the right
 * half; receipt stamps boxed at the top right. One A4 `.page` per truth page: page breaks are
 * the truth's, and the font size of each document is later shrunk until its pages fit (render.ts).
 */
import { LABEL, SALUTATIONS } from '../../pipeline/parse/lexicon.js';
import { crestSvg, scribbleSvg } from './drawings.js';
import type { LineRole, RoledLine } from './line-roles.js';
import type { Typeface } from './typefaces.js';

export interface TypesetDocument {
  kind: string;
  pages: RoledLine[][];
  face: Typeface;
  /** body size in points before fitting */
  size: number;
  /** layout jitter and signature strokes */
  rand: () => number;
}

const STYLE = `
@page { size: A4; margin: 0 }
html, body { margin: 0; padding: 0; background: #fff; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; box-sizing: border-box;
  padding: 15mm 20mm 14mm 30mm; color: #151515; line-height: 1.22; break-after: page; }
.flow { height: 100%; overflow: hidden; padding-bottom: 8mm; box-sizing: border-box; }
p { margin: 0; }
.red { color: #b3202a; }
.bold { font-weight: 700; }
.secrecy { text-align: center; font-weight: 700; font-size: 1.3em; color: #b3202a; }
.secrecy.bottom { position: absolute; left: 0; right: 0; bottom: 6mm; }
.urgency { font-weight: 700; font-size: 1.55em; color: #b3202a; }
.crest-row { position: relative; height: 30mm; display: flex; justify-content: center; align-items: flex-start; }
.crest-row .urgency { position: absolute; left: 0; bottom: 4mm; }
.memo-top { position: relative; display: flex; align-items: flex-end; height: 17mm; margin-bottom: 1mm; }
.memo-top .title { position: absolute; left: 0; right: 0; text-align: center; font-weight: 700; font-size: 1.75em; bottom: 0; }
.memo-line { border-bottom: 1px dotted #555; margin-bottom: 0.15em; }
.memo-line b { margin-right: 0.4em; }
.memo-row { display: flex; gap: 0 2mm; }
.memo-row > div { flex: 1 1 50%; }
.head-row { display: flex; margin-top: 2mm; }
.head-row .ref { flex: 0 1 var(--letterhead); min-width: max-content; }
.head-row, .date, .sign, .stamp, .memo-top { white-space: nowrap; }
.date { padding-left: var(--date); margin: 0.5em 0 0.6em; }
.field { display: grid; grid-template-columns: auto 1fr; column-gap: 1.1em; margin-bottom: 0.35em; }
.field .value { grid-column: 2; }
.para { text-indent: var(--indent); }
.item { text-indent: var(--indent); }
.sub-item { padding-left: 10mm; text-indent: var(--indent); }
.sign { margin-left: var(--sign); text-align: center; }
.sign .closing { margin: 0.6em 0 0; }
.sign .scribble { height: 13mm; display: flex; justify-content: center; align-items: flex-end; }
.copies { margin-top: 0.8em; }
.contact { font-size: 0.92em; }
.contact.first { margin-top: 1.4em; }
.stamp { position: absolute; top: 9mm; right: 14mm; border: 1.6px solid #1d3b9c; color: #1d3b9c;
  padding: 1.2mm 3mm; font-size: 0.82em; line-height: 1.25; transform: rotate(var(--stamp-tilt)); background: transparent; }
.marker { text-align: center; margin-bottom: 0.6em; }
.continuation { position: absolute; right: 20mm; bottom: 11mm; }
.title { text-align: center; font-weight: 700; }
.title.first { font-size: 1.15em; }
.heading { font-weight: 700; margin-top: 0.25em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
td { border: 1px solid #333; padding: 0.5mm 2mm; vertical-align: top; }
tr:first-child td { font-weight: 700; text-align: center; }
.form { margin: 0.35em 0; }
.signing { margin-left: 40%; text-align: center; }
`;

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "เรื่อง ข้อความ" -> [label, rest]; the label is the first word. */
function labelled(text: string, labels: readonly string[]): [string, string] {
  const label = labels.find((l) => text === l || text.startsWith(`${l} `)) ?? text.split(' ')[0]!;
  return [label, text.slice(label.length).trim()];
}

/** Runs of consecutive lines with the same role family, so that blocks can be laid out together. */
function blocks(lines: RoledLine[]): RoledLine[][] {
  const family = (role: LineRole): string => {
    if (role === 'reference' || role === 'issuer' || role === 'issuer-address') return 'letterhead';
    if (role === 'memo-reference' || role === 'memo-date') return 'memo-row';
    if (role === 'citation' || role === 'citation-item') return 'citation';
    if (role === 'enclosure' || role === 'enclosure-item') return 'enclosure';
    if (role === 'closing' || role === 'signature' || role === 'position') return 'sign';
    return role;
  };
  const grouped: RoledLine[][] = [];
  for (const line of lines) {
    const last = grouped.at(-1);
    const joins = ['letterhead', 'memo-row', 'citation', 'enclosure', 'sign', 'table-row', 'stamp'];
    if (last && family(last[0]!.role) === family(line.role) && joins.includes(family(line.role)) && last[0]!.stamp === line.stamp) {
      // A new citation or enclosure label starts a block of its own.
      if (line.role === 'citation' || line.role === 'enclosure') grouped.push([line]);
      else last.push(line);
    } else grouped.push([line]);
  }
  return grouped;
}

function blockHtml(block: RoledLine[], context: { kind: string; firstPage: boolean; rand: () => number; contactSeen: boolean }): string {
  const first = block[0]!;
  const text = escape(first.text);
  switch (first.role) {
    case 'secrecy':
      return `<div class="secrecy">${text}</div>`;
    case 'urgency':
      return `<div class="urgency">${text}</div>`;
    case 'memo-title':
      return `<div class="memo-top"><div>${crestSvg(15)}</div><div class="title">${text}</div></div>`;
    case 'memo-office':
    case 'subject':
      if (context.kind === 'internal_memo') {
        const [label, rest] = labelled(first.text, [LABEL.memoOffice, LABEL.subject]);
        return `<div class="memo-line"><b>${escape(label)}</b>${escape(rest)}</div>`;
      }
      return fieldHtml(block, [LABEL.subject]);
    case 'memo-reference':
    case 'memo-date':
      return `<div class="memo-row">${block
        .map((line) => {
          const [label, rest] = labelled(line.text, [LABEL.dateLine, LABEL.reference]);
          return `<div class="memo-line"><b>${escape(label)}</b>${escape(rest)}</div>`;
        })
        .join('')}</div>`;
    case 'reference':
    case 'issuer':
    case 'issuer-address': {
      const reference = block.filter((l) => l.role === 'reference').map((l) => escape(l.text));
      const office = block.filter((l) => l.role !== 'reference').map((l) => `<div>${escape(l.text)}</div>`);
      return `<div class="head-row"><div class="ref">${reference.join('')}</div><div class="office">${office.join('')}</div></div>`;
    }
    case 'date':
      return `<div class="date">${text}</div>`;
    case 'addressee':
      return fieldHtml(block, SALUTATIONS);
    case 'citation':
    case 'citation-item':
      return fieldHtml(block, [LABEL.cited]);
    case 'enclosure':
    case 'enclosure-item':
      return fieldHtml(block, [LABEL.enclosures]);
    case 'closing':
    case 'signature':
    case 'position':
      return `<div class="sign">${block
        .map((line) => {
          if (line.role === 'closing') return `<div class="closing">${escape(line.text)}</div>`;
          if (line.role === 'signature') return `<div class="scribble">${scribbleSvg(context.rand, 11)}</div><div>${escape(line.text)}</div>`;
          return `<div>${escape(line.text)}</div>`;
        })
        .join('')}</div>`;
    case 'copies':
      return `<div class="copies">${text}</div>`;
    case 'contact':
      return `<div class="contact${context.contactSeen ? '' : ' first'}">${text}</div>`;
    case 'page-marker':
      return `<div class="marker">${text}</div>`;
    case 'list-item':
      return context.kind === 'attachment' ? `<p class="sub-item">${text}</p>` : `<p class="item">${text}</p>`;
    case 'title':
      return `<div class="title">${text}</div>`;
    case 'heading':
      return `<div class="heading">${text}</div>`;
    case 'table-row':
      return `<table>${block.map((row) => `<tr>${row.text.split('\t').map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
    case 'form-line':
      return `<div class="form">${text}</div>`;
    case 'signing':
      return `<div class="signing">${text}</div>`;
    default:
      return `<p class="para">${text}</p>`;
  }
}

/** A label column and a value column; items after the first line hang under the value. */
function fieldHtml(block: RoledLine[], labels: readonly string[]): string {
  const [label, rest] = labelled(block[0]!.text, labels);
  const items = [rest, ...block.slice(1).map((l) => l.text)].filter((t) => t !== '');
  return `<div class="field"><div>${escape(label)}</div>${items.map((t) => `<div class="value">${escape(t)}</div>`).join('')}</div>`;
}

function pageHtml(document: TypesetDocument, lines: RoledLine[], index: number, documentIndex: number): string {
  const firstPage = index === 0;
  const framed = lines.filter((l) => l.role === 'stamp' || l.role === 'continuation' || (l.role === 'secrecy' && l !== lines[0]));
  const flowing = lines.filter((l) => !framed.includes(l));
  const context = { kind: document.kind, firstPage, rand: document.rand, contactSeen: false };
  const parts: string[] = [];
  const crest = firstPage && document.kind === 'external_letter';
  let crestPlaced = !crest;
  for (const block of blocks(flowing)) {
    const role = block[0]!.role;
    if (!crestPlaced && role !== 'secrecy') {
      // The crest row carries the urgency mark at its left.
      const urgency = role === 'urgency' ? blockHtml(block, context) : '';
      parts.push(`<div class="crest-row">${urgency}${crestSvg(28)}</div>`);
      crestPlaced = true;
      if (urgency) continue;
    }
    parts.push(blockHtml(block, context));
    if (role === 'contact') context.contactSeen = true;
  }
  const stamps = [...new Set(framed.filter((l) => l.role === 'stamp').map((l) => l.stamp))].map((stamp, i) => {
    const stampLines = framed.filter((l) => l.role === 'stamp' && l.stamp === stamp);
    const offset = i * 30;
    return `<div class="stamp" style="top:${9 + offset}mm">${stampLines.map((l) => `<div>${escape(l.text)}</div>`).join('')}</div>`;
  });
  const continuation = framed.filter((l) => l.role === 'continuation').map((l) => `<div class="continuation">${escape(l.text)}</div>`);
  const secrecy = framed.filter((l) => l.role === 'secrecy').map((l) => `<div class="secrecy bottom">${escape(l.text)}</div>`);
  const r = document.rand;
  const variables = [
    `--indent:${(20 + r() * 6).toFixed(1)}mm`,
    `--letterhead:${(52 + r() * 6).toFixed(1)}%`,
    `--date:${(44 + r() * 6).toFixed(1)}%`,
    `--sign:${(6 + r() * 12).toFixed(1)}%`,
    `--stamp-tilt:${((r() - 0.5) * 5).toFixed(1)}deg`,
    `font-family:'${document.face.family}'`,
    `font-size:${document.size.toFixed(2)}pt`,
  ].join(';');
  return `<div class="page" data-document="${documentIndex}" style="${variables}"><div class="flow">${parts.join('\n')}</div>${stamps.join('')}${continuation.join('')}${secrecy.join('')}</div>`;
}

/** The whole bundle: every truth page of every document, in order. */
export function bundleHtml(documents: TypesetDocument[], stylesheets: string[]): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  const pages = documents.flatMap((document, d) => document.pages.map((lines, i) => pageHtml(document, lines, i, d)));
  return `<!doctype html><html lang="th"><head><meta charset="utf-8">${links}<style>${STYLE}</style></head><body>${pages.join('\n')}</body></html>`;
}
