import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUA_TO_STANDARD } from './pua-glyphs.js';
import { repairThaiText } from './repair.js';

const SARA_AM = '\u0E33';
const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';

describe('repairThaiText: PUA glyphs', () => {
  it('maps every code point of both Thai PUA blocks to one standard Thai character', () => {
    const blocks = [
      [0xf700, 0xf71a],
      [0xf884, 0xf89e],
    ] as const;
    for (const [first, last] of blocks) {
      for (let codePoint = first; codePoint <= last; codePoint++) {
        expect(PUA_TO_STANDARD.get(codePoint), codePoint.toString(16)).toMatch(/^[\u0E01-\u0E4E]$/);
      }
    }
  });

  it('turns shifted tone marks and vowels back into the standard marks', () => {
    expect(repairThaiText('ที\uF70A')).toBe('ที่');
    expect(repairThaiText('ป\uF70Bองกัน')).toBe('ป้องกัน');
    expect(repairThaiText('ป\uF701')).toBe('ปิ');
    expect(repairThaiText('ศักดิ\uF70E')).toBe('ศักดิ์');
    expect(repairThaiText('ป\uF88Dอง')).toBe('ป้อง');
  });

  it('turns descender-less yo ying and tho than back into the consonants', () => {
    expect(repairThaiText('\uF70Fาติ')).toBe('ญาติ');
    expect(repairThaiText('\uF89Eาน')).toBe('ฐาน');
  });
});

describe('repairThaiText: sara am', () => {
  it('joins nikhahit + sara aa into sara am', () => {
    expect(repairThaiText(`ส${NIKHAHIT}${SARA_AA}นัก`)).toBe('สำนัก');
  });

  it('takes sara am followed by sara aa (a font drawing ำ as two glyphs) as one sara am', () => {
    expect(repairThaiText(`ส${SARA_AM}${SARA_AA}นัก`)).toBe('สำนัก');
    expect(repairThaiText(`น้${SARA_AM}${SARA_AA}`)).toBe('น้ำ');
  });

  it('moves a tone mark between nikhahit and sara aa before sara am', () => {
    expect(repairThaiText(`น${NIKHAHIT}\u0E49${SARA_AA}`)).toBe(`น\u0E49${SARA_AM}`);
    expect(repairThaiText(`ค${NIKHAHIT}\u0E48${SARA_AA}`)).toBe(`ค\u0E48${SARA_AM}`);
  });

  it('joins sara aa + nikhahit (visual order) and a tone written after sara am', () => {
    expect(repairThaiText(`ส${SARA_AA}${NIKHAHIT}นัก`)).toBe('สำนัก');
    expect(repairThaiText(`น${SARA_AM}\u0E49`)).toBe('น้ำ');
  });

  it('keeps sara am whole: NFC, never NFKC', () => {
    expect(repairThaiText('จำนวน')).toBe('จำนวน');
    expect(repairThaiText('จำนวน')).toHaveLength(5);
  });
});

describe('repairThaiText: spaces inside a syllable', () => {
  it('removes a space before a vowel or tone mark', () => {
    expect(repairThaiText('ว่ า')).toBe('ว่า');
    expect(repairThaiText('ที ่')).toBe('ที่');
    expect(repairThaiText('สำนั ก')).toBe('สำนัก');
  });

  it('removes spaces after ั ื and leading vowels, which never end a word', () => {
    expect(repairThaiText('หนั งสื อ')).toBe('หนังสือ');
    expect(repairThaiText('เ ป็น')).toBe('เป็น');
    expect(repairThaiText('ทั้ ง')).toBe('ทั้ง');
  });

  it('keeps the spaces Thai uses between phrases', () => {
    for (const text of ['ที่ ผ่านมา', 'ว่า ได้ดำเนินโครงการ', 'ต่าง ๆ', 'สำนักงาน ป.ป.ท.', 'ดี มาก', 'ก็ ได้']) {
      expect(repairThaiText(text)).toBe(text);
    }
  });
});

