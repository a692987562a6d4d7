/**
 * Memo forms as offices fill them, rendered here (test/support/memo-form.ts): the printed
 * form's dotted leaders never come out as text or in a field, typed fields are read, and a
 * number or day filled in by pen is either read right or left out with a warning (the printed
 * prefix kept, the number null), never guessed. Runs OCR page threads from dist/.
 */
import { describe, expect, it } from 'vitest';
import { processPdf } from '../pipeline/process.js';
import type { LetterDocument, ProcessingResult } from '../schemas/index.js';
import { useOcrPool } from './support/ocr-pool.js';
import { type MemoForm, memoFormPdf } from './support/memo-form.js';

const threads = useOcrPool();

async function read(form: MemoForm): Promise<{ result: ProcessingResult; memo: LetterDocument }> {
  const result = await processPdf({ file: 'memo.pdf', bytes: await memoFormPdf(form) }, { ocr: threads.pool });
  return { result, memo: result.documents[0] as LetterDocument };
}

const LEADER_RUN = /[.…_]{4,}/;

function expectNoLeaders(result: ProcessingResult, memo: LetterDocument): void {
  for (const text of [memo.text, memo.subject, memo.addressee, memo.reference?.raw, memo.date?.raw, memo.issuer.name]) {
    expect(text ?? '').not.toMatch(LEADER_RUN);
  }
  expect(result.documents).toHaveLength(1);
}

/** Read right, or left out with the warning: never another number. */
function expectReadOrUnread(memo: LetterDocument, field: 'reference' | 'date', right: string, prefix?: string): void {
  const got = field === 'reference' ? memo.reference?.normalized : memo.date?.iso;
  if (got === right) return;
  expect(memo.warnings).toContainEqual(expect.objectContaining({ code: 'handwritten-number-unread', field }));
  if (field === 'reference') expect(memo.reference).toMatchObject({ normalized: prefix, number: null });
  else expect(memo.date).toBeNull();
}

const typedMilitary: MemoForm = {
  office: 'ศูนย์ซ่อมบำรุงทหาร กองยุทธบริการ โทร. ๒๒๑๑',
  referencePrefix: 'กห ๐๓๐๑.๑๐.๑/',
  number: { text: '๑๒๓' },
  day: { text: '๓' },
  monthYear: 'พ.ค. ๖๗',
  subject: 'ขออนุมัติจัดซื้อวัสดุสำนักงาน',
  addressee: 'ผู้อำนวยการกองยุทธบริการ',
  body: 'ด้วยศูนย์ซ่อมบำรุงทหารมีความจำเป็นต้องจัดซื้อวัสดุสำนักงาน',
};

describe('a memo form', () => {
  it('typed on the dotted lines: fields read, abbreviated month and all, no leaders', async () => {
    const { result, memo } = await read(typedMilitary);
    expectNoLeaders(result, memo);
    expect(memo).toMatchObject({ kind: 'internal_memo', subject: typedMilitary.subject, addressee: typedMilitary.addressee });
    expect(memo.reference?.normalized).toBe('กห 0301.10.1/123');
    expect(memo.date?.iso).toBe('2024-05-03');
  }, 120_000);

  it('filled in with blue ballpoint: the number and day read right or left out, never guessed', async () => {
    const { result, memo } = await read({
      ...typedMilitary,
      office: 'สำนักงานเขตลาดกระบัง ฝ่ายทะเบียน โทร. ๐ ๒๓๒๖ ๙๐๐๙',
      referencePrefix: 'กท ๐๔๐๖/',
      number: { text: '๖๕๕๐', pen: 'blue' },
      day: { text: '๒๔', pen: 'blue' },
      monthYear: 'ก.ย. ๕๘',
      subject: 'ขออนุญาตจดทะเบียนเปลี่ยนแปลงกรรมการมูลนิธิ',
    });
    expectNoLeaders(result, memo);
    expect(memo.subject).toBe('ขออนุญาตจดทะเบียนเปลี่ยนแปลงกรรมการมูลนิธิ');
    expectReadOrUnread(memo, 'reference', 'กท 0406/6550', 'กท 0406/');
    expectReadOrUnread(memo, 'date', '2015-09-24');
  }, 120_000);
});
