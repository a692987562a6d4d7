import { describe, expect, it } from 'vitest';
import { dateLineValue, directiveKindOf, isMemoHeading, isUnitName, referenceLine, signatoryNameOf, urgencyOf } from './classify.js';
import type { Line } from './lines.js';

const line = (text: string, ocr = false): Line => ({ text, printed: text, page: 1, index: 0, ocr, trust: ocr ? 0.8 : 1, role: 'content' });

describe('referenceLine', () => {
  it('reads ที่ + reference and what follows it on the line', () => {
    expect(referenceLine(line('ที่ มท ๐๘๐๔.๖/ว๕๖๙ วันที่ ๕ กุมภาพันธ์ ๒๕๖๗'))).toMatchObject({
      reference: { normalized: 'มท 0804.6/ว 569' },
      rest: 'วันที่ ๕ กุมภาพันธ์ ๒๕๖๗',
    });
  });

  it('lets an OCR slip in the label ที่ through only before a known agency code', () => {
    expect(referenceLine(line('รี่ มท 0208.3/127'))).toBeNull();
    expect(referenceLine(line('รี่ มท 0208.3/127', true))?.reference.normalized).toBe('มท 0208.3/127');
    expect(referenceLine(line('รี่ ฬฬ 0208.3/127', true))).toBeNull();
    // ...also with a speck read after the misread label, as after ที่ itself ("ฑที. มท").
    expect(referenceLine(line('ฑที. มท ๐๘๑๙.๖/ว๓๒๓๓', true))?.reference.normalized).toBe('มท 0819.6/ว 3233');
  });

  it('lets a misread ที่ glued to a known agency code through in OCR text ("กี่ชร 0328/240")', () => {
    expect(referenceLine(line('กี่ชร 0328/240', true))?.reference.normalized).toBe('ชร 0328/240');
    expect(referenceLine(line('กี่ชร 0328/240'))).toBeNull();
    expect(referenceLine(line('กี่ฬฬ 0328/240', true))).toBeNull();
    // A code one look-alike letter from a known one ("บท" for มท), for the bundle to give back; not two letters off.
    expect(referenceLine(line('กี่บท 0816/ว429', true))?.reference.normalized).toBe('บท 0816/ว 429');
    expect(referenceLine(line('กี่บบ 0816/ว429', true))).toBeNull();
    expect(referenceLine(line('ภายในชร 0328/240', true))).toBeNull();
    // Its upper vowel read as another upper vowel too ("ตึ่กค": ท as ต, ี as ึ).
    expect(referenceLine(line('ตึ่กค ๐๔๑๐.๗/ว ๓๐๘๓', true))?.reference.normalized).toBe('กค 0410.7/ว 3083');
    expect(referenceLine(line('ตึ่กค ๐๔๑๐.๗/ว ๓๐๘๓'))).toBeNull();
  });

  it('reads ที่ after the speck OCR made of dust left of the line, in OCR text only', () => {
    expect(referenceLine(line('. ที่ มท 0205.4/417', true))?.reference.normalized).toBe('มท 0205.4/417');
    expect(referenceLine(line('. ที่ มท 0205.4/417'))).toBeNull();
  });

  it('reads ที่ after a speck OCR read as a letter set apart before it ("อ ที่ พร ๐๐๑๗.๓/ว๔๖๑"), before a known agency code only', () => {
    expect(referenceLine(line('อ ที่ พร ๐๐๑๗.๓/ว๔๖๑.', true))?.reference.normalized).toBe('พร 0017.3/ว 461');
    expect(referenceLine(line('อ ที่ พร ๐๐๑๗.๓/ว๔๖๑.'))).toBeNull();
    expect(referenceLine(line('อ ที่ ฬฬ ๐๐๑๗.๓/ว๔๖๑', true))).toBeNull();
    // A word before ที่ is a sentence, not a speck ("ส่ง ที่ พร ...").
    expect(referenceLine(line('ส่ง ที่ พร ๐๐๑๗.๓/ว๔๖๑', true))).toBeNull();
  });
});

describe('urgencyOf', () => {
  it('reads an OCR urgency line with specks at its edges', () => {
    expect(urgencyOf(line('. ด่วน', true))).toBe('ด่วน');
    expect(urgencyOf(line('ด่วนมาก 3', true))).toBe('ด่วนมาก');
    expect(urgencyOf(line('. ด่วน'))).toBeNull();
  });

  it('reads an OCR urgency stamp that lost its marks (ดวนทสด), alone on its line', () => {
    expect(urgencyOf(line('ดวนทสด', true))).toBe('ด่วนที่สุด');
    expect(urgencyOf(line('ดวนมาก', true))).toBe('ด่วนมาก');
    expect(urgencyOf(line('ดวนทสด'))).toBeNull();
    expect(urgencyOf(line('ดวนทสด แจ้ง', true))).toBeNull();
  });

  it('reads a marks-lost stamp of six letters or more with one letter more, less or misread (a mark read as แ)', () => {
    expect(urgencyOf(line('ดวแนทสด', true))).toBe('ด่วนที่สุด');
    expect(urgencyOf(line('ดวนแทสด', true))).toBe('ด่วนที่สุด');
    expect(urgencyOf(line('ดวนมก', true))).toBe('ด่วนมาก');
    expect(urgencyOf(line('ดวบ', true))).toBeNull();
    expect(urgencyOf(line('ดวแนทสด'))).toBeNull();
  });
});

