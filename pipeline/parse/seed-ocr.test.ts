/**
 * The raw OCR of the seed bundle (Phrae letter -> DLA memo -> MOI memo -> project document),
 * with stray stamp text, misspellings and a receipt stamp read as "3 ก.ค. 2567 15:14".
 * It has no page breaks, so it is read as one OCR page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recoverChain } from '../chain/index.js';
import { parseDocuments } from './index.js';

const text = readFileSync(new URL('../../test/fixtures/seed-bundle-ocr.txt', import.meta.url), 'utf8');
const documents = parseDocuments([{ number: 1, method: 'ocr', lines: text.split('\n'), warnings: [] }]);

describe('seed bundle OCR', () => {
  it('yields the three letters and the project document, in bundle order', () => {
    expect(documents.map((d) => d.kind)).toEqual(['external_letter', 'internal_memo', 'internal_memo', 'attachment']);
    expect(documents.map((d) => d.reference?.normalized ?? null)).toEqual([
      'พร 0023.4/ว 79', 'มท 0804.6/ว 569', 'มท 0226.2/20', null,
    ]);
  });

  it('reads each letter date and issuer level', () => {
    expect(documents.map((d) => d.date?.iso ?? null)).toEqual(['2024-02-20', '2024-02-05', '2024-01-02', null]);
    expect(documents.map((d) => d.issuer.level)).toEqual(['province', 'department', 'ministry', 'other']);
  });

  it('reads the forwarding letter enclosure with its cited number and date', () => {
    expect(documents[0]?.enclosures).toEqual([
      {
        text: 'สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๐๔.๖/ว ๕๖๙ ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗ จำนวน ๑ ฉบับ',
        reference: 'มท 0804.6/ว 569',
        date: '2024-02-05',
      },
    ]);
  });

  it('keeps stray stamp text out of the signatory', () => {
    expect(documents[1]?.signatory).toEqual({
      name: 'นายเฉลิมวิทย์ มีเพียร',
      position: 'รองอธิบดี ปฏิบัติราชการแทน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น',
      positionLines: ['รองอธิบดี ปฏิบัติราชการแทน', 'อธิบดีกรมส่งเสริมการปกครองท้องถิ่น'],
      acting: 'ปฏิบัติราชการแทน',
    });
  });

  it('gives the ministry memo its receipt stamp, repairing July to January with a warning', () => {
    const memo = documents[2]!;
    expect(memo.receiptStamps).toEqual([
      {
        receiver: 'กรมส่งเสริมการปกครองท้องถิ่น',
        label: null,
        number: '359',
        date: '2024-01-03',
        time: '15:14',
        raw: 'กรมส่งเสริมการปกครองท้องถิ่น\n3 ก.ค. 2567\n15:14',
      },
    ]);
    expect(memo.warnings).toContainEqual(
      expect.objectContaining({ code: 'receipt-date-repaired', before: '2024-07-03', after: '2024-01-03' }),
    );
  });

  it('reads the provincial office receipt stamp on the department memo', () => {
    expect(documents[1]?.receiptStamps.map((s) => [s.label, s.number, s.date])).toEqual([['เลขที่', '535', '2024-02-10']]);
  });

  it('recovers the chain from the ministry to the province', () => {
    expect(recoverChain(documents)).toEqual(['มท 0226.2/20', 'มท 0804.6/ว 569', 'พร 0023.4/ว 79']);
  });
});
