import { describe, expect, it } from 'vitest';
import type { ProcessingResult } from '../../schemas/index.js';
import { RealTruth, scoreHeaderLines, scoreRealScan } from './real-scans.js';

const truth = RealTruth.parse({
  name: 'memo',
  pages: 1,
  documents: [
    {
      pages: { first: 1, last: 1 },
      kind: 'internal_memo',
      urgency: 'ด่วนมาก',
      reference: { raw: 'กห ๐๓๐๑.๑๐.๑/๑๒๓', normalized: 'กห 0301.10.1/123', handwritten: 'number' },
      date: { raw: '๓ พ.ค. ๖๗', iso: '2024-05-03', handwritten: 'day' },
      subject: 'ขออนุมัติจัดซื้อวัสดุ',
      receipt_stamps: [{ receiver: 'x', number: '๒๒', date: '2024-05-06', time: null, raw: '' }],
      illegible: [],
    },
  ],
});

const result = (document: object) => ({ documents: [{ pages: { first: 1, last: 1 }, receiptStamps: [], ...document }] }) as unknown as ProcessingResult;

describe('scoreRealScan', () => {
  it('scores each field as real scans are judged, handwritten ones marked', () => {
    const outcomes = scoreRealScan(
      result({
        kind: 'internal_memo', urgency: 'ด่วนมาก', reference: { normalized: 'กห 0301.10.1/', raw: 'กห ๐๓๐๑.๑๐.๑/' }, date: { iso: '2024-05-03', raw: '๓ พ.ค. ๖๗' },
        subject: 'ขออนุมัติ จัดซื้อวัสดุ', receiptStamps: [{ number: '22', date: null }],
      }),
      truth,
    );
    const by = Object.fromEntries(outcomes.map((o) => [o.field, o]));
    expect(by.kind?.ok && by.urgency?.ok && by.subject?.ok && by.date?.ok && by.leaders?.ok && by.stampNumber?.ok).toBe(true);
    expect(by.reference).toMatchObject({ ok: false, handwritten: true });
    expect(by.stampDate?.ok).toBe(false);
  });

  it('finds leader dots in a field and skips illegible fields', () => {
    const illegible = { ...truth, documents: [{ ...truth.documents[0]!, illegible: ['reference.number'] }] };
    const outcomes = scoreRealScan(result({ kind: 'internal_memo', subject: 'ขออนุมัติ ......' }), illegible);
    expect(outcomes.find((o) => o.field === 'leaders')?.ok).toBe(false);
    expect(outcomes.some((o) => o.field === 'reference')).toBe(false);
  });
});

describe('scoreHeaderLines', () => {
  const score = (lines: string[], text: string, kind = 'internal_memo') =>
    scoreHeaderLines(result({ text }), { ...truth, documents: [{ ...truth.documents[0]!, kind }], header_lines: lines });

  it('gives 0 for an exact match, spaces and line breaks aside', () => {
    expect(score(['บันทึกข้อความ', 'เรื่อง ขออนุมัติ'], 'บันทึก ข้อความ\nเรื่อง\nขออนุมัติ')).toEqual({ errors: 0, length: 28, memo: true });
  });

  it('counts a one-letter error as one of the line\'s characters', () => {
    const { errors, length } = score(['เรียน ผู้อำนวยการ'], 'เรียน ผู้อำนวยกาจ');
    expect([errors, length]).toEqual([1, 16]);
  });

  it('finds a line inside a longer output line at no cost for the text around it', () => {
    expect(score(['ที่ กท ๐๔๐๖/๑๒'], 'ส่วนราชการ สำนักงาน\nxx ที่ กท ๐๔๐๖/๑๒ วันที่ ๒๔ กันยายน', 'external_letter')).toEqual({ errors: 0, length: 12, memo: false });
  });

  it("lets '?' match any one character or none, and counts it in no length", () => {
    expect(score(['ที่ กท ๐๔๐๖/๓?๕๖'], 'ที่ กท ๐๔๐๖/๓๔๕๖')).toMatchObject({ errors: 0, length: 13 });
    expect(score(['ที่ กท ๐๔๐๖/๓?๕๖'], 'ที่ กท ๐๔๐๖/๓๕๖')).toMatchObject({ errors: 0 });
  });

  it('takes Thai and Arabic digits as equal', () => {
    expect(score(['วันที่ ๒๔ กันยายน ๒๕๕๘'], 'วันที่ 24 กันยายน 2558').errors).toBe(0);
  });
});