describe('repairThaiText: marks and invisible characters', () => {
  it('collapses a doubled tone mark, vowel mark or sara am', () => {
    expect(repairThaiText('ลุ่่ม')).toBe('ลุ่ม');
    expect(repairThaiText('ที่่')).toBe('ที่');
    expect(repairThaiText('ทีี่')).toBe('ที่');
    expect(repairThaiText('น้ำำ')).toBe('น้ำ');
  });

  it('puts a vowel mark written after its tone mark first', () => {
    expect(repairThaiText('ท\u0E48\u0E35')).toBe('ที่');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(repairThaiText('หนัง\u200Bสือ\u200C\u200D\uFEFF\u00AD')).toBe('หนังสือ');
  });

  it('leaves text without Thai alone, apart from NFC', () => {
    expect(repairThaiText('Ref. 0804.6/569, 15:14')).toBe('Ref. 0804.6/569, 15:14');
    expect(repairThaiText('e\u0301')).toBe('\u00E9');
  });
});

/** Well-formed words, including ones that look like a broken ำ-word but are real. */
const WELL_FORMED_WORDS = [
  'ที่', 'มท', 'เรื่อง', 'เรียน', 'ขอความอนุเคราะห์', 'สำเนา', 'จำนวน', 'ดำเนินการ', 'สำนักงาน',
  'จาน', 'ประจาน', 'ทา', 'นา', 'คา', 'ค่า', 'น้า', 'สาลี', 'นาที', 'กาล', 'ทาง', 'น้ำ', 'ศักดิ์',
  'ก็', 'ป้องกัน', 'หนังสือ', 'ฯลฯ', 'ๆ', 'พ.ศ.', 'ว', 'กรุงเทพฯ', 'ญาติ', 'ฐาน', 'กุมภาพันธ์',
  'ทั้งนี้', 'เพื่อ', 'ไม่', 'ใช้', 'โดย', 'แจ้ง', 'ผู้ว่าราชการจังหวัด', 'ลุ่ม', 'เสี่ยง',
];
const wellFormedText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WELL_FORMED_WORDS),
      fc.nat(99999).map(String),
      fc.constantFrom('๒๕๖๗', '๐๘๐๔.๖/ว ๕๖๙', 'PDF', '(', ')', ',', '-'),
    ),
    { maxLength: 20 },
  )
  .chain((words) =>
    fc.array(fc.constantFrom(' ', '\n', '  '), { minLength: words.length, maxLength: words.length }).map(
      (separators) => words.map((word, i) => word + separators[i]).join(''),
    ),
  );

/** Characters that make broken text: all of the Thai block, PUA glyphs, spaces, invisibles. */
const BROKEN_UNITS = [
  ...Array.from({ length: 0x5b }, (_, i) => String.fromCharCode(0x0e01 + i)),
  '\uF70A', '\uF701', '\uF70F', '\uF88B', '\uF899', ' ', ' ', '\u00A0', '\u200B', '\u00AD', 'a', '1',
  'สาเนา', 'ประจา', 'จานวน', 'ตาบล',
];
const brokenText = fc.array(fc.constantFrom(...BROKEN_UNITS), { maxLength: 30 }).map((units) => units.join(''));

describe('repairThaiText: properties', () => {
  it('composes a split sara am that meets another sara aa in one pass (ําา, าํา, found by the property below)', () => {
    expect(repairThaiText('\u0E4D\u0E32\u0E32')).toBe('\u0E33');
    expect(repairThaiText('\u0E32\u0E4D\u0E32')).toBe('\u0E33');
    const marksBetween = repairThaiText('\u0E33\u0E32\u0E34\u0E32');
    expect(repairThaiText(marksBetween)).toBe(marksBetween);
  });

  it('is idempotent on any mix of Thai characters, marks, PUA glyphs and spaces', () => {
    fc.assert(
      fc.property(brokenText, (text) => {
        const once = repairThaiText(text);
        expect(repairThaiText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('never changes well-formed Thai text', () => {
    fc.assert(
      fc.property(wellFormedText, (text) => {
        expect(repairThaiText(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('never leaves PUA glyphs, split sara am, zero-width characters or doubled marks', () => {
    fc.assert(
      fc.property(brokenText, (text) => {
        const repaired = repairThaiText(text);
        expect(repaired).not.toMatch(/[\uF700-\uF71A\uF884-\uF89E\u200B-\u200D\uFEFF\u00AD]/);
        expect(repaired).not.toMatch(/\u0E4D[\u0E48-\u0E4B]*\u0E32/);
        expect(repaired).not.toMatch(/([\u0E31\u0E33\u0E34-\u0E3A\u0E47-\u0E4E])\1/);
        expect(repaired).not.toMatch(/\u0E33[\u0E48-\u0E4B]/);
        expect(repaired).toBe(repaired.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
  });
});
