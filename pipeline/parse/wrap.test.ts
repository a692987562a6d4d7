import { describe, expect, it } from 'vitest';
import { bundleLines } from './lines.js';
import { layoutOf } from './wrap.js';

const layout = (...lines: string[]) => layoutOf(bundleLines([{ number: 1, method: 'text', lines, warnings: [] }]));

describe('layout.join', () => {
  it('joins Thai to Thai without a space when nothing says otherwise', () => {
    expect(layout().join('เฝ้าระวังและป้องกัน', 'การทุจริตเชิงรุก')).toBe('เฝ้าระวังและป้องกันการทุจริตเชิงรุก');
  });

  it('follows the spacing the bundle uses for the same words elsewhere', () => {
    const l = layout('ด้วยกระทรวงมหาดไทย ศูนย์ปฏิบัติการต่อต้านการทุจริต แจ้งว่า');
    expect(l.join('กระทรวงมหาดไทย', 'ศูนย์ปฏิบัติการ')).toBe('กระทรวงมหาดไทย ศูนย์ปฏิบัติการ');
  });

  it('puts a space before words official letters always space', () => {
    const l = layout();
    expect(l.join('ประจำปีงบประมาณ', 'พ.ศ. ๒๕๖๘')).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(l.join('ท้องถิ่นอำเภอ', 'ทุกอำเภอ')).toBe('ท้องถิ่นอำเภอ ทุกอำเภอ');
    expect(l.join('แบบรายงานผล', 'จำนวน ๑ ชุด')).toBe('แบบรายงานผล จำนวน ๑ ชุด');
    expect(l.join('ด่วนมาก ที่', 'สน ๐๘๓๒/ว๙๔๓')).toBe('ด่วนมาก ที่ สน ๐๘๓๒/ว๙๔๓');
  });

  it('joins an abbreviation cut between its dotted letters', () => {
    expect(layout().join('ประจำปี พ.', 'ศ. ๒๕๖๗')).toBe('ประจำปี พ.ศ. ๒๕๖๗');
  });

  it('drops a speck read as a dot at the end of a wrapped line inside a word the bundle prints whole elsewhere', () => {
    const l = layout('ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ');
    expect(l.join('การป้องกันการทุจริตในหน่วยงานภาค.', 'รัฐ')).toBe('การป้องกันการทุจริตในหน่วยงานภาครัฐ');
    // Without a witness the dot may be printed: left as read.
    expect(layout().join('การป้องกันการทุจริตในหน่วยงานภาค.', 'รัฐ')).toBe('การป้องกันการทุจริตในหน่วยงานภาค. รัฐ');
    expect(l.join('ตามหนังสือ กทม.', 'ที่ กท ๐๔๐๖/๒๒๑๙')).toBe('ตามหนังสือ กทม. ที่ กท ๐๔๐๖/๒๒๑๙');
  });

  it('spaces each title of a list of addressees, and และ before the last, only in a list', () => {
    const l = layout();
    expect(l.join('นายกเทศมนตรีเมืองชลบุรี', 'และท้องถิ่นอำเภอ', { list: true })).toBe('นายกเทศมนตรีเมืองชลบุรี และท้องถิ่นอำเภอ');
    expect(l.join('นายกองค์การบริหารส่วนจังหวัดชลบุรี', 'นายกเทศมนตรีเมืองชลบุรี', { list: true })).toBe(
      'นายกองค์การบริหารส่วนจังหวัดชลบุรี นายกเทศมนตรีเมืองชลบุรี',
    );
    expect(l.join('การเฝ้าระวัง', 'และป้องกัน')).toBe('การเฝ้าระวังและป้องกัน');
  });

  it('spaces digits and Latin from Thai, and mirrors the spacing of a slash', () => {
    const l = layout();
    expect(l.join('ที่ อบ', '๐๐๑๗.๔/ว๙๒๔')).toBe('ที่ อบ ๐๐๑๗.๔/ว๙๒๔');
    expect(l.join('อบ ๐๓๕๒.๒', '/ ๓๔๔')).toBe('อบ ๐๓๕๒.๒ / ๓๔๔');
    expect(l.join('กจ ๐๐๑๗.๒/', 'ว๒๕๘๖')).toBe('กจ ๐๐๑๗.๒/ว๒๕๘๖');
  });
});

describe('layout.isFull', () => {
  it('takes a line near the widest line of its page as wrapped', () => {
    const lines = bundleLines([{ number: 1, method: 'text', lines: ['ก'.repeat(60), 'ข'.repeat(55), 'ค'.repeat(20)], warnings: [] }]);
    const l = layoutOf(lines);
    expect(lines.map((line) => l.isFull(line))).toEqual([true, true, false]);
  });
});
