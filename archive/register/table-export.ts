/**
 * Tables leaving the archive as files: CSV (UTF-8 with a byte-order mark, which spreadsheet
 * programs need to read Thai) and XLSX (a title, who exported it and when, Thai headers, in
 * TH Sarabun New as Thai offices print). Digits are Arabic or Thai as the clerk chooses.
 */
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { toThaiDigits } from '../../pipeline/thai/index.js';

export type Digits = 'arabic' | 'thai';
export type Cell = string | number | null;

export interface ExportTable {
  title: string;
  /** "ส่งออกโดย … เมื่อ …": every export names its user. */
  note: string;
  columns: Array<{ header: string; width: number }>;
  rows: Cell[][];
}

function shown(cell: Cell, digits: Digits): string {
  if (cell === null) return '';
  return digits === 'thai' ? toThaiDigits(String(cell)) : String(cell);
}

/** A cell a spreadsheet would run as a formula (=, +, @, or - before a letter) is kept as text. */
function inert(text: string): string {
  return /^[=+@\t\r]|^-[^\d\s]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: ExportTable, digits: Digits): string {
  const lines = [table.columns.map((column) => csvField(column.header)), ...table.rows.map((row) => row.map((cell) => csvField(inert(shown(cell, digits)))))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

const FONT = { fontFamily: 'TH Sarabun New', fontSize: 14 } as const;

export async function toXlsx(table: ExportTable, digits: Digits): Promise<Buffer> {
  const span = table.columns.length;
  const data: Row[] = [
    [{ value: table.title, fontWeight: 'bold', fontSize: 18, columnSpan: span }, ...Array(span - 1).fill(null)],
    [{ value: table.note, fontStyle: 'italic', columnSpan: span }, ...Array(span - 1).fill(null)],
    table.columns.map((column) => ({ value: column.header, fontWeight: 'bold' as const, align: 'center' as const, backgroundColor: '#e6eef8', borderStyle: 'thin' as const, wrap: true })),
    ...table.rows.map((row) =>
      row.map((cell) =>
        typeof cell === 'number' && digits === 'arabic'
          ? { value: cell, type: Number, borderStyle: 'thin' as const, alignVertical: 'top' as const }
          : { value: shown(cell, digits), type: String, borderStyle: 'thin' as const, wrap: true, alignVertical: 'top' as const },
      ),
    ),
  ];
  return writeXlsxFile(data, {
    sheet: table.title.replace(/[\[\]:*?\/\\]/g, ' ').slice(0, 31),
    columns: table.columns.map((column) => ({ width: column.width })),
    orientation: 'landscape',
    stickyRowsCount: 3,
  }, FONT).toBuffer();
}
