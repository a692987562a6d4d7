import { describe, expect, it } from 'vitest';
import { numberSlots, rewriteDigits } from './digits.js';
import type { Reading } from './digits.js';

const LABELS = [...'๐๑๒๓๔๕๖๗๘๙0123456789ทมวกรสฎฏขอนษ./)'];

/** Glyph readings as the classifier would give them, sure of each label. */
function sure(glyphs: string): Reading[] {
  return [...glyphs].map((label, i, all) => {
    if (label === ' ') return { probabilities: new Float32Array(0), label };
    const probabilities = new Float32Array(LABELS.length);
    probabilities[LABELS.indexOf(label)] = 1;
    return { probabilities, label, gapBefore: all[i - 1] === ' ' ? 0.6 : 0.1 };
  });
}

/** Readings sure of each label, except where `unsure` gives a glyph's probabilities. */
function mixed(glyphs: string, unsure: Record<number, Record<string, number>>, labels: string[]): Reading[] {
  return sure(glyphs).map((reading, i) => {
    const spread = unsure[i];
    if (!spread) return reading;
    const probabilities = new Float32Array(labels.length);
    for (const [label, p] of Object.entries(spread)) probabilities[labels.indexOf(label)] = p;
    const label = Object.entries(spread).sort((a, b) => b[1] - a[1])[0]![0];
    return { ...reading, probabilities, label };
  });
}