describe('isMemoHeading', () => {
  it('takes an OCR heading with a few signs that are no word beside it (a stamp read as letters)', () => {
    expect(isMemoHeading(line('บแทกขอความ พฟฒฆ', true))).toBe(true);
    expect(isMemoHeading(line('บันทึกข้อความ ด่วนมาก', true))).toBe(true);
    expect(isMemoHeading(line('บันทึกข้อความ การประชุม', true))).toBe(false);
    expect(isMemoHeading(line('บันทึกข้อความ พฟฒฆ'))).toBe(false);
  });
});

describe('signatoryNameOf', () => {
  it('reads a name in parentheses, with its title', () => {
    expect(signatoryNameOf(line('(นายต่อพงษ์ ทับทิมโต)'))).toBe('นายต่อพงษ์ ทับทิมโต');
  });

  it('reads a title cut by OCR spaces as printed', () => {
    expect(signatoryNameOf(line('(น ายต่อพง ษ์ ทับทิมโต)', true))).toBe('น ายต่อพง ษ์ ทับทิมโต');
  });

  it('reads a quote OCR read between given name and surname, in OCR text, as the space it stands in', () => {
    expect(signatoryNameOf(line("(นายอภิชาติ'แก้วมณี)", true))).toBe('นายอภิชาติ แก้วมณี');
    // Not where the name has its space: there a quote is inside a word, and left for what reads the name.
    expect(signatoryNameOf(line("(นายอภิ'ชาติ แก้วมณี)", true))).toBe("นายอภิ'ชาติ แก้วมณี");
  });

  it('does not read a catchword or an aside in parentheses as a name', () => {
    expect(signatoryNameOf(line('(นายสุทธิพงษ์...'))).toBeNull();
    expect(signatoryNameOf(line('(คลินิกส่งเสริมธรรมาภิบาลต่อต้านทุจริต สำนักงาน ป.ป.ท.)'))).toBeNull();
  });
});

describe('directiveKindOf', () => {
  it('takes the titles of an agency\'s directives and notices', () => {
    expect(directiveKindOf(line('ข้อบังคับกรุงเทพมหานคร ว่าด้วยการจัดการมูลฝอย'))).toBe('order');
    expect(directiveKindOf(line('ประกาศนายทะเบียนมูลนิธิกรุงเทพมหานคร'))).toBe('announcement');
  });

  it('leaves the rules of a foundation, an association or a company to be what they are: a filed document', () => {
    expect(directiveKindOf(line('ข้อบังคับมูลนิธิแก้ว ๙ ประการ (ฉบับที่ ๒) พ.ศ.๒๕๕๘'))).toBeNull();
    expect(directiveKindOf(line('ข้อบังคับของมูลนิธิลูกอีสาน(ฉบับที่ 2)พ.ศ.2546'))).toBeNull();
    expect(directiveKindOf(line('ระเบียบสมาคมศิษย์เก่า ว่าด้วยสมาชิก'))).toBeNull();
    expect(directiveKindOf(line('ข้อบังคับที่ขอจดทะเบียนเปลี่ยนแปลง'))).toBeNull();
    expect(directiveKindOf(line('คำสั่งที่ ๑๒/๒๕๖๗'))).toBe('order');
  });
});

describe('isUnitName', () => {
  it('knows a drafting unit\'s name, in OCR text also after a few signs OCR made of the label before it ("ศศศรร กลุ่มงานปกครอง")', () => {
    expect(isUnitName(line('กลุ่มงานปกครอง'))).toBe(true);
    expect(isUnitName(line('ศศศรร กลุ่มงานปกครอง', true))).toBe(true);
    // Two such pieces (a label garbled into two words): a page holding only the contact block opens no attachment.
    expect(isUnitName(line('ศศร แรักรห3 กลุ่มงานปกครอง', true))).toBe(true);
    expect(isUnitName(line('ศศร รายงาน กลุ่มงานปกครอง', true))).toBe(false);
    expect(isUnitName(line('ศศศรร กลุ่มงานปกครอง'))).toBe(false);
    // A word before the unit is the line's own: an attachment's title, a sentence.
    expect(isUnitName(line('รายงาน กลุ่มงานปกครอง', true))).toBe(false);
    expect(isUnitName(line('ศศศรร กลุ่มงานปกครอง โทร. ๐ ๕๖๙๓ ๘๖๖๓', true))).toBe(false);
  });
});

describe('dateLineValue', () => {
  it('reads a scanned date line through a speck of punctuation before or after it', () => {
    expect(dateLineValue(line('-5 ส.ค. 2567.', true))).toBe('5 ส.ค. 2567');
    expect(dateLineValue(line("' ๒๐ กุมภาพันธ์ ๒๕๖๗ ,", true))).toBe('๒๐ กุมภาพันธ์ ๒๕๖๗');
  });

  it('leaves a text layer\'s line, and a line with more than a date, as they are', () => {
    expect(dateLineValue(line('-5 ส.ค. 2567.'))).toBeNull();
    expect(dateLineValue(line('5 ส.ค. 2567 เวลา', true))).toBeNull();
    expect(dateLineValue(line('ก 5 ส.ค. 2567', true))).toBeNull();
  });
});
