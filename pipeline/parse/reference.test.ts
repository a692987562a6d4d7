import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findReferenceNumbers, isUnreadCode, parseReferenceNumber, parseReferencePrefix } from './reference.js';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThai = (s: string) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);

describe('parseReferenceNumber', () => {
  it('reads a circular number with Thai digits and normalizes it', () => {
    expect(parseReferenceNumber('ที่ มท ๐๘๐๔.๖/ว๕๖๙')).toEqual({
      raw: 'มท ๐๘๐๔.๖/ว๕๖๙',
      normalized: 'มท 0804.6/ว 569',
      agencyCode: 'มท',
      unit: '0804.6',
      circular: true,
      number: '569',
    });
  });

  it('reads a non-circular number with spaces around the slash', () => {
    const ref = parseReferenceNumber('ชบ ๐๘๕๖ / ๕๗๙');
    expect(ref?.normalized).toBe('ชบ 0856/579');
    expect(ref?.circular).toBe(false);
  });

  it('reads a code glued to its digits and a dotted circular marker', () => {
    expect(parseReferenceNumber('กค๐๔๐๖.๒/ว. 1831')?.normalized).toBe('กค 0406.2/ว 1831');
  });

  it('reads five-digit and multi-level office blocks', () => {
    expect(parseReferenceNumber('สน ๗๔๔๗๐/ว ๑๑')?.normalized).toBe('สน 74470/ว 11');
    expect(parseReferenceNumber('อว 0603.07.04/1734')?.unit).toBe('0603.07.04');
  });

  it('accepts a space between the two letters of the agency code (OCR)', () => {
    expect(parseReferenceNumber('ที่ ม ท 0816/ว429')?.normalized).toBe('มท 0816/ว 429');
  });

  it('reads a circular marker misread as a look-alike letter only in OCR text', () => {
    expect(parseReferenceNumber('มท ๐๘๐๔.๖/ร๕๖๙')).toBeNull();
    expect(parseReferenceNumber('มท ๐๘๐๔.๖/ร๕๖๙', { ocr: true })?.normalized).toBe('มท 0804.6/ว 569');
  });

  it('reads OCR specks beside the slash and a stray mark on a known code', () => {
    expect(parseReferenceNumber('กค๐๔๐๖.๒/ว) ๑๘๓๑', { ocr: true })?.normalized).toBe('กค 0406.2/ว 1831');
    expect(parseReferenceNumber('มท ๐๒๒๖/ว-๓๓๔ ลงวันที่', { ocr: true })?.normalized).toBe('มท 0226/ว 334');
    expect(parseReferenceNumber('บริ ๐๐๑๗.๕/ว๙๙๓', { ocr: true })?.normalized).toBe('บร 0017.5/ว 993');
    expect(parseReferenceNumber('ดิน ๑๒๓/๒๕๖๗', { ocr: true })).toBeNull();
    // Remains of a dotted line under the slash, read as an at sign.
    expect(parseReferenceNumber('กห ๐๓๐๑.๑๐.๑@/ ๑๒๓', { ocr: true })?.normalized).toBe('กห 0301.10.1/123');
  });

  it('reads OCR slips of the slash, the code and the digits in OCR text only', () => {
    const ocr = { ocr: true };
    expect(parseReferenceNumber('อบ ๗๑๖๒๘ว๘๓๕', ocr)?.normalized).toBe('อบ 71628/ว 835');
    expect(parseReferenceNumber('มท ๐๘๑๖)๓๐๐๒', ocr)?.normalized).toBe('มท 0816/3002');
    expect(parseReferenceNumber('ชบป ๐๘๕๖ / ๕๗๙', ocr)?.normalized).toBe('ชบ 0856/579');
    expect(parseReferenceNumber('สฏิ๐๐๑๗.๓ / ว ๑๙๓๒', ocr)?.normalized).toBe('สฎ 0017.3/ว 1932');
    expect(parseReferenceNumber('มท๐๖๐๖.๗่/ว๒๙๗๖', ocr)?.normalized).toBe('มท 0606.7/ว 2976');
    // ล read as อ, with a speck read as a tone mark: the one known code a look-alike away.
    expect(parseReferenceNumber('ที่ พ่อ.๗๖๘๗๐/ว ๔๕๘. องค์การบริหารส่วนตำบล', ocr)?.normalized).toBe('พล 76870/ว 458');
    expect(parseReferenceNumber('อบ ๗๑๖๒๘ว๘๓๕')).toBeNull();
  });

  it('accepts a dot after the agency code', () => {
    expect(parseReferenceNumber('ที่ มท.0804/ว 123')?.normalized).toBe('มท 0804/ว 123');
  });

  it('reads a dash OCR made of a speck between the agency code and its office block ("กจ-๕๗๘๓๑"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่ กจ-๕๗๘๓๑/ว๕๓๕ ลงวันที่', { ocr: true })?.normalized).toBe('กจ 57831/ว 535');
    expect(parseReferenceNumber('ที่ กจ -๕๗๘๓๑/ว๕๓๕', { ocr: true })?.normalized).toBe('กจ 57831/ว 535');
    expect(parseReferenceNumber('ที่ กจ-๕๗๘๓๑/ว๕๓๕')).toBeNull();
  });

  it('does not read an order number without agency code as a reference', () => {
    expect(parseReferenceNumber('ที่ ๑๒/๒๕๖๗')).toBeNull();
  });

  it('does not read a phone number or a postcode as a reference', () => {
    expect(parseReferenceNumber('โทร. ๐-๒๒๔๑-๙๐๓๖')).toBeNull();
    expect(parseReferenceNumber('พร ๕๔๐๐๐')).toBeNull();
  });

  it('accepts a Latin o for a zero only when told the text is OCR', () => {
    expect(parseReferenceNumber('มท o8o4.6/ว 569')).toBeNull();
    expect(parseReferenceNumber('มท o8o4.6/ว 569', { ocr: true })?.normalized).toBe('มท 0804.6/ว 569');
  });

  it('reads a one-digit sub-block OCR took for the digit\'s twin letter (๓ as ต, ๗ as ฒ), only where it stands alone and only in OCR text', () => {
    expect(parseReferenceNumber('ชบ ๐๐๑๗.ต/ว๑๙๑๗', { ocr: true })?.normalized).toBe('ชบ 0017.3/ว 1917');
    expect(parseReferenceNumber('ชบ ๐๐๑๗.ต/ว๑๙๑๗')).toBeNull();
    expect(parseReferenceNumber('ชบ ๐๐๑๗.๓/ว๑๙๑๗ตามที่', { ocr: true })?.number).toBe('1917');
  });

  it('reads an office block\'s last digit OCR took for its twin letter before the sub-block\'s dot ("๐๔๐ต.๗"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่ มท ๐๔๐ต.๗/ว ๓๖๔๕', { ocr: true })?.normalized).toBe('มท 0403.7/ว 3645');
    expect(parseReferenceNumber('ที่ มท ๐๔๐ต.๗/ว ๓๖๔๕')).toBeNull();
    // Not before a slash: a block of four digits stands there whole.
    expect(parseReferenceNumber('ที่ มท ๐๔๐ต/ว ๓๖๔๕', { ocr: true })).toBeNull();
    // Nor as a fifth digit: "๐๐๑๓ฒ.๑" is ๗ read twice, as ๓ and as ฒ, which no rule can tell.
    expect(parseReferenceNumber('ที่ กจ ๐๐๑๓ฒ.๑ / ว๒๑๕๔', { ocr: true })).toBeNull();
  });

  it('reads a twin letter beside its own digit as that one digit read twice, where the block cannot hold both, in OCR text only', () => {
    expect(parseReferenceNumber('ที่ สธ ๐๔๑๙.ต๓/ว ๓๔๓', { ocr: true })?.normalized).toBe('สธ 0419.3/ว 343');
    // ...or after it, in a one-digit sub-block before the slash.
    expect(parseReferenceNumber('ที่ ชบ ๐๐๑๗.๓ต/ว๑๙๑๗', { ocr: true })?.normalized).toBe('ชบ 0017.3/ว 1917');
    expect(parseReferenceNumber('ที่ สน ฒ๗๔๔๗๐/ว ๑๑', { ocr: true })?.normalized).toBe('สน 74470/ว 11');
    // A four-digit block after the twin may as well be five digits with the first misread: no reading.
    expect(parseReferenceNumber('ที่ สน ฒ๗๔๔๗/ว ๑๑', { ocr: true })).toBeNull();
    // Two digits after the twin in a sub-block: not one digit read twice.
    expect(parseReferenceNumber('ที่ กห ๐๓๐๑.ต๓๑/๑๒', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ สธ ๐๔๑๙.ต๓/ว ๓๔๓')).toBeNull();
  });

  it('reads a digit and its twin letter, in either order, as that one digit read twice in a block that cannot hold both, in OCR text only', () => {
    expect(parseReferenceNumber('ที่ อบ ๗๙๗๓ต์๕/ว ๓๕๒', { ocr: true })?.normalized).toBe('อบ 79735/ว 352');
    expect(parseReferenceNumber('ที่ สฎ ๐๐๒ต๓.๖/ว๒๓๐๘', { ocr: true })?.normalized).toBe('สฎ 0023.6/ว 2308');
    expect(parseReferenceNumber('ที่ สฎ ๐๐๒๓ต.๖/ว๒๓๐๘', { ocr: true })?.normalized).toBe('สฎ 0023.6/ว 2308');
    // ...also when the sub-block's own digit was read as its twin ("๐๒๐ต๓.ต/" in a loopless face).
    expect(parseReferenceNumber('ที่ ทส ๐๒๐ต๓.ต/ว๒๗๘', { ocr: true })?.normalized).toBe('ทส 0203.3/ว 278');
    // Four digits with it: the twin is a digit of its own (๐๓ต๑ is 0331).
    expect(parseReferenceNumber('ที่ ชร ๐๓ต๑/ว ๓๕๒', { ocr: true })?.normalized).toBe('ชร 0331/ว 352');
    expect(parseReferenceNumber('ที่ อบ ๗๙๗๓ต์๕/ว ๓๕๒')).toBeNull();
  });

  it('reads a code letter with a tail that OCR split in two (ฎ as มฏ) as that letter', () => {
    expect(parseReferenceNumber('ที่ สมฏ ๐๐๒๓.๖/ว๒๓๐๘', { ocr: true })?.normalized).toBe('สฎ 0023.6/ว 2308');
    expect(parseReferenceNumber('ที่ สมฏ ๐๐๒๓.๖/ว๒๓๐๘')).toBeNull();
  });

  it('takes a paiyannoi OCR hung on the agency code for a speck, in OCR text only', () => {
    expect(parseReferenceNumber('ที่ ชรฯ ๐๐๒๓.๑/ว๑๒๕๐', { ocr: true })?.normalized).toBe('ชร 0023.1/ว 1250');
    expect(parseReferenceNumber('ที่ ชรฯ ๐๐๒๓.๑/ว๑๒๕๐')).toBeNull();
  });

  it('reads a speck OCR took for a leading vowel before the office block ("อบ เ๗๙๗๓๕/ว ๓๕๒") or the running number ("/ว เ๒๖๙"), in OCR text only', () => {
    expect(parseReferenceNumber('อบ เ๗๙๗๓๕/ว ๓๕๒', { ocr: true })?.normalized).toBe('อบ 79735/ว 352');
    expect(parseReferenceNumber('อบ เ๗๙๗๓๕/ว ๓๕๒')).toBeNull();
    expect(parseReferenceNumber('ที่ ชร ๕๓๘๔๐/ว เ๒๖๙', { ocr: true })?.normalized).toBe('ชร 53840/ว 269');
    expect(parseReferenceNumber('ที่ ชร ๕๓๘๔๐/ แ๒๖๙', { ocr: true })?.normalized).toBe('ชร 53840/269');
  });

  it('reads specks OCR took for a sign or two glued before a five-digit office block ("อบ ผ๗๙๗๓๕/", "สน เ(๗๔๔๗๐/"): no block has six signs, in OCR text only', () => {
    expect(parseReferenceNumber('ที่ อบ ผ๗๙๗๓๕/ว ๓๕๒', { ocr: true })?.normalized).toBe('อบ 79735/ว 352');
    expect(parseReferenceNumber('ที่ สน เ(๗๔๔๗๐/ว ๑๑', { ocr: true })?.normalized).toBe('สน 74470/ว 11');
    // Two consonants are no speck: a word before the code is not taken for it.
    expect(findReferenceNumbers('ผล อบ๗๙๗๓๕/ว ๓๕๒', { ocr: true }).map((m) => m.reference.normalized)).toEqual(['อบ 79735/ว 352']);
    expect(parseReferenceNumber('ที่ อบ ผ๗๙๗๓๕/ว ๓๕๒')).toBeNull();
    // A letter before four digits and a sub-block may be a code's letter ("ก๐๐๑๗.๒"): not a speck.
    expect(parseReferenceNumber('ที่ อบ ผ๗๙๗.๓/ว ๓๕๒', { ocr: true })?.normalized).not.toBe('อบ 797.3/ว 352');
  });

  it('reads a twin letter inside an OCR running number as its digit where digits stand on both sides, or the circular mark before it and a digit after', () => {
    expect(parseReferenceNumber('มท ๐๘๐๘.๗/ว ๒ต๖๖', { ocr: true })?.number).toBe('2366');
    expect(parseReferenceNumber('กจ ๐๐๑๗.๑ / ว๒ร๕๔', { ocr: true })?.number).toBe('2154');
    expect(parseReferenceNumber('มท ๐๘๒๐.๒/ว ร๘๖๒', { ocr: true })?.number).toBe('1862');
    expect(parseReferenceNumber('มท ๐๘๒๐.๒/ร๘๖๒', { ocr: true })?.normalized).toBe('มท 0820.2/ว 862');
    expect(parseReferenceNumber('อบ ๐๓๓๘/ว ๔๒๙ตาม', { ocr: true })?.number).toBe('429');
    expect(parseReferenceNumber('มท ๐๘๐๘.๗/ว ๒ต๖๖')?.number).toBe('2');
    // Beside its own digit too: a double digit misread or one read twice, the number is not cut short.
    expect(parseReferenceNumber('มท ๐๘๐๘.๗/ว ๒ต๓๖', { ocr: true })?.number).toBe('2336');
    expect(parseReferenceNumber('ลป ๐๐๑๗.๒/วต๓๐๙ ลงวันที่ ๔ ส.ค. ๖๖', { ocr: true })?.normalized).toBe('ลป 0017.2/ว 3309');
    // Right after the slash too, before two digits or more (ร there is the circular mark, above).
    expect(parseReferenceNumber('ที่ มท ๐๒๑๑/ต๙๕ ลงวันที่ ๑๗ มิ.ย. ๒๕๖๘', { ocr: true })?.normalized).toBe('มท 0211/395');
    expect(parseReferenceNumber('ที่ มท ๐๒๑๑/ต๙', { ocr: true })).toBeNull();
    // A circular number that the twin would make five digits long: the glyph was read twice.
    expect(parseReferenceNumber('ที่ อบ ๐๐๑๗.๒/ว ต๓๓๗๒', { ocr: true })?.number).toBe('3372');
    expect(parseReferenceNumber('อบ ๐๐๑๗.๒/ว ๓ต๓๗๒ ลงวันที่', { ocr: true })?.number).toBe('3372');
    expect(parseReferenceNumber('ที่ มท ๐๓๐๗.๕/๓ต๓๗๒', { ocr: true })?.number).toBe('33372');
  });

  it('reads a scanned number whose slash OCR read as ! or lost for a space after a sub-block', () => {
    expect(parseReferenceNumber('ที่ กค ๐๒๐๓.๑ ! ๒๕๐ ลงวันที่ ๑ พ.ค. ๖๖', { ocr: true })?.normalized).toBe('กค 0203.1/250');
    expect(parseReferenceNumber('ที่ อบ 0352.2 344 ลงวันที่ 9 พฤษภาคม 2566', { ocr: true })?.normalized).toBe('อบ 0352.2/344');
    // Not without a sub-block, nor in a text layer, nor before a longer run.
    expect(parseReferenceNumber('ที่ อบ 0352 344', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ อบ 0352.2 344')).toBeNull();
    expect(parseReferenceNumber('ที่ อบ 0352.2 344.5', { ocr: true })).toBeNull();
  });

  it('reads a dot inside an OCR running number as a speck, and a twin letter ending it as its digit', () => {
    expect(parseReferenceNumber('ที่ มท ๐๖๑๗.๕/ว๑๒.๕๙', { ocr: true })?.normalized).toBe('มท 0617.5/ว 1259');
    expect(parseReferenceNumber('ที่ กษ 0208.1/27.1', { ocr: true })?.number).toBe('271');
    expect(parseReferenceNumber('ที่ อบ ๐๓๒๘.๓/๔๗ต', { ocr: true })?.number).toBe('473');
    expect(parseReferenceNumber('ที่ อบ ๐๓๕๒.๒ / ๓๔๔.ลงวันที่ ๙ พฤษภาคม ๒๕๖๖', { ocr: true })?.number).toBe('344');
    expect(parseReferenceNumber('อบ ๐๓๓๘/ว ๔๒๙ตาม', { ocr: true })?.number).toBe('429');
    expect(parseReferenceNumber('ที่ กษ 0208.1/27.1')?.number).toBe('27');
    expect(parseReferenceNumber('ที่ อบ ๐๓๒๘.๓/๔๗ต')?.number).toBe('47');
  });

  it('does not end an OCR running number before a leading vowel glued between its digits ("/ว๗เ๙": ๐ read as เ), which would cut the number short', () => {
    expect(parseReferenceNumber('ที่ ชร ๐๘๙๔/ว๗เ๙', { ocr: true })?.number ?? null).toBeNull();
    expect(parseReferenceNumber('ที่ ชร ๐๘๙๔/ว ๗๐๙เรื่อง', { ocr: true })?.number).toBe('709');
  });

  it('reads a circular mark OCR read as ว and a look-alike together ("/วจ"), never taking a ๑ read as ร for one', () => {
    expect(parseReferenceNumber('ที่ กจ ๐๐๑๗.๒/วจ ๒๕๘๖', { ocr: true })?.normalized).toBe('กจ 0017.2/ว 2586');
    expect(parseReferenceNumber('ที่ มท ๐๘๒๐.๒/วร๘๖๒', { ocr: true })?.number).toBe('1862');
    expect(parseReferenceNumber('ที่ กจ ๐๐๑๗.๒/วจ ๒๕๘๖')).toBeNull();
    // A running number opens with no 0: a look-alike before one is the number's first digit, not the mark read twice.
    expect(parseReferenceNumber('ที่ พม ๐๖๐๕.๔/วจ๐๒๒', { ocr: true })?.number).not.toBe('022');
  });

  it('reads a bar OCR read as 1 glued to the circular mark as a speck, and the mark read as 9 and a look-alike ("/9จ709"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่อบ๐๓๓๘ /1ว๔๘๕', { ocr: true })?.normalized).toBe('อบ 0338/ว 485');
    // ...or the slash's stroke read again as 7 before the mark ("/7ว 79"): no running number has a digit before its ว.
    expect(parseReferenceNumber('ที่ พร 0023.4/7ว 79', { ocr: true })?.normalized).toBe('พร 0023.4/ว 79');
    expect(parseReferenceNumber('ที่ พร 0023.4/7ว 79')?.normalized).toBe('พร 0023.4/7');
    // ...a space apart from a ว that digits follow, where a running number wrapped to the next line ("/\n1 ว1022").
    expect(parseReferenceNumber('ที่ พม 0605.4/ 1 ว1022 ลงวันที่', { ocr: true })?.normalized).toBe('พม 0605.4/ว 1022');
    expect(parseReferenceNumber('ที่ พร 0023.4/7 ว 79', { ocr: true })?.normalized).toBe('พร 0023.4/ว 79');
    expect(parseReferenceNumber('ที่ พม 0605.4/1 วันที่ 5', { ocr: true })?.normalized).toBe('พม 0605.4/1');
    // ...or the slash read twice ("๐๘๑๖//ว๓๐๐๒").
    expect(parseReferenceNumber('ที่มท ๐๘๑๖//ว๓๐๐๒', { ocr: true })?.normalized).toBe('มท 0816/ว 3002');
    // ...or dust after the slash read as a comma and a dot ("/,.ว").
    expect(parseReferenceNumber('ที่ สฎ๐๐๑๗.๓ /,.ว ๑๙๓๒', { ocr: true })?.normalized).toBe('สฎ 0017.3/ว 1932');
    expect(parseReferenceNumber('ที่ สฎ๐๐๑๗.๓ /, ว ๑๙๓๒', { ocr: true })?.normalized).toBe('สฎ 0017.3/ว 1932');
    expect(parseReferenceNumber('ที่ สฎ๐๐๑๗.๓ /,.ว ๑๙๓๒')).toBeNull();
    expect(parseReferenceNumber('ที่ ชร 0894/9จ709 สำนักงาน', { ocr: true })?.normalized).toBe('ชร 0894/ว 709');
    expect(parseReferenceNumber('ที่ มท 0804/911', { ocr: true })?.normalized).toBe('มท 0804/911');
    expect(parseReferenceNumber('ที่ ชร 0894/9จ709')?.circular).toBe(false);
  });

  it('reads a lone 3 standing apart before four digits as the circular mark ("/3 3083"), in OCR text only: no running number has a space inside after one digit', () => {
    expect(parseReferenceNumber('ที่ กค 0410.7/3 3083', { ocr: true })?.normalized).toBe('กค 0410.7/ว 3083');
    expect(parseReferenceNumber('ที่ กค ๐๔๑๐.๗/๓ ๓๐๘๓', { ocr: true })?.normalized).toBe('กค 0410.7/ว 3083');
    // Three digits after it may be a number a speck split ("3 308" is 3308), five are no circular's.
    expect(parseReferenceNumber('ที่ กค 0410.7/3 308', { ocr: true })?.normalized).toBe('กค 0410.7/3308');
    expect(parseReferenceNumber('ที่ กค 0410.7/3 30834', { ocr: true })?.circular).toBe(false);
    expect(parseReferenceNumber('ที่ กค 0410.7/3 3083')?.circular).toBe(false);
  });

  it('reads a slash OCR read as a dot after a sub-block before three digits or more ("0208.2.253"), in OCR text only: no sub-block has three digits', () => {
    expect(parseReferenceNumber('ที่ มท 0208.2.253 ลงวันที่', { ocr: true })?.normalized).toBe('มท 0208.2/253');
    expect(parseReferenceNumber('ที่ มท 0208.2.25 ลงวันที่', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ มท 0208.2.253 ลงวันที่')).toBeNull();
  });

  it('reads a dot right after the 0 opening a four-digit office block as a speck ("๐.๘๕๖", "0.208.5"), in OCR text only: no block has one digit', () => {
    expect(parseReferenceNumber('ที่ ชบ ๐.๘๕๖ / ๕๗๙สำนักงาน', { ocr: true })?.normalized).toBe('ชบ 0856/579');
    expect(parseReferenceNumber('ที่ มท 0.208.5/43 ลงวันที่', { ocr: true })?.normalized).toBe('มท 0208.5/43');
    expect(parseReferenceNumber('ที่ อบ ๐.๓๒๘.๓/๔๗๓ ลงวันที่', { ocr: true })?.normalized).toBe('อบ 0328.3/473');
    expect(parseReferenceNumber('ที่ มท 0.208.5/43')).toBeNull();
    // Not before a block of two digits or four: that dot may be the block's own.
    expect(parseReferenceNumber('ที่ มท 0.20/43', { ocr: true })).toBeNull();
  });

  it('reads a dot after a five-digit office block, which has no sub-units, as a speck ("57831./"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่ กจ 57831./ว675', { ocr: true })?.normalized).toBe('กจ 57831/ว 675');
    expect(parseReferenceNumber('ที่ มท ๐๒๐๔./๑๒๓', { ocr: true })).toBeNull();
  });

  it('reads a circular mark OCR hung a speck on as a mark ("/ว่๑๒๕๙", "/วุ ๑๒๕๙"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่ มท๐๖๑๗.๕/ว่๑๒๕๙ ลงวันที่', { ocr: true })?.normalized).toBe('มท 0617.5/ว 1259');
    expect(parseReferenceNumber('ที่ มท๐๖๑๗.๕/วุ ๑๒๕๙', { ocr: true })?.normalized).toBe('มท 0617.5/ว 1259');
    expect(parseReferenceNumber('ที่ มท๐๖๑๗.๕/วุ ๑๒๕๙')).toBeNull();
  });

  it('reads a code after a speck OCR read as a leading vowel glued to ที่ ("ที่แนม๐๐๑๗"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่แนม๐๐๑๗.๒/ว ๑๘๖๘', { ocr: true })?.normalized).toBe('นม 0017.2/ว 1868');
    expect(parseReferenceNumber('ที่ แนม ๐๐๑๗.๒/ว ๑๘๖๘', { ocr: true })?.normalized).toBe('นม 0017.2/ว 1868');
    // ...also where the office block's ๐ was read as อ ("แนมอ๐๑๗.๒").
    expect(parseReferenceNumber('ที่ แนมอ๐๑๗.๒/ว ๑๘๖๘', { ocr: true })?.normalized).toBe('นม 0017.2/ว 1868');
    expect(parseReferenceNumber('ที่แนม๐๐๑๗.๒/ว ๑๘๖๘')).toBeNull();
  });

  it('reads a code OCR read with a sign no code has for a letter as it stands, for the bundle to give back, in OCR text only', () => {
    // ...mai yamok among them ("สๆ" for สฎ).
    for (const [text, code] of [['ที่ แม0017.2/ว 1868', 'แม'], ['ที่ ชฯ ๐๐๒๕.๒/ว ๔๖๘', 'ชฯ'], ['ที่ พ5 ๐๐๒๓.๔/ว ๗๙', 'พ5'], ['ที่ สๆ 0023.6/ว2308', 'สๆ']] as const) {
      expect(parseReferenceNumber(text, { ocr: true })?.agencyCode).toBe(code);
      expect(isUnreadCode(code)).toBe(true);
      expect(parseReferenceNumber(text)).toBeNull();
    }
    expect(parseReferenceNumber('ที่ us ๐๐๒๕.๒/ว ๔๖๘', { ocr: true })?.agencyCode).toBe('us');
    // One Latin letter for both (ก read as n, the other lost), glued to a block with its sub-block.
    expect(parseReferenceNumber('ที่ n0406.2/ว 1831', { ocr: true })?.normalized).toBe('n 0406.2/ว 1831');
    expect(isUnreadCode('n')).toBe(true);
    expect(parseReferenceNumber('ที่ n406/ว 1831', { ocr: true })).toBeNull();
    // ...or to a four-digit block opening with 0 and its slash ("m0211/395" for มท).
    expect(parseReferenceNumber('ที่ m0211/395', { ocr: true })?.normalized).toBe('m 0211/395');
    // A quote OCR read between the code and its block is a speck.
    expect(parseReferenceNumber('ที่ สน" ๐๘๓๒/ว๙๔๓', { ocr: true })?.normalized).toBe('สน 0832/ว 943');
    // So is a bracket no closing one follows ("อบ (๗๙๗๓๕/ว").
    expect(parseReferenceNumber('ที่ อบ (๗๙๗๓๕/ว ๓๕๒', { ocr: true })?.normalized).toBe('อบ 79735/ว 352');
    expect(parseReferenceNumber('ที่ อบ (๗๙๗๓๕/ว ๓๕๒')).toBeNull();
    expect(parseReferenceNumber('ที่ สธร 0203.2/20', { ocr: true })?.agencyCode).toBe('สธร');
    expect(isUnreadCode('สธร')).toBe(true);
    // Three letters no known code is one letter from ("ซชช" for ชร): unread too, not no number.
    expect(parseReferenceNumber('ที่ ซชช ๐๓๖๙/๑๖๖', { ocr: true })?.agencyCode).toBe('ซชช');
    // One letter of two lost, the other glued to an office block with its sub-block ("ส0017.3" for สฎ).
    expect(parseReferenceNumber('ที่ ส0017.3 / ว 1932', { ocr: true })?.normalized).toBe('ส 0017.3/ว 1932');
    expect(isUnreadCode('ส')).toBe(true);
    expect(parseReferenceNumber('ที่ ส0017.3 / ว 1932')).toBeNull();
    // ...or set apart from it by a space ("ค 0410.7" for กค 0410.7).
    expect(parseReferenceNumber('ที่ ค 0410.7/ว 3083', { ocr: true })?.normalized).toBe('ค 0410.7/ว 3083');
    expect(parseReferenceNumber('ที่ ค 0410.7/ว 3083')).toBeNull();
    // A code's second letter read as a digit glued before a four-digit block with its sub-block
    // ("ก10017.2" for กจ 0017.2, "ก๐๐๐๒๕.๓" for กจ ๐๐๒๕.๓): no block of five digits has a sub-block.
    expect(parseReferenceNumber('ที่ ก10017.2/ว 1061', { ocr: true })?.normalized).toBe('ก1 0017.2/ว 1061');
    expect(parseReferenceNumber('ที่ ก๐๐๐๒๕.๓/ว๓๒๙๒', { ocr: true })?.normalized).toBe('ก๐ 0025.3/ว 3292');
    expect(isUnreadCode('ก๐')).toBe(true);
    expect(parseReferenceNumber('ที่ ก10017.2/ว 1061')).toBeNull();
    expect(parseReferenceNumber('ISO 9001/2015', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ ก 0406/722', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ ก0406/722', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ ก0 406/722', { ocr: true })).toBeNull();
    expect(isUnreadCode('มท')).toBe(false);
  });

  it('reads a slash OCR read as a letter glued before the circular mark ("๐๐๒๕.๓ห่ว"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่ อด ๐๐๒๕.๓ห่ว ๑๔๙๓ วันที่ ๒๐ พ.ค.๒๕๖๗', { ocr: true })?.normalized).toBe('อด 0025.3/ว 1493');
    expect(parseReferenceNumber('ที่ อบ ๐๓๙๕.๓ปว ๑๗๕๕', { ocr: true })?.normalized).toBe('อบ 0395.3/ว 1755');
    expect(parseReferenceNumber('ที่ กจ ๐๐๑๗.๒ะว ๑๐๖๑ ลงวันที่ ๓', { ocr: true })?.normalized).toBe('กจ 0017.2/ว 1061');
    // ...or as a leading vowel, which no more stands there ("๐๐๒๕.๓เว").
    expect(parseReferenceNumber('ที่ กจ ๐๐๒๕.๓เว๓๒๙๒ สำนักงาน', { ocr: true })?.normalized).toBe('กจ 0025.3/ว 3292');
    expect(parseReferenceNumber('ที่ กจ ๐๐๒๕.๓เว๓๒๙๒')).toBeNull();
    // ...or as the twin letter of the digit before it ("๐๘๐๘.๗ฒว": the slash, or that digit read twice and the slash lost).
    expect(parseReferenceNumber('ที่ มท ๐๘๐๘.๗ฒว ๒๓๖๖', { ocr: true })?.normalized).toBe('มท 0808.7/ว 2366');
    // A glyph Tesseract could not place inside the running number: no number cut short at it.
    expect(parseReferenceNumber('ที่ อบ ๐๓๙๕.๓ปว ๑@๕๕', { ocr: true })?.number ?? null).toBeNull();
    // Nor at a letter glued between its digits ("ว๗อ๙": ๐ or ๑ read as อ).
    expect(parseReferenceNumber('กี่ ชร ๐๘๙๔/ว๗อ๙ สำนักงานส่งเสริม', { ocr: true })?.number ?? null).toBeNull();
    expect(parseReferenceNumber('ที่ ชร ๐๘๙๔/ว๗๐๙สำนักงาน', { ocr: true })?.number).toBe('709');
    expect(parseReferenceNumber('ที่ อด ๐๐๒๕.๓ห่ว ๑๔๙๓')).toBeNull();
  });

  it('reads an office block of two digits before a sub-block, for the bundle to join ("ลป.81.117"), in OCR text only', () => {
    expect(parseReferenceNumber('ที่ ลป.81.117/85', { ocr: true })?.unit).toBe('81.117');
    expect(parseReferenceNumber('ที่ ลป 81/85', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ ลป.81.117/85')).toBeNull();
  });

  it('reads a cited number after a misread ที่ glued to its code, and a speck read as a dot before its office block, in OCR text only', () => {
    const cited = 'หนังสือสำนักงานคลังจังหวัด ด่วนมาก กี่อบ .๐๐๐๗.๓/ว ๑๒๙๗ ลงวันที่ ๘ พ.ค. ๒๕๖๖';
    expect(findReferenceNumbers(cited, { ocr: true }).map((m) => m.reference.normalized)).toEqual(['อบ 0007.3/ว 1297']);
    expect(findReferenceNumbers(cited)).toEqual([]);
    expect(findReferenceNumbers('ผู้ที่ชรา ๑๒๓/๔๕', { ocr: true })).toEqual([]);
  });

  it('reads a number whose slash OCR lost where the code\'s office block can end in one place only', () => {
    expect(parseReferenceNumber('ชร 0328240 .', { ocr: true })?.normalized).toBe('ชร 0328/240');
    expect(parseReferenceNumber('ที่ ชร ๐๓๒๘๒๔๐', { ocr: true })?.normalized).toBe('ชร 0328/240');
    expect(parseReferenceNumber('มท 0804569', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ชร 0328024', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ชร 0328240')).toBeNull();
  });

  it('reads a dot OCR left beside the slash as a speck ("0205.4 /.417", "0023.1./ว1250")', () => {
    expect(parseReferenceNumber('ที่ มท 0205.4 /.417', { ocr: true })?.normalized).toBe('มท 0205.4/417');
    expect(parseReferenceNumber('ที่ ชร 0023.1./ว1250', { ocr: true })?.normalized).toBe('ชร 0023.1/ว 1250');
    expect(parseReferenceNumber('ที่ มท ๐๒๐๔./๑๒๓', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ ชร 0023.1./ว1250')).toBeNull();
  });

  it('reads a sub-block\'s dot OCR read as a colon, a comma or twice, in OCR text only', () => {
    expect(parseReferenceNumber('ที่ มท ๐๒๐๘:๒/๒๕๓', { ocr: true })?.normalized).toBe('มท 0208.2/253');
    expect(parseReferenceNumber('ที่ มท ๐๘๐๘,๗/ว ๒๓๖๖', { ocr: true })?.normalized).toBe('มท 0808.7/ว 2366');
    expect(parseReferenceNumber('ที่ มท ๐๘๐๘,๗/ว ๒๓๖๖')).toBeNull();
    expect(parseReferenceNumber('ที่ มท 0808..7/ว 2366', { ocr: true })?.normalized).toBe('มท 0808.7/ว 2366');
    expect(parseReferenceNumber('ที่ มท 0808..7/ว 2366')).toBeNull();
    // ...or as the leading vowel เ, no sign of a number otherwise ("๐๐๐๗เ๓", "๐๐๑๓เ.๒").
    expect(parseReferenceNumber('ที่ อบ ๐๐๐๗เ๓/ว ๑๒๙๗ ลงวันที่', { ocr: true })?.normalized).toBe('อบ 0007.3/ว 1297');
    expect(parseReferenceNumber('ที่ ชม ๐๐๑๓เ.๒/ว๑๖๗๕', { ocr: true })?.normalized).toBe('ชม 0013.2/ว 1675');
    expect(parseReferenceNumber('ที่ อบ ๐๐๐๗เ๓/ว ๑๒๙๗')).toBeNull();
    // ...or as a letter no digit is the twin of, between a four-digit block and a sub-block that the slash ends ("๐๘๑๙ส๖/").
    expect(parseReferenceNumber('ที่ มท ๐๘๑๙ส๖/ว๓๒๓๓ วันที่ ๑๓ ก.ค. ๒๕๖๖', { ocr: true })?.normalized).toBe('มท 0819.6/ว 3233');
    expect(parseReferenceNumber('ที่ มท ๐๘๑๙ส๖/ว๓๒๓๓')).toBeNull();
    expect(parseReferenceNumber('ที่ มท ๐๘๑ส๖/ว๓๒๓๓', { ocr: true })).toBeNull();
    // ...or as sara a, which follows no digit ("๐๒๒๖ะ๒").
    expect(parseReferenceNumber('ที่ มท ๐๒๒๖ะ๒/๒๐', { ocr: true })?.normalized).toBe('มท 0226.2/20');
    expect(parseReferenceNumber('ที่ มท ๐๒๒๖ะ๒/๒๐')).toBeNull();
  });

  it('reads a slash OCR read as ไ between digits ("๐๒๒๖.๒ไ๒๐"), in OCR text only: no word puts ไ between two digits', () => {
    expect(parseReferenceNumber('ที่ มท ๐๒๒๖.๒ไ๒๐', { ocr: true })?.normalized).toBe('มท 0226.2/20');
    expect(parseReferenceNumber('ที่ มท ๐๒๒๖ะ๒ไ๒๐', { ocr: true })?.normalized).toBe('มท 0226.2/20');
    expect(parseReferenceNumber('ที่ มท ๐๒๒๖.๒ไ๒๐')).toBeNull();
  });

  it('reads the ๐ opening an office block, read as อ and glued to the code, as that zero', () => {
    expect(parseReferenceNumber('ที่อบอ๓๓๘ / ว๔๘๕', { ocr: true })?.normalized).toBe('อบ 0338/ว 485');
    expect(parseReferenceNumber('ที่ มท ๐๒๐๘:๒/๒๕๓')).toBeNull();
    expect(parseReferenceNumber('ที่ มท 0205.4 /.417')).toBeNull();
  });

  it('reads a code letter OCR read as its twin digit ("อ๑" for อด) when one known code results', () => {
    expect(parseReferenceNumber('ที่ อ๑ 0025.3/ว 1493', { ocr: true })?.normalized).toBe('อด 0025.3/ว 1493');
    expect(parseReferenceNumber('ที่ ๓ก ๐๐๒๓.๔/ว๕๖', { ocr: true })?.normalized).toBe('ตก 0023.4/ว 56');
    expect(parseReferenceNumber('ที่ อ๑ 0025.3/ว 1493')).toBeNull();
    expect(parseReferenceNumber('ที่ ๑๓ 0025.3/ว 1493', { ocr: true })).toBeNull();
  });

  it('reads a code letter OCR read twice, as its twin digit and as itself ("อ๑ด" for อด)', () => {
    expect(parseReferenceNumber('ที่ อ๑ด ๐๐๒๕.๓/ว ๑๔๙๓', { ocr: true })?.normalized).toBe('อด 0025.3/ว 1493');
    expect(parseReferenceNumber('ที่ อ๑ด ๐๐๒๕.๓/ว ๑๔๙๓')).toBeNull();
    // Another letter after the digit is no second reading of it.
    expect(parseReferenceNumber('ที่ อ๑ก ๐๐๒๕.๓/ว ๑๔๙๓', { ocr: true })).toBeNull();
  });

  it('reads a tailed code letter OCR read as a letter with sara u or uu ("สภู" for สฎ)', () => {
    expect(parseReferenceNumber('ที่ สภู ๐๐๒๓.๖/ว๒๓๐๘', { ocr: true })?.normalized).toBe('สฎ 0023.6/ว 2308');
    expect(parseReferenceNumber('ที่ นดุ ๐๐๒๓.๖/ว๒๓๐๘', { ocr: true })?.normalized).toBe('นฐ 0023.6/ว 2308');
    expect(parseReferenceNumber('ที่ ชู ๐๐๒๓.๖/ว๒๓๐๘', { ocr: true })).toBeNull();
  });

  it('reads ๐ read as อ opening a province block whose other ๐ was lost before its sub-unit ("สภูอ๑๗.๓"), for the bundle to mend', () => {
    expect(parseReferenceNumber('ที่ สภูอ๑๗.๓ / ว ๑๙๓๒', { ocr: true })?.unit).toBe('017.3');
    expect(parseReferenceNumber('ที่ อบอ๑๗/๑๒', { ocr: true })).toBeNull();
  });

  it('reads ๐ read as อ opening a four-digit office block or after a 0 inside it, and nowhere else ("ชร อ๓๖๙/๑๖๖", "สน ๐อ๑๗.๕")', () => {
    expect(parseReferenceNumber('ชร อ๓๖๙/๑๖๖', { ocr: true })?.normalized).toBe('ชร 0369/166');
    expect(parseReferenceNumber('ที่ สน ๐อ๑๗.๕/ว ๑๙๓๒', { ocr: true })?.normalized).toBe('สน 0017.5/ว 1932');
    expect(parseReferenceNumber('ที่ สน ๐อ๑๗.๕/ว ๑๙๓๒')).toBeNull();
    expect(parseReferenceNumber('ชร อ๓๖๙/๑๖๖')).toBeNull();
    expect(parseReferenceNumber('อบ อ๓๕๒๗/๑๖๖', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('มท ๐๘๐๔.๖/ว อ๖๙', { ocr: true })).toBeNull();
  });

  it('reads the 0 opening a four-digit office block read as @ ("กค@406.2"), and no @ elsewhere', () => {
    expect(parseReferenceNumber('ที่ กค@406.2/ว 1831', { ocr: true })?.normalized).toBe('กค 0406.2/ว 1831');
    expect(parseReferenceNumber('ที่ กค @๔๐๖.๒/ว ๑๘๓๑', { ocr: true })?.normalized).toBe('กค 0406.2/ว 1831');
    expect(parseReferenceNumber('ที่ กค@406.2/ว 1831')).toBeNull();
    expect(parseReferenceNumber('ที่ กค 04@6.2/ว 1831', { ocr: true })).toBeNull();
    expect(parseReferenceNumber('ที่ อบ @๗๙๗๓๕/ว ๑๒', { ocr: true })?.unit ?? null).not.toBe('079735');
  });
});

describe('findReferenceNumbers', () => {
  it('finds a cited reference inside an enclosure line but not inside a word', () => {
    const line = 'สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๐๔.๖/ว ๕๖๙ ลงวันที่ ๕ กุมภาพันธ์ ๒๕๖๗';
    const found = findReferenceNumbers(line);
    expect(found.map((f) => f.reference.normalized)).toEqual(['มท 0804.6/ว 569']);
    expect(line.slice(found[0]?.index, found[0]?.end)).toBe('มท ๐๘๐๔.๖/ว ๕๖๙');
  });

  it('stops the running number before the following text', () => {
    const [first] = findReferenceNumbers('ที่ อบ ๐๓๓๘ / ว๔๘๕ ที่ว่าการอำเภอตระการพืชผล');
    expect(first?.reference.raw).toBe('อบ ๐๓๓๘ / ว๔๘๕');
  });

  it('joins a running number OCR split with a space, unless a date or more digits follow (OCR text only)', () => {
    const number = (text: string, ocr = true) => findReferenceNumbers(text, { ocr })[0]?.reference.number;
    expect(number('ที่กจ0897/ว 1 268สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอท่าม่วง')).toBe('1268');
    expect(number('ที่ กจ ๐๘๙๗/ว ๑ ๒๖๘ ลงวันที่ ๒ มิถุนายน ๒๕๖๘')).toBe('1268');
    expect(number('ที่ กจ 0897/ว 1 268', false)).toBe('1');
    expect(number('ที่ กท ๐๔๐๖/๗๒๒ ๑๕ พ.ค. ๒๕๔๕')).toBe('722');
    expect(number('ที่ กท 0406/722 15 พฤษภาคม 2545')).toBe('722');
    expect(number('ที่ มท 0208/12 345 6789')).toBe('12');
  });
});

describe('reference normalization (property)', () => {
  const code = fc.constantFrom('มท', 'พร', 'กค', 'ศธ', 'สน', 'ปป', 'ชร');
  const block = fc.stringMatching(/^[0-9]{4,5}$/);
  const subBlocks = fc.array(fc.stringMatching(/^[0-9]{1,3}$/), { maxLength: 2 });
  const running = fc.stringMatching(/^[1-9][0-9]{0,4}$/);
  const space = fc.constantFrom('', ' ', '  ');

  it('normalizes any spelling (digits, spacing) of one reference to the same value', () => {
    fc.assert(
      fc.property(
        code, block, subBlocks, fc.boolean(), running, fc.boolean(),
        fc.array(space, { minLength: 6, maxLength: 6 }),
        (c, b, subs, circular, n, thai, [s0, s1, s2, s3, s4, s5]) => {
          const unit = [b, ...subs].join('.');
          const expected = `${c} ${unit}/${circular ? 'ว ' : ''}${n}`;
          const spacedUnit = [b, ...subs].join(`${s1}.${s2}`);
          const raw = `${c}${s0}${spacedUnit}${s3}/${s4}${circular ? `ว${s5}` : ''}${n}`;
          const printed = thai ? toThai(raw) : raw;
          const ref = parseReferenceNumber(`ที่ ${printed}`);
          expect(ref?.normalized).toBe(expected);
          expect(ref?.raw).toBe(printed.trim());
        },
      ),
    );
  });
});

describe('parseReferencePrefix', () => {
  it('reads the printed prefix of a number left blank, with the number null', () => {
    expect(parseReferencePrefix('ที่ กท ๐๔๐๖/')).toMatchObject({ raw: 'กท ๐๔๐๖/', normalized: 'กท 0406/', agencyCode: 'กท', unit: '0406', number: null });
    expect(parseReferencePrefix('กห ๐๓๐๑.๑๐.๑/ว', { ocr: true })).toMatchObject({ normalized: 'กห 0301.10.1/ว', circular: true, number: null });
  });

  it('is no prefix when the running number is there', () => {
    expect(parseReferencePrefix('ที่ กท ๐๔๐๖/๖๕๕๐')).toBeNull();
  });
});
