/**
 * An external letter dated with a rubber date stamp and stamped on receipt (rendered here,
 * test/support/stamped-letter.ts): the date stamped under the address is the letter's date,
 * the pen number and the date stamped in the receipt box are the receipt's (unit tests in
 * pipeline/ocr prove that what the digit model is unsure of is left out). Runs OCR page
 * threads from dist/.
 */
import { describe, expect, it } from 'vitest';
import { processPdf } from '../pipeline/process.js';
import type { LetterDocument } from '../schemas/index.js';
import { useOcrPool } from './support/ocr-pool.js';
import { stampedLetterPdf } from './support/stamped-letter.js';

const threads = useOcrPool();

describe('an external letter dated by a rubber date stamp, with a receipt stamp', () => {
  it('takes the stamped date for the letter, and the pen number and stamped date in the box for the receipt', async () => {
    const bytes = await stampedLetterPdf({
      referencePrefix: 'มท 0307.5/',
      number: '2183',
      dateStamp: ['25', 'ก.พ.', '2553'],
      receipt: { office: 'สำนักงานปกครองและทะเบียน', number: '492', dateStamp: ['26', 'ก.พ.', '53'], time: '13.00' },
      subject: 'ขออนุญาตจดทะเบียนแก้ไขเพิ่มเติมข้อบังคับของมูลนิธิ',
      addressee: 'ปลัดกรุงเทพมหานคร',
      body: 'ตามที่ส่งเรื่องขออนุญาตจดทะเบียนแก้ไขเพิ่มเติมข้อบังคับของมูลนิธิ',
    });
    const result = await processPdf({ file: 'letter.pdf', bytes }, { ocr: threads.pool });
    const letter = result.documents[0] as LetterDocument;
    expect(letter.kind).toBe('external_letter');
    expect(letter.reference?.normalized).toBe('มท 0307.5/2183');
    expect(letter.date?.iso).toBe('2010-02-25');
    expect(letter.receiptStamps).toMatchObject([{ number: '492', date: '2010-02-26' }]);
  }, 180_000);
});
