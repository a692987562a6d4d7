import { describe, expect, it } from 'vitest';
import { mendMisreadCompounds } from './compound-mending.js';

describe('mendMisreadCompounds', () => {
  it('gives a word its lost tone mark where the marked word is commoner and completes a listed compound', () => {
    expect(mendMisreadCompounds('มาตรการควบคุมการเผาในทีโล่งและลดฝุ่นละออง').text).toBe('มาตรการควบคุมการเผาในที่โล่งและลดฝุ่นละออง');
    expect(mendMisreadCompounds('ให้ปฏิบัติหน้าทีตามระเบียบ').text).toBe('ให้ปฏิบัติหน้าที่ตามระเบียบ');
    expect(mendMisreadCompounds('ในการนี จังหวัดขอแจ้ง').text).toBe('ในการนี้ จังหวัดขอแจ้ง');
    expect(mendMisreadCompounds('ในทีโล่ง').mends).toEqual([{ before: 'ทีโล่ง', after: 'ที่โล่ง' }]);
  });

  it('reads sara aa as the sara am OCR lost the nikhahit of, on the same terms', () => {
    expect(mendMisreadCompounds('บันทึกคาให้การของพยาน').text).toBe('บันทึกคำให้การของพยาน');
  });

  it('reads a letter of a rare piece as its look-alike where the commonest such word completes a listed compound', () => {
    expect(mendMisreadCompounds('ภาครัช').text).toBe('ภาครัฐ');
    expect(mendMisreadCompounds('ให้มีการซ่องทางร้องเรียน').text).toBe('ให้มีการช่องทางร้องเรียน');
    // บาก is มาก misread far oftener than ปาก: no compound of the likelier word, no mend.
    expect(mendMisreadCompounds('งานหนักบาก').text).toBe('งานหนักบาก');
    expect(mendMisreadCompounds('งานหนักบากขึ้น').text).toBe('งานหนักมากขึ้น');
    // รัก is a common word: read as printed, whatever compound a look-alike would make.
    expect(mendMisreadCompounds('ด้วยความรักชาติ').text).toBe('ด้วยความรักชาติ');
  });

  it('keeps words that are commoner as read than with the mark (ขอ|ความ is no ข้อความ)', () => {
    for (const kept of ['จึงขอความร่วมมือ', 'จึงขอความ', 'ขอให้รายงานผล']) expect(mendMisreadCompounds(kept).text).toBe(kept);
  });

  it('changes nothing in correct text', () => {
    const correct = 'ด้วยกระทรวงมหาดไทยได้รับแจ้งจากสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ ว่าได้ดำเนินโครงการเพื่อสร้างความโปร่งใสในการปฏิบัติหน้าที่ของเจ้าหน้าที่รัฐ';
    expect(mendMisreadCompounds(correct).text).toBe(correct);
  });

  it("leaves a person's name alone, and the runs the caller leaves", () => {
    expect(mendMisreadCompounds('นายสมชาย ทีโล่ง').text).toBe('นายสมชาย ทีโล่ง');
    expect(mendMisreadCompounds('ในทีโล่ง', (run) => run === 'ในทีโล่ง').text).toBe('ในทีโล่ง');
  });
});
