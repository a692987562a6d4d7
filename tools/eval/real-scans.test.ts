import { describe, expect, it } from 'vitest';
import type { ProcessingResult } from '../../schemas/index.js';
import { RealTruth, scoreRealScan } from './real-scans.js';

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
