/**
 * An external letter dated with a rubber date stamp and stamped on receipt (rendered here,
 * test/support/stamped-letter.ts): the stamped date is the letter's date, the receipt stamp's
 * number and date are the receipt's, each read right or left out with a warning, never another
 * value. Runs OCR page threads from dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrPool, type OcrPool } from '../pipeline/ocr/index.js';
import { processPdf } from '../pipeline/process.js';
import type { LetterDocument } from '../schemas/index.js';
import { ensureBuilt } from './support/build.js';
import { stampedLetterPdf } from './support/stamped-letter.js';

let ocr: OcrPool;
beforeAll(async () => {
  await ensureBuilt();
  ocr = createOcrPool({ size: 1 });
}, 180_000);
afterAll(() => ocr.close());

describe('an external letter dated by a rubber date stamp, with a receipt stamp', () => {
  it('takes the stamped date for the letter, and the receipt fields for the receipt, or leaves them out', async () => {
    const bytes = await stampedLetterPdf({
      referencePrefix: 'มท 0307.5/',
      number: '2183',
      dateStamp: ['25', 'ก.พ.', '2553'],
      receipt: { office: 'สำนักงานปกครองและทะเบียน', number: '492', dateStamp: ['26', 'ก.พ.', '53'], time: '13.00' },
      subject: 'ขออนุญาตจดทะเบียนแก้ไขเพิ่มเติมข้อบังคับของมูลนิธิ',
      addressee: 'ปลัดกรุงเทพมหานคร',
      body: 'ตามที่ส่งเรื่องขออนุญาตจดทะเบียนแก้ไขเพิ่มเติมข้อบังคับของมูลนิธิ',
    });
    const result = await processPdf({ file: 'letter.pdf', bytes }, { ocr });
    const letter = result.documents[0] as LetterDocument;
    console.log(JSON.stringify({ d: letter.date, w: letter.warnings, r: letter.receiptStamps, t: letter.text.slice(0, 400), p: result.pages }, null, 1));
    expect(letter.kind).toBe('external_letter');
    expect(letter.reference?.normalized).toBe('มท 0307.5/2183');
    expect(letter.date?.iso).toBe('2010-02-25');
    for (const stamp of letter.receiptStamps) {
      expect([null, '492']).toContain(stamp.number);
      expect([null, '2010-02-26']).toContain(stamp.date);
    }
  }, 180_000);
});