describe('rewriteDigits', () => {
  it('replaces digits Tesseract misread with the glyphs the classifier saw', () => {
    expect(rewriteDigits('ที่ มท ๐๕๑๕.๒/ว๓๒๓๓', sure('ท มท ๐๘๑๙.๖/ว๓๒๓๓'), LABELS)).toBe('ที่ มท ๐๘๑๙.๖/ว๓๒๓๓');
  });

  it('puts back a digit Tesseract dropped and removes one it made up', () => {
    expect(rewriteDigits('๒๕๗ ๒๐๐๐๕', sure('๒๕๖๗ ๒๐๐๕'), LABELS)).toBe('๒๕๖๗ ๒๐๐๕');
  });

  it('puts a dropped digit back only next to a number, never inside a word (specks of letterpress read as 1)', () => {
    expect(rewriteDigits('กรม ทอง', sure('กร11ม 1ทอง'), LABELS)).toBe('กรม ทอง');
    expect(rewriteDigits('กริม', sure('กร11ม'), LABELS)).toBe('กริม');
    expect(rewriteDigits('ปี ๕๖', sure('ป ๒๕๖'), LABELS)).toBe('ปี ๒๕๖');
    expect(rewriteDigits('ที่ อน ทท๓๕/ว', sure('ท อน ๗๙๗๓๕/ว'), LABELS)).toBe('ที่ อน ๗๙๗๓๕/ว');
  });

  it('reads Latin junk in a number as digits', () => {
    expect(rewriteDigits('ว ale', sure('ว ๗๙'), LABELS)).toBe('ว ๗๙');
  });

  it('reads a lone junk sign as the digit the classifier is sure of', () => {
    expect(rewriteDigits('วันที่ < กันยายน', sure('วนทก ๔ กนยายน'), [...LABELS, ...'ยน'])).toBe('วันที่ ๔ กันยายน');
  });

  it('leaves a Latin word alone even where a glyph looks like a digit', () => {
    expect(rewriteDigits('ระบบ ITA', sure('ระบบ 1TA'), [...LABELS, ...'ะบITA'])).toBe('ระบบ ITA');
  });

  it('never re-reads an e-mail address as digits', () => {
    expect(rewriteDigits('ไปรษณีย์ a1@o.go.th', sure('ปรษณย ๑๑@๐.๐๐.๐๐'), [...LABELS, ...'ปรษณย@'])).toBe('ไปรษณีย์ a1@o.go.th');
  });

  it('puts back a digit Tesseract dropped before a speck it read as a dot inside a number ("ว .๕๘" for ว ๔.๕๘)', () => {
    expect(rewriteDigits('ที่ พล ๗๖๘๗๐/ว .๕๘', sure('ท พล ๗๖๘๗๐/ว ๔.๕๘'), [...LABELS, 'พ', 'ล'])).toBe('ที่ พล ๗๖๘๗๐/ว ๔.๕๘');
    expect(rewriteDigits('ที่ พล ๗๖๘๗๐/ว ๕๕๕', sure('ท พล ๗๖๘๗๐/ว ๔.๕๘'), [...LABELS, 'พ', 'ล'])).toBe('ที่ พล ๗๖๘๗๐/ว ๔.๕๘');
    // A sub-block's digit Tesseract dropped between the block's dot and the slash ("0017./" for 0017.2/).
    expect(rewriteDigits('ที่ ลป 0017./1474', sure('ท ลป 0017.2/1474'), [...LABELS, 'ล', 'ป'])).toBe('ที่ ลป 0017.2/1474');
    // Nowhere but after a reference's slash or circular mark: specks under a subject line read "9.9." surely.
    const labels = [...LABELS, 'ล', '-', 'ง'];
    const specks = mixed('ล9.9.ง.', { 0: { ล: 0.38, '-': 0.22, '๘': 0.16 }, 3: { '9': 0.77, '-': 0.12 } }, labels);
    expect(rewriteDigits('๑:        ๒', specks, labels)).not.toMatch(/^9/);
  });

  it('reads an @ Tesseract put for a digit it could not place inside a number (no address has no letters)', () => {
    expect(rewriteDigits('ที่ อบ ๐๓๙๕.๓/ว ๑@๕๕', sure('ท อบ ๐๓๙๕.๓/ว ๑๗๕๙'), [...LABELS, 'บ'])).toBe('ที่ อบ ๐๓๙๕.๓/ว ๑๗๕๙');
  });

  it('reads letters inside a number as the digits the classifier is sure of', () => {
    expect(rewriteDigits('๒๕๖ออ', sure('๒๕๖๗'), [...LABELS, 'อ'])).toBe('๒๕๖๗');
  });

  it('leaves letters and marks alone, even where the classifier disagrees', () => {
    expect(rewriteDigits('วันที่ ๑๓', sure('วนทก ๑๓'), LABELS)).toBe('วันที่ ๑๓');
  });

  it('keeps one script per line: Arabic digits stay Arabic', () => {
    expect(rewriteDigits('เลขรับ 3S26', sure('ลขรบ 3526'), LABELS)).toBe('เลขรับ 3526');
  });

  it('keeps dot leaders as they are', () => {
    expect(rewriteDigits('ลงชื่อ ........ ๑', sure('ลงชอ ๑'), LABELS)).toBe('ลงชื่อ ........ ๑');
  });

  it('reads a sign Tesseract put for a letter the classifier is sure of (ว read as ")")', () => {
    expect(rewriteDigits('ที่ นม ๐๐๑๗.๒/) ๑๘๖๘', sure('ท นม ๐๐๑๗.๒/ว ๑๘๖๘'), LABELS)).toBe('ที่ นม ๐๐๑๗.๒/ว ๑๘๖๘');
  });

  it('puts back the slash of a reference number Tesseract dropped', () => {
    expect(rewriteDigits('ที่ กษ ๐๒๐๘.๑๒๗๑', sure('ท กษ ๐๒๐๘.๑/๒๗๑'), LABELS)).toBe('ที่ กษ ๐๒๐๘.๑/๒๗๑');
  });

  it('re-reads the two letters of an agency code before a number', () => {
    expect(rewriteDigits('ที่ สมฏิ๐๐๑๗.๓', sure('ท สฎ๐๐๑๗.๓'), LABELS)).toBe('ที่ สฎ๐๐๑๗.๓');
    expect(rewriteDigits('ข้อ ๑', sure('ขอ ๑'), LABELS)).toBe('ข้อ ๑');
  });

  it('reads a lone letter as the digit the classifier is sure of, and closes a space inside a number', () => {
    expect(rewriteDigits('ฆ กรกฎาคม ๒๕๖ ๘', sure('๗ กรกฎาคม ๒๕๖๘'), [...LABELS, ...'ฆฎาค'])).toBe('๗ กรกฎาคม ๒๕๖๘');
  });

  it('keeps the circular mark before its running number where the glyphs under it were cut wrong (the slash and ว as one glyph)', () => {
    // As read on a scan: the slash and ว cut as one glyph (read ๓), so the alignment puts the
    // running number's first 7 under ว; the specks after the number read as dots.
    const glyphs = mixed('ฯ.พ ๒ 7ฑ59๓7.5..', { 12: { '.': 0.9, '5': 0.1 } }, [...LABELS, ...'ฯพฑช']);
    expect(rewriteDigits('ที่ ชร 77259/ว 75', glyphs, [...LABELS, ...'ฯพฑช'])).toMatch(/ ชร 77259\/ว 75/);
  });

  it('leaves a Latin word whose glyphs are not all surely digits', () => {
    expect(rewriteDigits('Assessment ๒๕๖๘', sure('A55e55ment ๒๕๖๘'), [...LABELS, ...'Aemnt'])).toBe('Assessment ๒๕๖๘');
  });

  it('reads the circular mark ว that Tesseract took for digits after the slash ("0894/9709" for 0894/ว709)', () => {
    expect(rewriteDigits('ที่ชร 0894/9709', sure('ท ชร 0894/ว709'), [...LABELS, 'ช'])).toBe('ที่ชร 0894/ว709');
    expect(rewriteDigits('ที่มท 0816/๑9429', sure('ท มท 0816/ว429'), LABELS)).toBe('ที่มท 0816/ว429');
    expect(rewriteDigits('ที่มท 0816/ว9429', sure('ท มท 0816/ว9429'), LABELS)).toBe('ที่มท 0816/ว9429');
    expect(rewriteDigits('ที่มท 0816/9429', sure('ท มท 0816/9429'), LABELS)).toBe('ที่มท 0816/9429');
  });

  it('drops a digit with nothing under it right after the circular mark: the mark read twice ("ว9 3372")', () => {
    expect(rewriteDigits('ที่อบ0017.2/ว9 3372', sure('ท อบ0017.2/ว 3372'), LABELS)).toBe('ที่อบ0017.2/ว 3372');
    // Tesseract read the ว itself: the classifier's best reading agreeing is enough (ว and ๖ are near twins).
    const unsureMark = mixed('ท อด 0025.3/ว 1493', { 12: { ว: 0.94, '๖': 0.06 } }, LABELS);
    expect(rewriteDigits('ที่ อด 0025.3/ว2 1493', unsureMark, LABELS)).toBe('ที่ อด 0025.3/ว 1493');
    expect(rewriteDigits('ที่ อด 0025.3/92 1493', unsureMark, LABELS)).toBe('ที่ อด 0025.3/92 1493');
  });

  it('reads a slash Tesseract took for a letter between digits ("๐๘๑๙ส๕๓๐" for ๐๘๑๙/๕๓๐)', () => {
    const labels = [...LABELS, ...'ลงน'];
    expect(rewriteDigits('. ๐๘๑๙ส๕๓๐ ลงวันที่', sure('๐๘๑๙/๕๓๐ ลงวนท'), labels)).toBe('. ๐๘๑๙/๕๓๐ ลงวันที่');
    // The letters of an agency code glued to its number stay letters, whatever the classifier says.
    expect(rewriteDigits('มท๐๘๑๙/๕๓๐', sure('ม/๐๘๑๙/๕๓๐'), labels)).toBe('มท๐๘๑๙/๕๓๐');
  });

  it('reads a slash or a dot Tesseract took for a digit', () => {
    expect(rewriteDigits('ที่ ลป ๘๑๑๑๗๕๘๕', sure('ท ลป ๘๑๑๑๗/๘๕'), [...LABELS, 'ล', 'ป'])).toBe('ที่ ลป ๘๑๑๑๗/๘๕');
    expect(rewriteDigits('ที่ มท ๐๘๑๙2๖/ว๓๒๓๓', sure('ท มท ๐๘๑๙.๖/ว๓๒๓๓'), LABELS)).toBe('ที่ มท ๐๘๑๙.๖/ว๓๒๓๓');
  });

  it('re-reads a day and a year Tesseract read as letters, next to a month name', () => {
    const labels = [...LABELS, ...'ฒตวนาค'];
    expect(rewriteDigits('ฒต มีนาคม ๒๕วฒ', sure('๗๓ มนาคม ๒๕๖๗'), labels)).toBe('๗๓ มีนาคม ๒๕๖๗');
    expect(rewriteDigits('ฒ ก.พ. ตฒ', sure('๗ ก.พ. ๖๗'), labels)).toBe('๗ ก.พ. ๖๗');
  });

  it('puts back a day Tesseract dropped between the date label (or the line start) and a month name, or after ลงวันที่ ending a line', () => {
    const labels = [...LABELS, ...'ลงดฎาคเ'];
    expect(rewriteDigits('วันที่ กรกฎาคม ๒๕๖๘', sure('วนท ๙ กรกฎาคม ๒๕๖๘'), labels)).toBe('วันที่ ๙ กรกฎาคม ๒๕๖๘');
    expect(rewriteDigits('วันที่ กรกฎาคม ๒๕๖๘', sure('วนท ๑๙ กรกฎาคม ๒๕๖๘'), labels)).toBe('วันที่ ๑๙ กรกฎาคม ๒๕๖๘');
    expect(rewriteDigits('กรกฎาคม ๒๕๖๘', sure('๙ กรกฎาคม ๒๕๖๘'), labels)).toBe('๙ กรกฎาคม ๒๕๖๘');
    expect(rewriteDigits('จันที กรกฎาคม ๒๕๖๘', sure('จนท ๙ กรกฎาคม ๒๕๖๘'), [...labels, 'จ'])).toBe('จันที ๙ กรกฎาคม ๒๕๖๘');
    expect(rewriteDigits('ที่ มท ๐๒๒๖/๔๖๓ ลงวันที่', sure('ท มท ๐๒๒๖/๔๖๓ ลงวนท ๙'), labels)).toBe('ที่ มท ๐๒๒๖/๔๖๓ ลงวันที่ ๙');
    expect(rewriteDigits('วันที่ กรกฎาคม ๒๕๖๘', sure('วนท ๔๙ กรกฎาคม ๒๕๖๘'), labels)).toBe('วันที่ กรกฎาคม ๒๕๖๘');
    // After another word a digit-like glyph Tesseract passed over is a speck: no day stands there.
    expect(rewriteDigits('เดือน กรกฎาคม', sure('เดอน ๑ กรกฎาคม'), labels)).toBe('เดือน กรกฎาคม');
    expect(rewriteDigits('ในเดือน กรกฎาคม', sure('ในเดอน ๑ กรกฎาคม'), [...labels, ...'ใน'])).toBe('ในเดือน กรกฎาคม');
  });

  it('re-reads the unit after ที่ and an agency code when Tesseract gave letters', () => {
    expect(rewriteDigits('ที่ มท ตฒตฒ', sure('ท มท ๓๗๓๗'), [...LABELS, ...'ฒต'])).toBe('ที่ มท ๓๗๓๗');
  });

  it('re-reads the count after จำนวน when Tesseract gave a letter ("จำนวน อ่ ฉบับ", "จำนวน จ ฉบับ")', () => {
    const labels = [...LABELS, ...'จานวฉบ'];
    expect(rewriteDigits('จํานวน อ่ ฉบับ', sure('จานวน ๑ ฉบบ'), labels)).toBe('จํานวน ๑ ฉบับ');
    expect(rewriteDigits('จำนวน จ ฉบับ', mixed('จานวน ๑ ฉบบ', { 6: { '๑': 0.66, จ: 0.22, '๐': 0.07 } }, labels), labels)).toBe('จำนวน ๑ ฉบับ');
    // Not a word that only starts like a number
    expect(rewriteDigits('จำนวน มาก', mixed('จานวน มาก', { 6: { ม: 0.6, '๓': 0.4 } }, [...labels, 'ม']), [...labels, 'ม'])).toBe('จำนวน มาก');
  });

  it('re-reads the count Tesseract read as a letter glued to its unit ("จำนวน วฉบับ"), never the unit', () => {
    const labels = [...LABELS, ...'จานวฉบใ'];
    expect(rewriteDigits('จำนวน วฉบับ', mixed('จานวน ๑ฉบบ', { 6: { '๑': 0.6, ว: 0.4 } }, labels), labels)).toBe('จำนวน ๑ฉบับ');
    expect(rewriteDigits('จำนวน ใฉบับ', mixed('จานวน 1ฉบบ', { 6: { '1': 0.5, ใ: 0.5 } }, labels), labels)).toBe('จำนวน 1ฉบับ');
    expect(rewriteDigits('จำนวน ฉบับ', sure('จานวน ฉบบ'), labels)).toBe('จำนวน ฉบับ');
  });

  it('leaves a word in a number slot alone unless every glyph of it is surely a digit', () => {
    const labels = [...LABELS, ...'ฒตนาค'];
    expect(rewriteDigits('ฒต มีนาคม ๒๕๖๗', sure('๗ต มนาคม ๒๕๖๗'), labels)).toBe('ฒต มีนาคม ๒๕๖๗');
    expect(rewriteDigits('เดือน มีนาคม', sure('๗๓๓๓ มนาคม'), labels)).toBe('เดือน มีนาคม');
  });

  it('reads a glyph in a number among digits when the classifier prefers a letter but finds it digit-like', () => {
    const labels = [...LABELS, 'ต'];
    expect(rewriteDigits('๒๕ต๗', mixed('๒๕ต๗', { 2: { ต: 0.6, '๓': 0.4 } }, labels), labels)).toBe('๒๕๓๗');
    expect(rewriteDigits('๒๕๑๗', mixed('๒๕ต๗', { 2: { ต: 0.6, '๓': 0.4 } }, labels), labels)).toBe('๒๕๓๗');
    const dated = [...labels, ...'ฒนาค'];
    expect(rewriteDigits('ฒต มีนาคม', mixed('ฒต มนาคม', { 0: { ฒ: 0.55, '๗': 0.45 }, 1: { ต: 0.6, '๓': 0.4 } }, dated), dated)).toBe('๗๓ มีนาคม');
  });

  it('never reads the agency code or the ว of a circular among digits', () => {
    const labels = [...LABELS, 'ต'];
    const reference = mixed('มท๐๘๐๔.๖/ว๕๖๙', { 1: { ท: 0.6, '๗': 0.4 }, 9: { ว: 0.6, '๖': 0.4 } }, labels);
    expect(rewriteDigits('มท๐๘๐๔.๖/ว๕๖๙', reference, labels)).toBe('มท๐๘๐๔.๖/ว๕๖๙');
    expect(rewriteDigits('๒๕ต๗', mixed('๒๕ต๗', { 2: { ต: 0.9, '๓': 0.1 } }, labels), labels)).toBe('๒๕ต๗');
  });
});

